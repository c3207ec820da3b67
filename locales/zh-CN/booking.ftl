# hall-guide — 简体中文（参考语言）：预约与我的预约
# 变量说明写在消息上方的 “# Variables:” 注释中。

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
# Variables:
#   $year (Number) - 年份，如 2027
slots-day-unpublished = { $year } 年节假日安排尚未公布，暂不能预约
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
# Variables:
#   $start (String) - 开始时间，24小时制，如 09:00
#   $end (String) - 结束时间，24小时制，如 09:30
time-range = { $start }–{ $end }
# Variables:
#   $date (String) - 日期，如“10月8日（周四）”
#   $time (String) - 时间或时段，如 09:00 或 09:00–09:30
date-at-time = { $date } { $time }
book-details-heading = 第 3 步：填写办事人信息
book-details-hint = 信息只用于本次预约。到大厅时请携带所填证件的原件；替他人预约的，代办人还要带本人的身份证件。
book-name = 姓名
book-mobile = 手机号码
book-resident-id = 居民身份证号码

# 证件和代办（第 19.5 点）：为谁预约、证件类型、证件号码、代办人
book-for-whom = 为谁预约
book-for-self = 为本人预约
book-for-other = 替他人预约（代办）
book-for-other-hint = 填写办事人的姓名和证件，以及您（代办人）的姓名和手机号码；预约短信发到您的手机。
book-applicant-heading = 办事人信息
book-agent-heading = 代办人（您）的信息
book-applicant-name = 办事人姓名
book-agent-name = 代办人姓名
book-agent-mobile = 代办人手机号码
book-document-type = 证件类型
book-document-resident-id = 居民身份证
book-document-hk-macau-permit = 港澳居民来往内地通行证
book-document-taiwan-permit = 台湾居民来往大陆通行证
book-document-residence-permit = 港澳台居民居住证
book-document-foreign-permanent = 外国人永久居留身份证
book-document-passport = 护照
book-number-hk-macau-permit = 港澳居民来往内地通行证号码
book-number-taiwan-permit = 台湾居民来往大陆通行证号码
book-number-residence-permit = 港澳台居民居住证号码
book-number-foreign-permanent = 外国人永久居留身份证号码
book-number-passport = 护照号码
book-check-heading = 第 4 步：核对预约信息
book-check-hint = 提交后会生成预约号，到大厅出示预约号或二维码即可。
book-when = 预约时间
book-confirm = 确认预约
book-sending = 正在提交…
book-nearest-free = 离您所选时间最近的空闲时段：
book-conflict-appointments = 到“我的预约”改期或取消
book-conflict-other-day = 改约其他日期
book-done = 预约成功
appointment-reference = 预约号
# Variables:
#   $reference (String) - 预约号
appointment-qr = 预约号 { $reference } 的二维码
appointment-status = 状态
appointment-cancelled = 已取消
appointment-cancelled-by-hall = 大厅已取消这个预约
appointment-cancel-reason = 取消原因
appointment-item = 办理事项
appointment-bring = 请带上预约时登记的证件原件，以及材料清单上的全部材料。
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
appointment-reschedule-check = 核对新的预约时间
appointment-old-time = 原时间
appointment-new-time = 新时间
appointment-reschedule-hint = 确认后，原时间的名额释放给其他人；预约号和二维码不变。
appointment-reschedule-confirm = 确认改期
appointment-rescheduled = 改期成功
# Variables:
#   $time (String) - 原来的预约时间，如“10月8日（周四） 09:00–09:30”
appointment-rescheduled-released = 原时间 { $time } 已释放。
# Variables:
#   $time (String) - 新的预约时间，如“10月9日（周五） 10:00–10:30”
appointment-rescheduled-now = 新的预约时间：{ $time }。预约号不变。
appointment-rescheduled-calendar = 如果已把原时间加入日历，日历不会自动更新：请加入新的日历文件，并删除原来的日程。
appointment-new-calendar = 下载新的日历文件
appointments-title = 我的预约
appointments-hint = 这里列出在这台设备上预约的记录。设备上只保存预约号和管理码，不保存姓名、手机号或身份证号。
appointments-none = 这台设备上还没有预约。
appointments-offline = 离线：显示的是本机上次保存的预约信息。取消或改约需要联网。
appointments-forget = 从列表中移除

## 预约凭证：办理窗口、到达须知、要带的材料、管理链接

appointment-arrival-heading = 到达须知
appointment-arrival-early = 请提前 10 分钟到达，在取号机上扫描二维码或输入预约号取号。
appointment-arrival-late = 迟到超过 15 分钟，预约自动失效：可以在现场取号排队，或重新预约。
appointment-arrival-cancel = 来不了请提前取消，把名额留给别人。
appointment-checklist = 查看需要带哪些材料
appointment-your-checklist = 查看我的材料清单
appointment-copy-link = 复制链接
appointment-link-copied = 管理链接已复制。
appointment-link-selected = 无法自动复制：链接已选中，请长按后选择“复制”。
appointment-book-again = 重新预约这个事项
