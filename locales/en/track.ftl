# hall-guide — English: Application status
# Translated from zh-CN/track.ftl (the reference); its comments say what each variable holds.

## Application status

app-nav-label = Main
track-nav = Track
track-title = Track an application
track-number = Application number
track-number-hint = On your receipt, e.g. { $example }.
track-verifier = Last 4 digits of your phone, or the query code on the receipt
track-verifier-hint = To check that the application is yours.
track-submit = Look up
track-recent = Looked up recently:
track-last-attempt = { $minutes ->
    [one] 1 attempt left. If it is wrong too, wait 1 minute before you try again.
   *[other] 1 attempt left. If it is wrong too, wait { $minutes } minutes before you try again.
}
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
track-date = { $weekday } { $day } { $month ->
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
} { $year }
track-correction-due = Hand in the materials below no later than { $date }. The time limit is paused until you do; review then continues.
track-reason = Reason given by the hall (in Chinese):{" "}
track-correction-by = Hand in no later than { $date }
track-correction-where = Where and how (in Chinese):{" "}
track-appeal-heading = If you disagree with this decision
track-appeal-intro = You can choose either of these:
track-appeal-review = Apply for an administrative review
track-appeal-review-by = Apply no later than { $date } (within 60 days).
track-appeal-review-body = Review body:{" "}
track-appeal-review-body-default = the people’s government the deciding department belongs to (for departments under vertical management, such as customs and tax, the department one level above it)
track-appeal-lawsuit = Take the decision to court (administrative lawsuit)
track-appeal-lawsuit-by = File no later than { $date } (within 6 months).
track-appeal-court = Court:{" "}
track-appeal-court-default = the people’s court where the deciding department is
track-appeal-counted = These dates count from the decision’s date, { $date } (that day itself not counted); if you received the written decision later, they count from the day after you received it. The written decision names the review body, the court and the time limits that apply.
track-rating-missing = Choose how satisfied you are, then send your rating.
track-rate = Rate the service you received
track-comment = Comments (optional)
track-send-rating = Send rating
track-rated = You rated this service: { $label }. Thank you.
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

## The steps: the timeline names each status by the item's step

track-step = Step { $number } of { $total }: { $name }
track-next-step = Next: { $name } ({ $handler })
