# hall-guide — 简体中文（参考语言）：事项办事指南：问题、材料清单、备齐后
# 变量说明写在消息上方的 “# Variables:” 注释中。

## 事项办事指南

item-on-the-spot = 即办件
item-online = 网上可办
# Variables:
#   $days (Number) - 承诺办结时限（工作日）
item-promised-days = { $days } 个工作日办结
item-kind = 事项类型
item-kind-administrative-licensing = 行政许可
item-kind-administrative-confirmation = 行政确认
item-kind-public-service = 公共服务
item-kind-administrative-payment = 行政给付
item-kind-other-power = 其他行政权力
item-category = 类别
item-promised-limit = 承诺时限
item-legal-limit = 法定时限
# Variables:
#   $days (Number) - 工作日天数
item-working-days = { $days } 个工作日
item-fee = 收费
item-fee-free = 不收费
# Variables:
#   $yuan (Number) - 金额（元），如 20 或 20.50，按各语言的习惯书写小数点
item-fee-amount = { $yuan } 元
# Variables:
#   $from (Number) - 最低金额（元）
#   $to (Number) - 最高金额（元）
item-fee-range = { $from }–{ $to } 元，看您的回答
# Variables:
#   $label (String) - 这部分费用是什么（事项数据里的文字），如“证件损坏换领的工本费”
#   $yuan (Number) - 金额（元）
item-fee-part = { $label }：{ $yuan } 元
# Variables:
#   $label (String) - 只在部分情形收取的费用（事项数据里的文字），如“每增加一本证书”
#   $yuan (Number) - 金额（元）
item-fee-extra = 另按情况收取：{ $label }，{ $yuan } 元
item-online-heading = 网上办理

# The link to the item's online service, opening in a new tab; it names the site it goes to.
# Variables:
#   $host (String) - 网上办理网站的域名，如 online.hall-guide.example
item-online-link = 去网上申请（{ $host }，在新窗口打开）
item-windows = 办理窗口：
item-offered-at-heading = 办理这个事项的大厅
item-offered-nowhere = 目前没有大厅办理这个事项。请拨打 12345 咨询。

## 一次性告知：问题

questions-heading = 一次性告知：您需要带什么
questions-intro = 回答几个简单的问题，下方清单只列出您需要带的材料，一次带齐，不跑第二趟。
# Variables:
#   $number (Number) - 当前是第几个问题
#   $total (Number) - 预计共有几个问题（随回答变化）
questions-step = 问题 { $number } / { $total }
questions-continue = 继续
questions-back = 上一步
questions-choose-one = 请选择一个答案。
questions-error-title = 出现了问题
questions-your-answers = 您的回答
questions-change = 修改
questions-cancel-change = 不修改，返回
questions-done = 问题已答完，下方就是您需要准备的全部材料。
questions-start-again = 清空回答和勾选，重新开始

## 一次性告知：材料清单

checklist-heading = 材料清单
# Variables:
#   $documents (Number) - 需携带的材料种数
#   $originals (Number) - 原件总份数
#   $copies (Number) - 复印件总份数
checklist-totals = { $documents ->
    [0] 按您目前的回答，无需携带材料。
   *[other] 请携带 { $documents } 种材料：{ $originals ->
        [0] 复印件 { $copies } 份。
       *[other] 原件 { $originals } 份{ $copies ->
            [0] 。
           *[other] ，复印件 { $copies } 份。
        }
    }
}
# Variables:
#   $count (Number) - 取决于尚未回答的问题的材料种数
checklist-totals-undecided = 另有 { $count } 种材料取决于您的回答。
# Variables:
#   $ticked (Number) - 已勾选的材料种数
#   $total (Number) - 需携带的材料种数
checklist-progress = 已备齐 { $ticked } / { $total } 种
checklist-print = 打印清单
# Variables:
#   $count (Number) - 本组材料种数
checklist-to-bring = 需要携带（{ $count }）——备齐一项勾选一项
# Variables:
#   $count (Number) - 本组材料种数
checklist-undecided = 取决于您的回答（{ $count }）
# Variables:
#   $count (Number) - 本组材料种数
checklist-no-need-to-bring = 无需携带：大厅通过数据共享获取（{ $count }）
material-no-need-to-bring = 无需携带
material-depends-on = 取决于：
material-sample = 查看样表（新窗口打开）

## 材料备齐后

