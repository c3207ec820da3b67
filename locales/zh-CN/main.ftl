# hall-guide — 简体中文（参考语言）
# 每条消息的 ID 以所在页面开头（home-、hall-、item-……）；app- 为各页共用。
# 变量说明写在消息上方的 “# Variables:” 注释中。

## 全站共用

app-name = 政务服务大厅办事指南
app-skip-to-content = 跳到正文
app-language-label = 语言
app-demo-notice = 演示数据：本站内容为示例，不代表任何政务服务大厅的真实办事要求。
app-hotline-notice = 如有疑问，请拨打 12345 政务服务便民热线。
app-loading = 正在加载…
app-retry = 重试
app-back-home = 返回首页
app-home = 首页
app-breadcrumbs-label = 当前位置
app-previous-page = 上一页
app-next-page = 下一页

## 错误提示（每条都说明发生了什么、该怎么办）

error-unreachable = 无法连接到服务器。请检查网络连接后点击“重试”。
error-malformed = 服务器返回的数据无法识别。请稍后重试；如仍有问题，请拨打 12345。
error-region-not-found = 找不到这个地区。请返回首页重新选择。
error-hall-not-found = 找不到这个政务服务大厅，链接可能已过期。请返回首页重新查找。
error-item-not-found = 找不到这个事项，链接可能已过期。请返回大厅页面重新查找。
error-item-not-offered = 这个大厅不办理该事项。请返回首页查找办理该事项的其他大厅。
error-bad-request = 链接不完整或有误。请返回首页重新查找。
error-unavailable = 服务繁忙，请稍等片刻后点击“重试”。
error-internal = 服务器出现故障，请稍后点击“重试”。
error-invalid-booking = 预约信息有误，请按提示修改后再提交。
error-hall-not-bookable = 这个大厅暂不接受网上预约，可直接前往办理。
error-slot-not-found = 这个时段无法预约（可能是节假日或已超出可预约日期）。请重新选择。
error-slot-taken = 这个时段刚刚约满了。请选择其他时段，您填写的信息会保留。
error-already-booked-that-day = 您当天已预约过这个事项，无需重复预约。
error-too-many-bookings = 您已有 3 个未到期的预约，请先办理或取消其中一个再预约。
error-rate-limited = 操作太频繁，请稍等一分钟后再试。
error-idempotency-key-reused = 这次提交与上一次不一致，请刷新页面后重新提交。
error-appointment-not-found = 找不到这个预约：请核对预约号和管理码。
error-appointment-cancelled = 这个预约已取消，不能再修改。
error-application-not-found = 没有查到这个办件：请核对办件编号，以及手机号后 4 位或回执上的查询码。
error-application-not-completed = 办件办结后才能评价。
error-feedback-already-given = 这个办件已经评价过了，感谢您的反馈。

## 首页

home-title = 查找政务服务大厅
home-intro = 按地区逐级查找，或直接搜索大厅名称，了解办事所需材料，一次办成。
home-search-label = 搜索大厅
home-search-placeholder = 例如：西湖区、市民中心
home-search-button = 搜索
# Variables:
#   $query (String) - 用户输入的搜索词
home-results-heading = “{ $query }”的搜索结果
# Variables:
#   $count (Number) - 找到的大厅数量
home-results-count = 共找到 { $count } 个大厅
home-results-none = 没有找到匹配的大厅。请换个关键词，或按地区查找。
home-regions-heading = 按地区查找

## 地区页

# Variables:
#   $count (Number) - 该地区（含下级地区）的大厅数量
region-hall-count = { $count } 个大厅
region-subregions-heading = 下级地区
region-halls-heading = 本地区的政务服务大厅
region-halls-none = 本地区暂无政务服务大厅。
# Variables:
#   $from (Number) - 本页第一个大厅的序号
#   $to (Number) - 本页最后一个大厅的序号
#   $total (Number) - 大厅总数
region-halls-range = 第 { $from }–{ $to } 个，共 { $total } 个

## 大厅

