# hall-guide — English: Text shared by every page; page not found
# Translated from zh-CN/app.ftl (the reference); its comments say what each variable holds.

## Shared by every page

app-name = Government Service Hall Guide
app-skip-to-content = Skip to content
app-language-label = Language
app-demo-notice = Demo data: everything on this site is an example and does not describe the real requirements of any government service hall.
app-hotline-notice = Questions? Call the 12345 government service hotline.
app-loading = Loading…
app-retry = Try again
app-large-text = Large text
app-back-home = Back to the home page
app-home = Home
app-breadcrumbs-label = You are here
app-previous-page = Previous page
app-next-page = Next page
app-share = Share the link
app-link-copied = Link copied. Whoever opens it sees this same page.
app-copy-this-link = Copy this link:
app-about = About this guide

## About this guide (the page the footer links; where staff find the reply composer)

about-title = About this guide
about-intro = This guide tells you which documents to bring to a government service hall for what you need to do, which hall to go to and whether to book, so that you bring everything in one trip.
about-privacy-heading = Personal information
about-privacy = Finding a hall, a service and its documents needs no personal information. This guide never keeps ID or mobile numbers on your phone.
about-help-heading = Help
about-staff-heading = Hall staff and the 12345 hotline
about-staff-body = When you answer a call, you can make a link, a QR code and an SMS for the caller: it opens the guide with the documents for their situation, in their own language.
about-staff-link = Compose a reply

## Page not found

not-found-title = We can’t find this page
not-found-body = The link may be wrong or out of date. Start again from the home page to find your hall.
