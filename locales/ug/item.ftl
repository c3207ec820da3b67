# hall-guide — ئۇيغۇرچە: Item guide: questions, checklist, when everything is gathered
# Translated from zh-CN/item.ftl (the reference); its comments say what each variable holds.

## ئىش بېجىرىش يېتەكچىسى

item-on-the-spot = دەرھال بېجىرىلىدۇ
item-online = توردا بېجىرگىلى بولىدۇ
item-promised-days = { $days } خىزمەت كۈنىدە بېجىرىلىپ تۈگەيدۇ
item-kind = ئىش تۈرىنىڭ تىپى
item-kind-administrative-licensing = مەمۇرىي ئىجازەت
item-kind-administrative-confirmation = مەمۇرىي جەزملەشتۈرۈش
item-kind-public-service = ئاممىۋى مۇلازىمەت
item-kind-administrative-payment = مەمۇرىي تەمىنات
item-kind-other-power = باشقا مەمۇرىي ھوقۇقلار
item-category = تۈركۈم
item-promised-limit = ۋەدە قىلىنغان ۋاقىت چېكى
item-legal-limit = قانۇندا بەلگىلەنگەن ۋاقىت چېكى
item-working-days = { $days } خىزمەت كۈنى
item-fee = ھەق
item-fee-free = ھەقسىز
item-fee-amount = { $yuan } يۈەن
item-fee-range = { $from }–{ $to } يۈەن، جاۋابىڭىزغا قاراپ
item-fee-part = { $label }: { $yuan } يۈەن
item-fee-extra = بەزى ئەھۋالدا يەنە: { $label }، { $yuan } يۈەن
item-online-heading = توردا بېجىرىش

item-online-link = { $host } دا توردا ئىلتىماس قىلىش (يېڭى بەتكۈچتە ئېچىلىدۇ)
item-windows = بېجىرىش كۆزنىكى:
item-offered-at-heading = بۇ ئىش تۈرىنى بېجىرىدىغان زاللار
item-offered-nowhere = ھازىر بۇ ئىش تۈرىنى بېجىرىدىغان زال يوق. 12345 نومۇرىغا تېلېفون قىلىپ سوراڭ.

## بىر قېتىمدىلا ئۇقتۇرۇش: سوئاللار

questions-heading = بىر قېتىمدىلا ئۇقتۇرۇش: نېمىلەرنى ئېلىپ بېرىشىڭىز كېرەك
questions-intro = بىر قانچە ئاددىي سوئالغا جاۋاب بېرىڭ، تۆۋەندىكى تىزىملىكتە پەقەت سىز ئېلىپ بېرىشقا تېگىشلىك ماتېرىياللارلا كۆرسىتىلىدۇ. ھەممىنى بىر قېتىمدىلا تولۇق ئېلىپ بېرىڭ، ئىككىنچى قېتىم ئاۋارە بولمايسىز.
questions-step = سوئال { $number } / { $total }
questions-continue = داۋاملاشتۇرۇش
questions-back = ئالدىنقى قەدەم
questions-choose-one = بىر جاۋابنى تاللاڭ.
questions-error-title = مەسىلە كۆرۈلدى
questions-your-answers = جاۋابلىرىڭىز
questions-change = ئۆزگەرتىش
questions-cancel-change = ئۆزگەرتمەي قايتىش
questions-done = سوئاللار تۈگىدى. تۆۋەندىكىسى سىز تەييارلىشىڭىز كېرەك بولغان بارلىق ماتېرىياللار.
questions-start-again = جاۋاب ۋە بەلگىلەرنى تازىلاپ، قايتا باشلاش

## بىر قېتىمدىلا ئۇقتۇرۇش: ماتېرىياللار تىزىملىكى

checklist-heading = ماتېرىياللار تىزىملىكى
checklist-totals = { $documents ->
    [0] ھازىرقى جاۋابىڭىزغا ئاساسەن ماتېرىيال ئېلىپ بېرىشنىڭ ھاجىتى يوق.
   *[other] { $documents } خىل ماتېرىيال ئېلىپ بېرىڭ: { $originals ->
        [0] كۆپەيتىلمە نۇسخا { $copies } پارچە.
       *[other] ئەسلى نۇسخا { $originals } پارچە{ $copies ->
            [0] .
           *[other] ، كۆپەيتىلمە نۇسخا { $copies } پارچە.
        }
    }
}
checklist-totals-undecided = يەنە { $count } خىل ماتېرىيال جاۋابىڭىزغا باغلىق.
checklist-progress = { $ticked } / { $total } خىل تەييار بولدى
checklist-print = تىزىملىكنى بېسىش
checklist-to-bring = ئېلىپ بېرىش كېرەك ({ $count }) — بىرنى تەييارلىسىڭىز بىرنى بەلگىلەڭ
checklist-undecided = جاۋابىڭىزغا باغلىق ({ $count })
checklist-no-need-to-bring = ئېلىپ بېرىشنىڭ ھاجىتى يوق: زال سانلىق مەلۇمات ئورتاقلىشىش ئارقىلىق ئالىدۇ ({ $count })
material-no-need-to-bring = ئېلىپ بېرىشنىڭ ھاجىتى يوق
material-depends-on = بۇ سوئالغا باغلىق:
material-sample = ئۈلگە جەدۋەلنى كۆرۈش (يېڭى كۆزنەكتە ئېچىلىدۇ)

