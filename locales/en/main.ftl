# hall-guide — English
# Translated from zh-CN/main.ftl (the reference); see its comments for what each variable holds.

## Shared by every page

app-name = Government Service Hall Guide
app-skip-to-content = Skip to content
app-language-label = Language
app-demo-notice = Demo data: everything on this site is an example and does not describe the real requirements of any government service hall.
app-hotline-notice = Questions? Call the 12345 government service hotline.
app-loading = Loading…
app-retry = Try again
app-back-home = Back to the home page
app-home = Home
app-breadcrumbs-label = You are here
app-previous-page = Previous page
app-next-page = Next page

## Errors (each says what happened and what to do)

error-unreachable = We can’t reach the server. Check your connection, then press “Try again”.
error-malformed = The server sent data we can’t read. Try again later; if it keeps happening, call 12345.
error-region-not-found = We can’t find this region. Go back to the home page and choose again.
error-hall-not-found = We can’t find this hall; the link may be out of date. Go back to the home page and search again.
error-item-not-found = We can’t find this service; the link may be out of date. Go back to the hall’s page and look again.
error-item-not-offered = This hall does not handle this service. Go back to the home page to find a hall that does.
error-bad-request = This link is incomplete or wrong. Go back to the home page and search again.
error-unavailable = The service is busy. Wait a moment, then press “Try again”.
error-internal = Something went wrong on the server. Press “Try again” in a little while.
error-invalid-booking = Some details need correcting. Fix the fields marked below and send again.
error-hall-not-bookable = This hall doesn’t take bookings online. You can just go.
error-slot-not-found = This time can’t be booked (a public holiday, or too far ahead). Choose another.
error-slot-taken = Someone has just taken the last place at this time. Choose another time: what you typed is kept.
error-already-booked-that-day = You already have a booking for this service on that day.
error-too-many-bookings = You already have 3 upcoming bookings. Use or cancel one before booking another.
error-rate-limited = Too many tries in a short time. Wait a minute, then try again.
error-idempotency-key-reused = This doesn’t match what you sent before. Reload the page and send again.
error-appointment-not-found = We can’t find this booking. Check the reference and the code to manage it.
error-appointment-cancelled = This booking was cancelled and can’t be changed.
error-application-not-found = We found no application for these details. Check the application number, and the last 4 digits of your phone or the query code on your receipt.
error-application-not-completed = You can rate the service once the application is completed.
error-feedback-already-given = This application has been rated already. Thank you for your feedback.

## Home

home-title = Find a government service hall
home-intro = Choose your region step by step or search for a hall by name, and learn exactly what to bring so one visit is enough.
home-search-label = Search for a hall
home-search-placeholder = For example: Xihu, Citizen Center
home-search-button = Search
home-results-heading = Results for “{ $query }”
home-results-count = { $count ->
    [one] 1 hall found
   *[other] { $count } halls found
}
home-results-none = No hall matches. Try another word, or choose your region below.
home-regions-heading = Find by region

## Region

region-hall-count = { $count ->
    [one] 1 hall
   *[other] { $count } halls
}
region-subregions-heading = Areas in this region
region-halls-heading = Government service halls in this region
region-halls-none = There are no government service halls in this region yet.
region-halls-range = { $from }–{ $to } of { $total }

## Hall

hall-level-provincial = Provincial
hall-level-prefecture = City
hall-level-county = County
hall-level-township = Township
hall-services-heading = Services
hall-services-none = None
hall-service-appointments = Appointments
hall-service-postal-delivery = Delivery by post
hall-service-agency-help = Free help with applications
hall-service-self-service-24h = 24-hour self-service
hall-address = Address
hall-opening-hours = Opening hours
hall-hotline = Hotline
hall-supervision-phone = Complaints line
hall-windows-heading = { $count ->
    [one] Service window (1)
   *[other] Service windows ({ $count })
}
hall-window-item-count = { $count ->
    [one] 1 service
   *[other] { $count } services
}
hall-weekday-range = { $from }–{ $to }
hall-opening-span = { $days }, { $open }–{ $close }
hall-list-separator = {", "}
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
hall-jump-to-items = { $count ->
    [one] See the 1 service here
   *[other] See the { $count } services here
}
hall-items-heading = Services at this hall
hall-filter-label = Filter services
hall-filter-placeholder = A service or department, e.g. “ID card”
hall-filter-category = Category
hall-filter-category-all = All categories
hall-filter-online = Only those available online
hall-filter-on-the-spot = Only those done on the spot
hall-filter-clear = Clear the filters
hall-items-count-all = { $count ->
    [one] 1 service
   *[other] { $count } services
}
hall-items-count-filtered = Showing { $shown } of { $total } services
hall-items-none = No service matches these filters.
hall-items-show-all = Show all { $count } services

