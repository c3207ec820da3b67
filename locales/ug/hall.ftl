# hall-guide — ئۇيغۇرچە: Hall page and item categories
# Translated from zh-CN/hall.ftl (the reference); its comments say what each variable holds.

## زال

hall-level-provincial = ئۆلكە دەرىجىلىك
hall-level-prefecture = شەھەر دەرىجىلىك
hall-level-county = ناھىيە دەرىجىلىك
hall-level-township = يېزا-بازار (كوچا) دەرىجىلىك
hall-services-heading = قولايلىق مۇلازىمەتلەر
hall-services-none = ھازىرچە يوق
hall-service-appointments = ئالدىن ئۇچرىشىشقا بولىدۇ
hall-service-postal-delivery = كىنىشكا-گۇۋاھنامىلەرنى پوچتىدا ئەۋەتىش
hall-service-agency-help = ياردەملىشىپ ۋە ۋاكالىتەن بېجىرىش
hall-service-self-service-24h = 24 سائەتلىك ئۆزى مۇلازىمەت
hall-address = ئادرېس
hall-opening-hours = ئىشلەش ۋاقتى
hall-hotline = مۇلازىمەت قىزىق لىنىيەسى
hall-supervision-phone = نازارەت تېلېفونى
hall-windows-heading = ئىش بېجىرىش كۆزنەكلىرى ({ $count })
hall-window-item-count = { $count } تۈرلۈك ئىش بېجىرىلىدۇ
hall-weekday-range = { $from }–{ $to }
hall-opening-span = { $days } { $open }–{ $close }
hall-list-separator = {"، "}
weekday-monday = دۈشەنبە
weekday-tuesday = سەيشەنبە
weekday-wednesday = چارشەنبە
weekday-thursday = پەيشەنبە
weekday-friday = جۈمە
weekday-saturday = شەنبە
weekday-sunday = يەكشەنبە
hall-jump-to-items = بېجىرگىلى بولىدىغان ئىش تۈرلىرىنى كۆرۈش ({ $count } تۈر)
hall-items-heading = بېجىرگىلى بولىدىغان ئىش تۈرلىرى
hall-filter-label = ئىش تۈرلىرىنى سۈزۈش
hall-filter-placeholder = ئىش تۈرى ياكى تارماق
hall-filter-category = تۈركۈم
hall-filter-category-all = بارلىق تۈركۈملەر
hall-filter-online = پەقەت توردا بېجىرگىلى بولىدىغانلىرى
hall-filter-on-the-spot = پەقەت دەرھال بېجىرىلىدىغانلىرى
hall-filter-clear = سۈزۈش شەرتلىرىنى تازىلاش
hall-items-count-all = جەمئىي { $count } تۈر
hall-items-count-filtered = { $shown } تۈر كۆرسىتىلدى، جەمئىي { $total } تۈر
hall-items-none = شەرتكە ماس كېلىدىغان ئىش تۈرى يوق.
hall-items-show-all = بارلىق { $count } تۈرنى كۆرسىتىش

## ئىش تۈرى تۈركۈملىرى

category-business = كارخانا قۇرۇش ۋە تىجارەت
category-identity = نوپۇس ۋە كىملىك
category-family = نىكاھ ۋە ئائىلە
category-social-security = ئىجتىمائىي كاپالەت
category-medical = داۋالاش كاپالىتى
category-housing = تۇرالغۇ ۋە كۆچمەس مۈلۈك
category-transport = قاتناش
category-construction = قۇرۇلۇش
category-health = سەھىيە ۋە ساغلاملىق
category-employment = ئىشقا ئورۇنلىشىش ۋە ئىگىلىك تىكلەش
category-travel = چېگرىدىن چىقىش-كىرىش
category-civil-affairs = خەلق ئىشلىرى مۇلازىمىتى

## قانداق بېرىش: خەرىتە، قاتناش، ماشىنا توختىتىش، ھازىر ئىشلەۋاتامدۇ

hall-open-in-maps = خەرىتىدە ئېچىش:
map-app-device = يانفون خەرىتىسى
map-app-amap = Amap (گاۋدې)
map-app-baidu = Baidu (بەيدۇ)
map-app-tencent = Tencent (تېڭشۈن)
map-app-apple = Apple خەرىتىسى
hall-transport = ئاممىۋى قاتناش
hall-parking = ماشىنا توختىتىش
hall-open-now = ھازىر ئىشلەۋاتىدۇ · { $close } دە تاقىلىدۇ
hall-closed-now = ھازىر ئىشلىمەيدۇ · { $day } { $open } دە ئېچىلىدۇ
hall-day-today = بۈگۈن
hall-day-tomorrow = ئەتە
hall-closed-for-now = يېقىندا ئىشلىمەيدۇ، مۇلازىمەت تېلېفونىغا تېلېفون قىلىڭ
