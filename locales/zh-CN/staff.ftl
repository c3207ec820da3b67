# hall-guide — 简体中文（参考语言）：工作人员与 12345 热线的答复生成页
# 变量说明写在消息上方的 “# Variables:” 注释中。

## 答复生成页

staff-nav = 答复生成
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

# Variables:
#   $count (Number) - 需携带的材料种数
reply-materials-summary = 需带 { $count } 种材料
# Variables:
#   $count (Number) - 需携带的材料种数
reply-materials-heading = 请带齐以下 { $count } 种材料：
reply-appointment-required = 需先预约
reply-appointment-recommended = 建议预约
reply-appointment-not-needed = 无需预约
# Variables:
#   $address (String) - 大厅地址
reply-address = 地址：{ $address }
reply-separator = ，
reply-lead-in = ：
