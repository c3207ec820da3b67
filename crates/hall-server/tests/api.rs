//! The catalogue API over HTTP, on a fresh demo database: each endpoint, its filters,
//! language fallback, not-found answers and bad parameters.

mod common;

use axum::http::{StatusCode, header};
use common::TestServer;
use hall_model::{Hall, HallItems, HallLevel, HallList, ItemGuide, Lang, RegionLevel, RegionView};

#[tokio::test]
async fn the_region_tree_drills_down_from_provinces_to_townships() {
    let server = TestServer::demo().await;
    let top: RegionView = server.get("/api/v1/regions").await.parse();
    assert!(top.region.is_none());
    assert!(top.children.len() >= 2, "at least two provinces");
    assert!(top.children.iter().all(|r| r.level == RegionLevel::Province && r.hall_count > 0));

    // Walk down the first branch that has children, down to a township.
    let mut code = top.children[0].code.clone();
    let mut depth = vec![RegionLevel::Province];
    loop {
        let view: RegionView = server.get(&format!("/api/v1/regions/{code}")).await.parse();
        let region = view.region.expect("the region asked for");
        assert_eq!(region.code, code);
        assert_eq!(view.ancestors.len(), depth.len() - 1, "ancestors of {code}");
        match view.children.iter().find(|c| c.has_children).or(view.children.first()) {
            Some(child) => {
                assert!(child.hall_count <= region.hall_count, "a child cannot hold more halls than its parent");
                code = child.code.clone();
                depth.push(child.level);
            }
            None => break,
        }
    }
    assert_eq!(depth, [RegionLevel::Province, RegionLevel::Prefecture, RegionLevel::County, RegionLevel::Township]);
}

#[tokio::test]
async fn halls_filter_by_region_level_and_text() {
    let server = TestServer::demo().await;
    let all: HallList = server.get("/api/v1/halls?limit=200").await.parse();
    assert!(all.total >= 12, "at least 12 demo halls, got {}", all.total);
    for level in HallLevel::ALL {
        assert!(all.halls.iter().any(|h| h.level == level), "a {level:?} hall");
    }

    let zhejiang: HallList = server.get("/api/v1/halls?region=330000&limit=200").await.parse();
    assert!(zhejiang.total > 0 && zhejiang.total < all.total);
    assert!(zhejiang.halls.iter().all(|h| h.region_code.starts_with("33")));

    let counties: HallList = server.get("/api/v1/halls?region=330000&level=county").await.parse();
    assert!(counties.total > 0);
    assert!(counties.halls.iter().all(|h| h.level == HallLevel::County && h.region_code.starts_with("33")));

    let xihu: HallList = server.get("/api/v1/halls?q=%E8%A5%BF%E6%B9%96").await.parse();
    assert!(xihu.total >= 1, "searching 西湖 finds a hall");
    assert!(xihu.halls.iter().all(|h| h.name.contains("西湖") || h.address.contains("西湖")));

    let english: HallList = server.get("/api/v1/halls?q=xihu&lang=en").await.parse();
    assert_eq!(english.total, xihu.total, "English search finds the same halls");

    let paged: HallList = server.get("/api/v1/halls?limit=5&offset=5").await.parse();
    assert_eq!(paged.halls.len(), 5);
    assert_eq!(paged.total, all.total);
    assert_eq!(paged.halls[0].code, all.halls[5].code);

    let nothing: HallList = server.get("/api/v1/halls?q=%25_%25").await.parse();
    assert_eq!(nothing.total, 0, "LIKE wildcards in the text are matched literally");
}

#[tokio::test]
async fn a_hall_shows_its_details_and_items_with_filters() {
    let server = TestServer::demo().await;
    let list: HallList = server.get("/api/v1/halls?level=county").await.parse();
    let code = &list.halls[0].code;

    let hall: Hall = server.get(&format!("/api/v1/halls/{code}")).await.parse();
    assert_eq!(&hall.code, code);
    assert!(!hall.address.is_empty() && !hall.opening_hours.is_empty());
    assert_eq!(hall.hotline, "12345");
    assert!(!hall.supervision_phone.is_empty());
    assert_eq!(hall.region_path.len(), 3, "province, prefecture, county");
    assert!(!hall.windows.is_empty());
    assert_eq!(hall.item_count, hall.categories.iter().map(|c| c.count).sum::<u32>());

    let items: HallItems = server.get(&format!("/api/v1/halls/{code}/items")).await.parse();
    assert_eq!(items.total, hall.item_count);
    assert_eq!(items.items.len() as u32, items.total);

    let category = hall.categories[0].category;
    let in_category: HallItems = server.get(&format!("/api/v1/halls/{code}/items?category={}", category.as_str())).await.parse();
    assert_eq!(in_category.total, hall.categories[0].count);
    assert!(in_category.items.iter().all(|i| i.category == category));

    let online: HallItems = server.get(&format!("/api/v1/halls/{code}/items?online=true")).await.parse();
    assert!(online.items.iter().all(|i| i.online));
    let spot: HallItems = server.get(&format!("/api/v1/halls/{code}/items?on_the_spot=1")).await.parse();
    assert!(spot.items.iter().all(|i| i.on_the_spot));
    assert!(online.total < items.total || spot.total < items.total, "the flags narrow the list");

    let first_name = &items.items[0].name;
    let by_text: HallItems = server.get(&format!("/api/v1/halls/{code}/items?q={}", hall_model::query_string::encode(first_name))).await.parse();
    assert!(by_text.items.iter().any(|i| &i.name == first_name));
}

