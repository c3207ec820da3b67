# hall-guide — Español: página de un centro y categorías de trámites
# Translated from zh-CN/hall.ftl (the reference); its comments say what each variable holds.

## Centro

hall-level-provincial = Provincial
hall-level-prefecture = Municipal
hall-level-county = De distrito
hall-level-township = De subdistrito
hall-services-heading = Servicios
hall-services-none = Ninguno
hall-service-appointments = Cita previa
hall-service-postal-delivery = Envío por correo
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
hall-opening-span = { $days }, { $open }–{ $close }
hall-list-separator = {", "}
weekday-monday = lunes
weekday-tuesday = martes
weekday-wednesday = miércoles
weekday-thursday = jueves
weekday-friday = viernes
weekday-saturday = sábado
weekday-sunday = domingo
hall-jump-to-items = { $count ->
    [one] Ver el único trámite de este centro
   *[other] Ver los { $count } trámites de este centro
}
hall-items-heading = Trámites de este centro
hall-filter-label = Filtrar trámites
hall-filter-placeholder = p. ej. «documento de identidad»
hall-filter-category = Categoría
hall-filter-category-all = Todas las categorías
hall-filter-online = Solo los que se pueden hacer por internet
hall-filter-on-the-spot = Solo los que se resuelven en el acto
hall-filter-clear = Quitar los filtros
hall-items-count-all = { $count ->
    [one] 1 trámite
   *[other] { $count } trámites
}
hall-items-count-filtered = Se muestran { $shown } de { $total } trámites
hall-items-none = Ningún trámite cumple estos filtros.
hall-items-show-all = Mostrar los { $count } trámites

## Categorías de trámites

category-business = Crear y gestionar una empresa
category-identity = Empadronamiento (hukou) y documentos de identidad
category-family = Matrimonio y familia
category-social-security = Seguridad social
category-medical = Seguro médico
category-housing = Vivienda y bienes inmuebles
category-transport = Transporte y conducción
category-construction = Obras y construcción
category-health = Salud
category-employment = Empleo y emprendimiento
category-travel = Viajes al extranjero
category-civil-affairs = Asuntos civiles
