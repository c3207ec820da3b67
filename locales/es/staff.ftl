# hall-guide — Español: el generador de respuestas para el personal y la línea 12345
# Translated from zh-CN/staff.ftl (the reference); its comments say what each variable holds.

## Generador de respuestas

staff-nav = Respuestas
staff-title = Preparar una respuesta: enlace, código QR y SMS
staff-intro = Elija el centro, el trámite, el idioma y la situación de quien llama, y obtenga respuestas listas para pegar: una corta que cabe en un SMS, una completa para WeChat o correo, el enlace y su código QR. No hace falta ni se guarda ningún dato personal de quien llama.
staff-hall = Centro
staff-hall-search = Escriba el nombre o la zona del centro
staff-change-hall = Elegir otro centro
staff-item = Trámite
staff-choose-item = Elija un trámite
staff-language = Idioma de la respuesta
staff-answers = La situación de quien llama
staff-not-asked = Sin responder
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

reply-materials-summary = { $count ->
    [one] lleve 1 documento
   *[other] lleve { $count } documentos
}
reply-materials-heading = { $count ->
    [one] Lleve este documento:
   *[other] Lleve estos { $count } documentos:
}
reply-appointment-required = pida cita antes
reply-appointment-recommended = mejor con cita
reply-appointment-not-needed = sin cita
reply-address = Dirección: { $address }
reply-separator = {", "}
reply-lead-in = {": "}
