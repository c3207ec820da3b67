# hall-guide — English: Home and region pages
# Translated from zh-CN/home.ftl (the reference); its comments say what each variable holds.

## Home

home-title = Find a government service hall
home-intro = Choose your region step by step or search for a hall by name, and learn exactly what to bring so one visit is enough.
home-search-label = Search for a hall or a service
home-search-placeholder = e.g. Xihu, ID card
home-search-button = Search
home-results-heading = Results for “{ $query }”
home-results-count = { $count ->
    [one] 1 hall found
   *[other] { $count } halls found
}
home-results-none = No hall or service matches. Try another word, or choose your region below.
home-regions-heading = Find by region
home-popular-heading = Common services
home-items-heading = Services
home-halls-heading = Halls
home-items-count = { $count ->
    [one] 1 service found
   *[other] { $count } services found
}

## Region

region-hall-count = { $count ->
    [one] 1 hall
   *[other] { $count } halls
}
region-subregions-heading = Areas in this region
region-halls-heading = Government service halls in this region
region-halls-none = There are no government service halls in this region yet.
region-halls-range = { $from }–{ $to } of { $total }
