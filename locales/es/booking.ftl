# hall-guide — Español: citas y «mis citas»
# Translated from zh-CN/booking.ftl (the reference); its comments say what each variable holds.

## Citas

book-title = Pedir cita: { $item }
book-link = Pedir cita en el centro
slots-choose-day = Paso 1: elija un día
slots-choose-time = Paso 2: elija una hora el { $day }
slots-day-places = { $count ->
    [one] Queda 1 plaza
   *[other] Quedan { $count } plazas
}
slots-day-holiday = Festivo: cerrado
slots-day-closed = Cerrado
slots-day-full = Completo
slots-time-places = { $count ->
    [one] Queda 1
   *[other] Quedan { $count }
}
slots-time-full = Completo
slots-other-day = Elegir otro día
date-day = { $weekday }, { $day } de { $month ->
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
}
time-range = { $start }–{ $end }
date-at-time = { $date }, { $time }
book-details-heading = Paso 3: quién acudirá
book-details-hint = Estos datos solo se usan para esta cita. Lleve al centro su documento de identidad de residente.
book-name = Nombre completo
book-mobile = Número de móvil
book-resident-id = Número del documento de identidad de residente
book-check-heading = Paso 4: revise su cita
book-check-hint = Recibirá un número de cita: muéstrelo en el centro, o su código QR.
book-when = Cuándo
book-confirm = Confirmar la cita
book-sending = Enviando…
book-nearest-free = Las horas libres más cercanas a la que eligió:
book-done = Cita confirmada
appointment-reference = Número de cita
appointment-qr = Código QR del número de cita { $reference }
appointment-status = Estado
appointment-cancelled = Anulada
appointment-item = Trámite
appointment-bring = Llegue puntual con el original de su documento de identidad de residente y sus documentos.
appointment-add-to-calendar = Añadir al calendario
appointment-manage-link = Enlace para gestionar la cita (verla, cambiarla o anularla desde otro móvil; no lo comparta):
appointment-calendar-summary = Centro de servicios administrativos: { $item }
appointment-reschedule = Cambiar la hora
appointment-cancel = Anular la cita
appointment-cancel-question = ¿Anular esta cita? La plaza quedará libre para otra persona.
appointment-cancel-yes = Sí, anularla
appointment-cancel-no = No, mantenerla
appointment-keep-time = Mantener la hora actual
appointments-title = Mis citas
appointments-hint = Citas pedidas desde este dispositivo. Aquí solo se guardan los números de cita y los códigos de gestión: nunca su nombre, teléfono ni número de documento.
appointments-none = Todavía no hay citas en este dispositivo.
appointments-forget = Quitar de la lista
