# hall-guide — Español: Guía del trámite: preguntas, lista de documentos, cuando ya lo tiene todo
# Translated from zh-CN/item.ftl (the reference); its comments say what each variable holds.

## Guía del trámite

item-on-the-spot = Se resuelve en el acto
item-online = Se puede hacer en línea
item-promised-days = { $days ->
    [one] Listo en 1 día hábil
   *[other] Listo en { $days } días hábiles
}
item-kind = Tipo de trámite
item-kind-administrative-licensing = Autorización administrativa
item-kind-administrative-confirmation = Confirmación administrativa
item-kind-public-service = Servicio público
item-kind-administrative-payment = Pago de prestaciones
item-kind-other-power = Otras competencias administrativas
item-category = Categoría
item-promised-limit = Plazo prometido
item-legal-limit = Plazo legal
item-working-days = { $days ->
    [one] 1 día hábil
   *[other] { $days } días hábiles
}
item-fee = Coste
item-fee-free = Gratuito
item-fee-amount = { $yuan ->
    [one] { $yuan } yuan
   *[other] { $yuan } yuanes
}
item-fee-range = De { $from } a { $to } yuanes, según sus respuestas
item-fee-part = { $label }: { $yuan } yuanes
item-fee-extra = En algunos casos, además: { $label }, { $yuan } yuanes
item-online-heading = En línea

item-online-link = Solicitar en línea en { $host } (se abre en una pestaña nueva)
item-windows = Ventanillas:
item-offered-at-heading = Centros que hacen este trámite
item-offered-nowhere = Ahora mismo ningún centro hace este trámite. Llame al 12345 para informarse.

## Todo lo que necesita saber de una vez: preguntas

questions-heading = Qué debe llevar, todo de una vez
questions-intro = Responda a unas preguntas sencillas. La lista de abajo mostrará solo los documentos que usted necesita. Llévelos todos y no tendrá que volver.
questions-step = Pregunta { $number } de { $total }
questions-continue = Continuar
questions-back = Atrás
questions-choose-one = Elija una respuesta.
questions-error-title = Hay un problema
questions-your-answers = Sus respuestas
questions-change = Cambiar
questions-cancel-change = Mantener esta respuesta
questions-done = Ya ha respondido a todas las preguntas. En la lista de abajo tiene todo lo que debe preparar.
questions-start-again = Borrar respuestas y marcas, y empezar de nuevo

## Todo lo que necesita saber de una vez: lista de documentos

checklist-heading = Lista de documentos
checklist-totals = { $documents ->
    [0] Con sus respuestas hasta ahora, no necesita llevar nada.
   *[other] Lleve { $documents ->
        [one] 1 documento
       *[other] { $documents } documentos
    }: { $originals ->
        [0] { $copies ->
            [one] 1 copia
           *[other] { $copies } copias
        }.
       *[other] { $originals ->
            [one] 1 original
           *[other] { $originals } originales
        }{ $copies ->
            [0] .
            [one] {" "}y 1 copia.
           *[other] {" "}y { $copies } copias.
        }
    }
}
checklist-totals-undecided = { $count ->
    [one] 1 documento más depende de sus respuestas.
   *[other] { $count } documentos más dependen de sus respuestas.
}
checklist-progress = Reunidos: { $ticked } de { $total }
checklist-print = Imprimir la lista
checklist-to-bring = Debe llevar ({ $count }): marque cada uno cuando lo tenga
checklist-undecided = Depende de sus respuestas ({ $count })
checklist-no-need-to-bring = No hace falta llevarlos: el centro los obtiene de otros organismos ({ $count })
material-no-need-to-bring = No hace falta llevarlo
material-depends-on = Depende de:
material-sample = Ver un modelo (se abre en una ventana nueva)

## Cuando ya lo tiene todo

ready-heading = Ya lo tiene todo: puede ir al centro
ready-where = Dónde
ready-choose-hall = Puede hacer este trámite en varios centros.
ready-find-hall = Buscar un centro cercano
ready-appointment = Cita
ready-appointment-required = Hace falta cita: pida cita primero y vaya a la hora reservada.
ready-appointment-recommended = Se recomienda pedir cita: le atenderán sin cita, pero con cita esperará menos.
ready-appointment-recommended-no-booking = Se recomienda pedir cita, pero este centro todavía no da citas: puede ir directamente.
ready-appointment-not-needed = No hace falta cita: vaya directamente.
item-legal-basis = Base legal
material-counts = { $originals ->
    [0] { $copies ->
        [one] 1 copia
       *[other] { $copies } copias
    }
    [one] { $copies ->
        [0] 1 original
        [one] 1 original · 1 copia
       *[other] 1 original · { $copies } copias
    }
   *[other] { $copies ->
        [0] { $originals } originales
        [one] { $originals } originales · 1 copia
       *[other] { $originals } originales · { $copies } copias
    }
}
material-format = Formato
material-format-paper = En papel
material-format-electronic = Electrónico
material-format-paper-or-electronic = En papel o electrónico
material-source = Quién lo emite / dónde conseguirlo

