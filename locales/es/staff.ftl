# hall-guide — Español: el generador de respuestas para el personal y la línea 12345
# Translated from zh-CN/staff.ftl (the reference); its comments say what each variable holds.

## Generador de respuestas

staff-title = Preparar una respuesta: enlace, código QR y SMS
staff-intro = Elija el centro, el trámite, el idioma y la situación de quien llama, y obtenga respuestas listas para pegar: una corta que cabe en un SMS, una completa para WeChat o correo, el enlace y su código QR. No hace falta ni se guarda ningún dato personal de quien llama.
staff-hall = Centro
staff-hall-search = Centro o zona
staff-change-hall = Elegir otro centro
staff-item = Trámite
staff-choose-item = Elija un trámite
staff-language = Idioma de la respuesta
staff-answers = La situación de quien llama
staff-not-asked = Sin responder
staff-unanswered = Faltan preguntas por responder: la respuesta solo puede decir cuántos documentos llevar «como mínimo» y enumera las preguntas pendientes. Pregunte a quien llama para que la respuesta sea completa.
staff-make = Preparar la respuesta
staff-link = Enlace (con la situación y el idioma)
staff-short-link = Enlace corto
staff-qr = Código QR
staff-qr-label = Código QR de la guía de «{ $item }»
staff-download-qr = Descargar el código QR (SVG, imprimible)
staff-sms = SMS (un mensaje)
staff-full = Respuesta completa (WeChat o correo)
staff-copy = Copiar
staff-copied = Copiado
staff-sms-length = { $length } / { $limit } caracteres

## Lo que dice la respuesta (en el idioma de quien llama)
# Un SMS admite 160 letras sin tilde, 70 si hay una á, í, ó o ú: reply-materials-*,
# reply-appointment-* y reply-separator, cortos y sin tildes.

reply-materials-summary = { $count ->
    [one] 1 documento
   *[other] { $count } documentos
}
reply-materials-at-least = { $count ->
    [one] al menos 1 documento
   *[other] al menos { $count } documentos
}
reply-materials-heading = { $count ->
    [one] Lleve este documento:
   *[other] Lleve estos { $count } documentos:
}
reply-materials-heading-at-least = { $count ->
    [one] Lleve al menos este documento:
   *[other] Lleve al menos estos { $count } documentos:
}
reply-material = { $number }. { $name } ({ $counts })
reply-materials-undecided = { $count ->
    [one] Si necesita 1 documento más depende de su respuesta a:
   *[other] Si necesita { $count } documentos más depende de sus respuestas a:
}
reply-question = · { $question }
reply-appointment-required = con cita previa
reply-appointment-recommended = mejor con cita
reply-appointment-not-needed = sin cita
reply-full-appointment-required = Pida cita antes de ir.
reply-full-appointment-recommended = Se recomienda pedir cita: esperará menos.
reply-full-appointment-not-needed = No hace falta cita: vaya en horario de atención.
reply-address = Dirección: { $address }
reply-hours = Horario: { $hours }
reply-hours-span = { $days }, { $times }
reply-time-range = { $open }–{ $close }
reply-windows = Ventanillas: { $windows }
reply-window = { $number } { $name }
reply-fee-free = Coste: gratuito
reply-fee = Coste: { $yuan ->
    [one] { $yuan } yuan
   *[other] { $yuan } yuanes
}
reply-fee-range = Coste: de { $from } a { $to } yuanes, según su caso
reply-fee-part = · { $label }: { $yuan ->
    [one] { $yuan } yuan
   *[other] { $yuan } yuanes
}
reply-fee-extra = En algunos casos, además: { $label }, { $yuan ->
    [one] { $yuan } yuan
   *[other] { $yuan } yuanes
}
reply-separator = {", "}

## La respuesta completa: visitas y condiciones de admisión

reply-visits = Visitas a la sala: { $visits }
reply-conditions-heading = Quién puede solicitarlo:
reply-condition = · { $condition }
