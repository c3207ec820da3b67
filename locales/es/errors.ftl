# hall-guide — Español: Errores (del servidor y de los campos de formulario)
# Translated from zh-CN/errors.ftl (the reference); its comments say what each variable holds.

## Errores (cada uno dice qué pasó y qué hacer)

error-unreachable = El servicio no responde en este momento. Su dispositivo tiene conexión, así que lo más probable es que el problema sea nuestro: no hace falta que revise su teléfono ni su conexión. Pulse «Reintentar» dentro de unos minutos; si es urgente, llame a la línea de servicios públicos 12345.
error-offline = Su dispositivo no tiene conexión y este paso necesita internet. Lo que ha escrito se conserva: cuando vuelva a tener conexión, pulse «Reintentar». Los centros y trámites que ya abrió también funcionan sin conexión.
error-timed-out = No llegó respuesta a tiempo. Todo lo que escribió se conserva: vuelva a pulsar el botón. Pulsar de nuevo nunca hace lo mismo dos veces.
error-write-unreachable = El servicio no responde en este momento. Todo lo que escribió se conserva. Lo más probable es que el problema sea nuestro: vuelva a pulsar el botón dentro de unos minutos; si es urgente, llame a la línea de servicios públicos 12345.
error-write-offline = Su dispositivo no tiene conexión y este paso necesita internet. Todo lo que escribió se conserva: cuando vuelva a tener conexión, pulse de nuevo el botón.
error-malformed = El servidor ha enviado datos que no podemos leer. Vuelva a intentarlo más tarde. Si el problema continúa, llame al 12345.
error-region-not-found = No encontramos esta zona. Vuelva a la página de inicio y elíjala de nuevo.
error-hall-not-found = No encontramos este centro de servicios administrativos. Puede que el enlace esté caducado. Vuelva a la página de inicio y búsquelo de nuevo.
error-item-not-found = No encontramos este trámite. Puede que el enlace esté caducado. Vuelva a la página del centro y búsquelo de nuevo.
error-item-not-offered = Este centro no hace este trámite. Vuelva a la página de inicio y busque otro centro que lo haga.
error-bad-request = El enlace está incompleto o tiene un error. Vuelva a la página de inicio y busque de nuevo.
error-unavailable = El servicio está muy ocupado. Espere un momento y pulse «Reintentar».
error-internal = Ha habido un fallo en el servidor. Espere un poco y pulse «Reintentar».
error-invalid-booking = Algunos datos de la cita no son correctos. Corríjalos según las indicaciones y vuelva a enviarlos.
error-hall-not-bookable = Este centro todavía no da citas por internet. Puede ir directamente.
error-slot-not-found = No se puede pedir cita a esta hora (puede ser un día festivo o una fecha demasiado lejana). Elija otra.
error-slot-taken = Esta hora se acaba de llenar. Elija otra hora. Los datos que escribió se conservan.
error-already-booked-that-day = Ya tiene una cita para este trámite ese día. No hace falta pedir otra.
error-too-many-bookings = Ya tiene 3 citas pendientes. Acuda a una o cancélela antes de pedir otra.
error-booking-suspended = No acudió a varias citas recientemente y por ahora no puede pedir cita en línea. Puede ir al mostrador de la oficina o llamar al 12345.
# Variables:
#   $date (String) - the first day online booking opens again, as the slot picker writes a day
error-booking-suspended-until = No acudió a varias citas recientemente: podrá volver a pedir cita en línea a partir del { $date }. Mientras tanto puede ir al mostrador de la oficina o llamar al 12345.
error-rate-limited = Ha hecho demasiados intentos seguidos. Espere un minuto y vuelva a intentarlo.
error-payload-too-large = Lo que ha escrito es demasiado largo para enviarlo. Acórtelo y vuelva a intentarlo; todo lo que escribió sigue en el formulario.
error-idempotency-key-reused = Este envío no coincide con el anterior. Vuelva a cargar la página y envíelo de nuevo.
error-appointment-not-found = No encontramos esta cita. Compruebe el número de cita y el código de gestión.
error-appointment-cancelled = Esta cita está cancelada y ya no se puede cambiar.
error-application-not-found = No encontramos este expediente. Compruebe el número de expediente y los 4 últimos dígitos de su móvil, o el código de consulta del resguardo.
error-application-not-completed = Podrá valorar el servicio cuando el expediente esté terminado.
error-feedback-already-given = Este expediente ya tiene una valoración. Gracias por su opinión.
error-link-not-found = Este enlace corto no existe. Puede que esté mal copiado. Compruebe el enlace o busque desde la página de inicio.
error-uri-too-long = Este enlace es demasiado largo para abrirlo. Vuelva a la página de inicio y busque de nuevo.
error-headers-too-large = Su navegador envió más datos de los que el servidor puede leer. Borre los datos de este sitio e inténtelo de nuevo, o llame al 12345.

