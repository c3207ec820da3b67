# hall-guide — Español: Página de inicio y páginas de zona
# Translated from zh-CN/home.ftl (the reference); its comments say what each variable holds.

## Inicio

home-title = Buscar un centro de servicios administrativos
home-intro = Busque su zona paso a paso o escriba el nombre del centro. Sepa qué documentos llevar y haga su trámite en una sola visita.
home-search-label = Buscar un centro o un trámite
home-search-placeholder = Ej.: Xihu, pasaporte
home-search-button = Buscar
home-results-heading = Resultados de «{ $query }»
home-results-count = { $count ->
    [one] Se ha encontrado 1 centro
   *[other] Se han encontrado { $count } centros
}
home-results-none = Ningún centro ni trámite coincide. Pruebe con otra palabra o busque por zona.
home-regions-heading = Buscar por zona
home-popular-heading = Trámites frecuentes
home-items-heading = Trámites
home-halls-heading = Centros
home-items-count = { $count ->
    [one] 1 trámite encontrado
   *[other] { $count } trámites encontrados
}

## Zona

region-hall-count = { $count ->
    [one] 1 centro
   *[other] { $count } centros
}
region-subregions-heading = Zonas dentro de esta zona
region-halls-heading = Centros de servicios administrativos de esta zona
region-halls-none = Todavía no hay centros de servicios administrativos en esta zona.
region-halls-range = { $from }–{ $to } de { $total }
