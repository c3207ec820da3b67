# hall-guide — Español: Página del centro y categorías de trámites
# Translated from zh-CN/hall.ftl (the reference); its comments say what each variable holds.

## Centro

hall-level-provincial = Provincial
hall-level-prefecture = Municipal
hall-level-county = Distrito o condado
hall-level-township = Subdistrito o pueblo
hall-services-heading = Servicios
hall-services-none = Ninguno
hall-service-appointments = Cita previa
hall-service-postal-delivery = Envío de documentos por correo
hall-service-agency-help = Ayuda gratuita con los trámites
hall-service-self-service-24h = Autoservicio 24 horas
hall-address = Dirección
hall-opening-hours = Horario
hall-hotline = Teléfono de atención
hall-supervision-phone = Teléfono de quejas
hall-windows-heading = { $count ->
    [one] Ventanilla (1)
   *[other] Ventanillas ({ $count })
}
hall-window-item-count = { $count ->
    [one] 1 trámite
   *[other] { $count } trámites
}
hall-weekday-range = de { $from } a { $to }
hall-opening-span = { $days }: { $open }–{ $close }
hall-list-separator = {", "}
weekday-monday = lunes
weekday-tuesday = martes
weekday-wednesday = miércoles
weekday-thursday = jueves
weekday-friday = viernes
weekday-saturday = sábado
weekday-sunday = domingo
hall-jump-to-items = Ver los trámites disponibles ({ $count })
hall-items-heading = Trámites en este centro
hall-filter-label = Filtrar trámites
hall-filter-placeholder = Trámite u organismo
hall-filter-category = Categoría
hall-filter-category-all = Todas las categorías
hall-filter-online = Solo los que se pueden hacer en línea
hall-filter-on-the-spot = Solo los que se resuelven en el acto
hall-filter-clear = Quitar los filtros
hall-items-count-all = { $count ->
    [one] 1 trámite
   *[other] { $count } trámites
}
hall-items-count-filtered = { $total ->
    [one] Se muestran { $shown } de 1 trámite
   *[other] Se muestran { $shown } de { $total } trámites
}
hall-items-none = Ningún trámite cumple estos filtros.
hall-items-show-all = { $count ->
    [one] Ver el trámite
   *[other] Ver los { $count } trámites
}

## Categorías de trámites

category-business = Abrir y gestionar una empresa
category-identity = Registro del hogar (hukou) e identidad
category-family = Matrimonio y familia
category-social-security = Seguridad social
category-medical = Seguro médico
category-housing = Vivienda e inmuebles
category-transport = Transporte y conducción
category-construction = Obras y construcción
category-health = Salud
category-employment = Empleo y emprendimiento
category-travel = Entrada y salida del país
category-civil-affairs = Asuntos civiles

## Cómo llegar: mapas, transporte, aparcamiento, y si está abierta ahora

hall-open-in-maps = Abrir en mapas:
map-app-device = Mapas del móvil
map-app-amap = Amap
map-app-baidu = Baidu Maps
map-app-tencent = Tencent Maps
map-app-apple = Apple Mapas
hall-transport = Transporte público
hall-parking = Aparcamiento
hall-open-now = Abierta ahora · cierra a las { $close }
hall-closed-now = Cerrada ahora · abre { $day } a las { $open }
hall-day-today = hoy
hall-day-tomorrow = mañana
hall-closed-for-now = Cerrada por ahora: llame a la línea de atención