## Errores en los campos de formulario

problem-missing = Rellene este campo.
problem-too-long = El texto es demasiado largo. Acórtelo.
# Variables:
#   $min (Number) - the shortest length allowed
problem-too-short = Demasiado corta: al menos { $min } caracteres.
problem-password-reused = La nueva contraseña no puede ser la actual ni el nombre de usuario.
problem-mobile-format = Un número de móvil solo lleva cifras, por ejemplo, { $example }.
problem-resident-id-format = Escriba el número de 18 caracteres del documento de identidad de residente (el último puede ser una X).
problem-resident-id-birth-date = La fecha de nacimiento de este número de identidad no es correcta. Revise los caracteres 7 a 14.
problem-resident-id-check-digit = Hay un carácter mal escrito en este número de identidad. Compárelo uno a uno con su documento.
problem-characters = El nombre contiene caracteres que no se pueden mostrar (de control o de dirección del texto). Escríbalo de nuevo.
problem-date-format = Elija una fecha.
problem-time-format = Elija una hora.

# Números de documento y de móvil (punto 19.5): el formato de cada documento
problem-mobile-length = Un número de móvil tiene 11 cifras: revise si sobra o falta alguna, por ejemplo, { $example }.
problem-mobile-start = Un móvil de China continental empieza por 1 y luego de 3 a 9, por ejemplo, { $example }. Los fijos no reciben SMS.
problem-resident-id-other-document = Este es el número de un permiso de residencia o de una tarjeta de residencia permanente: elija ese documento en «Documento».
problem-hk-macau-permit-format = El permiso de viaje al continente para residentes de Hong Kong y Macao lleva H o M y 8 cifras, por ejemplo, H12345678.
problem-taiwan-permit-format = El permiso de viaje al continente para residentes de Taiwán lleva 8 cifras, por ejemplo, 01234567.
problem-residence-permit-format = Escriba el número de 18 caracteres del permiso de residencia (el último puede ser una X).
problem-residence-permit-region = El permiso de residencia para residentes de Hong Kong, Macao y Taiwán empieza por 810000 (Hong Kong), 820000 (Macao) o 830000 (Taiwán). Si tiene otro documento, elíjalo en «Documento».
problem-residence-permit-birth-date = La fecha de nacimiento de este número de permiso no es correcta. Revise los caracteres 7 a 14.
problem-residence-permit-check-digit = Hay un carácter mal escrito en este número de permiso. Compárelo uno a uno con su documento.
problem-foreign-permanent-format = La tarjeta de residencia permanente para extranjeros tiene 18 caracteres que empiezan por 9 o, en las antiguas, 3 letras y 12 cifras.
problem-foreign-permanent-birth-date = La fecha de nacimiento de este número de tarjeta no es correcta. Revise los caracteres 7 a 14.
problem-foreign-permanent-check-digit = Hay un carácter mal escrito en este número de tarjeta. Compárelo uno a uno con su documento.
problem-passport-characters = Un número de pasaporte solo lleva letras latinas y cifras: quite los demás signos.
problem-passport-length = Un número de pasaporte tiene de 5 a 17 letras y cifras. Compárelo con su pasaporte.

## Títulos de una página que no se pudo abrir (dicen cuál)

error-page-title-guide = No se pudo abrir la guía de este trámite
error-page-title-hall = No se pudo abrir la página de este centro
error-page-title-region = No se pudo abrir la página de esta región
error-page-title-booking = No se pudo abrir la página de cita de este trámite
error-page-title-appointments = No se pudo abrir la página «Mis citas»
error-page-title-track = No se pudo abrir la página de seguimiento de expedientes
error-page-title-compose = No se pudo abrir la página para preparar respuestas
