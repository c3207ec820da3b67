# hall-guide — Español: estado de un expediente
# Translated from zh-CN/track.ftl (the reference); its comments say what each variable holds.

## Estado de un expediente

app-nav-label = Principal
track-nav = Mi expediente
track-title = Consultar un expediente
track-number = Número de expediente
track-number-hint = Figura en su resguardo, p. ej. { $example }.
track-verifier = Los 4 últimos dígitos de su móvil, o el código de consulta del resguardo
track-verifier-hint = Sirve para comprobar que el expediente es suyo.
track-submit = Consultar
track-recent = Consultados hace poco:
track-number-line = Expediente { $number } · { $hall }
track-paused = El plazo está en pausa hasta que entregue los documentos de abajo; después seguirá la revisión.
track-due-today = Hoy es el último día hábil del plazo comprometido.
track-due-in = { $days ->
    [one] Vence en 1 día hábil ({ $date }).
   *[other] Vence en { $days } días hábiles ({ $date }).
}
track-overdue = { $days ->
    [one] Lleva 1 día hábil de retraso (vencía el { $date }). Puede llamar al 12345 para reclamar.
   *[other] Lleva { $days } días hábiles de retraso (vencía el { $date }). Puede llamar al 12345 para reclamar.
}
track-resubmit = Documentos que debe volver a entregar:
track-checklist-link = Ver la lista de documentos de este trámite
track-tracking = Número de envío: { $tracking }
track-rate = Valore el servicio que ha recibido
track-comment = Comentarios (opcional)
track-send-rating = Enviar la valoración
track-rated = Ha valorado este servicio con { $rating } de 5. Gracias.
rating-5 = Muy satisfecho
rating-4 = Satisfecho
rating-3 = Bastante satisfecho
rating-2 = Insatisfecho
rating-1 = Muy insatisfecho
status-submitted = Presentado
status-accepted = Admitido
status-under-review = En revisión
status-correction-needed = Falta subsanar
status-approved = Aprobado
status-refused = Denegado
status-certificate-made = Documento expedido
status-ready-for-pickup = Listo para recoger
status-posted = Enviado por correo
status-completed = Terminado
