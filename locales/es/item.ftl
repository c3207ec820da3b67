# hall-guide — Español: guía de un trámite: preguntas, lista de documentos, cuando lo tiene todo
# Translated from zh-CN/item.ftl (the reference); its comments say what each variable holds.

## Guía del trámite

item-on-the-spot = Se resuelve en el acto
item-online = Disponible por internet
item-promised-days = { $days ->
    [one] Se resuelve en 1 día hábil
   *[other] Se resuelve en { $days } días hábiles
}
item-kind = Tipo
item-kind-administrative-licensing = Licencia administrativa
item-kind-administrative-confirmation = Confirmación administrativa
item-kind-public-service = Servicio público
item-kind-administrative-payment = Prestación económica
item-kind-other-power = Otra potestad administrativa
item-category = Categoría
item-promised-limit = Plazo comprometido
item-legal-limit = Plazo legal
item-working-days = { $days ->
    [one] 1 día hábil
   *[other] { $days } días hábiles
}
item-fee = Tasa
item-fee-free = Gratuito
item-fee-amount = { $yuan } yuanes
item-online-heading = Por internet
item-online-yes = Puede solicitarlo por internet
item-online-no = Se solicita en el centro
item-windows = Ventanillas:
item-offered-at-heading = Centros que tramitan este servicio
item-offered-nowhere = Ahora mismo ningún centro tramita este servicio. Llame al 12345 para informarse.

## Todo de una vez: preguntas

questions-heading = Todo lo que debe llevar, de una vez
questions-intro = Responda unas preguntas breves y la lista de abajo mostrará solo los documentos que usted necesita, para resolverlo en una sola visita.
questions-step = Pregunta { $number } de { $total }
questions-continue = Continuar
questions-back = Atrás
questions-choose-one = Elija una respuesta.
questions-your-answers = Sus respuestas
questions-change = Cambiar
questions-cancel-change = Mantener esta respuesta
questions-done = No hay más preguntas: la lista de abajo es todo lo que debe llevar.
questions-start-again = Borrar mis respuestas y marcas y empezar de nuevo

## Todo de una vez: lista de documentos

checklist-heading = Lista de documentos
checklist-totals = Lleve { $documents ->
    [one] 1 documento
   *[other] { $documents } documentos
}: { $originals ->
    [one] 1 original
   *[other] { $originals } originales
} y { $copies ->
    [one] 1 copia
   *[other] { $copies } copias
}.
checklist-totals-undecided = { $count ->
    [one] Otro más depende de sus respuestas.
   *[other] Otros { $count } dependen de sus respuestas.
}
checklist-progress = { $ticked } de { $total } reunidos
checklist-print = Imprimir la lista
checklist-to-bring = Debe llevar ({ $count }): marque cada uno cuando lo tenga
checklist-undecided = Depende de sus respuestas ({ $count })
checklist-no-need-to-bring = No hace falta llevarlos: el centro los obtiene por intercambio de datos ({ $count })
material-no-need-to-bring = No hace falta llevarlo
material-depends-on = Depende de:
material-sample = Ver un modelo (se abre en una ventana nueva)

## Cuando lo tiene todo

ready-heading = Lo tiene todo: ya puede ir
ready-where = Dónde
ready-choose-hall = Este trámite se puede hacer en varios centros.
ready-find-hall = Buscar un centro cercano
ready-appointment = Cita previa
ready-appointment-required = Obligatoria: pida cita primero y acuda a la hora reservada.
ready-appointment-recommended = Recomendable: le atenderán sin cita, pero con cita evitará esperas.
ready-appointment-recommended-no-booking = Recomendable, pero este centro no da citas: acuda directamente.
ready-appointment-not-needed = No hace falta: acuda directamente.
item-legal-basis = Base legal
material-counts = { $originals ->
    [0] { $copies ->
        [one] 1 copia
       *[other] { $copies } copias
    }
    [one] { $copies ->
        [0] 1 original
        [one] 1 original · 1 copia
       *[other] 1 original · { $copies } copias
    }
   *[other] { $copies ->
        [0] { $originals } originales
        [one] { $originals } originales · 1 copia
       *[other] { $originals } originales · { $copies } copias
    }
}
material-format = Formato
material-format-paper = Papel
material-format-electronic = Electrónico
material-format-paper-or-electronic = Papel o electrónico
material-source = Quién lo expide / dónde obtenerlo
