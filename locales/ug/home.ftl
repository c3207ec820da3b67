# hall-guide — ئۇيغۇرچە: Home and region pages
# Translated from zh-CN/home.ftl (the reference); its comments say what each variable holds.

## باش بەت

home-title = ھۆكۈمەت ئىشلىرى مۇلازىمەت زالىنى ئىزدەش
home-intro = رايون بويىچە باسقۇچمۇ باسقۇچ ئىزدەڭ ياكى زال نامىنى بىۋاسىتە ئىزدەڭ. ئىش بېجىرىشكە كېرەكلىك ماتېرىياللارنى بىلىۋېلىپ، ئىشىڭىزنى بىر قېتىمدىلا پۈتتۈرۈڭ.
home-search-label = زال ئىزدەش
home-search-placeholder = مەسىلەن: شىخۇ رايونى، پۇقرالار مەركىزى
home-search-button = ئىزدەش
home-results-heading = «{ $query }» بويىچە ئىزدەش نەتىجىسى
home-results-count = جەمئىي { $count } زال تېپىلدى
home-results-none = ماس كېلىدىغان زال تېپىلمىدى. باشقا ئاچقۇچلۇق سۆز بىلەن ياكى رايون بويىچە ئىزدەڭ.
home-regions-heading = رايون بويىچە ئىزدەش

## رايون بېتى

region-hall-count = { $count } زال
region-subregions-heading = تۆۋەن دەرىجىلىك رايونلار
region-halls-heading = بۇ رايوندىكى ھۆكۈمەت ئىشلىرى مۇلازىمەت زاللىرى
region-halls-none = بۇ رايوندا ھازىرچە ھۆكۈمەت ئىشلىرى مۇلازىمەت زالى يوق.
region-halls-range = { $from }–{ $to }، جەمئىي { $total }
