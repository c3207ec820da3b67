# hall-guide — Español: Estado de un expediente
# Translated from zh-CN/track.ftl (the reference); its comments say what each variable holds.

## Estado de un expediente

app-nav-label = Menú principal
track-nav = Seguimiento
track-title = Consultar el estado de un expediente
track-number = Número de expediente
track-number-hint = Figura en el resguardo de la solicitud, p. ej., { $example }.
track-verifier = Los 4 últimos dígitos de su móvil, o el código de consulta del resguardo
track-verifier-hint = Sirve para comprobar que el expediente es suyo.
track-submit = Consultar
track-recent = Consultados hace poco:
track-last-attempt = { $minutes ->
    [one] Le queda 1 intento. Si también es incorrecto, espere 1 minuto antes de volver a intentarlo.
   *[other] Le queda 1 intento. Si también es incorrecto, espere { $minutes } minutos antes de volver a intentarlo.
}
track-number-line = Expediente { $number } · { $hall }
track-paused = El plazo está detenido: entregue los documentos que se indican abajo. Después, la revisión seguirá.
track-due-today = Hoy es el último día hábil del plazo prometido.
track-due-in = { $days ->
    [one] Queda 1 día hábil (hasta el { $date }).
   *[other] Quedan { $days } días hábiles (hasta el { $date }).
}
track-overdue = { $days ->
    [one] El plazo se ha superado en 1 día hábil (terminaba el { $date }). Si quiere reclamar, llame al 12345.
   *[other] El plazo se ha superado en { $days } días hábiles (terminaba el { $date }). Si quiere reclamar, llame al 12345.
}
track-resubmit = Documentos que debe entregar:
track-checklist-link = Ver la lista de documentos de este trámite
track-tracking = Número de seguimiento del envío: { $tracking }
track-rate = Valore el servicio que recibió
track-comment = Comentarios o sugerencias (opcional)
track-send-rating = Enviar la valoración
track-rated = Su valoración: { $rating } de 5. Gracias por su opinión.
rating-5 = Muy satisfactorio
rating-4 = Satisfactorio
rating-3 = Aceptable
rating-2 = Insatisfactorio
rating-1 = Muy insatisfactorio
status-submitted = Presentado
status-accepted = Admitido
status-under-review = En revisión
status-correction-needed = Faltan documentos o hay que corregirlos
status-approved = Aprobado
status-refused = Denegado
status-certificate-made = Documento emitido
status-ready-for-pickup = Listo para recoger
status-posted = Enviado por correo
status-completed = Terminado
