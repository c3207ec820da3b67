# hall-guide — 简体中文（参考语言）：大厅页与事项类别
# 变量说明写在消息上方的 “# Variables:” 注释中。

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
hall-filter-placeholder = 事项名称或部门
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

## 怎么去：地图、交通、停车，现在是否办公

hall-open-in-maps = 在地图中打开：
map-app-device = 手机地图
map-app-amap = 高德地图
map-app-baidu = 百度地图
map-app-tencent = 腾讯地图
map-app-apple = Apple 地图
hall-transport = 公共交通
hall-parking = 停车
# Variables:
#   $close (String) - 今天下班时间，24小时制，如 17:00
hall-open-now = 正在办公 · { $close } 下班
# Variables:
#   $day (String) - 下次开门的日子：“今天”“明天”或日期，如“12月7日（周一）”
#   $open (String) - 开门时间，24小时制，如 09:00
hall-closed-now = 现在不办公 · { $day } { $open } 开门
hall-day-today = 今天
hall-day-tomorrow = 明天
hall-closed-for-now = 近期不办公，请拨打服务热线咨询