#[tokio::test]
async fn an_item_guide_lists_every_field_and_its_materials() {
    let server = TestServer::demo().await;
    let list: HallList = server.get("/api/v1/halls?level=prefecture").await.parse();
    let hall = &list.halls[0].code;
    let items: HallItems = server.get(&format!("/api/v1/halls/{hall}/items")).await.parse();
    for summary in &items.items {
        let guide: ItemGuide = server.get(&format!("/api/v1/halls/{hall}/items/{}", summary.code)).await.parse();
        assert_eq!(guide.code, summary.code);
        assert_eq!(guide.name, summary.name);
        assert!(guide.promised_limit_days <= guide.legal_limit_days);
        assert!(!guide.legal_basis.is_empty() && !guide.department.is_empty());
        assert!(!guide.questions.is_empty(), "{} has questions", guide.code);
        assert!(!guide.materials.is_empty(), "{} has materials", guide.code);
        let at = guide.hall.as_ref().expect("the guide names its hall");
        assert_eq!(at.code, *hall);
        assert!(!at.address.is_empty() && !at.opening_hours.is_empty(), "the guide says where and when to go");
        for material in &guide.materials {
            assert!(material.originals + material.copies >= 1);
            for condition in &material.when {
                let question = guide.questions.iter().find(|q| q.id == condition.question).expect("conditions name questions");
                assert!(condition.any_of.iter().all(|o| question.options.iter().any(|opt| opt.id == *o)));
            }
        }
    }
    // Outside a hall, the same guide without hall or windows.
    let code = &items.items[0].code;
    let plain: ItemGuide = server.get(&format!("/api/v1/items/{code}")).await.parse();
    assert!(plain.hall.is_none() && plain.windows.is_empty());
}

#[tokio::test]
async fn a_guide_carries_the_national_standard_elements_and_post_only_where_the_hall_posts() {
    let server = TestServer::demo().await;
    let list: HallList = server.get("/api/v1/halls?limit=100").await.parse();
    let mut seen_post = (false, false);
    for hall in &list.halls {
        let items: HallItems = server.get(&format!("/api/v1/halls/{}/items", hall.code)).await.parse();
        for summary in items.items.iter().take(6) {
            let guide: ItemGuide = server.get(&format!("/api/v1/halls/{}/items/{}?lang=ug", hall.code, summary.code)).await.parse();
            assert!(!guide.conditions.is_empty() && !guide.steps.is_empty() && guide.faq.len() >= 2, "{}", guide.code);
            assert!(guide.conditions.iter().all(|c| c.lang == hall_model::Lang::Ug), "{}: the demo conditions are in Uyghur", guide.code);
            assert!(guide.updated.is_some() && guide.version >= 1 && hall_model::standard::is_phone(&guide.enquiry_phone));
            let result = guide.result.as_ref().expect("a result");
            let posts = result.delivery.contains(&hall_model::Delivery::Post);
            assert!(!posts || hall.services.postal_delivery, "{} at {}: post offered by a hall that does not post", guide.code, hall.code);
            if hall.services.postal_delivery {
                seen_post.0 |= posts
            } else {
                seen_post.1 = true
            }
            assert_eq!(guide.visits.count == 0, guide.online_depth == hall_model::OnlineDepth::FullyOnline);
        }
    }
    assert!(seen_post.0 && seen_post.1, "the demo has halls that post and halls that do not");
}

