# hall-guide — 简体中文（参考语言）：全站共用的文字、关于本指南、页面找不到
# 变量说明写在消息上方的 “# Variables:” 注释中。

## 全站共用

app-name = 政务服务大厅办事指南
app-skip-to-content = 跳到正文
app-language-label = 语言
app-demo-notice = 演示数据：本站内容为示例，不代表任何政务服务大厅的真实办事要求。
app-hotline-notice = 如有疑问，请拨打 12345 政务服务便民热线。
app-loading = 正在加载…
app-retry = 重试
app-large-text = 大字模式
app-back-home = 返回首页
app-home = 首页
app-breadcrumbs-label = 当前位置
app-previous-page = 上一页
app-next-page = 下一页
app-share = 分享链接
app-link-copied = 链接已复制，对方打开后看到的页面与您相同。
app-copy-this-link = 请复制这个链接：
app-about = 关于本指南

## 关于本指南（页脚链接的页面；也是工作人员找到答复生成页的地方）

about-title = 关于本指南
about-intro = 本指南告诉您到政务服务大厅办一件事要带哪些材料、去哪个大厅、要不要预约，让您一次带齐，不跑第二趟。
about-privacy-heading = 个人信息
about-privacy = 查找大厅、事项和材料不需要任何个人信息。本指南不会在您的手机上保存证件号码或手机号码。
about-help-heading = 需要帮助
about-staff-heading = 大厅工作人员和 12345 热线
about-staff-body = 接听来电时，可以生成事项办事指南的链接、二维码和一条短信发给来电人：对方打开就能看到按自己情形要带的材料，用的是自己的语言。
about-staff-link = 生成答复

## 找不到页面

not-found-title = 找不到这个页面
not-found-body = 链接可能有误或已过期。请从首页重新查找您要去的大厅。
