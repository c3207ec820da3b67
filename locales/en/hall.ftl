# hall-guide — English: Hall page and item categories
# Translated from zh-CN/hall.ftl (the reference); its comments say what each variable holds.

## Hall

hall-level-provincial = Provincial
hall-level-prefecture = City
hall-level-county = County
hall-level-township = Township
hall-services-heading = Services
hall-services-none = None
hall-service-appointments = Appointments
hall-service-postal-delivery = Delivery by post
hall-service-agency-help = Free help with applications
hall-service-self-service-24h = 24-hour self-service
hall-address = Address
hall-opening-hours = Opening hours
hall-hotline = Hotline
hall-supervision-phone = Complaints line
hall-windows-heading = { $count ->
    [one] Service window (1)
   *[other] Service windows ({ $count })
}
hall-window-item-count = { $count ->
    [one] 1 service
   *[other] { $count } services
}
hall-weekday-range = { $from }–{ $to }
hall-opening-span = { $days }, { $open }–{ $close }
hall-list-separator = {", "}
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
hall-jump-to-items = { $count ->
    [one] See the 1 service here
   *[other] See the { $count } services here
}
hall-items-heading = Services at this hall
hall-filter-label = Filter services
hall-filter-placeholder = Service or department
hall-filter-category = Category
hall-filter-category-all = All categories
hall-filter-online = Only those available online
hall-filter-on-the-spot = Only those done on the spot
hall-filter-clear = Clear the filters
hall-items-count-all = { $count ->
    [one] 1 service
   *[other] { $count } services
}
hall-items-count-filtered = Showing { $shown } of { $total } services
hall-items-none = No service matches these filters.
hall-items-show-all = Show all { $count } services

## Item categories

category-business = Starting and running a business
category-identity = Household registration and ID
category-family = Marriage and family
category-social-security = Social security
category-medical = Medical insurance
category-housing = Housing and property
category-transport = Transport and driving
category-construction = Construction
category-health = Health
category-employment = Jobs and employment
category-travel = Travel abroad
category-civil-affairs = Civil affairs

## Getting there: maps, transport, parking, and whether it is open now

hall-open-in-maps = Open in maps:
map-app-device = Phone's map app
map-app-amap = Amap
map-app-baidu = Baidu Maps
map-app-tencent = Tencent Maps
map-app-apple = Apple Maps
hall-transport = Public transport
hall-parking = Parking
hall-open-now = Open now · closes at { $close }
hall-closed-now = Closed now · opens { $day } at { $open }
hall-day-today = today
hall-day-tomorrow = tomorrow
hall-closed-for-now = Closed for now: call the hotline to ask