## ماتېرىياللار تولۇق تەييار بولغاندىن كېيىن

ready-heading = ماتېرىياللار تولۇق تەييار بولدى، يولغا چىقسىڭىز بولىدۇ
ready-where = بېجىرىش ئورنى
ready-choose-hall = بۇ ئىش تۈرىنى بىر قانچە زالدا بېجىرگىلى بولىدۇ.
ready-find-hall = يېقىن ئەتراپتىكى زالنى ئىزدەش
ready-appointment = ئالدىن ئۇچرىشىش
ready-appointment-required = ئالدىن ئۇچرىشىش زۆرۈر: ئاۋۋال ئالدىن ئۇچرىشىش قىلىڭ، ئاندىن بەلگىلەنگەن ۋاقىتتا بېرىڭ.
ready-appointment-recommended = ئالدىن ئۇچرىشىش تەۋسىيە قىلىنىدۇ: ئالدىن ئۇچرىشىش قىلمىسىڭىزمۇ بېجىرگىلى بولىدۇ، قىلسىڭىز ئۆچرەت ساقلاش ئازىيىدۇ.
ready-appointment-recommended-no-booking = ئالدىن ئۇچرىشىش تەۋسىيە قىلىنىدۇ، بىراق بۇ زال ھازىرچە ئالدىن ئۇچرىشىش قوبۇل قىلمايدۇ. بىۋاسىتە بارسىڭىز بولىدۇ.
ready-appointment-not-needed = ئالدىن ئۇچرىشىشنىڭ ھاجىتى يوق، بىۋاسىتە بارسىڭىز بولىدۇ.
item-legal-basis = قانۇنىي ئاساس
material-counts = { $originals ->
    [0] كۆپەيتىلمە نۇسخا { $copies } پارچە
   *[other] { $copies ->
        [0] ئەسلى نۇسخا { $originals } پارچە
       *[other] ئەسلى نۇسخا { $originals } پارچە · كۆپەيتىلمە نۇسخا { $copies } پارچە
    }
}
material-format = شەكلى
material-format-paper = قەغەز
material-format-electronic = ئېلېكترونلۇق
material-format-paper-or-electronic = قەغەز ياكى ئېلېكترونلۇق
material-source = چىقىرىپ بېرىدىغان ئورۇن / ئېلىش ئۇسۇلى

## The halls that handle an item: nearest first, by distance when the reader asks.
offering-near-me = ماڭا ئەڭ يېقىنلىرى ئالدىدا
offering-locating = ئورنىڭىز ئېنىقلىنىۋاتىدۇ…
offering-by-distance = سىزدىن بولغان ئارىلىق بويىچە تىزىلدى. ئورنىڭىز پەقەت بۇ تىزىملىك ئۈچۈنلا ئىشلىتىلىدۇ، ساقلانمايدۇ.
offering-location-refused = ئورۇن ئىجازىتى بېرىلمىدى، زاللار ئادەتتىكى تەرتىپتە تىزىلدى. توركۆرگۈ ياكى ۋېيشىن تەڭشىكىدە ئورۇنغا ئىجازەت بېرىپ قايتا سىناڭ.
offering-location-unavailable = ھازىر ئورنىڭىزنى ئېنىقلىغىلى بولمىدى، زاللار ئادەتتىكى تەرتىپتە تىزىلدى. سەل تۇرۇپ قايتا سىناڭ.
# $metres is a whole number of metres (to the nearest hundred).
offering-distance-m = تەخمىنەن { $metres } مېتىر
# $km is a number of kilometres, e.g. 2.3 or 1,050.
offering-distance-km = تەخمىنەن { $km } كىلومېتىر

## كۆرسەتمىنىڭ باشقا مەزمۇنلىرى (دۆلەت ئۆلچىمى): بېرىش قېتىمى، شەرتلەر، باسقۇچلار، نەتىجە، سوئاللار، ئالاقە