## The halls that handle an item: nearest first, by distance when the reader asks.
offering-near-me = Primero los más cercanos a mí
offering-locating = Buscando su ubicación…
offering-by-distance = Ordenados por distancia desde donde está. Su ubicación solo se usa para esta lista y no se guarda.
offering-location-refused = No se permitió la ubicación; los centros aparecen en el orden habitual. Permita la ubicación en los ajustes del navegador o de WeChat y vuelva a intentarlo.
offering-location-unavailable = Ahora no se puede obtener su ubicación; los centros aparecen en el orden habitual. Inténtelo más tarde.
# $metres is a whole number of metres (to the nearest hundred).
offering-distance-m = A unos { $metres } m
# $km is a number of kilometres, e.g. 2.3 or 1,050.
offering-distance-km = A unos { $km } km

## Los demás elementos de la guía (norma nacional): visitas, condiciones, pasos, resultado, preguntas, contacto

item-visits = Visitas a la sala
item-visits-count = { $count ->
    [0] Ninguna: todo en línea
    [1] Una visita como máximo
   *[other] { $count } visitas
}
item-online-mobile-link = Solicitar desde el móvil ({ $host }, se abre en una pestaña nueva)
item-scope = Dónde se puede tramitar
online-depth-information = En línea solo la guía: se tramita en la sala
online-depth-forms = Formularios y consultas en línea: se tramita en la sala
online-depth-pre-review = Revisión previa en línea y entrega en la sala
online-depth-online-acceptance = Solicitud en línea y una visita para cotejar los originales
online-depth-fully-online = Todo en línea
scope-nationwide = En toda China: cualquier sala del país
scope-cross-province = Entre provincias: también en salas de otras provincias
scope-province-wide = En toda la provincia: cualquier sala de la provincia
scope-city-wide = En toda la ciudad: cualquier sala de la ciudad
scope-county-wide = En todo el distrito: cualquier sala del distrito o condado
scope-hall-only = Solo en la sala del lugar donde está empadronado
conditions-heading = ¿Puedo solicitarlo?
applicants-label = Quién puede solicitarlo:
applicant-natural-person = Personas
applicant-legal-person = Empresas y entidades públicas
applicant-other-organization = Otras organizaciones
conditions-intro = Se admite la solicitud si:
conditions-if-answer = (si su respuesta es «{ $answers }»)
steps-heading = Después de entregarla: los pasos
steps-at-window = En la ventanilla
steps-online = En línea
step-you-act = Le toca a usted
step-same-day = el mismo día
result-heading = Qué obtiene
result-name = Resultado
result-validity = Validez
result-delivery = Cómo lo recibe
result-sample = Ver un modelo del resultado (se abre en una pestaña nueva)
result-kind-licence = Licencia o tarjeta
result-kind-approval = Autorización
result-kind-filing = Registro
result-kind-certificate = Certificado
result-kind-payment = Prestación
delivery-window = Recogida en la ventanilla
delivery-post = Envío por correo, gratis
delivery-electronic = Electrónico, descarga en línea
limits-heading = Procedimientos especiales y otros límites
special-procedures = Procedimientos especiales
special-procedures-none = Ninguno
special-procedure-counts = hasta { $days } días hábiles, cuentan en el plazo legal
special-procedure-not-counted = hasta { $days } días hábiles, no cuentan en el plazo legal
quantity-limit = Límite de cantidad
quantity-limit-none = Sin límite
intermediaries = Servicios de terceros
intermediaries-none = No hacen falta: no pague a nadie por «tramitárselo»
intermediary-charged = de pago
intermediary-free = gratis
faq-heading = Preguntas frecuentes ({ $count })
contacts-heading = Consultas y quejas
contacts-enquiry = Consultas
contacts-supervision = Quejas sobre la sala
contacts-hotline = Línea de atención al ciudadano
guide-updated = Guía actualizada el { $date } (versión { $version })
