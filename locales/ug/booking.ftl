# hall-guide — ئۇيغۇرچە: Appointments and my appointments
# Translated from zh-CN/booking.ftl (the reference); its comments say what each variable holds.

## ئالدىن ئۇچرىشىش

book-title = ئالدىن ئۇچرىشىش: { $item }
book-link = زالغا بېرىپ بېجىرىش ئۈچۈن ئالدىن ئۇچرىشىش
slots-choose-day = 1-قەدەم: چېسلا تاللاڭ
slots-choose-time = 2-قەدەم: { $day } ئۈچۈن ۋاقىت بۆلىكى تاللاڭ
slots-day-places = { $count } ئورۇن قالدى
slots-day-holiday = قانۇنىي بايرام، ئىش بېجىرىلمەيدۇ
slots-day-closed = دەم ئېلىش كۈنى، ئىش بېجىرىلمەيدۇ
slots-day-unpublished = { $year }-يىللىق بايرام ئورۇنلاشتۇرۇشى تېخى ئېلان قىلىنمىدى، ئالدىن ئۇچرىشىش بەلگىلىگىلى بولمايدۇ
slots-day-full = ئورۇن توشتى
slots-time-places = { $count } ئورۇن قالدى
slots-time-full = ئورۇن توشتى
slots-other-day = باشقا چېسلا تاللاش
date-day = { $day }-{ $month ->
    [1] يانۋار
    [2] فېۋرال
    [3] مارت
    [4] ئاپرېل
    [5] ماي
    [6] ئىيۇن
    [7] ئىيۇل
    [8] ئاۋغۇست
    [9] سېنتەبىر
    [10] ئۆكتەبىر
    [11] نويابىر
   *[12] دېكابىر
} ({ $weekday })
time-range = { $start }–{ $end }
date-at-time = { $date }، { $time }
book-details-heading = 3-قەدەم: ئىش بېجىرگۈچىنىڭ ئۇچۇرىنى تولدۇرۇڭ
book-details-hint = بۇ ئۇچۇرلار پەقەت مۇشۇ قېتىملىق ئالدىن ئۇچرىشىش ئۈچۈنلا ئىشلىتىلىدۇ. زالغا بارغاندا بۇ يەرگە يازغان كىنىشكىنىڭ ئەسلىنى ئېلىپ بېرىڭ؛ باشقىلارغا ۋاكالىتەن ئالدىن ئۇچراشسىڭىز، ئۆزىڭىزنىڭ كىملىكىنىمۇ ئېلىپ بېرىڭ.
book-name = ئىسىم-فامىلە
book-mobile = يانفون نومۇرى
book-resident-id = ئاھالىلەر كىملىك نومۇرى

