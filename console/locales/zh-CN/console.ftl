# The staff console (/console/): hall staff, hall admins and hotline operators.
# Words for a counter PC: short, plain, the terms window staff use.

console-title = 政务服务大厅工作台
loading = 正在加载…
language = 语言
logout = 退出
logout-everywhere = 退出所有设备
session-ended = 登录已过期，请重新登录。您正在查看的页面会保留。

## Sign in, and the first password

login-title = 工作人员登录
login-name = 账号
login-password = 密码
login-submit = 登录
login-missing = 请填写账号和密码。
login-help = 账号由大厅管理员开设。忘记密码请联系管理员。
password-title = 设置您自己的密码
password-intro = 这是一次性密码，请先换成只有您知道的密码，才能继续使用。
password-current = 当前密码
password-new = 新密码
password-again = 再次输入新密码
password-rule = 至少 10 个字符，不能与账号或当前密码相同。可以用一句好记的话。
password-submit = 保存密码
password-mismatch = 两次输入的新密码不一致。
# Variables: $min (number) the fewest characters a password may have.
problem-too-short = 至少需要 { $min } 个字符。
problem-password-reused = 不能与账号或当前密码相同。
problem-missing = 请填写。
problem-too-long = 太长了。

## Roles

role-window-staff = 窗口工作人员
role-hall-admin = 大厅管理员
role-region-admin = 区域管理员
role-hotline-operator = 12345 热线
role-catalogue-editor = 事项编辑

## The toolbar and tabs

hall = 大厅
hall-code-placeholder = 大厅编码
hall-choose = 请先选择或输入大厅编码。
date = 日期
today = 今天
tab-check-in = 签到
tab-day = 当日预约
tab-audit = 操作记录
# Variables: $year (text, "2026"), $month (number 1–12), $day (number), $weekday (text, weekday-N).
date-long = { $year }年{ $month }月{ $day }日 { $weekday }
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日

## Check-in

check-in-reference = 预约号（输入或扫描预约凭证上的二维码）
check-in-find = 查找
# Variables: $date (text) the appointment's day, as date-long writes it.
check-in-other-day = 这个预约在 { $date }，不是所选日期。
check-in-materials = 应带材料
my-window = 本窗口
# Variables: $count (number) originals to show or hand in.
material-originals = 原件 { $count } 份
# Variables: $count (number) photocopies to hand in.
material-copies = 复印件 { $count } 份
material-exempt = 免提交（大厅通过数据共享获取）
material-conditional = 视情况
on-behalf = 代办
scan-start = 扫码
scan-video = 摄像头画面
scan-hint = 请将预约凭证上的二维码对准摄像头。
scan-close = 关闭摄像头
camera-denied = 浏览器不允许使用摄像头。请在地址栏的权限设置里允许，或直接输入预约号。
camera-missing = 这台电脑没有可用的摄像头。请直接输入预约号。

## States and actions

state-booked = 已预约
state-arrived = 已到场
state-served = 已办理
state-no-show = 未到场
state-cancelled-by-citizen = 群众已取消
state-cancelled-by-hall = 大厅已取消
action-arrived = 签到
action-served = 办理完成
action-no-show = 未到场
action-undo = 撤销

## The day list

count-total = 合计
count-cancelled = 已取消
filter-item = 事项
filter-window = 窗口
filter-state = 状态
filter-all = 全部
print = 打印
# Variables: $time (text) the date and time of printing, as the browser writes it.
printed-at = 打印时间：{ $time }
export-csv = 导出 CSV
day-empty = 这一天没有符合条件的预约。
col-date = 日期
col-time = 时间
col-reference = 预约号
col-item = 事项
col-name = 姓名
col-document = 证件
col-mobile = 手机
col-state = 状态
col-window = 窗口
col-actions = 操作

## Closing the day (hall and region admins)

close-title = 闭厅（全天或部分时段）
close-intro = 时段内的号源将取消，已预约的群众会在预约凭证上看到大厅已取消及原因，并可改约其他时间。不会删除任何记录。
close-from = 从
close-to = 到
close-reason = 原因（群众可见）
close-reason-missing = 请填写原因，群众会在预约凭证上看到。
close-span-half = 请同时填写开始和结束时间，或都不填（全天）。
close-submit = 闭厅…
close-confirm = 确认闭厅
# Variables: $count (number) booked appointments the closure would cancel.
close-confirm-count = 将取消 { $count } 个预约。再次点击“确认闭厅”执行。
# Variables: $count (number) appointments the closure cancelled.
close-done = 已闭厅，取消了 { $count } 个预约。

## The audit log

audit-title = 操作记录
audit-empty = 还没有操作记录。
audit-when = 时间
audit-who = 账号
audit-action = 操作
audit-target = 对象
audit-before = 之前
audit-after = 之后
audit-action-state = 预约状态
audit-action-close = 闭厅
audit-action-lift = 解除预约限制

## Errors

error-network = 连不上服务器。请检查网络后重试，已填写的内容不会丢失。
error-other = 出了点问题，请重试。
error-unavailable = 服务暂时不可用，请稍后重试。
error-login-failed = 账号或密码不对。
error-session-required = 请先登录。
error-password-change-required = 请先设置您自己的密码。
error-csrf-rejected = 页面已过期，请刷新后重试。
error-not-permitted = 您的账号不能做这个操作。
# Variables: $state (text) the appointment's state now, as state-… names it.
error-state-changed = 其他同事刚刚改过这个预约，现在是“{ $state }”。
error-state-changed-unknown = 其他同事刚刚改过这个预约。
error-invalid-state-change = 这个预约现在不能这样改。
error-invalid-password = 这个密码不能用。
error-appointment-not-found = 找不到这个预约号。请核对凭证上的号码。
error-hall-not-found = 找不到这个大厅，或您的账号不负责这个大厅。
error-rate-limited = 尝试次数太多，请一分钟后再试。
error-invalid-parameter = 输入的内容格式不对。
error-application-not-found = 您负责的大厅没有这个申请编号。
error-invalid-transition = 这一步现在不能做（可能同事刚刚办理了下一步），请刷新后再看。
error-item-not-found = 这个大厅不办理这个事项。
error-slot-not-found = 这个时段不存在或已闭厅。