#[tokio::test]
async fn a_hall_says_how_to_get_there_in_the_requested_language() {
    let server = TestServer::demo().await;
    let hall: Hall = server.get("/api/v1/halls/330000-01?lang=en").await.parse();
    let transport = hall.transport.as_ref().expect("transport");
    assert_eq!(transport.lang, hall_model::Lang::En);
    assert!(!transport.text.is_empty() && !transport.text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{transport:?}");
    assert!(hall.parking.is_some());
}

#[tokio::test]
async fn content_follows_the_requested_language_and_says_which_it_is() {
    let server = TestServer::demo().await;
    let zh = server.get("/api/v1/regions").await;
    assert_eq!(zh.header(header::CONTENT_LANGUAGE), Some("zh-CN"));
    let zh: RegionView = zh.parse();
    assert_eq!(zh.lang, Lang::ZhCn);

    let en = server.get("/api/v1/regions?lang=en").await;
    assert_eq!(en.header(header::CONTENT_LANGUAGE), Some("en"));
    let en: RegionView = en.parse();
    assert_eq!(en.lang, Lang::En);
    assert_ne!(en.children[0].name, zh.children[0].name, "English names differ from Chinese ones");
    assert!(en.children[0].name.is_ascii());

    let by_header: RegionView = server.get_with("/api/v1/regions", "accept-language", "en-GB,en;q=0.9").await.parse();
    assert_eq!(by_header.lang, Lang::En);
    let query_wins: RegionView = server.get_with("/api/v1/regions?lang=zh-CN", "accept-language", "en").await.parse();
    assert_eq!(query_wins.lang, Lang::ZhCn);
    let unsupported = server.get("/api/v1/regions?lang=fr").await;
    assert_eq!(unsupported.status, StatusCode::OK);
    assert_eq!(unsupported.parse::<RegionView>().lang, Lang::ZhCn, "an unsupported language falls back to zh-CN");
}

#[tokio::test]
async fn every_demo_guide_is_wholly_translated_into_every_language() {
    let server = TestServer::demo().await;
    let halls: HallList = server.get("/api/v1/halls?limit=100").await.parse();
    for lang in [Lang::En, Lang::Es, Lang::Ug] {
        let tag = lang.tag();
        // Each item once, at the first hall that offers it.
        let mut at_hall = std::collections::BTreeMap::new();
        for hall in &halls.halls {
            assert_eq!(hall.lang, Lang::ZhCn, "the hall list was asked for in zh-CN");
            let items: HallItems = server.get(&format!("/api/v1/halls/{}/items?lang={tag}", hall.code)).await.parse();
            for item in items.items {
                assert_eq!(item.lang, lang, "{tag}: item {} in the list of {}", item.code, hall.code);
                at_hall.entry(item.code).or_insert(hall.code.clone());
            }
        }
        assert!(at_hall.len() >= 50, "{tag}: only {} items", at_hall.len());
        for (item, hall) in at_hall {
            let guide: ItemGuide = server.get(&format!("/api/v1/halls/{hall}/items/{item}?lang={tag}")).await.parse();
            let mut langs = vec![("guide".to_owned(), guide.lang)];
            langs.extend(guide.questions.iter().map(|q| (format!("question {}", q.id), q.lang)));
            langs.extend(guide.materials.iter().map(|m| (format!("material {}", m.id), m.lang)));
            langs.extend(guide.windows.iter().map(|w| (format!("window {}", w.number), w.lang)));
            langs.extend(guide.hall.iter().map(|h| ("hall".to_owned(), h.lang)));
            for (what, got) in langs {
                assert_eq!(got, lang, "{tag}: {what} of item {item} is not translated");
            }
            if lang == Lang::Ug {
                let arabic = |text: &str| text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
                assert!(arabic(&guide.name) && guide.materials.iter().all(|m| arabic(&m.name)), "ug: item {item} is not in Uyghur script");
            }
        }
    }
}

#[tokio::test]
async fn catalogue_answers_carry_an_etag_and_a_repeat_costs_a_304() {
    let server = TestServer::demo().await;
    let halls: HallList = server.get("/api/v1/halls?level=county").await.parse();
    let uri = format!("/api/v1/halls/{}/items?lang=en", halls.halls[0].code);
    let first = server.get(&uri).await;
    let tag = first.header(header::ETAG).expect("an ETag").to_owned();
    assert!(tag.starts_with("W/\""), "{tag}");
    assert_eq!(first.header(header::CACHE_CONTROL), Some("public, max-age=300, stale-while-revalidate=86400"));

    let again = server.get_with(&uri, "if-none-match", &tag).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    assert_eq!(again.header(header::ETAG), Some(tag.as_str()));

    let other_language = server.get(&uri.replace("lang=en", "lang=ug")).await;
    assert_ne!(other_language.header(header::ETAG), Some(tag.as_str()), "each language is its own answer");
    let stale = server.get_with(&uri, "if-none-match", "W/\"000000\"").await;
    assert_eq!(stale.status, StatusCode::OK);
    assert_eq!(stale.body, first.body);

    // Answers that must never be cached keep saying so, with no ETag.
    let slots = server.get(&format!("/api/v1/halls/{}/slots?item=x", halls.halls[0].code)).await;
    assert!(slots.header(header::ETAG).is_none());
    let missing = server.get("/api/v1/halls/999999-99").await;
    assert!(missing.header(header::ETAG).is_none() && missing.status == StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn missing_things_are_404_with_a_stable_code() {
    let server = TestServer::demo().await;
    let table = [
        ("/api/v1/regions/110000", "region_not_found"),
        ("/api/v1/halls/999999-99", "hall_not_found"),
        ("/api/v1/halls/999999-99/items", "hall_not_found"),
        ("/api/v1/items/000000000000", "item_not_found"),
        ("/api/v1/nothing-here", "route_not_found"),
        ("/api/v2/regions", "route_not_found"),
        ("/api/v1/halls?region=110000", "region_not_found"),
    ];
    for (uri, code) in table {
        let response = server.get(uri).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(response.error_code(), code, "{uri}");
        assert!(response.header(header::CONTENT_TYPE).is_some_and(|t| t.starts_with("application/json")), "{uri}");
    }
}

#[tokio::test]
async fn an_item_a_hall_does_not_offer_is_named_as_such() {
    let server = TestServer::demo().await;
    let list: HallList = server.get("/api/v1/halls?level=township").await.parse();
    let township = &list.halls[0].code;
    let offered: HallItems = server.get(&format!("/api/v1/halls/{township}/items")).await.parse();
    let big: HallList = server.get("/api/v1/halls?level=provincial").await.parse();
    let all: HallItems = server.get(&format!("/api/v1/halls/{}/items", big.halls[0].code)).await.parse();
    let missing = all.items.iter().find(|i| !offered.items.iter().any(|o| o.code == i.code)).expect("an item the township lacks");
    let response = server.get(&format!("/api/v1/halls/{township}/items/{}", missing.code)).await;
    assert_eq!(response.status, StatusCode::NOT_FOUND);
    assert_eq!(response.error_code(), "item_not_offered_at_hall");
}

#[tokio::test]
async fn bad_parameters_are_400_naming_the_parameter() {
    let server = TestServer::demo().await;
    let long = "x".repeat(101);
    let table = [
        ("/api/v1/halls?level=galactic".to_owned(), "level"),
        ("/api/v1/halls?region=33".to_owned(), "region"),
        ("/api/v1/halls?region=abcdef".to_owned(), "region"),
        ("/api/v1/halls?limit=-1".to_owned(), "limit"),
        ("/api/v1/halls?limit=201".to_owned(), "limit"),
        ("/api/v1/halls?offset=lots".to_owned(), "offset"),
        (format!("/api/v1/halls?q={long}"), "q"),
        ("/api/v1/regions/33x".to_owned(), "code"),
        ("/api/v1/halls/330106-01/items?category=pets".to_owned(), "category"),
        ("/api/v1/halls/330106-01/items?online=maybe".to_owned(), "online"),
        ("/api/v1/halls/330106-01/items?on_the_spot=2".to_owned(), "on_the_spot"),
    ];
    for (uri, field) in table {
        let response = server.get(&uri).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "{uri}");
        assert_eq!(response.error_code(), "invalid_parameter", "{uri}");
        assert_eq!(response.json()["error"]["field"], field, "{uri}");
    }
}

#[tokio::test]
async fn responses_are_compressed_for_clients_that_accept_it() {
    let server = TestServer::demo().await;
    let list: HallList = server.get("/api/v1/halls?level=provincial").await.parse();
    let response = server.get_with(&format!("/api/v1/halls/{}/items", list.halls[0].code), "accept-encoding", "br").await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.header(header::CONTENT_ENCODING), Some("br"));
}

#[tokio::test]
async fn a_repeated_hall_search_is_answered_from_its_kept_bytes_the_same_in_every_encoding() {
    let server = TestServer::demo().await;
    let uri = "/api/v1/halls?q=%E8%A5%BF%E6%B9%96&limit=5";
    let first = server.get(uri).await;
    assert_eq!(first.status, StatusCode::OK);
    let json = first.json();
    assert!(json["total"].as_u64().unwrap() > 0, "{json}");
    // Again, with words spaced and cased differently: the same answer, the same tag.
    let again = server.get("/api/v1/halls?q=%20%E8%A5%BF%E6%B9%96%20&limit=5").await;
    assert_eq!(again.json(), json);
    let tag = first.header(header::ETAG).expect("an ETag").to_owned();
    assert_eq!(again.header(header::ETAG), Some(tag.as_str()));
    assert_eq!(server.get_with(uri, "if-none-match", &tag).await.status, StatusCode::NOT_MODIFIED);
    // Brotli and gzip: the same JSON once decoded; another page size is another answer.
    let br = server.get_with(uri, "accept-encoding", "br").await;
    assert_eq!(br.header(header::CONTENT_ENCODING), Some("br"));
    let mut decoded = Vec::new();
    std::io::Read::read_to_end(&mut brotli::Decompressor::new(br.body.as_slice(), 4096), &mut decoded).unwrap();
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&decoded).unwrap(), json);
    let gz = server.get_with(uri, "accept-encoding", "gzip").await;
    assert_eq!(gz.header(header::CONTENT_ENCODING), Some("gzip"));
    let mut decoded = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(gz.body.as_slice()), &mut decoded).unwrap();
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&decoded).unwrap(), json);
    let other = server.get("/api/v1/halls?q=%E8%A5%BF%E6%B9%96&limit=1").await.json();
    assert_eq!(other["halls"].as_array().unwrap().len(), 1);
    // In another language, in that language.
    let en = server.get(&format!("{uri}&lang=en")).await;
    assert_eq!(en.header(header::CONTENT_LANGUAGE), Some("en"));
    assert_ne!(en.json()["halls"][0]["name"], json["halls"][0]["name"]);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let server = TestServer::demo().await;
    for path in ["/api/v1/regions", "/api/v1/no-such-route", "/s/ZZZZZZZ"] {
        let response = server.get(path).await;
        assert_eq!(response.header(header::X_CONTENT_TYPE_OPTIONS), Some("nosniff"), "{path}");
        assert_eq!(response.header(header::REFERRER_POLICY), Some("same-origin"), "{path}");
        assert_eq!(response.header(header::HeaderName::from_static("permissions-policy")), Some("camera=(), microphone=(), geolocation=(self)"), "{path}");
        assert_eq!(response.header(header::STRICT_TRANSPORT_SECURITY), None, "no HSTS over plain http: {path}");
    }
    let behind_tls = server.get_with("/api/v1/regions", "x-forwarded-proto", "https").await;
    assert_eq!(behind_tls.header(header::STRICT_TRANSPORT_SECURITY), Some("max-age=31536000"));
}

