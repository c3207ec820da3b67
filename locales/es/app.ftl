# hall-guide — Español: Textos comunes a todas las páginas; página no encontrada
# Translated from zh-CN/app.ftl (the reference); its comments say what each variable holds.

## Comunes a todas las páginas

app-name = Guía de los centros de servicios administrativos
app-skip-to-content = Ir al contenido
app-language-label = Idioma
app-demo-notice = Datos de demostración: todo el contenido de este sitio es un ejemplo y no describe los requisitos reales de ningún centro de servicios administrativos.
app-hotline-notice = ¿Tiene dudas? Llame al 12345, la línea de atención ciudadana.
app-loading = Cargando…
app-retry = Reintentar
app-large-text = Letra grande
app-back-home = Volver a la página de inicio
app-home = Inicio
app-breadcrumbs-label = Usted está aquí
app-previous-page = Página anterior
app-next-page = Página siguiente
app-share = Compartir el enlace
app-link-copied = Enlace copiado. Quien lo abra verá la misma página que usted.
app-copy-this-link = Copie este enlace:
app-about = Sobre esta guía

## Sobre esta guía (la página enlazada en el pie; donde el personal encuentra el generador de respuestas)

about-title = Sobre esta guía
about-intro = Esta guía le dice qué documentos llevar a un centro de servicios administrativos para su trámite, a qué centro ir y si hace falta cita, para que lo lleve todo en un solo viaje.
about-privacy-heading = Datos personales
about-privacy = Para buscar un centro, un trámite y sus documentos no hace falta ningún dato personal. Esta guía nunca guarda en su teléfono números de documento ni de móvil.
about-help-heading = Ayuda
about-staff-heading = Personal de los centros y de la línea 12345
about-staff-body = Cuando atienda una llamada, puede preparar un enlace, un código QR y un SMS para quien llama: abre la guía con los documentos de su situación, en su idioma.
about-staff-link = Preparar una respuesta

## Página no encontrada

not-found-title = No encontramos esta página
not-found-body = Puede que el enlace tenga un error o esté caducado. Vuelva a la página de inicio y busque desde allí su centro.