hall-level-provincial = 省级
hall-level-prefecture = 市级
hall-level-county = 县级
hall-level-township = 乡镇（街道）级
hall-services-heading = 便民服务
hall-services-none = 暂无
hall-service-appointments = 可预约
hall-service-postal-delivery = 证照邮寄
hall-service-agency-help = 帮办代办
hall-service-self-service-24h = 24小时自助
hall-address = 地址
hall-opening-hours = 办公时间
hall-hotline = 服务热线
hall-supervision-phone = 监督电话
# Variables:
#   $count (Number) - 窗口数量
hall-windows-heading = 办事窗口（{ $count } 个）
# Variables:
#   $count (Number) - 该窗口可办理的事项数量
hall-window-item-count = 可办 { $count } 项
# Variables:
#   $from (String) - 起始星期，如“周一”
#   $to (String) - 结束星期，如“周五”
hall-weekday-range = { $from }至{ $to }
# Variables:
#   $days (String) - 星期，如“周一至周五”
#   $open (String) - 开始时间，24小时制，如 09:00
#   $close (String) - 结束时间，24小时制，如 17:00
hall-opening-span = { $days } { $open }–{ $close }
hall-list-separator = 、
weekday-monday = 周一
weekday-tuesday = 周二
weekday-wednesday = 周三
weekday-thursday = 周四
weekday-friday = 周五
weekday-saturday = 周六
weekday-sunday = 周日
# Variables:
#   $count (Number) - 大厅可办理的事项数量
hall-jump-to-items = 查看可办理事项（{ $count } 项）
hall-items-heading = 可办理事项
hall-filter-label = 筛选事项
hall-filter-placeholder = 输入事项名称或部门，如“身份证”
hall-filter-category = 类别
hall-filter-category-all = 全部类别
hall-filter-online = 只看网上可办
hall-filter-on-the-spot = 只看即办件
hall-filter-clear = 清除筛选条件
# Variables:
#   $count (Number) - 事项总数
hall-items-count-all = 共 { $count } 项
# Variables:
#   $shown (Number) - 符合筛选条件的事项数量
#   $total (Number) - 事项总数
hall-items-count-filtered = 显示 { $shown } 项，共 { $total } 项
hall-items-none = 没有符合条件的事项。
# Variables:
#   $count (Number) - 符合条件的事项总数
hall-items-show-all = 显示全部 { $count } 项

## 事项类别

category-business = 企业开办与经营
category-identity = 户籍与身份证件
category-family = 婚姻与家庭
category-social-security = 社会保障
category-medical = 医疗保障
category-housing = 住房与不动产
category-transport = 交通出行
category-construction = 工程建设
category-health = 卫生健康
category-employment = 就业创业
category-travel = 出入境
category-civil-affairs = 民政服务

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
#   $yuan (String) - 金额（元），如 20 或 20.50
item-fee-amount = { $yuan } 元
item-online-heading = 网上办理
item-online-yes = 可网上申请
item-online-no = 需到大厅办理
item-windows = 办理窗口：
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
checklist-totals = 请携带 { $documents } 种材料：原件 { $originals } 份，复印件 { $copies } 份。
# Variables:
#   $count (Number) - 取决于尚未回答的问题的材料种数
checklist-totals-undecided = 另有 { $count } 种材料取决于您的回答。
# Variables:
#   $ticked (Number) - 已勾选的材料种数
#   $total (Number) - 需携带的材料种数
checklist-progress = 已备齐 { $ticked } / { $total } 种
checklist-print = 打印清单
checklist-share = 分享链接
checklist-link-copied = 链接已复制，对方打开后看到的清单与您相同。
checklist-copy-this-link = 请复制这个链接：
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

## 找不到页面

not-found-title = 找不到这个页面
not-found-body = 链接可能有误或已过期。请从首页重新查找您要去的大厅。

## 表单字段错误

problem-missing = 请填写这一项。
problem-too-long = 内容太长，请缩短。
problem-mobile-format = 请输入 11 位手机号码，如 138 1234 5678。
problem-resident-id-format = 请输入 18 位居民身份证号码（最后一位可能是 X）。
problem-resident-id-birth-date = 身份证号码中的出生日期不正确，请核对第 7 至 14 位。
problem-resident-id-check-digit = 身份证号码有一位输错了，请与证件逐位核对。
problem-date-format = 请选择日期。
problem-time-format = 请选择时段。

## 预约

