# hall-guide — ئۇيغۇرچە: the reply composer for hall staff and 12345 operators
# Translated from zh-CN/staff.ftl (the reference); its comments say what each variable holds.

## جاۋاب تەييارلاش بېتى

staff-nav = جاۋاب تەييارلاش
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

reply-materials-summary = { $count } خىل ماتېرىيال ئېلىپ كېلىڭ
reply-materials-heading = تۆۋەندىكى { $count } خىل ماتېرىيالنى تولۇق ئېلىپ كېلىڭ:
reply-appointment-required = ئاۋۋال ئالدىن ئۇچرىشىڭ
reply-appointment-recommended = ئالدىن ئۇچرىشىش تەۋسىيە قىلىنىدۇ
reply-appointment-not-needed = ئالدىن ئۇچرىشىش ھاجەتسىز
reply-address = ئادرېس: { $address }
reply-separator = {"، "}
reply-lead-in = {": "}
