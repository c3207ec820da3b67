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
track-date = { $weekday }, { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
track-correction-due = Entregue los documentos que se indican abajo a más tardar el { $date }. El plazo está detenido hasta que los entregue; después, la revisión seguirá.
track-reason = Motivo indicado por la oficina (en chino):{" "}
track-correction-by = Plazo de entrega: a más tardar el { $date }
track-correction-where = Dónde y cómo entregarlos (en chino):{" "}
track-appeal-heading = Si no está de acuerdo con esta decisión
track-appeal-intro = Puede elegir una de estas dos vías:
track-appeal-review = Solicitar una revisión administrativa
track-appeal-review-by = A más tardar el { $date } (en un plazo de 60 días).
track-appeal-review-body = Órgano de revisión:{" "}
track-appeal-review-body-default = el gobierno popular al que pertenece el departamento que decidió (en los departamentos de dirección vertical, como aduanas o impuestos, su departamento superior)
track-appeal-lawsuit = Presentar un recurso contencioso-administrativo ante los tribunales
track-appeal-lawsuit-by = A más tardar el { $date } (en un plazo de 6 meses).
track-appeal-court = Tribunal:{" "}
track-appeal-court-default = el tribunal popular del lugar donde está el departamento que decidió
track-appeal-counted = Los plazos se cuentan desde la fecha de la decisión, { $date } (sin contar ese día); si recibió la resolución escrita más tarde, desde el día siguiente a recibirla. La resolución escrita indica el órgano, el tribunal y los plazos que se aplican.
track-rating-missing = Elija su grado de satisfacción y después envíe la valoración.
track-rate = Valore el servicio que recibió
track-comment = Comentarios o sugerencias (opcional)
track-send-rating = Enviar la valoración
track-rated = Su valoración: { $label }. Gracias por su opinión.
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

## Los pasos: la cronología nombra cada estado por el paso del trámite

track-step = Paso { $number } de { $total }: { $name }
track-next-step = Siguiente: { $name } ({ $handler })