#[tokio::test]
async fn a_deep_link_to_a_hall_or_item_carries_its_first_answer_in_the_page() {
    let dist = tempfile::tempdir().expect("temp dir");
    let index = "<!doctype html><title>hall-guide</title><script type=application/json id=skeleton-messages>{}</script><script>run()</script>";
    std::fs::write(dist.path().join("index.html"), index).unwrap();
    let server = TestServer::demo_with_dist(Some(dist.path().to_owned())).await;
    let hall = server.get("/api/v1/halls?level=county&limit=1").await.json()["halls"][0]["code"].as_str().unwrap().to_owned();

    let page = server.get_with(&format!("/halls/{hall}"), "accept-language", "en-GB,en;q=0.9").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.header(header::CACHE_CONTROL), Some("no-cache"));
    let html = String::from_utf8_lossy(&page.body).into_owned();
    let start = html.find("id=\"page-data\">").expect("the page carries data") + "id=\"page-data\">".len();
    let data: serde_json::Value = serde_json::from_str(&html[start..start + html[start..].find("</script>").unwrap()]).unwrap();
    assert_eq!(data["url"], format!("/api/v1/halls/{hall}?lang=en"), "the browser's language, the app's own URL");
    let answer: serde_json::Value = serde_json::from_str(data["body"].as_str().unwrap()).unwrap();
    assert_eq!(answer, server.get(&format!("/api/v1/halls/{hall}?lang=en")).await.json(), "exactly what the API answers");
    assert!(html.find("page-data").unwrap() < html.find("skeleton-messages").unwrap(), "before the script that reads it");
    // A link preview shows the hall, in the link's language.
    let name = answer["name"].as_str().unwrap();
    assert!(html.contains(&format!("<title>{name} – hall-guide</title>")), "{html}");
    assert!(html.contains(&format!(r#"<meta property="og:title" content="{name}">"#)), "{html}");

    // An item at a hall, linked in Uyghur: the item and the hall, in Uyghur.
    let item = server.get(&format!("/api/v1/halls/{hall}/items")).await.json()["items"][0]["code"].as_str().unwrap().to_owned();
    let guide = server.get(&format!("/api/v1/halls/{hall}/items/{item}?lang=ug")).await.json();
    let page = String::from_utf8_lossy(&server.get(&format!("/halls/{hall}/items/{item}?lang=ug")).await.body).into_owned();
    let title = format!("{} – {}", guide["name"].as_str().unwrap(), guide["hall"]["name"].as_str().unwrap());
    assert!(page.contains(&format!(r#"<meta property="og:title" content="{title}">"#)), "{page}");
    assert!(page.contains(r#"<meta property="og:locale" content="ug">"#), "{page}");

    // ?lang= wins over the browser's languages; pages without data get index.html as it is.
    let linked = String::from_utf8_lossy(&server.get_with(&format!("/halls/{hall}?lang=ug"), "accept-language", "en").await.body).into_owned();
    assert!(linked.contains(&format!("/api/v1/halls/{hall}?lang=ug")));
    for plain in ["/track", "/halls/no-such-hall", &format!("/halls/{hall}/items/000")] {
        let body = server.get(plain).await.body;
        assert_eq!(String::from_utf8_lossy(&body), index, "{plain}");
    }
}

#[tokio::test]
async fn a_deep_link_gets_its_page_rendered_in_its_language_and_a_question_answered_without_script() {
    let dist = tempfile::tempdir().expect("temp dir");
    // As the release build writes it: minified, attributes unquoted.
    let index = r#"<!doctype html><html lang=zh-CN><title>x</title><body><div id=app><header class=site-header><a class=site-name data-message=app-name href=/>政务服务大厅办事指南</a></header><main id=main><section class="page home"><p>skeleton</p></section></main></div><script type=application/json id=skeleton-messages>{"ug":{"app-name":"ھۆكۈمەت مۇلازىمەت زالى"},"zh-CN":{"app-name":"政务服务大厅办事指南"}}</script><script>el.setAttribute("data-message=x>")</script>"#;
    std::fs::write(dist.path().join("index.html"), index).unwrap();
    let server = TestServer::demo_with_dist(Some(dist.path().to_owned())).await;
    let hall = server.get("/api/v1/halls?item=101100000001&limit=1").await.json()["halls"][0]["code"].as_str().unwrap().to_owned();
    let link = format!("/halls/{hall}/items/101100000001");

    let ug = String::from_utf8_lossy(&server.get(&format!("{link}?lang=ug")).await.body).into_owned();
    let guide = server.get(&format!("/api/v1/halls/{hall}/items/101100000001?lang=ug")).await.json();
    assert!(ug.contains(r#"<html lang="ug" dir="rtl">"#), "{ug}");
    assert!(ug.contains(r#"<div id="app" data-rendered="ug">"#), "{ug}");
    assert!(ug.contains(">ھۆكۈمەت مۇلازىمەت زالى</a>"), "the header in the link's language: {ug}");
    assert!(ug.contains(&format!("<h1>{}</h1>", guide["name"].as_str().unwrap())), "{ug}");
    assert!(!ug.contains("<p>skeleton</p>"), "the skeleton's page gives way to the rendered one");
    assert!(ug.contains(r#"<script>el.setAttribute("data-message=x>")</script>"#), "a script's text is never rewritten (its CSP hash)");
    assert!(ug.contains("class=\"site-footer\""));
    // The first question is a form that works without script; each choice a radio button.
    assert!(ug.contains(r#"<form class="question-step" method="get""#), "{ug}");
    let question = guide["questions"][0]["id"].as_str().unwrap();
    let option = guide["questions"][0]["options"][0]["id"].as_str().unwrap();
    assert!(ug.contains(&format!(r#"name="answer-{question}" value="{option}""#)));

    // Sent: the link with that answer, as the app writes it, keeping the language.
    let sent = server.get(&format!("{link}?answer-{question}={option}&lang=ug")).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let location = sent.header(header::LOCATION).unwrap().to_owned();
    assert_eq!(location, format!("{link}?a={question}.{option}&lang=ug"));
    let next = String::from_utf8_lossy(&server.get(&location).await.body).into_owned();
    assert!(next.contains(&format!(r#"<input type="hidden" name="a" value="{question}.{option}">"#)), "the answers so far go with the next question: {next}");
    assert!(next.contains(r#"class="answers""#), "the answer is listed, with a link to change it");

    // An embedded guide is left to the app (it has no header); other pages are untouched.
    let embedded = String::from_utf8_lossy(&server.get(&format!("{link}?embed=1")).await.body).into_owned();
    assert!(!embedded.contains("data-rendered"));
    assert_eq!(String::from_utf8_lossy(&server.get("/track").await.body), index);
}

#[tokio::test]
async fn the_app_is_served_beside_the_api_and_deep_links_get_index_html() {
    let dist = tempfile::tempdir().expect("temp dir");
    std::fs::write(dist.path().join("index.html"), "<!doctype html><title>hall-guide</title>").unwrap();
    std::fs::write(dist.path().join("app-0123456789abcdef.js"), "console.log(1)").unwrap();
    let server = TestServer::demo_with_dist(Some(dist.path().to_owned())).await;

    let index = server.get("/halls/330106-01/items/123").await;
    assert_eq!(index.status, StatusCode::OK);
    assert!(String::from_utf8_lossy(&index.body).contains("<title>hall-guide</title>"));
    assert_eq!(index.header(header::CACHE_CONTROL), Some("no-cache"), "a new release is picked up at once");
    let file = server.get("/app-0123456789abcdef.js").await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.body, b"console.log(1)");
    assert_eq!(file.header(header::CACHE_CONTROL), Some("public, max-age=31536000, immutable"));
    // The API keeps its JSON errors even when the app is served.
    let api = server.get("/api/v1/no-such-route").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert_eq!(api.error_code(), "route_not_found");
    let regions = server.get("/api/v1/regions").await;
    assert_eq!(regions.status, StatusCode::OK);
    assert_eq!(
        regions.header(header::CACHE_CONTROL),
        Some(hall_server::api::caching::CATALOGUE_CACHE),
        "API caching is the API's own business, not the static files' policy"
    );
}

#[tokio::test]
async fn on_postgresql_a_new_seed_reaches_the_running_servers_caches() {
    let server = TestServer::demo().await;
    if server.backend() != hall_server::store::db::Backend::Postgres {
        // On SQLite a seed replaces the database file with the server stopped.
        return;
    }
    assert!(!server.state.store.forget_stale_catalogue().await.unwrap(), "at start: nothing to forget");
    let code = "330000-01";
    let before: hall_model::Hall = server.get(&format!("/api/v1/halls/{code}")).await.parse();

    let mut catalogue = hall_server::seed::demo::catalogue().unwrap();
    let hall = catalogue.halls.iter_mut().find(|h| h.code == code).unwrap();
    hall.name.0.insert("zh-CN".to_owned(), "浙江省政务服务中心（新址）".to_owned());
    hall_server::seed::load::load(server.state.store.catalogue_pool(), &catalogue, "demo").await.unwrap();
    let cached: hall_model::Hall = server.get(&format!("/api/v1/halls/{code}")).await.parse();
    assert_eq!(cached.name, before.name, "served from the cache until the server notices");

    assert!(server.state.store.forget_stale_catalogue().await.unwrap(), "the new seed is noticed");
    let after: hall_model::Hall = server.get(&format!("/api/v1/halls/{code}")).await.parse();
    assert_eq!(after.name, "浙江省政务服务中心（新址）");
    assert!(!server.state.store.forget_stale_catalogue().await.unwrap(), "and only once");
    // The search index (in memory) follows too.
    let found: HallList = server.get("/api/v1/halls?q=%E6%96%B0%E5%9D%80").await.parse();
    assert_eq!(found.halls.iter().map(|h| h.code.as_str()).collect::<Vec<_>>(), [code], "the new name is searched");

    // The whole item list, kept as encoded bytes, follows a new seed too.
    let list = format!("/api/v1/halls/{code}/items");
    let (old_tag, old_total) = encoded_list(&server, &list, "br").await;
    let hall = catalogue.halls.iter_mut().find(|h| h.code == code).unwrap();
    hall.items.pop();
    hall_server::seed::load::load(server.state.store.catalogue_pool(), &catalogue, "demo").await.unwrap();
    assert_eq!(encoded_list(&server, &list, "br").await, (old_tag.clone(), old_total), "kept until the server notices");
    assert!(server.state.store.forget_stale_catalogue().await.unwrap(), "the new seed is noticed");
    let (new_tag, new_total) = encoded_list(&server, &list, "br").await;
    assert_eq!(new_total, old_total - 1, "the item taken out of the hall is gone");
    assert_ne!(new_tag, old_tag, "and the list has a new tag");
    assert!(!server.state.store.forget_stale_catalogue().await.unwrap(), "and only once");
}

#[tokio::test]
async fn items_are_found_by_name_in_any_language_or_pinyin_and_the_common_ones_come_first() {
    let server = TestServer::demo().await;
    let codes = |uri: &str| {
        let uri = uri.to_owned();
        let server = &server;
        async move {
            let list: hall_model::ItemList = server.get(&uri).await.parse();
            list.items.iter().map(|i| i.code.clone()).collect::<Vec<_>>()
        }
    };
    // 居民身份证换领 and 补领, whichever way a citizen types it.
    for q in ["身份证", "shenfenzheng", "sfz", "identity%20card", "SFZ"] {
        let found = codes(&format!("/api/v1/items?q={q}")).await;
        assert!(found.contains(&"102200000001".to_owned()) && found.contains(&"102200000002".to_owned()), "{q}: {found:?}");
    }
    assert!(codes("/api/v1/items?q=%25").await.is_empty(), "a % is a literal character, not a wildcard");
    let common: hall_model::ItemList = server.get("/api/v1/items?limit=5").await.parse();
    assert_eq!(common.items.len(), 5);
    assert!(common.total > 5, "without q every item counts");
    let english: hall_model::ItemList = server.get("/api/v1/items?q=sfz&lang=en").await.parse();
    assert!(english.items.iter().all(|i| i.lang == hall_model::Lang::En), "names in the requested language");
    assert_eq!(server.get("/api/v1/items?limit=51").await.error_code(), "invalid_parameter");
}

#[tokio::test]
async fn halls_offering_an_item_are_listed_nearest_first() {
    let server = TestServer::demo().await;
    // An item the demo's halls in both provinces offer.
    let list: HallList = server.get("/api/v1/halls?item=102200000001&near=330106").await.parse();
    let regions: Vec<&str> = list.halls.iter().map(|h| h.region_code.as_str()).collect();
    assert!(regions.len() >= 2 && regions.iter().any(|r| !r.starts_with("33")), "halls in more than one province offer it: {regions:?}");
    let closeness = |code: &str| match code {
        c if c.starts_with("330106") => 0,
        c if c.starts_with("3301") => 1,
        c if c.starts_with("33") => 2,
        _ => 3,
    };
    let order: Vec<u8> = regions.iter().map(|r| closeness(r)).collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]), "Xihu first, then Hangzhou, Zhejiang, the others: {regions:?}");
    assert_eq!(server.get("/api/v1/halls?near=33x").await.error_code(), "invalid_parameter");
}

#[tokio::test]
async fn halls_offering_an_item_are_listed_by_distance_from_the_reader() {
    let server = TestServer::demo().await;
    // A reader standing in Shenzhen's Futian district, asking where to renew an ID card.
    let list: HallList = server.get("/api/v1/halls?item=102200000001&at=22.54,114.06&limit=200").await.parse();
    let distances: Vec<u32> = list.halls.iter().map(|h| h.distance_m.expect("every demo hall has a location")).collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "nearest first: {distances:?}");
    assert!(list.halls[0].region_code.starts_with("4403"), "a Shenzhen hall first, not {}", list.halls[0].name);
    assert!(distances[0] < 5_000, "the nearest is a few kilometres away: {}", distances[0]);
    let hangzhou = list.halls.iter().find(|h| h.code == "330106-01").expect("Xihu offers it too");
    // Futian to Xihu is about 1,050 km as the crow flies.
    assert!((1_000_000..1_100_000).contains(&hangzhou.distance_m.unwrap()), "{:?}", hangzhou.distance_m);
    assert_eq!(list.total as usize, list.halls.len());
    // Pages of the distance order join up.
    let second: HallList = server.get("/api/v1/halls?item=102200000001&at=22.54,114.06&limit=2&offset=2").await.parse();
    assert_eq!(second.halls.iter().map(|h| &h.code).collect::<Vec<_>>(), list.halls[2..4].iter().map(|h| &h.code).collect::<Vec<_>>());
    // Without a position no distance is given.
    let plain: HallList = server.get("/api/v1/halls?item=102200000001").await.parse();
    assert!(plain.halls.iter().all(|h| h.distance_m.is_none()));
    for bad in ["22.54", "91,114", "22.54,181", "NaN,1", "a,b", "22.54;114.06"] {
        assert_eq!(server.get(&format!("/api/v1/halls?at={bad}")).await.error_code(), "invalid_parameter", "{bad}");
    }
}

/// A hall's whole item list asked for with `Accept-Encoding: accept`: its ETag and its
/// `total`, after checking the body is encoded as the header says.
async fn encoded_list(server: &TestServer, uri: &str, accept: &str) -> (String, u64) {
    let response = server.get_with(uri, "accept-encoding", accept).await;
    assert_eq!(response.status, StatusCode::OK, "{uri}");
    let json = decoded(&response);
    (response.header(header::ETAG).expect("an ETag").to_owned(), json["total"].as_u64().expect("total"))
}

/// The JSON of an answer, decoded as its `Content-Encoding` says.
fn decoded(response: &common::TestResponse) -> serde_json::Value {
    let mut bytes = Vec::new();
    match response.header(header::CONTENT_ENCODING) {
        Some("br") => brotli::BrotliDecompress(&mut &response.body[..], &mut bytes).expect("brotli"),
        Some("gzip") => {
            std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&response.body[..]), &mut bytes).expect("gzip");
        }
        None => bytes.clone_from(&response.body),
        Some(other) => panic!("unexpected encoding {other}"),
    }
    serde_json::from_slice(&bytes).expect("JSON")
}

/// The whole list of a hall (what the app asks for) is kept as encoded bytes: brotli,
/// gzip and plain all give the same list, under one tag, with the headers a cache needs;
/// the tag gets a 304 in any encoding; each language has its own list; a filter still
/// filters; a hall that does not exist is still a 404.
#[tokio::test]
async fn a_halls_whole_item_list_reads_the_same_in_every_encoding_under_one_tag() {
    let server = TestServer::demo().await;
    let uri = "/api/v1/halls/330106-01/items";
    let mut tags = std::collections::BTreeSet::new();
    let mut lists = Vec::new();
    for accept in ["br", "gzip, deflate", "identity", "gzip, deflate, br, zstd", "br;q=0, gzip;q=0"] {
        let response = server.get_with(uri, "accept-encoding", accept).await;
        assert_eq!(response.status, StatusCode::OK, "{accept}");
        let expected = match accept {
            "br" | "gzip, deflate, br, zstd" => Some("br"),
            "gzip, deflate" => Some("gzip"),
            _ => None,
        };
        assert_eq!(response.header(header::CONTENT_ENCODING), expected, "{accept}");
        assert_eq!(response.header(header::CONTENT_TYPE), Some("application/json"), "{accept}");
        assert_eq!(response.header(header::CONTENT_LANGUAGE), Some("zh-CN"), "{accept}");
        let vary = response.headers.get_all(header::VARY).iter().map(|v| v.to_str().unwrap().to_ascii_lowercase()).collect::<Vec<_>>().join(", ");
        assert!(vary.contains("accept-encoding") && vary.contains("accept-language"), "{accept}: vary {vary}");
        assert_eq!(response.header(header::CACHE_CONTROL), Some("public, max-age=300, stale-while-revalidate=86400"));
        tags.insert(response.header(header::ETAG).expect("an ETag").to_owned());
        lists.push(decoded(&response));
        // Asked again, the same bytes (kept, not encoded anew).
        assert_eq!(server.get_with(uri, "accept-encoding", accept).await.body, response.body, "{accept}");
    }
    assert_eq!(tags.len(), 1, "one tag for the list in every encoding: {tags:?}");
    assert!(lists.windows(2).all(|w| w[0] == w[1]), "every encoding decodes to the same list");
    let list: HallItems = serde_json::from_value(lists[0].clone()).unwrap();
    assert_eq!(list.total as usize, list.items.len());
    assert!(list.items.len() > 20, "the whole list: {}", list.items.len());

    let tag = tags.first().unwrap().clone();
    for accept in ["br", "gzip", "identity"] {
        let request = axum::http::Request::get(uri).header("accept-encoding", accept).header("if-none-match", &tag).body(axum::body::Body::empty()).unwrap();
        let again = server.request(request).await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{accept}");
        assert!(again.body.is_empty());
        assert_eq!(again.header(header::ETAG), Some(tag.as_str()));
    }

    // Another language: another list and tag, said in Content-Language.
    let english = server.get_with(&format!("{uri}?lang=en"), "accept-encoding", "br").await;
    assert_eq!(english.header(header::CONTENT_LANGUAGE), Some("en"));
    assert_ne!(english.header(header::ETAG), Some(tag.as_str()));
    let english: HallItems = serde_json::from_value(decoded(&english)).unwrap();
    assert_eq!(english.lang, Lang::En);
    assert_eq!(english.items.len(), list.items.len());
    assert_ne!(english.items[0].name, list.items[0].name, "the names are in English");

    // A filter is applied as before, and compressed on the fly.
    let online = server.get_with(&format!("{uri}?online=true"), "accept-encoding", "gzip").await;
    let online: HallItems = serde_json::from_value(decoded(&online)).unwrap();
    assert_eq!(online.items.len(), list.items.iter().filter(|i| i.online).count());

    let missing = server.get_with("/api/v1/halls/999999-99/items", "accept-encoding", "br").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(serde_json::from_value::<serde_json::Value>(decoded(&missing)).unwrap()["error"]["code"], "hall_not_found");
}

/// Many first requests for the lists at once (every hall, two languages, three
/// encodings), as after a restart: each gets its hall's whole list, and the same list
/// under the same tag as a later request.
#[tokio::test]
async fn many_first_requests_for_item_lists_at_once_all_get_the_whole_list() {
    let server = TestServer::demo().await;
    let halls: HallList = server.get("/api/v1/halls?limit=100").await.parse();
    let server = &server;
    let mut requests = Vec::new();
    for hall in halls.halls.iter().take(8) {
        for lang in ["zh-CN", "en"] {
            for accept in ["br", "gzip", "identity"] {
                let uri = format!("/api/v1/halls/{}/items?lang={lang}", hall.code);
                requests.push(async move { (uri.clone(), accept, server.get_with(&uri, "accept-encoding", accept).await) });
            }
        }
    }
    let answers = futures_util::future::join_all(requests).await;
    assert!(answers.len() >= 24);
    for (uri, accept, first) in answers {
        assert_eq!(first.status, StatusCode::OK, "{uri} {accept}");
        let later = server.get_with(&uri, "accept-encoding", accept).await;
        assert_eq!(first.header(header::ETAG), later.header(header::ETAG), "{uri} {accept}");
        assert_eq!(decoded(&first), decoded(&later), "{uri} {accept}");
        let list: HallItems = serde_json::from_value(decoded(&first)).unwrap();
        assert_eq!(list.total as usize, list.items.len(), "{uri}");
    }
}

/// The national search answers from memory exactly what `LIKE '%word%'` on every word of
/// the stored search texts finds, in the same order and with the same total, for halls
/// (with a region, a level and `near`) and items, in names, addresses, pinyin and codes,
/// whatever the case of the words.
#[tokio::test]
async fn search_from_memory_finds_what_the_database_finds_in_the_same_order() {
    let server = TestServer::demo().await;
    let db = server.state.store.catalogue_pool();
    let like = |column: &str, words: &[&str], first: usize| {
        let conditions: Vec<String> = (0..words.len()).map(|i| format!("{column} LIKE ${} ESCAPE '\\'", i + first)).collect();
        if conditions.is_empty() { "1 = 1".to_owned() } else { conditions.join(" AND ") }
    };
    let pattern = |w: &str| format!("%{}%", w.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
    for text in ["", "西湖", "政务 中心", "HANGZHOU", "Centre", "330106", "jmsfz", "juminshenfenzheng", "身份证", "مەركىزى", "zzzz", "100%", "a_b"]
    {
        let words: Vec<&str> = text.split_whitespace().collect();
        // Items: most widely offered first, then by code.
        let sql = format!("SELECT code FROM items WHERE {} ORDER BY hall_count DESC, code", like("search_text", &words, 1));
        let mut query = sqlx::query_scalar::<_, String>(&sql);
        for w in &words {
            query = query.bind(pattern(w));
        }
        let expected: Vec<String> = query.fetch_all(db).await.unwrap();
        let found: hall_model::ItemList = server.get(&format!("/api/v1/items?q={}&limit=50", urlencode(text))).await.parse();
        assert_eq!(found.total as usize, expected.len(), "items {text:?}");
        assert_eq!(found.items.iter().map(|i| i.code.clone()).collect::<Vec<_>>(), expected.iter().take(50).cloned().collect::<Vec<_>>(), "items {text:?}");

        // Halls, alone and within Zhejiang at county level, nearest to 西湖区 first.
        for (filter, condition, order) in [
            ("", "1 = 1".to_owned(), "position".to_owned()),
            ("&region=330000&level=county&near=330106", "region_code LIKE '33%' AND level = 'county'".to_owned(), "CASE WHEN substr(region_code, 1, 6) = '330106' THEN 0 WHEN substr(region_code, 1, 4) = '3301' THEN 1 WHEN substr(region_code, 1, 2) = '33' THEN 2 ELSE 3 END, position".to_owned()),
        ] {
            let sql = format!("SELECT code FROM halls WHERE {condition} AND {} ORDER BY {order}", like("search_text", &words, 1));
            let mut query = sqlx::query_scalar::<_, String>(&sql);
            for w in &words {
                query = query.bind(pattern(w));
            }
            let expected: Vec<String> = query.fetch_all(db).await.unwrap();
            let found: HallList = server.get(&format!("/api/v1/halls?q={}&limit=5&offset=1{filter}", urlencode(text))).await.parse();
            assert_eq!(found.total as usize, expected.len(), "halls {text:?} {filter}");
            assert_eq!(found.halls.iter().map(|h| h.code.clone()).collect::<Vec<_>>(), expected.iter().skip(1).take(5).cloned().collect::<Vec<_>>(), "halls {text:?} {filter}");
        }
    }
}

fn urlencode(text: &str) -> String {
    text.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}
