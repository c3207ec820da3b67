# hall-guide — Español: errores (del servidor y de los campos de los formularios)
# Translated from zh-CN/errors.ftl (the reference); its comments say what each variable holds.

## Errores (cada uno dice qué ha pasado y qué hacer)

error-unreachable = No podemos conectar con el servidor. Compruebe su conexión y pulse «Reintentar».
error-malformed = El servidor ha enviado datos que no entendemos. Inténtelo más tarde; si sigue ocurriendo, llame al 12345.
error-region-not-found = No encontramos esta región. Vuelva a la página de inicio y elija otra vez.
error-hall-not-found = No encontramos este centro; puede que el enlace esté caducado. Vuelva a la página de inicio y búsquelo otra vez.
error-item-not-found = No encontramos este trámite; puede que el enlace esté caducado. Vuelva a la página del centro y búsquelo otra vez.
error-item-not-offered = Este centro no tramita este servicio. Vuelva a la página de inicio para encontrar un centro que sí lo haga.
error-bad-request = Este enlace está incompleto o mal escrito. Vuelva a la página de inicio y busque otra vez.
error-unavailable = El servicio está muy ocupado. Espere un momento y pulse «Reintentar».
error-internal = Algo ha fallado en el servidor. Pulse «Reintentar» dentro de un rato.
error-invalid-booking = Hay datos que corregir. Corrija los campos marcados y envíe otra vez.
error-hall-not-bookable = Este centro no admite citas por internet. Puede acudir directamente.
error-slot-not-found = Esta hora no se puede reservar (es festivo o está demasiado lejos). Elija otra.
error-slot-taken = Alguien acaba de ocupar la última plaza a esta hora. Elija otra hora: lo que ha escrito se conserva.
error-already-booked-that-day = Ya tiene una cita para este trámite ese día.
error-too-many-bookings = Ya tiene 3 citas pendientes. Acuda a una o anúlela antes de pedir otra.
error-rate-limited = Demasiados intentos en poco tiempo. Espere un minuto y vuelva a intentarlo.
error-idempotency-key-reused = Esto no coincide con lo que envió antes. Recargue la página y envíelo otra vez.
error-appointment-not-found = No encontramos esta cita. Compruebe el número de cita y el código de gestión.
error-appointment-cancelled = Esta cita está anulada y ya no se puede cambiar.
error-application-not-found = No hay ningún expediente con estos datos. Compruebe el número de expediente y los 4 últimos dígitos de su móvil o el código de consulta del resguardo.
error-application-not-completed = Podrá valorar el servicio cuando el expediente esté terminado.
error-feedback-already-given = Este expediente ya se ha valorado. Gracias por su opinión.
error-link-not-found = Este enlace corto no existe; puede que se haya copiado mal. Revíselo o empiece desde la página de inicio.

## Errores en los campos de los formularios

problem-missing = Rellene este campo.
problem-too-long = El texto es demasiado largo. Acórtelo.
problem-mobile-format = Escriba un número de móvil de 11 cifras, por ejemplo { $example }.
problem-resident-id-format = Escriba los 18 caracteres del documento de identidad de residente (el último puede ser X).
problem-resident-id-birth-date = La fecha de nacimiento de este número de documento no es válida. Revise los caracteres 7 a 14.
problem-resident-id-check-digit = Hay un carácter mal escrito en este número de documento. Compárelo con la tarjeta.
problem-date-format = Elija una fecha.
problem-time-format = Elija una hora.
