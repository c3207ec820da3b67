# hall-guide — 简体中文（参考语言）：工作人员与 12345 热线的答复生成页
# 变量说明写在消息上方的 “# Variables:” 注释中。

## 答复生成页

staff-title = 生成答复：链接、二维码和短信
staff-intro = 选择大厅、事项、来电人的语言和情形，生成可直接粘贴的答复：一条短信装得下的短答复、适合微信或邮件的完整答复、链接和二维码。不需要也不会保存来电人的任何个人信息。
staff-hall = 大厅
staff-hall-search = 输入大厅名称或地区搜索
staff-change-hall = 换一个大厅
staff-item = 事项
staff-choose-item = 请选择事项
staff-language = 答复语言
staff-answers = 来电人的情形
staff-not-asked = 未回答
staff-unanswered = 还有问题没回答：答复只能说“至少”要带几种材料，并列出还要问的问题。问清来电人的情况，答复才完整。
staff-make = 生成答复
staff-link = 链接（带情形和语言）
staff-short-link = 短链接
staff-qr = 二维码
# Variables:
#   $item (String) - 事项名称
staff-qr-label = “{ $item }”办事指南的二维码
staff-download-qr = 下载二维码（SVG，可打印）
staff-sms = 短信（一条）
staff-full = 完整答复（微信或邮件）
staff-copy = 复制
staff-copied = 已复制
# Variables:
#   $length (Number) - 短信的字符数
#   $limit (Number) - 一条短信的字符上限（70 或 160）
staff-sms-length = { $length } / { $limit } 个字符

## 答复的内容（以来电人的语言生成）
# 短信只有 70 个字，reply-materials-*、reply-appointment-* 和 reply-separator 请尽量短。

# Variables:
#   $count (Number) - 需携带的材料种数
reply-materials-summary = 带{ $count }种材料
# Variables:
#   $count (Number) - 已确定要带的材料种数（还有问题没回答，可能还要带更多）
reply-materials-at-least = 至少带{ $count }种材料
# Variables:
#   $count (Number) - 需携带的材料种数
reply-materials-heading = 请带齐以下{ $count }种材料：
# Variables:
#   $count (Number) - 已确定要带的材料种数（还有问题没回答，可能还要带更多）
reply-materials-heading-at-least = 至少要带以下{ $count }种材料：
# Variables:
#   $number (Number) - 材料的序号
#   $name (String) - 材料名称
#   $counts (String) - 份数，如“原件 1 份 · 复印件 1 份”
reply-material = { $number }. { $name }（{ $counts }）
# Variables:
#   $count (Number) - 要不要带取决于未回答问题的材料种数
reply-materials-undecided = 另有{ $count }种材料要不要带，要看这些问题的回答：
# Variables:
#   $question (String) - 一个还没回答的问题
reply-question = · { $question }
reply-appointment-required = 需先预约
reply-appointment-recommended = 建议预约
reply-appointment-not-needed = 无需预约
reply-full-appointment-required = 请先预约，再去大厅办理。
reply-full-appointment-recommended = 建议先预约，可以少排队。
reply-full-appointment-not-needed = 无需预约，办公时间内直接去大厅即可。
# Variables:
#   $address (String) - 大厅地址
reply-address = 地址：{ $address }
# Variables:
#   $hours (String) - 办公时间，如“周一至周五 09:00–17:00”
reply-hours = 办公时间：{ $hours }
# Variables:
#   $days (String) - 星期，如“周一至周五”
#   $times (String) - 这几天的办公时段，如“08:30–12:00、13:30–17:00”
reply-hours-span = { $days } { $times }
# Variables:
#   $open (String) - 开始时间，24小时制，如 09:00
#   $close (String) - 结束时间，24小时制，如 17:00
reply-time-range = { $open }–{ $close }
# Variables:
#   $windows (String) - 办理这个事项的窗口，如“A01 综合受理窗口”
reply-windows = 办理窗口：{ $windows }
# Variables:
#   $number (String) - 窗口编号，如 A01
#   $name (String) - 窗口名称
reply-window = { $number } { $name }
reply-fee-free = 收费：不收费
# Variables:
#   $yuan (Number) - 按来电人的情形应交的金额（元）
reply-fee = 收费：{ $yuan }元
# Variables:
#   $from (Number) - 最少可能交的金额（元）
#   $to (Number) - 最多可能交的金额（元）
reply-fee-range = 收费：{ $from }–{ $to }元，看您的情况
# Variables:
#   $label (String) - 收费项目，如“汽车号牌，每副”
#   $yuan (Number) - 这一项的金额（元）
reply-fee-part = · { $label }：{ $yuan }元
# Variables:
#   $label (String) - 只在部分情况下收取的项目，如“每增加一本证书”
#   $yuan (Number) - 这一项的金额（元）
reply-fee-extra = 另按情况收取：{ $label }，{ $yuan }元
reply-separator = ，

## 完整回复：到现场次数和受理条件

# Variables:
#   $visits (String) - 到现场次数，如“最多跑一次”
reply-visits = 到现场次数：{ $visits }
reply-conditions-heading = 受理条件：
# Variables:
#   $condition (String) - 一条受理条件（事项数据里的文字）
reply-condition = · { $condition }
