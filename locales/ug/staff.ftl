# hall-guide — ئۇيغۇرچە: the reply composer for hall staff and 12345 operators
# Translated from zh-CN/staff.ftl (the reference); its comments say what each variable holds.

## جاۋاب تەييارلاش بېتى

staff-title = جاۋاب تەييارلاش: ئۇلانما، ئىككى ئۆلچەملىك كود ۋە قىسقا ئۇچۇر
staff-intro = زال، ئىش تۈرى، تېلېفون قىلغۇچىنىڭ تىلى ۋە ئەھۋالىنى تاللاپ، بىۋاسىتە چاپلىغىلى بولىدىغان جاۋاب ھاسىل قىلىڭ: بىر قىسقا ئۇچۇرغا پاتىدىغان قىسقا جاۋاب، ۋىچات ياكى ئېلخەت ئۈچۈن تولۇق جاۋاب، ئۇلانما ۋە ئىككى ئۆلچەملىك كود. تېلېفون قىلغۇچىنىڭ ھېچقانداق شەخسىي ئۇچۇرى كېرەك ئەمەس ۋە ساقلانمايدۇ.
staff-hall = زال
staff-hall-search = زال نامى ياكى رايوننى كىرگۈزۈڭ
staff-change-hall = باشقا زال تاللاش
staff-item = ئىش تۈرى
staff-choose-item = ئىش تۈرىنى تاللاڭ
staff-language = جاۋابنىڭ تىلى
staff-answers = تېلېفون قىلغۇچىنىڭ ئەھۋالى
staff-not-asked = جاۋاب بېرىلمىگەن
staff-unanswered = جاۋاب بېرىلمىگەن سوئال بار: جاۋابتا پەقەت «ئەڭ ئاز» قانچە خىل ماتېرىيال ئېلىپ كېلىش كېرەكلىكى ۋە قالغان سوئاللار يېزىلىدۇ. جاۋاب تولۇق بولۇشى ئۈچۈن تېلېفون قىلغۇچىدىن سوراڭ.
staff-make = جاۋاب ھاسىل قىلىش
staff-link = ئۇلانما (ئەھۋال ۋە تىل بىلەن)
staff-short-link = قىسقا ئۇلانما
staff-qr = ئىككى ئۆلچەملىك كود
staff-qr-label = «{ $item }» كۆرسەتمىسىنىڭ ئىككى ئۆلچەملىك كودى
staff-download-qr = ئىككى ئۆلچەملىك كودنى چۈشۈرۈش (SVG، بېسىپ چىقارغىلى بولىدۇ)
staff-sms = قىسقا ئۇچۇر (بىر پارچە)
staff-full = تولۇق جاۋاب (ۋىچات ياكى ئېلخەت)
staff-copy = كۆچۈرۈش
staff-copied = كۆچۈرۈلدى
staff-sms-length = { $length } / { $limit } ھەرپ

## جاۋابنىڭ مەزمۇنى (تېلېفون قىلغۇچىنىڭ تىلىدا)
# بىر قىسقا ئۇچۇرغا 70 ھەرپ پاتىدۇ: reply-materials-*، reply-appointment-* ۋە reply-separator قىسقا بولسۇن.

reply-materials-summary = { $count } ماتېرىيال
reply-materials-at-least = ئەڭ ئاز { $count } ماتېرىيال
reply-materials-heading = تۆۋەندىكى { $count } خىل ماتېرىيالنى تولۇق ئېلىپ كېلىڭ:
reply-materials-heading-at-least = تۆۋەندىكى { $count } خىل ماتېرىيالنى چوقۇم ئېلىپ كېلىڭ، يەنە كۆپ بولۇشى مۇمكىن:
reply-material = { $number }. { $name } ({ $counts })
reply-materials-undecided = يەنە { $count } خىل ماتېرىيالنىڭ كېرەك-كېرەك ئەمەسلىكى بۇ سوئاللارنىڭ جاۋابىغا باغلىق:
reply-question = · { $question }
reply-appointment-required = ئالدىن ئۇچرىشىڭ
reply-appointment-recommended = ئالدىن ئۇچرىشىش ياخشى
reply-appointment-not-needed = ئۇچرىشىش ھاجەتسىز
reply-full-appointment-required = بېرىشتىن بۇرۇن ئالدىن ئۇچرىشىڭ.
reply-full-appointment-recommended = ئالدىن ئۇچرىشىش تەۋسىيە قىلىنىدۇ، ئۆچرەتتە ئاز تۇرىسىز.
reply-full-appointment-not-needed = ئالدىن ئۇچرىشىش ھاجەتسىز، ئىشلەش ۋاقتىدا بېرىڭ.
reply-address = ئادرېس: { $address }
reply-hours = ئىشلەش ۋاقتى: { $hours }
reply-hours-span = { $days } { $times }
reply-time-range = { $open }–{ $close }
reply-windows = ئىش بېجىرىش كۆزنىكى: { $windows }
reply-window = { $number } { $name }
reply-fee-free = ھەق: ھەقسىز
reply-fee = ھەق: { $yuan } يۈەن
reply-fee-range = ھەق: { $from }–{ $to } يۈەن، ئەھۋالىڭىزغا قاراپ
reply-fee-part = · { $label }: { $yuan } يۈەن
reply-fee-extra = بەزى ئەھۋالدا يەنە: { $label }، { $yuan } يۈەن
reply-separator = {"، "}

## تولۇق جاۋاب: بېرىش قېتىمى ۋە قوبۇل قىلىش شەرتلىرى

reply-visits = زالغا بېرىش قېتىمى: { $visits }
reply-conditions-heading = ئىلتىماس قىلىش شەرتلىرى:
reply-condition = · { $condition }
