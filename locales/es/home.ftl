# hall-guide — Español: página de inicio y páginas de regiones
# Translated from zh-CN/home.ftl (the reference); its comments say what each variable holds.

## Inicio

home-title = Buscar un centro de servicios administrativos
home-intro = Elija su región paso a paso o busque un centro por su nombre, y sepa exactamente qué llevar para resolverlo en una sola visita.
home-search-label = Buscar un centro
home-search-placeholder = Por ejemplo: Xihu, Centro Ciudadano
home-search-button = Buscar
home-results-heading = Resultados para «{ $query }»
home-results-count = { $count ->
    [one] 1 centro encontrado
   *[other] { $count } centros encontrados
}
home-results-none = Ningún centro coincide. Pruebe con otra palabra o elija su región más abajo.
home-regions-heading = Buscar por región

## Región

region-hall-count = { $count ->
    [one] 1 centro
   *[other] { $count } centros
}
region-subregions-heading = Zonas de esta región
region-halls-heading = Centros de servicios administrativos de esta región
region-halls-none = Todavía no hay centros de servicios administrativos en esta región.
region-halls-range = { $from }–{ $to } de { $total }