# Variables:
#   $item (String) - 事项名称
book-title = 预约办理：{ $item }
book-link = 预约到大厅办理
slots-choose-day = 第 1 步：选择日期
# Variables:
#   $day (String) - 日期，如“10月8日（周四）”
slots-choose-time = 第 2 步：选择 { $day } 的时段
# Variables:
#   $count (Number) - 当天剩余名额
slots-day-places = 剩余 { $count } 个名额
slots-day-holiday = 法定节假日，不办公
slots-day-closed = 休息日，不办公
slots-day-full = 已约满
# Variables:
#   $count (Number) - 该时段剩余名额
slots-time-places = 剩余 { $count } 个
slots-time-full = 已约满
slots-other-day = 选择其他日期
# Variables:
#   $month (Number) - 月
#   $day (Number) - 日
#   $weekday (String) - 星期，如“周四”
date-day = { $month }月{ $day }日（{ $weekday }）
book-details-heading = 第 3 步：填写办事人信息
book-details-hint = 信息只用于本次预约，到大厅时请携带本人身份证。
book-name = 姓名
book-mobile = 手机号码
book-resident-id = 居民身份证号码
book-check-heading = 第 4 步：核对预约信息
book-check-hint = 提交后会生成预约号，到大厅出示预约号或二维码即可。
book-when = 预约时间
book-confirm = 确认预约
book-sending = 正在提交…
book-nearest-free = 离您所选时间最近的空闲时段：
book-done = 预约成功
appointment-reference = 预约号
# Variables:
#   $reference (String) - 预约号
appointment-qr = 预约号 { $reference } 的二维码
appointment-status = 状态
appointment-cancelled = 已取消
appointment-item = 办理事项
appointment-bring = 请按时到达，并携带本人居民身份证原件和办事材料。
appointment-add-to-calendar = 加入日历
appointment-manage-link = 管理链接（可在其他手机上查看、改期或取消；请勿转发给他人）：
# Variables:
#   $item (String) - 事项名称
appointment-calendar-summary = 政务大厅预约：{ $item }
appointment-reschedule = 改期
appointment-cancel = 取消预约
appointment-cancel-question = 确定要取消这个预约吗？名额将释放给其他人。
appointment-cancel-yes = 确定取消
appointment-cancel-no = 不取消
appointment-keep-time = 保留原时间
appointments-title = 我的预约
appointments-hint = 这里列出在这台设备上预约的记录。设备上只保存预约号和管理码，不保存姓名、手机号或身份证号。
appointments-none = 这台设备上还没有预约。
appointments-forget = 从列表中移除

## 办件进度查询

app-nav-label = 主要功能
track-nav = 查进度
track-title = 办件进度查询
track-number = 办件编号
track-number-hint = 在受理回执上，如 DEMO-04。
track-verifier = 手机号后 4 位，或回执上的查询码
track-verifier-hint = 用于确认是您本人的办件。
track-submit = 查询
track-recent = 最近查询过：
# Variables:
#   $number (String) - 办件编号
#   $hall (String) - 大厅名称
track-number-line = 办件编号 { $number } · { $hall }
track-paused = 办理时限暂停计时：请补交下列材料，补交后继续审核。
track-due-today = 今天是承诺办结的最后一个工作日。
# Variables:
#   $days (Number) - 剩余工作日
#   $date (String) - 承诺办结日期
track-due-in = 还有 { $days } 个工作日到期（{ $date }）。
# Variables:
#   $days (Number) - 超期工作日
#   $date (String) - 承诺办结日期
track-overdue = 已超期 { $days } 个工作日（应于 { $date } 办结）。可拨打 12345 反映。
track-resubmit = 需要补交的材料：
track-checklist-link = 查看这个事项的材料清单
# Variables:
#   $tracking (String) - 快递单号
track-tracking = 快递单号：{ $tracking }
track-rate = 请为这次办事服务评价
track-comment = 意见或建议（选填）
track-send-rating = 提交评价
# Variables:
#   $rating (Number) - 评价等级 1–5
track-rated = 您已评价：{ $rating } 级（满分 5 级）。感谢您的反馈。
rating-5 = 非常满意
rating-4 = 满意
rating-3 = 基本满意
rating-2 = 不满意
rating-1 = 非常不满意
status-submitted = 已提交
status-accepted = 已受理
status-under-review = 审核中
status-correction-needed = 需要补正材料
status-approved = 审核通过
status-refused = 不予批准
status-certificate-made = 证照已制作
status-ready-for-pickup = 可以领取
status-posted = 已寄出
status-completed = 已办结
