# hall-guide — English: the reply composer for hall staff and 12345 operators
# Translated from zh-CN/staff.ftl (the reference); its comments say what each variable holds.

## Reply composer

staff-title = Compose a reply: link, QR code and SMS
staff-intro = Choose the hall, the service, the caller’s language and situation, and get replies ready to paste: a short one that fits one SMS, a full one for WeChat or e-mail, the link and its QR code. Nothing personal about the caller is needed or kept.
staff-hall = Hall
staff-hall-search = A hall’s name or area
staff-change-hall = Choose another hall
staff-item = Service
staff-choose-item = Choose a service
staff-language = Language of the reply
staff-answers = The caller’s situation
staff-not-asked = Not answered
staff-unanswered = Some questions are not answered yet: the reply can only say “at least” how many documents to bring, and lists the questions left. Ask the caller so that the reply is complete.
staff-make = Make the reply
staff-link = Link (with the situation and language)
staff-short-link = Short link
staff-qr = QR code
staff-qr-label = QR code of the guide to “{ $item }”
staff-download-qr = Download the QR code (SVG, printable)
staff-sms = SMS (one message)
staff-full = Full reply (WeChat or e-mail)
staff-copy = Copy
staff-copied = Copied
staff-sms-length = { $length } / { $limit } characters

## What the reply says (in the caller’s language)
# An SMS holds 160 plain letters (70 with an accent or a curly quote): keep reply-materials-*,
# reply-appointment-* and reply-separator short, and in plain ASCII.

reply-materials-summary = { $count ->
    [one] 1 document
   *[other] { $count } documents
}
reply-materials-at-least = { $count ->
    [one] at least 1 document
   *[other] at least { $count } documents
}
reply-materials-heading = { $count ->
    [one] Bring this document:
   *[other] Bring these { $count } documents:
}
reply-materials-heading-at-least = { $count ->
    [one] Bring at least this document:
   *[other] Bring at least these { $count } documents:
}
reply-material = { $number }. { $name } ({ $counts })
reply-materials-undecided = { $count ->
    [one] Whether you need 1 more document depends on your answer to:
   *[other] Whether you need { $count } more documents depends on your answers to:
}
reply-question = · { $question }
reply-appointment-required = book first
reply-appointment-recommended = booking advised
reply-appointment-not-needed = no booking needed
reply-full-appointment-required = Book an appointment before you go.
reply-full-appointment-recommended = Booking an appointment is advised: you will wait less.
reply-full-appointment-not-needed = No appointment is needed: go during opening hours.
reply-address = Address: { $address }
reply-hours = Opening hours: { $hours }
reply-hours-span = { $days }, { $times }
reply-time-range = { $open }–{ $close }
reply-windows = Windows: { $windows }
reply-window = { $number } { $name }
reply-fee-free = Fee: free
reply-fee = Fee: ¥{ $yuan }
reply-fee-range = Fee: ¥{ $from }–¥{ $to }, depending on your case
reply-fee-part = · { $label }: ¥{ $yuan }
reply-fee-extra = In some cases also: { $label }, ¥{ $yuan }
reply-separator = {", "}

## The full reply: visits and conditions of acceptance

reply-visits = Visits to the hall: { $visits }
reply-conditions-heading = Who can apply:
reply-condition = · { $condition }
