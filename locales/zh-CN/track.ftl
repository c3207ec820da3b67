# hall-guide — 简体中文（参考语言）：办件进度查询
# 变量说明写在消息上方的 “# Variables:” 注释中。

## 办件进度查询

app-nav-label = 主要功能
track-nav = 查进度
track-title = 办件进度查询
track-number = 办件编号
# Variables:
#   $example (String) - 示例办件编号 DEMO-04（在从右到左的语言中保持从左到右）
track-number-hint = 在受理回执上，如 { $example }。
track-verifier = 手机号后 4 位，或回执上的查询码
track-verifier-hint = 用于确认是您本人的办件。
track-submit = 查询
track-recent = 最近查询过：
# Variables:
#   $minutes (Number) - 用完最后一次后需等待的分钟数
track-last-attempt = 还可以再试 1 次。如果仍不正确，需等待 { $minutes } 分钟才能再查询。
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
# Variables:
#   $year (String) - 年份，如 2026
#   $month (Number) - 月份 1–12
#   $day (Number) - 日
#   $weekday (String) - 星期几，如 周五
track-date = { $year }年{ $month }月{ $day }日（{ $weekday }）
# Variables:
#   $date (String) - 补交材料的最后一天（含年份和星期，见 track-date）
track-correction-due = 请最迟在{ $date }补交下列材料。办理时限暂停计时，补交后继续审核。
# 后面紧接着大厅工作人员写的原因（中文）。
track-reason = 原因：
# Variables:
#   $date (String) - 补交材料的最后一天
track-correction-by = 补交期限：最迟{ $date }
# 后面紧接着大厅工作人员写的补交地点和方式（中文）。
track-correction-where = 补交地点和方式：
track-appeal-heading = 如果您不服这个决定
track-appeal-intro = 您可以选择下面任一种方式，依法维护自己的权益：
track-appeal-review = 申请行政复议
# Variables:
#   $date (String) - 申请行政复议的最后一天（决定之日起 60 日，遇休息日顺延）
track-appeal-review-by = 最迟在{ $date }提出申请（60日内）。
# 后面紧接着复议机关的名称：决定书写明的（中文），或 track-appeal-review-body-default。
track-appeal-review-body = 复议机关：
track-appeal-review-body-default = 作出决定的部门所属的本级人民政府（海关、税务等实行垂直领导的部门，为其上一级主管部门）
track-appeal-lawsuit = 提起行政诉讼
# Variables:
#   $date (String) - 提起行政诉讼的最后一天（决定之日起 6 个月，遇休息日顺延）
track-appeal-lawsuit-by = 最迟在{ $date }起诉（6个月内）。
# 后面紧接着法院的名称：决定书写明的（中文），或 track-appeal-court-default。
track-appeal-court = 受理法院：
track-appeal-court-default = 作出决定的部门所在地的人民法院
# Variables:
#   $date (String) - 不予许可决定的日期
track-appeal-counted = 以上期限按决定日期{ $date }算出，当天不计入；如果您收到决定书晚于这一天，从收到的第二天算起。复议机关、法院和期限以不予许可决定书写明的为准。
track-rating-missing = 请先选择一个满意程度，再提交评价。
track-rate = 请为这次办事服务评价
track-comment = 意见或建议（选填）
track-send-rating = 提交评价
# Variables:
#   $label (String) - 所选的满意程度（与评价选项的文字相同），如“非常满意”
track-rated = 您已评价：{ $label }。感谢您的反馈。
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

## 办理流程：时间线按事项的步骤命名

# Variables:
#   $number (Number) - 这是办理流程的第几步
#   $total (Number) - 办理流程共几步
#   $name (String) - 这一步的名称（事项数据里的文字），如“审查”
track-step = 办理流程第 { $number } 步（共 { $total } 步）：{ $name }
# Variables:
#   $name (String) - 下一步的名称，如“制证”
#   $handler (String) - 谁来办理这一步，如“发证窗口”
track-next-step = 下一步：{ $name }（{ $handler }）
