# hall-guide — 简体中文（参考语言）：错误提示（接口错误与表单字段错误）
# 变量说明写在消息上方的 “# Variables:” 注释中。

## 错误提示（每条都说明发生了什么、该怎么办）

error-unreachable = 服务暂时没有响应。您的设备显示已联网，问题多半出在我们这边，不用检查您的手机或网络。请过几分钟再点“重试”；急需咨询请拨打 12345 政务服务热线。
error-offline = 您的设备目前没有联网，这一步需要网络。您填写的内容会保留，联网后请点“重试”。看过的大厅和事项离线也能打开。
error-timed-out = 长时间没有收到答复。您填写的内容都已保留，请再点一次；重复点击不会重复办理。
error-write-unreachable = 服务暂时没有响应，您填写的内容都已保留。问题多半出在我们这边：请过几分钟再点一次；急需办理请拨打 12345 政务服务热线。
error-write-offline = 您的设备目前没有联网，这一步需要网络。您填写的内容都已保留，联网后请再点一次。
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
error-booking-suspended = 您近期多次预约后未到，暂时不能在网上预约。可以直接到大厅窗口办理，或拨打 12345 咨询。
# Variables:
#   $date (String) - the first day online booking opens again, as the slot picker writes a day
error-booking-suspended-until = 您近期多次预约后未到，{ $date }起才能再在网上预约。在此之前可以直接到大厅窗口办理，或拨打 12345 咨询。
error-rate-limited = 操作太频繁，请稍等一分钟后再试。
error-payload-too-large = 填写的内容太长，无法提交。请删减后再试，已填写的内容仍保留在表单中。
error-idempotency-key-reused = 这次提交与上一次不一致，请刷新页面后重新提交。
error-appointment-not-found = 找不到这个预约：请核对预约号和管理码。
error-appointment-cancelled = 这个预约已取消，不能再修改。
error-application-not-found = 没有查到这个办件：请核对办件编号，以及手机号后 4 位或回执上的查询码。
error-application-not-completed = 办件办结后才能评价。
error-feedback-already-given = 这个办件已经评价过了，感谢您的反馈。
error-link-not-found = 这个短链接不存在，可能抄错了。请核对链接，或从首页查找。
error-uri-too-long = 这个链接太长，无法打开。请回到首页重新查找。
error-headers-too-large = 浏览器发送的信息太多，服务器无法读取。请清除本网站的数据后重试，或拨打 12345。

## 表单字段错误

problem-missing = 请填写这一项。
problem-too-long = 内容太长，请缩短。
# Variables:
#   $min (Number) - the shortest length allowed
problem-too-short = 太短了：至少 { $min } 个字符。
problem-password-reused = 新密码不能与当前密码或登录名相同。
# Variables:
#   $example (String) - 示例号码 138 1234 5678（在从右到左的语言中保持从左到右）
problem-mobile-format = 手机号码只能填数字，如 { $example }。
problem-resident-id-format = 请输入 18 位居民身份证号码（最后一位可能是 X）。
problem-resident-id-birth-date = 身份证号码中的出生日期不正确，请核对第 7 至 14 位。
problem-resident-id-check-digit = 身份证号码有一位输错了，请与证件逐位核对。
problem-characters = 姓名里有无法正常显示的字符（控制字符或文字方向标记）。请重新输入姓名。
problem-date-format = 请选择日期。
problem-time-format = 请选择时段。

# 证件号码和手机号码（第 19.5 点）：每种证件各自的格式
# Variables:
#   $example (String) - 示例号码 138 1234 5678（在从右到左的语言中保持从左到右）
problem-mobile-length = 手机号码是 11 位数字，请检查是否多输或少输了一位，如 { $example }。
# Variables:
#   $example (String) - 示例号码 138 1234 5678
problem-mobile-start = 大陆手机号码以 1 开头，第二位是 3 至 9，如 { $example }。座机号码收不到短信。
problem-resident-id-other-document = 这是港澳台居民居住证或外国人永久居留身份证的号码：请在“证件类型”中选择这种证件。
problem-hk-macau-permit-format = 港澳居民来往内地通行证号码是 H 或 M 加 8 位数字，如 H12345678。
problem-taiwan-permit-format = 台湾居民来往大陆通行证号码是 8 位数字，如 01234567。
problem-residence-permit-format = 请输入 18 位港澳台居民居住证号码（最后一位可能是 X）。
problem-residence-permit-region = 港澳台居民居住证号码以 810000（香港）、820000（澳门）或 830000（台湾）开头。持其他证件请在“证件类型”中选择。
problem-residence-permit-birth-date = 居住证号码中的出生日期不正确，请核对第 7 至 14 位。
problem-residence-permit-check-digit = 居住证号码有一位输错了，请与证件逐位核对。
problem-foreign-permanent-format = 外国人永久居留身份证号码是以 9 开头的 18 位，或旧版的 3 个字母加 12 位数字。
problem-foreign-permanent-birth-date = 永久居留身份证号码中的出生日期不正确，请核对第 7 至 14 位。
problem-foreign-permanent-check-digit = 永久居留身份证号码有一位输错了，请与证件逐位核对。
problem-passport-characters = 护照号码只能由英文字母和数字组成，请去掉其他符号。
problem-passport-length = 护照号码是 5 至 17 位字母和数字，请与护照逐位核对。

## 整页出错时的标题（说明哪一页没能打开）

error-page-title-guide = 没能打开这个事项的办事指南
error-page-title-hall = 没能打开这个大厅的页面
error-page-title-region = 没能打开这个地区的页面
error-page-title-booking = 没能打开这个事项的预约页面
error-page-title-appointments = 没能打开“我的预约”页面
error-page-title-track = 没能打开办件进度查询页面
error-page-title-compose = 没能打开答复生成页面
