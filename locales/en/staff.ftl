# hall-guide — English: the reply composer for hall staff and 12345 operators
# Translated from zh-CN/staff.ftl (the reference); its comments say what each variable holds.

## Reply composer

staff-nav = Replies
staff-title = Compose a reply: link, QR code and SMS
staff-intro = Choose the hall, the service, the caller’s language and situation, and get replies ready to paste: a short one that fits one SMS, a full one for WeChat or e-mail, the link and its QR code. Nothing personal about the caller is needed or kept.
staff-hall = Hall
staff-hall-search = Type a hall’s name or area
staff-change-hall = Choose another hall
staff-item = Service
staff-choose-item = Choose a service
staff-language = Language of the reply
staff-answers = The caller’s situation
staff-not-asked = Not answered
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

reply-materials-summary = { $count ->
    [one] bring 1 document
   *[other] bring { $count } documents
}
reply-materials-heading = { $count ->
    [one] Bring this document:
   *[other] Bring these { $count } documents:
}
reply-appointment-required = book first
reply-appointment-recommended = booking advised
reply-appointment-not-needed = no booking needed
reply-address = Address: { $address }
reply-separator = {", "}
reply-lead-in = {": "}
