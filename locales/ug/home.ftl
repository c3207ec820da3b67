# hall-guide — ئۇيغۇرچە: Home and region pages
# Translated from zh-CN/home.ftl (the reference); its comments say what each variable holds.

## باش بەت

home-title = ھۆكۈمەت ئىشلىرى مۇلازىمەت زالىنى ئىزدەش
home-intro = رايون بويىچە باسقۇچمۇ باسقۇچ ئىزدەڭ ياكى زال نامىنى بىۋاسىتە ئىزدەڭ. ئىش بېجىرىشكە كېرەكلىك ماتېرىياللارنى بىلىۋېلىپ، ئىشىڭىزنى بىر قېتىمدىلا پۈتتۈرۈڭ.
home-search-label = زال ياكى ئىش تۈرى ئىزدەش
home-search-placeholder = مەسىلەن: شىخۇ رايونى، كىملىك
home-search-button = ئىزدەش
home-results-heading = «{ $query }» بويىچە ئىزدەش نەتىجىسى
home-results-count = جەمئىي { $count } زال تېپىلدى
home-results-none = ماس كېلىدىغان زال ياكى ئىش تۈرى تېپىلمىدى. باشقا ئاچقۇچلۇق سۆز بىلەن ياكى رايون بويىچە ئىزدەڭ.
home-regions-heading = رايون بويىچە ئىزدەش
home-popular-heading = كۆپ ئۇچرايدىغان ئىش تۈرلىرى
home-items-heading = ئىش تۈرلىرى
home-halls-heading = زاللار
home-items-count = جەمئىي { $count } ئىش تۈرى تېپىلدى

## رايون بېتى

region-hall-count = { $count } زال
region-subregions-heading = تۆۋەن دەرىجىلىك رايونلار
region-halls-heading = بۇ رايوندىكى ھۆكۈمەت ئىشلىرى مۇلازىمەت زاللىرى
region-halls-none = بۇ رايوندا ھازىرچە ھۆكۈمەت ئىشلىرى مۇلازىمەت زالى يوق.
region-halls-range = { $from }–{ $to }، جەمئىي { $total }
