# hall-guide — 简体中文（参考语言）：首页与地区页
# 变量说明写在消息上方的 “# Variables:” 注释中。

## 首页

home-title = 查找政务服务大厅
home-intro = 按地区逐级查找，或直接搜索大厅名称，了解办事所需材料，一次办成。
home-search-label = 搜索大厅或事项
home-search-placeholder = 例如：西湖区、身份证
home-search-button = 搜索
# Variables:
#   $query (String) - 用户输入的搜索词
home-results-heading = “{ $query }”的搜索结果
# Variables:
#   $count (Number) - 找到的大厅数量
home-results-count = 共找到 { $count } 个大厅
home-results-none = 没有找到匹配的大厅或事项。请换个关键词，或按地区查找。
home-regions-heading = 按地区查找
home-popular-heading = 热门事项
home-items-heading = 事项
home-halls-heading = 大厅
# Variables:
#   $count (Number) - 找到的事项数
home-items-count = 共找到 { $count } 个事项

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
