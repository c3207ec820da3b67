# hall-guide — English: Item guide: questions, checklist, when everything is gathered
# Translated from zh-CN/item.ftl (the reference); its comments say what each variable holds.

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
item-fee-range = ¥{ $from }–¥{ $to }, depending on your answers
item-fee-part = { $label }: ¥{ $yuan }
item-fee-extra = In some cases also: { $label }, ¥{ $yuan }
item-online-heading = Online

item-online-link = Apply online at { $host } (opens in a new tab)
item-windows = Windows:
item-offered-at-heading = Halls that handle this service
item-offered-nowhere = No hall handles this service at the moment. Call 12345 to ask.

## One-time notification: questions

questions-heading = What you need to bring, all at once
questions-intro = Answer a few short questions and the list below shows only the materials you need, so one trip is enough.
questions-step = Question { $number } of { $total }
questions-continue = Continue
questions-back = Back
questions-choose-one = Choose an answer.
questions-error-title = There is a problem
questions-your-answers = Your answers
questions-change = Change
questions-cancel-change = Keep this answer
questions-done = That’s all the questions: the list below is everything you need to bring.
questions-start-again = Clear my answers and ticks and start again

## One-time notification: checklist

checklist-heading = Checklist
checklist-totals = { $documents ->
    [0] Nothing to bring for your answers so far.
   *[other] Bring { $documents ->
        [one] 1 document
       *[other] { $documents } documents
    }: { $originals ->
        [0] { $copies ->
            [one] 1 copy
           *[other] { $copies } copies
        }.
       *[other] { $originals ->
            [one] 1 original
           *[other] { $originals } originals
        }{ $copies ->
            [0] .
            [one] {" "}and 1 copy.
           *[other] {" "}and { $copies } copies.
        }
    }
}
checklist-totals-undecided = { $count ->
    [one] 1 more depends on your answers.
   *[other] { $count } more depend on your answers.
}
checklist-progress = { $ticked } of { $total } gathered
checklist-print = Print the checklist
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

## The halls that handle an item: nearest first, by distance when the reader asks.
offering-near-me = Nearest to me first
offering-locating = Finding your location…
offering-by-distance = Listed by distance from you. Your location is used only for this list and is not saved.
offering-location-refused = Location was not allowed, so the halls are in the usual order. Allow location in your browser or WeChat settings and try again.
offering-location-unavailable = Your location cannot be found right now, so the halls are in the usual order. Please try again later.
# $metres is a whole number of metres (to the nearest hundred).
offering-distance-m = About { $metres } m away
# $km is a number of kilometres, e.g. 2.3 or 1,050.
offering-distance-km = About { $km } km away

## The guide's other elements (national standard): visits, conditions, steps, result, FAQ, contacts

item-visits = Visits to the hall
item-visits-count = { $count ->
    [0] None: fully online
    [1] At most one visit
   *[other] { $count } visits
}
item-online-mobile-link = Apply on your phone ({ $host }, opens in a new tab)
item-scope = Where you can apply
online-depth-information = Only the guide is online: apply at the hall
online-depth-forms = Forms and advice online: apply at the hall
online-depth-pre-review = Checked online first, then handed in at the hall
online-depth-online-acceptance = Apply online, then one visit to check the originals
online-depth-fully-online = Fully online
scope-nationwide = Anywhere in China: any hall in the country
scope-cross-province = Across provinces: halls in other provinces too
scope-province-wide = Province-wide: any hall in the province
scope-city-wide = City-wide: any hall in the city
scope-county-wide = County-wide: any hall in the county or district
scope-hall-only = Local only: at the hall where you are registered
conditions-heading = Can I apply?
applicants-label = Who can apply:
applicant-natural-person = Individuals
applicant-legal-person = Companies and public bodies
applicant-other-organization = Other organisations
conditions-intro = Your application is accepted if:
conditions-if-answer = (if your answer is “{ $answers }”)
steps-heading = After you hand in: the steps
steps-at-window = At the window
steps-online = Online
step-you-act = You act here
step-same-day = same day
result-heading = What you get
result-name = Result
result-validity = Valid for
result-delivery = How you get it
result-sample = See a sample of the result (opens in a new tab)
result-kind-licence = Licence or card
result-kind-approval = Approval
result-kind-filing = Registration
result-kind-certificate = Certificate
result-kind-payment = Payment
delivery-window = Collect at the window
delivery-post = Sent by post, free
delivery-electronic = Electronic, download online
limits-heading = Special procedures and other limits
special-procedures = Special procedures
special-procedures-none = None
special-procedure-counts = up to { $days } working days, counted in the legal time limit
special-procedure-not-counted = up to { $days } working days, not counted in the legal time limit
quantity-limit = Limits on numbers
quantity-limit-none = No limit
intermediaries = Third-party services
intermediaries-none = None needed: do not pay anyone to “handle it for you”
intermediary-charged = charged
intermediary-free = free
faq-heading = Common questions ({ $count })
contacts-heading = Questions and complaints
contacts-enquiry = Enquiries
contacts-supervision = Complaints about the hall
contacts-hotline = Government service hotline
guide-updated = This guide was updated on { $date } (version { $version })