## Applications (办件): statuses in the words of the citizens' tracking page (locales/*/track.ftl),
## so that staff, the hotline and the applicant say the same.

tab-applications = 办件
application-number = 申请编号
application-submitted = 申请日期
application-due = 承诺办结
application-timeline = 办理进程
application-new = 登记新申请
application-applicant = 申请人姓名
application-mobile = 申请人手机
application-verifier = 查询码（打印在受理回执上）
application-choose-item = 请选择事项
application-privacy = 手机号码加密保存，只显示后四位；申请人凭申请编号和查询码（或手机后四位）查进度。
application-missing = 请填写申请编号、事项、申请人姓名、手机和查询码。
application-exists = 这个申请编号已经登记过了。请查找它，或核对编号。
application-create = 登记
receipt-title = 受理回执
# Variables: $number (text) the application number; $verifier (text) the code to look it up with.
receipt-text = 申请编号 { $number }，查询码 { $verifier }。凭这两项可在“查进度”查看办理进程。
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
step-title = 下一步
step-status = 办理结果
step-none = 已办结，没有下一步。
step-reason = 原因（申请人可见）
step-materials = 需补正的材料（每行一项）
step-due = 补正截止日期
step-where = 补正材料交到哪里（窗口、地址或网上办理）
step-review-body = 行政复议机关（按决定书填写，可不填）
step-court = 行政诉讼法院（按决定书填写，可不填）
step-tracking = 快递单号
step-note = 备注（如领取地点，申请人可见）
step-submit = 保存这一步
step-correction-missing = 需补正时请填写原因、材料、截止日期和补正地点。
step-reason-missing = 不予许可时请填写原因。
step-tracking-missing = 请填写快递单号。

## Places (号源)

capacity-title = 调整号源
capacity-intro = 窗口增减时，调整所选日期某事项每个时段可预约的人数。不能少于已预约的人数。
capacity-slot = 时段
capacity-whole-day = 全天每个时段
capacity-places = 可预约人数
capacity-booked = 已预约
capacity-save = 保存
capacity-number = 请填写 1 到 500 之间的人数。
# Variables: $places (number) the places each slot now has.
capacity-done = 已保存：每个时段可预约 { $places } 人。
# Variables: $start (text) the slot's start time, "09:00"; $booked (number) appointments booked in it.
capacity-below-booked = { $start } 的时段已有 { $booked } 人预约，不能少于这个人数。

## The public-holiday calendar (region admins)

tab-calendar = 节假日
calendar-title = 节假日安排
calendar-intro = 选择国务院办公厅每年发布的节假日安排文件（格式与 hall-server calendar import 相同）。先预览，确认后保存；所有大厅在 30 秒内按新安排放号。
calendar-file = 节假日文件（JSON）
calendar-invalid = 文件有误，没有保存。请按下面的提示修改后重新选择：
calendar-unreadable = 读不了这个文件。
# Variables: $year (text) the year, "2027".
calendar-year = { $year } 年
# Variables: $from, $to (text) the first and last day off, as date-long writes them.
calendar-range = { $from } 至 { $to }
calendar-working-days = 调休上班：
# Variables: $count (number) booked appointments, at every hall, on days the file closes.
calendar-affected = 受影响的预约：{ $count } 个
calendar-affected-hint = 保存不会取消这些预约。请在当日预约里为这些日期闭厅并写明原因，群众会在预约凭证上看到并可改约。
calendar-save = 保存节假日安排
calendar-saved = 已保存。所有大厅在 30 秒内按新安排放号。

## Lifting the no-show rule (hall and region admins)

lift-intro = 多次未到场的群众会暂停网上预约 30 天。如有正当理由，可为其解除。
lift-button = 解除网上预约限制
lift-done = 已解除，该群众现在可以在网上预约。

## Closing one window

close-what = 关闭
close-whole-hall = 整个大厅
# Variables: $number (text) the window's number, "A01"; $name (text) its name.
close-window-option = { $number } 号窗口（{ $name }）
close-confirm-window = 该窗口办理的事项在这个时段将少一个窗口的号源；已约满的时段里最后预约的群众会被取消并看到原因。再次点击“确认闭厅”执行。

## The hall's staff (hall and region admins)

tab-staff = 人员
staff-title = 本大厅工作人员
staff-role = 角色
staff-active = 在用
staff-pending = 待首次登录改密码
staff-disabled = 已停用
staff-disable = 停用
staff-add-title = 开设账号
staff-add = 开设
staff-login-rule = 账号 3–40 个字符：小写字母、数字、“.”、“_”或“-”，如 li.window。只能开设本大厅的窗口工作人员或大厅管理员。
staff-login-missing = 请填写账号。
staff-login-refused = 这个账号不能用：格式不对，或已经有人用了。
staff-added-title = 一次性密码
# Variables: $login (text) the new account.
staff-added = 账号 { $login } 已开设。请当面交给本人下面的一次性密码（只显示这一次），首次登录时必须改成自己的密码。
# Variables: $login (text) the account to disable.
staff-disable-confirm = 停用账号 { $login }？该账号会立即退出，且不能在工作台里恢复。