# كىنىشكە ۋە ۋاكالىتەن ئالدىن ئۇچرىشىش (19.5-نۇقتا)
book-for-whom = بۇ ئالدىن ئۇچرىشىش كىم ئۈچۈن؟
book-for-self = ئۆزۈم ئۈچۈن
book-for-other = باشقا بىرى ئۈچۈن (ۋاكالىتەن)
book-for-other-hint = ئىش بېجىرگۈچىنىڭ ئىسمى ۋە كىنىشكىسىنى، ئاندىن ئۆزىڭىزنىڭ ئىسمى ۋە يانفون نومۇرىنى يېزىڭ: قىسقا ئۇچۇر سىزگە كېلىدۇ.
book-applicant-heading = ئىش بېجىرگۈچى
book-agent-heading = سىز (ۋاكالەتچى)
book-applicant-name = ئىش بېجىرگۈچىنىڭ ئىسىم-فامىلىسى
book-agent-name = ۋاكالەتچىنىڭ ئىسىم-فامىلىسى
book-agent-mobile = ۋاكالەتچىنىڭ يانفون نومۇرى
book-document-type = كىنىشكە تۈرى
book-document-resident-id = ئاھالىلەر كىملىكى
book-document-hk-macau-permit = شياڭگاڭ ۋە ئاۋمېن ئاھالىلىرىنىڭ ئىچكىرىگە بېرىپ-كېلىش كىنىشكىسى
book-document-taiwan-permit = تەيۋەن ئاھالىلىرىنىڭ چوڭ قۇرۇقلۇققا بېرىپ-كېلىش كىنىشكىسى
book-document-residence-permit = شياڭگاڭ، ئاۋمېن ۋە تەيۋەن ئاھالىلىرىنىڭ ئولتۇراقلىشىش كىنىشكىسى
book-document-foreign-permanent = چەتئەللىكلەرنىڭ مەڭگۈلۈك تۇرۇش كىملىكى
book-document-passport = پاسپورت
book-number-hk-macau-permit = بېرىپ-كېلىش كىنىشكىسى نومۇرى (شياڭگاڭ ۋە ئاۋمېن)
book-number-taiwan-permit = بېرىپ-كېلىش كىنىشكىسى نومۇرى (تەيۋەن)
book-number-residence-permit = ئولتۇراقلىشىش كىنىشكىسى نومۇرى
book-number-foreign-permanent = مەڭگۈلۈك تۇرۇش كىملىكى نومۇرى
book-number-passport = پاسپورت نومۇرى
book-check-heading = 4-قەدەم: ئالدىن ئۇچرىشىش ئۇچۇرىنى تەكشۈرۈڭ
book-check-hint = يوللىغاندىن كېيىن ئالدىن ئۇچرىشىش نومۇرى بېرىلىدۇ. زالغا بارغاندا ئالدىن ئۇچرىشىش نومۇرى ياكى ئىككى ئۆلچەملىك كودنى كۆرسەتسىڭىزلا بولىدۇ.
book-when = ئالدىن ئۇچرىشىش ۋاقتى
book-confirm = ئالدىن ئۇچرىشىشنى جەزملەش
book-sending = يوللىنىۋاتىدۇ…
book-nearest-free = سىز تاللىغان ۋاقىتقا ئەڭ يېقىن بوش ۋاقىت بۆلەكلىرى:
book-conflict-appointments = «ئالدىن ئۇچرىشىشلىرىم»دا ۋاقتىنى ئۆزگەرتىش ياكى بىكار قىلىش
book-conflict-other-day = باشقا كۈننى تاللاش
book-done = ئالدىن ئۇچرىشىش مۇۋەپپەقىيەتلىك بولدى
appointment-reference = ئالدىن ئۇچرىشىش نومۇرى
appointment-qr = { $reference } نومۇرلۇق ئالدىن ئۇچرىشىشنىڭ ئىككى ئۆلچەملىك كودى
appointment-status = ھالىتى
appointment-cancelled = بىكار قىلىندى
appointment-cancelled-by-hall = بۇ ئالدىن ئۇچرىشىشنى زال بىكار قىلدى
appointment-cancel-reason = بىكار قىلىش سەۋەبى
appointment-item = بېجىرىدىغان ئىش
appointment-bring = ئالدىن ئۇچرىشىشتا تىزىملاتقان كىملىك ھۆججىتىنىڭ ئەسلى نۇسخىسىنى ۋە ماتېرىيال تىزىملىكىدىكى بارلىق ماتېرىياللارنى ئېلىپ بېرىڭ.
appointment-add-to-calendar = كالېندارغا قوشۇش
appointment-manage-link = باشقۇرۇش ئۇلانمىسى (باشقا يانفوندا كۆرۈش، ۋاقتىنى ئۆزگەرتىش ياكى بىكار قىلىشقا بولىدۇ؛ باشقىلارغا يوللىماڭ):
appointment-calendar-summary = ھۆكۈمەت ئىشلىرى زالىدا ئالدىن ئۇچرىشىش: { $item }
appointment-reschedule = ۋاقتىنى ئۆزگەرتىش
appointment-cancel = ئالدىن ئۇچرىشىشنى بىكار قىلىش
appointment-cancel-question = بۇ ئالدىن ئۇچرىشىشنى راستتىنلا بىكار قىلامسىز؟ بۇ ئورۇن باشقىلارغا بوشىتىپ بېرىلىدۇ.
appointment-cancel-yes = ھەئە، بىكار قىلىمەن
appointment-cancel-no = بىكار قىلمايمەن
appointment-keep-time = ئەسلىدىكى ۋاقىتنى ساقلاش
appointment-reschedule-check = يېڭى ۋاقىتنى تەكشۈرۈش
appointment-old-time = ئەسلىدىكى ۋاقىت
appointment-new-time = يېڭى ۋاقىت
appointment-reschedule-hint = جەزملىگەندىن كېيىن ئەسلىدىكى ۋاقىتتىكى ئورۇن باشقىلارغا بوشىتىپ بېرىلىدۇ؛ ئالدىن ئۇچرىشىش نومۇرى ۋە ئىككى ئۆلچەملىك كود ئۆزگەرمەيدۇ.
appointment-reschedule-confirm = ۋاقىت ئۆزگەرتىشنى جەزملەش
appointment-rescheduled = ۋاقىت ئۆزگەرتىلدى
appointment-rescheduled-released = ئەسلىدىكى ۋاقىت { $time } بوشىتىلدى.
appointment-rescheduled-now = يېڭى ئالدىن ئۇچرىشىش ۋاقتى: { $time }. ئالدىن ئۇچرىشىش نومۇرى ئۆزگەرمەيدۇ.
appointment-rescheduled-calendar = ئەسلىدىكى ۋاقىتنى كالېندارغا قوشقان بولسىڭىز، ئۇ ئۆزلۈكىدىن يېڭىلانمايدۇ: يېڭى كالېندار ھۆججىتىنى قوشۇپ، كونا پىلاننى ئۆچۈرۈڭ.
appointment-new-calendar = يېڭى كالېندار ھۆججىتىنى چۈشۈرۈش
appointments-title = ئالدىن ئۇچرىشىشلىرىم
appointments-hint = بۇ يەردە مۇشۇ ئۈسكۈنىدە قىلىنغان ئالدىن ئۇچرىشىش خاتىرىلىرى كۆرسىتىلىدۇ. ئۈسكۈنىدە پەقەت ئالدىن ئۇچرىشىش نومۇرى ۋە باشقۇرۇش كودىلا ساقلىنىدۇ؛ ئىسىم، يانفون نومۇرى ياكى كىملىك نومۇرى ساقلانمايدۇ.
appointments-none = بۇ ئۈسكۈنىدە تېخى ئالدىن ئۇچرىشىش يوق.
appointments-offline = تورسىز: بۇ ئۈسكۈنە ئالدىنقى قېتىم ساقلىغان ئۇچۇرلار كۆرسىتىلىۋاتىدۇ. بىكار قىلىش ياكى ۋاقىتنى ئۆزگەرتىش ئۈچۈن تور كېرەك.
appointments-forget = تىزىملىكتىن چىقىرىۋېتىش

