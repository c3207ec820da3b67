# hall-guide — ئۇيغۇرچە: Application status
# Translated from zh-CN/track.ftl (the reference); its comments say what each variable holds.

## ئىلتىماسنىڭ بېجىرىلىش ئەھۋالىنى سۈرۈشتۈرۈش

app-nav-label = ئاساسىي ئىقتىدارلار
track-nav = ئەھۋال سۈرۈشتۈرۈش
track-title = ئىلتىماسنىڭ بېجىرىلىش ئەھۋالىنى سۈرۈشتۈرۈش
track-number = ئىلتىماس نومۇرى
track-number-hint = قوبۇل قىلىش تالونىدا بار، مەسىلەن { $example }.
track-verifier = يانفون نومۇرىنىڭ ئاخىرقى 4 خانىسى ياكى تالوندىكى سۈرۈشتۈرۈش كودى
track-verifier-hint = بۇ ئىلتىماسنىڭ ئۆزىڭىزنىڭ ئىكەنلىكىنى جەزملەش ئۈچۈن.
track-submit = سۈرۈشتۈرۈش
track-recent = يېقىندا سۈرۈشتۈرۈلگەنلەر:
track-last-attempt = يەنە 1 قېتىم سىناش پۇرسىتىڭىز بار. يەنە خاتا بولسا { $minutes } مىنۇت ساقلاپ ئاندىن قايتا سۈرۈشتۈرۈڭ.
track-number-line = ئىلتىماس نومۇرى { $number } · { $hall }
track-paused = بېجىرىش ۋاقىت چېكى ۋاقتىنچە توختىتىلدى: تۆۋەندىكى ماتېرىياللارنى تولۇقلاپ تاپشۇرۇڭ، تاپشۇرغاندىن كېيىن تەكشۈرۈش داۋاملىشىدۇ.
track-due-today = بۈگۈن ۋەدە قىلىنغان بېجىرىش مۇددىتىنىڭ ئاخىرقى خىزمەت كۈنى.
track-due-in = مۇددەت توشۇشقا يەنە { $days } خىزمەت كۈنى قالدى ({ $date }).
track-overdue = مۇددەتتىن { $days } خىزمەت كۈنى ئۆتۈپ كەتتى (بېجىرىلىپ تۈگەيدىغان ۋاقتى: { $date }). 12345 نومۇرىغا تېلېفون قىلىپ ئىنكاس قىلسىڭىز بولىدۇ.
track-resubmit = تولۇقلاپ تاپشۇرۇشقا تېگىشلىك ماتېرىياللار:
track-checklist-link = بۇ ئىش تۈرىنىڭ ماتېرىياللار تىزىملىكىنى كۆرۈش
track-tracking = تېز يوللانما نومۇرى: { $tracking }
track-rate = بۇ قېتىملىق ئىش بېجىرىش مۇلازىمىتىگە باھا بېرىڭ
track-comment = پىكىر ياكى تەكلىپ (ئىختىيارىي)
track-send-rating = باھانى يوللاش
track-rated = سىز { $rating } دەرىجە باھا بەردىڭىز (ئەڭ يۇقىرىسى 5 دەرىجە). پىكرىڭىز ئۈچۈن رەھمەت.
rating-5 = ناھايىتى رازى
rating-4 = رازى
rating-3 = ئاساسەن رازى
rating-2 = نارازى
rating-1 = ناھايىتى نارازى
status-submitted = يوللاندى
status-accepted = قوبۇل قىلىندى
status-under-review = تەكشۈرۈلۈۋاتىدۇ
status-correction-needed = ماتېرىيالنى تولۇقلاش كېرەك
status-approved = تەكشۈرۈشتىن ئۆتتى
status-refused = تەستىقلانمىدى
status-certificate-made = كىنىشكا-گۇۋاھنامە ياسالدى
status-ready-for-pickup = ئالسىڭىز بولىدۇ
status-posted = پوچتىدا ئەۋەتىلدى
status-completed = بېجىرىلىپ تۈگىدى
