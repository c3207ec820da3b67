# hall-guide — English: Errors (from the API and on form fields)
# Translated from zh-CN/errors.ftl (the reference); its comments say what each variable holds.

## Errors (each says what happened and what to do)

error-unreachable = The service is not answering right now. Your device is online, so the problem is most likely on our side: there is no need to check your phone or connection. Press “Try again” in a few minutes; if it is urgent, call the 12345 government service hotline.
error-offline = Your device is offline, and this step needs the network. What you have typed is kept: once you are connected, press “Try again”. Halls and items you have already opened also work offline.
error-timed-out = No answer came in time. Everything you entered is kept: press the button again. Pressing again never does the same thing twice.
error-write-unreachable = The service is not answering right now. Everything you entered is kept. The problem is most likely on our side: press the button again in a few minutes; if it is urgent, call the 12345 government service hotline.
error-write-offline = Your device is offline, and this step needs the network. Everything you entered is kept: once you are connected, press the button again.
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
error-booking-suspended = You missed several appointments recently, so you cannot book online for now. You can go to the hall's counter, or call 12345.
# Variables:
#   $date (String) - the first day online booking opens again, as the slot picker writes a day
error-booking-suspended-until = You missed several appointments recently, so you can book online again from { $date }. Until then you can go to the hall's counter, or call 12345.
error-rate-limited = Too many tries in a short time. Wait a minute, then try again.
error-payload-too-large = What you entered is too long to send. Shorten it and try again; everything you typed is still in the form.
error-idempotency-key-reused = This doesn’t match what you sent before. Reload the page and send again.
error-appointment-not-found = We can’t find this booking. Check the reference and the code to manage it.
error-appointment-cancelled = This booking was cancelled and can’t be changed.
error-application-not-found = We found no application for these details. Check the application number, and the last 4 digits of your phone or the query code on your receipt.
error-application-not-completed = You can rate the service once the application is completed.
error-feedback-already-given = This application has been rated already. Thank you for your feedback.
error-link-not-found = This short link does not exist; it may have been copied wrongly. Check it, or start from the home page.
error-uri-too-long = This link is too long to open. Go back to the home page and search again.
error-headers-too-large = Your browser sent more than the server can read. Clear this site’s data and try again, or call 12345.

## Form field errors

problem-missing = Fill this in.
problem-too-long = This is too long. Shorten it.
# Variables:
#   $min (Number) - the shortest length allowed
problem-too-short = Too short: at least { $min } characters.
problem-password-reused = The new password cannot be the current one or the login name.
problem-mobile-format = A mobile number has digits only, like { $example }.
problem-resident-id-format = Enter the 18-character resident ID number (the last may be X).
problem-resident-id-birth-date = The date of birth in this ID number is wrong. Check characters 7 to 14.
problem-resident-id-check-digit = One character of this ID number is mistyped. Check it against the card.
problem-characters = The name holds characters that can’t be shown (control characters or direction marks). Type the name again.
problem-date-format = Choose a date.
problem-time-format = Choose a time.

# Document and mobile numbers (point 19.5): each document’s own format
problem-mobile-length = A mobile number has 11 digits: check for a digit too many or too few, like { $example }.
problem-mobile-start = A mainland mobile number starts with 1, then 3 to 9, like { $example }. Landlines cannot get text messages.
problem-resident-id-other-document = This is the number of a residence permit or a permanent residence card: choose that document under “Document”.
problem-hk-macau-permit-format = A Mainland Travel Permit for Hong Kong and Macao residents has H or M and 8 digits, like H12345678.
problem-taiwan-permit-format = A Mainland Travel Permit for Taiwan residents has 8 digits, like 01234567.
problem-residence-permit-format = Enter the 18-character residence permit number (the last may be X).
problem-residence-permit-region = A residence permit for Hong Kong, Macao and Taiwan residents starts with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan). For another document, choose it under “Document”.
problem-residence-permit-birth-date = The date of birth in this permit number is wrong. Check characters 7 to 14.
problem-residence-permit-check-digit = One character of this permit number is mistyped. Check it against the card.
problem-foreign-permanent-format = A Foreign Permanent Resident ID Card number has 18 characters starting with 9, or (older cards) 3 letters and 12 digits.
problem-foreign-permanent-birth-date = The date of birth in this card number is wrong. Check characters 7 to 14.
problem-foreign-permanent-check-digit = One character of this card number is mistyped. Check it against the card.
problem-passport-characters = A passport number has Latin letters and digits only: remove any other signs.
problem-passport-length = A passport number has 5 to 17 letters and digits. Check it against the passport.

## Titles of a page that could not be opened (they say which)

error-page-title-guide = This service’s guide could not be opened
error-page-title-hall = This hall’s page could not be opened
error-page-title-region = This region’s page could not be opened
error-page-title-booking = The booking page for this service could not be opened
error-page-title-appointments = The “My appointments” page could not be opened
error-page-title-track = The page for tracking an application could not be opened
error-page-title-compose = The reply composer could not be opened