ready-heading = 材料已备齐，可以出发了
ready-where = 办理地点
ready-choose-hall = 本事项可在多个大厅办理。
ready-find-hall = 查找附近的大厅
ready-appointment = 预约
ready-appointment-required = 需要预约：请先预约，再按预约时间前往。
ready-appointment-recommended = 建议预约：不预约也可办理，预约可减少排队。
ready-appointment-recommended-no-booking = 建议预约，但本大厅暂不提供预约，可直接前往。
ready-appointment-not-needed = 无需预约，直接前往即可。
item-legal-basis = 设定依据
# Variables:
#   $originals (Number) - 原件份数
#   $copies (Number) - 复印件份数
material-counts = { $originals ->
    [0] 复印件 { $copies } 份
   *[other] { $copies ->
        [0] 原件 { $originals } 份
       *[other] 原件 { $originals } 份 · 复印件 { $copies } 份
    }
}
material-format = 形式
material-format-paper = 纸质
material-format-electronic = 电子
material-format-paper-or-electronic = 纸质或电子
material-source = 出具单位 / 获取方式

## The halls that handle an item: nearest first, by distance when the reader asks.
offering-near-me = 离我最近的排在前面
offering-locating = 正在获取您的位置…
offering-by-distance = 已按离您的距离排列。位置只用于这次排序，不会保存。
offering-location-refused = 没有获得位置权限，大厅按默认顺序列出。可以在浏览器或微信的设置里允许获取位置后再试。
offering-location-unavailable = 暂时无法获取您的位置，大厅按默认顺序列出。请稍后再试。
# $metres is a whole number of metres (to the nearest hundred).
offering-distance-m = 约 { $metres } 米
# $km is a number of kilometres, e.g. 2.3 or 1,050.
offering-distance-km = 约 { $km } 公里

## 办事指南的其他要素（国家标准）：到现场次数、受理条件、办理流程、办理结果、常见问题、咨询投诉

item-visits = 到现场次数
# Variables:
#   $count (Number) - 需要到大厅的次数；0 表示全程网上办理
item-visits-count = { $count ->
    [0] 不用跑，全程网上办
    [1] 最多跑一次
   *[other] 需到现场 { $count } 次
}
# The link to the item's online service for phones, opening in a new tab.
# Variables:
#   $host (String) - 手机端办理网站的域名
item-online-mobile-link = 用手机办理（{ $host }，在新窗口打开）
item-scope = 通办范围
online-depth-information = 网上只提供办事指南，需到大厅办理
online-depth-forms = 可网上下载表格、咨询，需到大厅办理
online-depth-pre-review = 可网上预审，再到大厅提交
online-depth-online-acceptance = 可网上申请，到大厅核验一次
online-depth-fully-online = 全程网上办理
scope-nationwide = 全国通办：全国任一大厅可办
scope-cross-province = 跨省通办：外省大厅也可办
scope-province-wide = 全省通办：省内任一大厅可办
scope-city-wide = 全市通办：市内任一大厅可办
scope-county-wide = 全县（区）通办：县（区）内任一大厅可办
scope-hall-only = 属地办理：只在户籍或登记地的大厅办理
conditions-heading = 您能申请吗？
applicants-label = 办理对象：
applicant-natural-person = 个人
applicant-legal-person = 企业和事业单位（法人）
applicant-other-organization = 其他组织
conditions-intro = 符合以下条件才能受理：
# Shown after a condition that applies only for some answers to a question below.
# Variables:
#   $answers (String) - 使这一条适用的回答（事项数据里的选项文字），多个时用顿号隔开
conditions-if-answer = （如果您的回答是“{ $answers }”）
steps-heading = 提交之后：办理流程
steps-at-window = 在窗口办理
steps-online = 网上办理
step-you-act = 需要您办理
step-same-day = 当天
result-heading = 办理结果
result-name = 结果名称
result-validity = 有效期
result-delivery = 领取方式
result-sample = 查看结果样本（新窗口打开）
result-kind-licence = 证照
result-kind-approval = 批文
result-kind-filing = 备案
result-kind-certificate = 证明文书
result-kind-payment = 待遇给付
delivery-window = 窗口领取
delivery-post = 免费邮寄送达
delivery-electronic = 电子证照，网上下载
limits-heading = 特别程序和其他限制
special-procedures = 特别程序
special-procedures-none = 无
# Variables:
#   $days (Number) - 特别程序的时限（工作日）
special-procedure-counts = 最长 { $days } 个工作日，计入法定时限
# Variables:
#   $days (Number) - 特别程序的时限（工作日）
special-procedure-not-counted = 最长 { $days } 个工作日，不计入法定时限
quantity-limit = 数量限制
quantity-limit-none = 无数量限制
intermediaries = 中介服务
intermediaries-none = 不需要中介服务：请勿相信收费“代办”
intermediary-charged = 收费
intermediary-free = 免费
# Variables:
#   $count (Number) - 常见问题的个数
faq-heading = 常见问题（{ $count }）
contacts-heading = 咨询和投诉
contacts-enquiry = 咨询电话
contacts-supervision = 监督投诉电话
contacts-hotline = 政务服务便民热线
# Variables:
#   $date (String) - 指南最近更新的日期，如 2026年11月20日（周五）
#   $version (Number) - 指南的版本号
guide-updated = 本指南更新于 { $date }（第 { $version } 版）