item-visits = زالغا بېرىش قېتىمى
item-visits-count = { $count ->
    [0] بارمايسىز: پۈتۈنلەي توردا
    [1] ئەڭ كۆپ بىر قېتىم
   *[other] { $count } قېتىم
}
item-online-mobile-link = يانفوندا ئىلتىماس قىلىش ({ $host }، يېڭى بەتتە ئېچىلىدۇ)
item-scope = قەيەردە بېجىرگىلى بولىدۇ
online-depth-information = توردا پەقەت كۆرسەتمە بار: زالدا بېجىرىلىدۇ
online-depth-forms = جەدۋەل ۋە مەسلىھەت توردا: زالدا بېجىرىلىدۇ
online-depth-pre-review = ئاۋۋال توردا تەكشۈرۈلىدۇ، ئاندىن زالغا تاپشۇرۇلىدۇ
online-depth-online-acceptance = توردا ئىلتىماس قىلىپ، ئەسلى نۇسخىنى بىر قېتىم تەكشۈرتىسىز
online-depth-fully-online = پۈتۈنلەي توردا
scope-nationwide = پۈتۈن مەملىكەت: ھەرقانداق زالدا
scope-cross-province = ئۆلكىلەر ئارا: باشقا ئۆلكىدىكى زاللاردىمۇ
scope-province-wide = پۈتۈن ئۆلكە: ئۆلكىدىكى ھەرقانداق زالدا
scope-city-wide = پۈتۈن شەھەر: شەھەردىكى ھەرقانداق زالدا
scope-county-wide = پۈتۈن ناھىيە: ناھىيە ياكى رايوندىكى ھەرقانداق زالدا
scope-hall-only = پەقەت تىزىملاتقان جايدىكى زالدا
conditions-heading = ئىلتىماس قىلالامسىز؟
applicants-label = ئىلتىماس قىلالايدىغانلار:
applicant-natural-person = شەخسلەر
applicant-legal-person = كارخانا ۋە ئورۇنلار
applicant-other-organization = باشقا تەشكىلاتلار
conditions-intro = تۆۋەندىكى شەرتلەرگە ئۇيغۇن بولسا قوبۇل قىلىنىدۇ:
conditions-if-answer = (جاۋابىڭىز «{ $answers }» بولسا)
steps-heading = تاپشۇرغاندىن كېيىن: باسقۇچلار
steps-at-window = كۆزنەكتە
steps-online = توردا
step-you-act = سىز بېجىرىسىز
step-same-day = شۇ كۈنى
result-heading = نېمىگە ئېرىشىسىز
result-name = نەتىجە
result-validity = ئىناۋەتلىك مۇددىتى
result-delivery = قانداق تاپشۇرۇۋالىسىز
result-sample = نەتىجە ئۈلگىسىنى كۆرۈش (يېڭى بەتتە ئېچىلىدۇ)
result-kind-licence = كىنىشكا ياكى ئىجازەتنامە
result-kind-approval = تەستىق
result-kind-filing = تىزىمغا ئېلىش
result-kind-certificate = ئىسپات
result-kind-payment = تەمىنات
delivery-window = كۆزنەكتىن ئېلىش
delivery-post = پوچتا ئارقىلىق، ھەقسىز
delivery-electronic = ئېلېكترونلۇق، توردىن چۈشۈرۈش
limits-heading = ئالاھىدە تەرتىپ ۋە باشقا چەكلىمىلەر
special-procedures = ئالاھىدە تەرتىپ
special-procedures-none = يوق
special-procedure-counts = ئەڭ كۆپ { $days } خىزمەت كۈنى، قانۇنىي مۇددەتكە ھېسابلىنىدۇ
special-procedure-not-counted = ئەڭ كۆپ { $days } خىزمەت كۈنى، قانۇنىي مۇددەتكە ھېسابلانمايدۇ
quantity-limit = سان چەكلىمىسى
quantity-limit-none = چەكلىمە يوق
intermediaries = ۋاسىتىچى مۇلازىمەت
intermediaries-none = كېرەك ئەمەس: «بېجىرىپ بېرىمەن» دېگۈچىلەرگە پۇل بەرمەڭ
intermediary-charged = ھەقلىق
intermediary-free = ھەقسىز
faq-heading = كۆپ سورىلىدىغان سوئاللار ({ $count })
contacts-heading = مەسلىھەت ۋە ئەرز
contacts-enquiry = مەسلىھەت تېلېفونى
contacts-supervision = زال ھەققىدە ئەرز
contacts-hotline = ھۆكۈمەت مۇلازىمەت قىزىق لىنىيەسى
guide-updated = بۇ كۆرسەتمە { $date } يېڭىلاندى ({ $version }-نەشرى)