## Item categories

category-business = Starting and running a business
category-identity = Household registration and ID
category-family = Marriage and family
category-social-security = Social security
category-medical = Medical insurance
category-housing = Housing and property
category-transport = Transport and driving
category-construction = Construction
category-health = Health
category-employment = Jobs and employment
category-travel = Travel abroad
category-civil-affairs = Civil affairs

## Item guide

item-on-the-spot = Done on the spot
item-online = Available online
item-promised-days = { $days ->
    [one] Done in 1 working day
   *[other] Done in { $days } working days
}
item-kind = Type
item-kind-administrative-licensing = Administrative licence
item-kind-administrative-confirmation = Administrative confirmation
item-kind-public-service = Public service
item-kind-administrative-payment = Benefit payment
item-kind-other-power = Other administrative power
item-category = Category
item-promised-limit = Promised time
item-legal-limit = Legal time limit
item-working-days = { $days ->
    [one] 1 working day
   *[other] { $days } working days
}
item-fee = Fee
item-fee-free = Free
item-fee-amount = ¥{ $yuan }
item-online-heading = Online
item-online-yes = You can apply online
item-online-no = Apply at the hall
item-windows = Windows:
## One-time notification: questions

questions-heading = What you need to bring, all at once
questions-intro = Answer a few short questions and the list below shows only the materials you need, so one trip is enough.
questions-step = Question { $number } of { $total }
questions-continue = Continue
questions-back = Back
questions-choose-one = Choose an answer.
questions-your-answers = Your answers
questions-change = Change
questions-cancel-change = Keep this answer
questions-done = That’s all the questions: the list below is everything you need to bring.
questions-start-again = Clear my answers and ticks and start again

## One-time notification: checklist

checklist-heading = Checklist
checklist-totals = Bring { $documents ->
    [one] 1 document
   *[other] { $documents } documents
}: { $originals ->
    [one] 1 original
   *[other] { $originals } originals
} and { $copies ->
    [one] 1 copy
   *[other] { $copies } copies
}.
checklist-totals-undecided = { $count ->
    [one] 1 more depends on your answers.
   *[other] { $count } more depend on your answers.
}
checklist-progress = { $ticked } of { $total } gathered
checklist-print = Print the checklist
checklist-share = Share the link
checklist-link-copied = Link copied. Whoever opens it sees this same checklist.
checklist-copy-this-link = Copy this link:
checklist-to-bring = Bring these ({ $count }): tick each one when you have it
checklist-undecided = Depends on your answers ({ $count })
checklist-no-need-to-bring = No need to bring: the hall gets these through data sharing ({ $count })
material-no-need-to-bring = No need to bring
material-depends-on = Depends on:
material-sample = See a sample (opens in a new window)

## When everything is gathered

ready-heading = You have everything: you’re ready to go
ready-where = Where
ready-choose-hall = Many halls handle this item.
ready-find-hall = Find a hall near you
ready-appointment = Appointment
ready-appointment-required = Needed: book a slot first and go at the booked time.
ready-appointment-recommended = Recommended: you will be served without one, but booking saves queueing.
ready-appointment-recommended-no-booking = Recommended, but this hall does not take bookings: just go.
ready-appointment-not-needed = Not needed: just go.
item-legal-basis = Legal basis
material-counts = { $originals ->
    [0] { $copies ->
        [one] 1 copy
       *[other] { $copies } copies
    }
    [one] { $copies ->
        [0] 1 original
        [one] 1 original · 1 copy
       *[other] 1 original · { $copies } copies
    }
   *[other] { $copies ->
        [0] { $originals } originals
        [one] { $originals } originals · 1 copy
       *[other] { $originals } originals · { $copies } copies
    }
}
material-format = Form
material-format-paper = Paper
material-format-electronic = Electronic
material-format-paper-or-electronic = Paper or electronic
material-source = Issued by / where to get it

