# hall-guide — Español: Citas y «Mis citas»
# Translated from zh-CN/booking.ftl (the reference); its comments say what each variable holds.

## Citas

book-title = Pedir cita: { $item }
book-link = Pedir cita para ir al centro
slots-choose-day = Paso 1: elija el día
slots-choose-time = Paso 2: elija una hora para el { $day }
slots-day-places = { $count ->
    [one] Queda 1 plaza
   *[other] Quedan { $count } plazas
}
slots-day-holiday = Día festivo: cerrado
slots-day-closed = Día de descanso: cerrado
slots-day-unpublished = El calendario de festivos de { $year } aún no se ha publicado: no se puede reservar
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
book-details-heading = Paso 3: datos de la persona que hará el trámite
book-details-hint = Estos datos solo se usan para esta cita. Lleve al centro el documento que indique aquí; si pide la cita por otra persona, lleve también el suyo.
book-name = Nombre completo
book-mobile = Teléfono móvil
book-resident-id = Número del documento de identidad de residente

# Documentos y citas por otra persona (punto 19.5)
book-for-whom = ¿Para quién es la cita?
book-for-self = Para mí
book-for-other = Para otra persona (la pido en su nombre)
book-for-other-hint = Escriba su nombre y su documento y, después, su propio nombre y móvil: el SMS de la cita le llegará a usted.
book-applicant-heading = La persona interesada
book-agent-heading = Usted, que pide la cita en su nombre
book-applicant-name = Nombre completo de la persona interesada
book-agent-name = Su nombre completo
book-agent-mobile = Su teléfono móvil
book-document-type = Documento
book-document-resident-id = Documento de identidad de residente
book-document-hk-macau-permit = Permiso de viaje al continente para residentes de Hong Kong y Macao
book-document-taiwan-permit = Permiso de viaje al continente para residentes de Taiwán
book-document-residence-permit = Permiso de residencia para residentes de Hong Kong, Macao y Taiwán
book-document-foreign-permanent = Tarjeta de residencia permanente para extranjeros
book-document-passport = Pasaporte
book-number-hk-macau-permit = Número del permiso de viaje (Hong Kong y Macao)
book-number-taiwan-permit = Número del permiso de viaje (Taiwán)
book-number-residence-permit = Número del permiso de residencia
book-number-foreign-permanent = Número de la tarjeta de residencia permanente
book-number-passport = Número de pasaporte
book-check-heading = Paso 4: revise los datos de la cita
book-check-hint = Al enviar, recibirá un número de cita. En el centro, muestre ese número o su código QR.
book-when = Fecha y hora
book-confirm = Confirmar la cita
book-sending = Enviando…
book-nearest-free = Horas libres más cercanas a la que eligió:
book-conflict-appointments = Cambiarla o cancelarla en Mis citas
book-conflict-other-day = Elegir otro día
book-done = Cita confirmada
appointment-reference = Número de cita
appointment-qr = Código QR del número de cita { $reference }
appointment-status = Estado
appointment-cancelled = Cancelada
appointment-cancelled-by-hall = Cancelada por la oficina
appointment-cancel-reason = Motivo
appointment-item = Trámite
appointment-bring = Traiga el original del documento de identidad indicado en la cita y todos los documentos de su lista.
appointment-add-to-calendar = Añadir al calendario
appointment-manage-link = Enlace para gestionar la cita (puede verla, cambiarla o cancelarla desde otro teléfono; no se lo envíe a nadie):
appointment-calendar-summary = Cita en el centro de servicios administrativos: { $item }
appointment-reschedule = Cambiar la fecha o la hora
appointment-cancel = Cancelar la cita
appointment-cancel-question = ¿Seguro que quiere cancelar esta cita? Su plaza quedará libre para otra persona.
appointment-cancel-yes = Sí, cancelar
appointment-cancel-no = No, mantener la cita
appointment-keep-time = Mantener la hora actual
appointment-reschedule-check = Compruebe la nueva hora
appointment-old-time = Hora actual
appointment-new-time = Nueva hora
appointment-reschedule-hint = Al confirmar, su plaza actual quedará libre para otra persona. El número de cita y el código QR no cambian.
appointment-reschedule-confirm = Confirmar la nueva hora
appointment-rescheduled = Cita cambiada
appointment-rescheduled-released = Su hora anterior, { $time }, ha quedado libre.
appointment-rescheduled-now = Su nueva hora: { $time }. El número de cita no cambia.
appointment-rescheduled-calendar = Si añadió la hora anterior a su calendario, no se actualizará sola: añada el nuevo archivo de calendario y borre el evento anterior.
appointment-new-calendar = Descargar el nuevo archivo de calendario
appointments-title = Mis citas
appointments-hint = Aquí aparecen las citas pedidas en este dispositivo. En el dispositivo solo se guardan el número de cita y el código de gestión, nunca su nombre, su teléfono ni su número de identidad.
appointments-none = Todavía no hay citas en este dispositivo.
appointments-offline = Sin conexión: se muestran los datos que este dispositivo guardó la última vez. Para cancelar o cambiar la hora hace falta internet.
appointments-forget = Quitar de la lista

## El justificante: ventanillas, normas de llegada, qué traer, enlace de gestión

appointment-arrival-heading = Al llegar
appointment-arrival-early = Llegue 10 minutos antes y saque número en la máquina de turnos: escanee el código QR o escriba el número de cita.
appointment-arrival-late = Si llega más de 15 minutos tarde, la cita se pierde: puede sacar número en el centro o pedir otra cita.
appointment-arrival-cancel = Si no puede venir, cancele la cita con antelación para que otra persona aproveche la plaza.
appointment-checklist = Ver qué debe traer
appointment-your-checklist = Ver mi lista de documentos
appointment-copy-link = Copiar el enlace
appointment-link-copied = Enlace de gestión copiado.
appointment-link-selected = No se pudo copiar automáticamente: el enlace está seleccionado; manténgalo pulsado para copiarlo.
appointment-book-again = Pedir cita de nuevo para este trámite
