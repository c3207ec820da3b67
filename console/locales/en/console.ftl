# The staff console (/console/): hall staff, hall admins and hotline operators.

console-title = Service hall console
loading = Loading…
language = Language
logout = Sign out
logout-everywhere = Sign out everywhere
session-ended = Your session has ended. Please sign in again; the page you were on is kept.

## Sign in, and the first password

login-title = Staff sign-in
login-name = Account
login-password = Password
login-submit = Sign in
login-missing = Enter your account and password.
login-help = Your hall admin opens accounts. If you forgot your password, ask them.
password-title = Choose your own password
password-intro = This was a one-time password. Replace it with one only you know to go on.
password-current = Current password
password-new = New password
password-again = New password again
password-rule = At least 10 characters, not your account name or current password. A phrase you remember works well.
password-submit = Save password
password-mismatch = The two new passwords differ.
problem-too-short = At least { $min } characters are needed.
problem-password-reused = It must differ from your account name and current password.
problem-missing = Fill this in.
problem-too-long = This is too long.

## Roles

role-window-staff = Window staff
role-hall-admin = Hall admin
role-region-admin = Region admin
role-hotline-operator = 12345 hotline
role-catalogue-editor = Catalogue editor

## The toolbar and tabs

hall = Hall
hall-code-placeholder = Hall code
hall-choose = Choose or type a hall code first.
date = Date
today = Today
tab-check-in = Check-in
tab-day = Day list
tab-audit = Audit log
date-long = { $weekday } { $day } { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $year }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## Check-in

check-in-reference = Reference (type it, or scan the QR code on the ticket)
check-in-find = Find
check-in-other-day = This appointment is on { $date }, not the day chosen.
check-in-materials = Materials to bring
my-window = This window
material-originals = { $count ->
        [one] 1 original
       *[other] { $count } originals
    }
material-copies = { $count ->
        [one] 1 copy
       *[other] { $count } copies
    }
material-exempt = Not needed (the hall gets it by data sharing)
material-conditional = depends on the case
on-behalf = on behalf
scan-start = Scan
scan-video = Camera view
scan-hint = Hold the QR code on the ticket up to the camera.
scan-close = Turn the camera off
camera-denied = The browser does not allow the camera. Allow it in the address bar's site settings, or type the reference.
camera-missing = This PC has no camera to use. Type the reference instead.

## States and actions

state-booked = Booked
state-arrived = Arrived
state-served = Served
state-no-show = No-show
state-cancelled-by-citizen = Cancelled by citizen
state-cancelled-by-hall = Cancelled by hall
action-arrived = Check in
action-served = Served
action-no-show = No-show
action-undo = Undo

## The day list

count-total = Total
count-cancelled = Cancelled
filter-item = Item
filter-window = Window
filter-state = State
filter-all = All
print = Print
printed-at = Printed { $time }
export-csv = Export CSV
day-empty = No appointments on this day match.
col-date = Date
col-time = Time
col-reference = Reference
col-item = Item
col-name = Name
col-document = Document
col-mobile = Mobile
col-state = State
col-window = Window
col-actions = Actions

## Closing the day (hall and region admins)

close-title = Close the hall (all day or part of it)
close-intro = The span's slots go. Citizens booked in it see on their ticket that the hall cancelled, and why, and can book another time. Nothing is deleted.
close-from = From
close-to = To
close-reason = Reason (citizens see it)
close-reason-missing = Give a reason: citizens see it on their ticket.
close-span-half = Give both the start and the end, or neither (all day).
close-submit = Close…
close-confirm = Confirm closure
close-confirm-count = { $count ->
        [one] 1 appointment will be cancelled.
       *[other] { $count } appointments will be cancelled.
    } Press “Confirm closure” to go ahead.
close-done = Closed: { $count ->
        [one] 1 appointment
       *[other] { $count } appointments
    } cancelled.

## The audit log

audit-title = Audit log
audit-empty = Nothing has been recorded yet.
audit-when = When
audit-who = Account
audit-action = Action
audit-target = Target
audit-before = Before
audit-after = After
audit-action-state = Appointment state
audit-action-close = Closure
audit-action-lift = Booking block lifted

## Errors