## Page not found

not-found-title = We can’t find this page
not-found-body = The link may be wrong or out of date. Start again from the home page to find your hall.

## Form field errors

problem-missing = Fill this in.
problem-too-long = This is too long. Shorten it.
problem-mobile-format = Enter an 11-digit mobile number, like 138 1234 5678.
problem-resident-id-format = Enter the 18-character resident ID number (the last may be X).
problem-resident-id-birth-date = The date of birth in this ID number is wrong. Check characters 7 to 14.
problem-resident-id-check-digit = One character of this ID number is mistyped. Check it against the card.
problem-date-format = Choose a date.
problem-time-format = Choose a time.

## Appointments

book-title = Book an appointment: { $item }
book-link = Book an appointment at the hall
slots-choose-day = Step 1: choose a day
slots-choose-time = Step 2: choose a time on { $day }
slots-day-places = { $count ->
    [one] 1 place left
   *[other] { $count } places left
}
slots-day-holiday = Public holiday: closed
slots-day-closed = Closed
slots-day-full = Fully booked
slots-time-places = { $count ->
    [one] 1 left
   *[other] { $count } left
}
slots-time-full = Fully booked
slots-other-day = Choose another day
date-day = { $weekday } { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
book-details-heading = Step 3: who is coming
book-details-hint = These details are used for this booking only. Bring your resident ID card to the hall.
book-name = Full name
book-mobile = Mobile number
book-resident-id = Resident ID number
book-check-heading = Step 4: check your booking
book-check-hint = You will get a reference number: show it, or its QR code, at the hall.
book-when = When
book-confirm = Confirm booking
book-sending = Sending…
book-nearest-free = The nearest free times to the one you chose:
book-done = Booked
appointment-reference = Reference
appointment-qr = QR code of reference { $reference }
appointment-status = Status
appointment-cancelled = Cancelled
appointment-item = Service
appointment-bring = Arrive on time with your resident ID card (original) and your materials.
appointment-add-to-calendar = Add to calendar
appointment-manage-link = Link to manage this booking (view, move or cancel it on another phone; don’t share it):
appointment-calendar-summary = Government service hall: { $item }
appointment-reschedule = Change the time
appointment-cancel = Cancel
appointment-cancel-question = Cancel this appointment? The place goes to someone else.
appointment-cancel-yes = Yes, cancel it
appointment-cancel-no = No, keep it
appointment-keep-time = Keep the current time
appointments-title = My appointments
appointments-hint = Bookings made on this device. Only their reference numbers and manage codes are kept here: never your name, phone or ID number.
appointments-none = No bookings on this device yet.
appointments-forget = Remove from the list

## Application status

app-nav-label = Main
track-nav = Track
track-title = Track an application
track-number = Application number
track-number-hint = On your receipt, e.g. DEMO-04.
track-verifier = Last 4 digits of your phone, or the query code on the receipt
track-verifier-hint = To check that the application is yours.
track-submit = Look up
track-recent = Looked up recently:
track-number-line = Application { $number } · { $hall }
track-paused = The time limit is paused until you hand in the materials below; review then continues.
track-due-today = Today is the last working day of the promised time.
track-due-in = { $days ->
    [one] Due in 1 working day ({ $date }).
   *[other] Due in { $days } working days ({ $date }).
}
track-overdue = { $days ->
    [one] Overdue by 1 working day (due { $date }). You can call 12345 about it.
   *[other] Overdue by { $days } working days (due { $date }). You can call 12345 about it.
}
track-resubmit = Materials to hand in again:
track-checklist-link = See this service’s checklist
track-tracking = Parcel number: { $tracking }
track-rate = Rate the service you received
track-comment = Comments (optional)
track-send-rating = Send rating
track-rated = You rated this { $rating } out of 5. Thank you.
rating-5 = Very satisfied
rating-4 = Satisfied
rating-3 = Fairly satisfied
rating-2 = Dissatisfied
rating-1 = Very dissatisfied
status-submitted = Submitted
status-accepted = Accepted
status-under-review = Under review
status-correction-needed = Correction needed
status-approved = Approved
status-refused = Refused
status-certificate-made = Certificate made
status-ready-for-pickup = Ready to collect
status-posted = Posted
status-completed = Completed