## ئالدىن ئۇچرىشىش بېلىتى: كۆزنەك، يېتىپ بېرىش قائىدىسى، ماتېرىياللار، باشقۇرۇش ئۇلانمىسى

appointment-arrival-heading = يېتىپ بارغاندا
appointment-arrival-early = 10 مىنۇت بۇرۇن يېتىپ بېرىپ، نومۇر ئېلىش ماشىنىسىدا ئىككى ئۆلچەملىك كودنى سكانىرلاپ ياكى ئالدىن ئۇچرىشىش نومۇرىنى كىرگۈزۈپ نومۇر ئېلىڭ.
appointment-arrival-late = 15 مىنۇتتىن ئارتۇق كېچىكسىڭىز، ئالدىن ئۇچرىشىش ئىناۋەتسىز بولىدۇ: نەق مەيداندا نومۇر ئېلىپ ئۆچىرەت ساقلىسىڭىز ياكى قايتا ئالدىن ئۇچرىشىش بەلگىلىسىڭىز بولىدۇ.
appointment-arrival-cancel = كېلەلمىسىڭىز، ئورۇننى باشقىلارغا قالدۇرۇش ئۈچۈن ئالدىن بىكار قىلىڭ.
appointment-checklist = قايسى ماتېرىياللارنى ئېلىپ بېرىشنى كۆرۈش
appointment-your-checklist = ماتېرىيال تىزىملىكىمنى كۆرۈش
appointment-copy-link = ئۇلانمىنى كۆچۈرۈش
appointment-link-copied = باشقۇرۇش ئۇلانمىسى كۆچۈرۈلدى.
appointment-link-selected = ئۆزلۈكىدىن كۆچۈرگىلى بولمىدى: ئۇلانما تاللاندى، كۆچۈرۈش ئۈچۈن ئۇنى بېسىپ تۇرۇڭ.
appointment-book-again = بۇ ئىش ئۈچۈن قايتا ئالدىن ئۇچرىشىش