error-network = The server cannot be reached. Check the network and try again; nothing you typed is lost.
error-other = Something went wrong. Try again.
error-unavailable = The service is unavailable for a moment. Try again shortly.
error-login-failed = The account or password is wrong.
error-session-required = Please sign in.
error-password-change-required = Choose your own password first.
error-csrf-rejected = The page is out of date. Reload it and try again.
error-not-permitted = Your account cannot do this.
error-state-changed = A colleague has just changed this appointment: it is now “{ $state }”.
error-state-changed-unknown = A colleague has just changed this appointment.
error-invalid-state-change = This appointment cannot be changed that way now.
error-invalid-password = This password cannot be used.
error-appointment-not-found = No appointment has this reference. Check the number on the ticket.
error-hall-not-found = No such hall, or it is not one of your account's halls.
error-rate-limited = Too many attempts. Try again in a minute.
error-invalid-parameter = Something typed is not in the right form.
error-application-not-found = None of your halls has an application with this number.
error-invalid-transition = This step cannot be taken now (a colleague may have just taken the next one). Look it up again.
error-item-not-found = This hall does not handle this item.
error-slot-not-found = This slot does not exist or the hall is closed then.

## Applications

tab-applications = Applications
application-number = Application number
application-submitted = Applied on
application-due = Promised by
application-timeline = Progress
application-new = Register a new application
application-applicant = Applicant's name
application-mobile = Applicant's mobile
application-verifier = Query code (printed on the receipt)
application-choose-item = Choose an item
application-privacy = The mobile is stored encrypted and shown only by its last four digits; the applicant tracks progress with the number and the query code (or those four digits).
application-missing = Fill in the number, item, applicant's name, mobile and query code.
application-exists = This application number is registered already. Look it up, or check the number.
application-create = Register
receipt-title = Receipt
receipt-text = Application number { $number }, query code { $verifier }. With both, progress can be tracked under “Track”.
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
step-title = Next step
step-status = Outcome
step-none = Completed: there is no next step.
step-reason = Reason (the applicant sees it)
step-materials = Materials to correct (one per line)
step-due = Correct by
step-where = Where to hand them in (window, address or online service)
step-review-body = Administrative review body (as the decision names it; optional)
step-court = Court for a lawsuit (as the decision names it; optional)
step-tracking = Parcel number
step-note = Note (e.g. where to collect; the applicant sees it)
step-submit = Save this step
step-correction-missing = A correction needs a reason, the materials, a deadline and where to hand them in.
step-reason-missing = A refusal needs a reason.
step-tracking-missing = Give the parcel number.

## Places

capacity-title = Change places
capacity-intro = When windows open or close, change how many can book each slot of an item on the chosen day. Never fewer than are booked.
capacity-slot = Slot
capacity-whole-day = Every slot of the day
capacity-places = Places
capacity-booked = Booked
capacity-save = Save
capacity-number = Give a number from 1 to 500.
capacity-done = Saved: { $places ->
        [one] 1 place
       *[other] { $places } places
    } per slot.
capacity-below-booked = The { $start } slot has { $booked } booked: it cannot have fewer places.

## The public-holiday calendar (region admins)

tab-calendar = Holidays
calendar-title = Public-holiday schedule
calendar-intro = Choose the year's schedule file, as the State Council's General Office publishes it (the format of hall-server calendar import). Preview it, then save; every hall offers slots by it within 30 seconds.
calendar-file = Holiday file (JSON)
calendar-invalid = The file has mistakes and was not saved. Correct what is listed below and choose it again:
calendar-unreadable = This file cannot be read.
calendar-year = { $year }
calendar-range = { $from } to { $to }
calendar-working-days = Weekend days worked in exchange:
calendar-affected = Appointments affected: { $count }
calendar-affected-hint = Saving cancels none of them. Close those days from the day list with a reason: the citizens see it on their ticket and can book another time.
calendar-save = Save the schedule
calendar-saved = Saved. Every hall offers slots by it within 30 seconds.

## Lifting the no-show rule (hall and region admins)

lift-intro = Someone who missed several appointments cannot book online for 30 days. With a good reason, lift it for them.
lift-button = Lift the online-booking block
lift-done = Lifted: they can book online again.

## Closing one window

close-what = Close
close-whole-hall = the whole hall
close-window-option = window { $number } ({ $name })
close-confirm-window = The items this window serves lose its places in the span; where a slot is then over-booked, the last booked are cancelled and told why. Press “Confirm closure” to go ahead.

## The hall's staff (hall and region admins)

tab-staff = Staff
staff-title = Staff of this hall
staff-role = Role
staff-active = Active
staff-pending = Not signed in yet
staff-disabled = Disabled
staff-disable = Disable
staff-add-title = Open an account
staff-add = Open
staff-login-rule = An account is 3–40 characters: lower-case letters, digits, “.”, “_” or “-”, such as li.window. Only window staff or hall admins of this hall can be opened here.
staff-login-missing = Enter the account name.
staff-login-refused = This account name cannot be used: it is not in the right form, or it is taken.
staff-added-title = One-time password
staff-added = Account { $login } is open. Hand the one-time password below to its holder in person (it is shown only now); the first sign-in must replace it.
staff-disable-confirm = Disable the account { $login }? It is signed out at once and cannot be restored from the console.
