# hall-guide — ئۇيغۇرچە: Text shared by every page; page not found
# Translated from zh-CN/app.ftl (the reference); its comments say what each variable holds.

## ھەممە بەتتە ئورتاق

app-name = ھۆكۈمەت ئىشلىرى مۇلازىمەت زالى ئىش بېجىرىش يېتەكچىسى
app-skip-to-content = ئاساسىي مەزمۇنغا ئۆتۈش
app-language-label = تىل
app-demo-notice = كۆرسەتمە سانلىق مەلۇمات: بۇ تور بېكەتتىكى مەزمۇنلار پەقەت مىسال، ھېچقانداق ھۆكۈمەت ئىشلىرى مۇلازىمەت زالىنىڭ ھەقىقىي ئىش بېجىرىش تەلىپىگە ۋەكىللىك قىلمايدۇ.
app-hotline-notice = سوئالىڭىز بولسا، 12345 ھۆكۈمەت ئىشلىرى مۇلازىمىتى قولايلىق قىزىق لىنىيەسىگە تېلېفون قىلىڭ.
app-loading = يۈكلىنىۋاتىدۇ…
app-retry = قايتا سىناش
app-large-text = چوڭ خەت
app-back-home = باش بەتكە قايتىش
app-home = باش بەت
app-breadcrumbs-label = نۆۋەتتىكى ئورنىڭىز
app-previous-page = ئالدىنقى بەت
app-next-page = كېيىنكى بەت
app-share = ئۇلانمىنى ھەمبەھىرلەش
app-link-copied = ئۇلانما كۆچۈرۈلدى. ئۇنى ئاچقان كىشى سىز بىلەن ئوخشاش بەتنى كۆرىدۇ.
app-copy-this-link = بۇ ئۇلانمىنى كۆچۈرۈڭ:

## بەت تېپىلمىدى

not-found-title = بۇ بەت تېپىلمىدى
not-found-body = ئۇلانما خاتا ياكى ۋاقتى ئۆتكەن بولۇشى مۇمكىن. بارماقچى بولغان زالنى باش بەتتىن قايتا ئىزدەڭ.
