# hall-guide — English: Appointments and my appointments
# Translated from zh-CN/booking.ftl (the reference); its comments say what each variable holds.

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
slots-day-unpublished = The { $year } holiday schedule has not been published yet: no bookings
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
time-range = { $start }–{ $end }
date-at-time = { $date }, { $time }
book-details-heading = Step 3: who is coming
book-details-hint = These details are used for this booking only. Bring the document you enter here to the hall; when booking for someone else, bring your own ID too.
book-name = Full name
book-mobile = Mobile number
book-resident-id = Resident ID number

# Documents and booking for someone else (point 19.5)
book-for-whom = Who is this appointment for?
book-for-self = For me
book-for-other = For someone else (I book on their behalf)
book-for-other-hint = Enter their name and document, then your own name and mobile number: the booking text message goes to you.
book-applicant-heading = The applicant
book-agent-heading = You, booking on their behalf
book-applicant-name = Applicant’s full name
book-agent-name = Your full name
book-agent-mobile = Your mobile number
book-document-type = Document
book-document-resident-id = Resident ID card
book-document-hk-macau-permit = Mainland Travel Permit for Hong Kong and Macao Residents
book-document-taiwan-permit = Mainland Travel Permit for Taiwan Residents
book-document-residence-permit = Residence Permit for Hong Kong, Macao and Taiwan Residents
book-document-foreign-permanent = Foreign Permanent Resident ID Card
book-document-passport = Passport
book-number-hk-macau-permit = Travel permit number (Hong Kong and Macao)
book-number-taiwan-permit = Travel permit number (Taiwan)
book-number-residence-permit = Residence permit number
book-number-foreign-permanent = Permanent resident ID card number
book-number-passport = Passport number
book-check-heading = Step 4: check your booking
book-check-hint = You will get a reference number: show it, or its QR code, at the hall.
book-when = When
book-confirm = Confirm booking
book-sending = Sending…
book-nearest-free = The nearest free times to the one you chose:
book-conflict-appointments = Move or cancel it in My appointments
book-conflict-other-day = Choose another day
book-done = Booked
appointment-reference = Reference
appointment-qr = QR code of reference { $reference }
appointment-status = Status
appointment-cancelled = Cancelled
appointment-cancelled-by-hall = Cancelled by the hall
appointment-cancel-reason = Why
appointment-item = Service
appointment-bring = Bring the original of the ID document given in the booking, and every material on your checklist.
appointment-add-to-calendar = Add to calendar
appointment-manage-link = Link to manage this booking (view, move or cancel it on another phone; don’t share it):
appointment-calendar-summary = Government service hall: { $item }
appointment-reschedule = Change the time
appointment-cancel = Cancel
appointment-cancel-question = Cancel this appointment? The place goes to someone else.
appointment-cancel-yes = Yes, cancel it
appointment-cancel-no = No, keep it
appointment-keep-time = Keep the current time
appointment-reschedule-check = Check the new time
appointment-old-time = Current time
appointment-new-time = New time
appointment-reschedule-hint = Once you confirm, your current place goes to someone else. The reference and QR code stay the same.
appointment-reschedule-confirm = Confirm the new time
appointment-rescheduled = Time changed
appointment-rescheduled-released = Your previous time, { $time }, has been released.
appointment-rescheduled-now = Your new time: { $time }. The reference stays the same.
appointment-rescheduled-calendar = If you added the previous time to your calendar, it will not update by itself: add the new calendar file and delete the old event.
appointment-new-calendar = Download the new calendar file
appointments-title = My appointments
appointments-hint = Bookings made on this device. Only their reference numbers and manage codes are kept here: never your name, phone or ID number.
appointments-none = No bookings on this device yet.
appointments-offline = Offline: showing the details this device saved last time. Cancelling or changing the time needs the network.
appointments-forget = Remove from the list

## The ticket: windows, arrival rules, what to bring, the manage link

appointment-arrival-heading = When you come
appointment-arrival-early = Arrive 10 minutes early and take a queue number at the ticket machine: scan the QR code or type in the reference.
appointment-arrival-late = If you are more than 15 minutes late, the booking lapses: you can queue for a number at the hall, or book again.
appointment-arrival-cancel = If you can’t come, please cancel in advance so that someone else can have the place.
appointment-checklist = See what to bring
appointment-your-checklist = See my checklist
appointment-copy-link = Copy the link
appointment-link-copied = Manage link copied.
appointment-link-selected = Couldn’t copy it by itself: the link is selected, press and hold it to copy.
appointment-book-again = Book this service again
