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
