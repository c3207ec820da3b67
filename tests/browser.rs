//! Components that matter, mounted in a real headless Chromium with wasm-bindgen-test:
//! the instant item filter, the error view's retry button and the booking's check step.
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser`.

#![cfg(target_arch = "wasm32")]

use hall_guide::api::ApiFailure;
use hall_guide::components::{ItemList, LoadError};
use hall_guide::i18n::provide_i18n;
use hall_guide::pages::book::{CheckAnswers, DetailsField};
use hall_model::appointments::check_booking;
use hall_model::{BookingRequest, Date, ItemCategory, ItemFilter, ItemKind, ItemSummary, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn item(code: &str, name: &str, category: ItemCategory, online: bool) -> ItemSummary {
    ItemSummary {
        code: code.into(),
        name: name.into(),
        department: "公安局".into(),
        kind: ItemKind::PublicService,
        category,
        promised_limit_days: 5,
        on_the_spot: false,
        online,
        lang: Lang::ZhCn,
    }
}

fn container() -> web_sys::HtmlElement {
    let document = document();
    let element = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    element.unchecked_into()
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length()).filter_map(|i| nodes.item(i)).filter_map(|n| n.text_content()).collect()
}

#[wasm_bindgen_test]
async fn the_item_list_follows_the_filter_instantly_and_counts_what_it_shows() {
    let root = container();
    let filter = RwSignal::new(ItemFilter::default());
    let cleared = RwSignal::new(false);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::ZhCn);
        view! {
            <ItemList
                hall_code="330106-01".to_owned()
                items=vec![
                    item("1", "居民身份证换领", ItemCategory::Identity, true),
                    item("2", "结婚登记", ItemCategory::Family, false),
                    item("3", "临时居民身份证办理", ItemCategory::Identity, false),
                ]
                filter=filter
                on_clear=move |_| cleared.set(true)
            />
        }
    });
    leptos::task::tick().await;
    assert_eq!(texts(&root, ".item-list .card-title").len(), 3);
    assert_eq!(texts(&root, ".result-count"), ["共 3 项"]);

    filter.set(ItemFilter { text: "身份证".into(), ..Default::default() });
    leptos::task::tick().await;
    assert_eq!(texts(&root, ".item-list .card-title"), ["居民身份证换领", "临时居民身份证办理"]);
    assert_eq!(texts(&root, ".result-count"), ["显示 2 项，共 3 项"]);

    filter.set(ItemFilter { text: "身份证".into(), online_only: true, ..Default::default() });
    leptos::task::tick().await;
    assert_eq!(texts(&root, ".item-list .card-title"), ["居民身份证换领"]);
    let href = root.query_selector(".item-list a").unwrap().unwrap().get_attribute("href");
    assert_eq!(href.as_deref(), Some("/halls/330106-01/items/1"));

    filter.set(ItemFilter { text: "护照".into(), ..Default::default() });
    leptos::task::tick().await;
    assert!(texts(&root, ".item-list .card-title").is_empty());
    let clear: web_sys::HtmlElement = root.query_selector(".empty button").unwrap().expect("a clear button").unchecked_into();
    clear.click();
    assert!(cleared.get_untracked(), "the clear button asks to clear the filter");
}

#[wasm_bindgen_test]
async fn item_text_with_markup_in_it_is_shown_as_text_and_never_run() {
    let root = container();
    let mut odd = item("1\"><b>x</b>", "<img src=x onerror=\"window.ran=1\"> & 证明", ItemCategory::Identity, true);
    odd.department = "<script>window.ran=2</script>公安局".into();
    odd.lang = Lang::En;
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::ZhCn);
        view! { <ItemList hall_code="330106-01".to_owned() items=vec![odd] filter=ItemFilter::default() on_clear=|_| ()/> }
    });
    leptos::task::tick().await;
    assert_eq!(texts(&root, ".item-list .card-title"), ["<img src=x onerror=\"window.ran=1\"> & 证明"]);
    assert_eq!(texts(&root, ".item-list .card-meta"), ["<script>window.ran=2</script>公安局"]);
    assert!(root.query_selector(".item-list img, .item-list script, .item-list b").unwrap().is_none(), "no element came from the item's text");
    let link = root.query_selector(".item-list a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("/halls/330106-01/items/1%22%3E%3Cb%3Ex%3C%2Fb%3E"));
    assert_eq!(link.get_attribute("lang").as_deref(), Some("en"), "text not in the page's language is marked");
    assert_eq!(texts(&root, ".item-list .tag"), ["户籍与身份证件", "5 个工作日办结", "网上可办"]);
}

#[wasm_bindgen_test]
async fn a_long_list_shows_the_first_items_and_the_rest_on_request() {
    let root = container();
    let items: Vec<ItemSummary> = (0..150).map(|i| item(&i.to_string(), &format!("事项{i}"), ItemCategory::Business, i % 2 == 0)).collect();
    let filter = RwSignal::new(ItemFilter::default());
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::En);
        view! { <ItemList hall_code="110000-01".to_owned() items=items.clone() filter=filter on_clear=|_| ()/> }
    });
    leptos::task::tick().await;
    assert_eq!(texts(&root, ".item-list .card-title").len(), hall_guide::components::item_list::FIRST_ITEMS_SHOWN);
    assert_eq!(texts(&root, ".result-count"), ["150 services"]);
    let show_all: web_sys::HtmlElement = root.query_selector("button.show-all").unwrap().expect("a show-all button").unchecked_into();
    assert_eq!(show_all.text_content().as_deref(), Some("Show all 150 services"));
    show_all.click();
    leptos::task::tick().await;
    assert_eq!(texts(&root, ".item-list .card-title").len(), 150);
    assert!(root.query_selector("button.show-all").unwrap().is_none(), "nothing left to show");

    // A filter that matches few items shows them all, with no button.
    filter.set(ItemFilter { text: "事项14".into(), ..Default::default() });
    leptos::task::tick().await;
    assert_eq!(texts(&root, ".item-list .card-title").len(), 11);
}

#[wasm_bindgen_test]
async fn an_unreachable_api_is_explained_with_a_retry_button_that_retries() {
    let root = container();
    let retries = RwSignal::new(0);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::En);
        view! { <LoadError failure=ApiFailure::Unreachable retry=move |_| retries.update(|n| *n += 1)/> }
    });
    leptos::task::tick().await;
    let alert = root.query_selector("[role=alert]").unwrap().expect("an alert");
    assert!(alert.text_content().unwrap_or_default().contains("The service is not answering right now"));
    let button: web_sys::HtmlElement = root.query_selector("[role=alert] button").unwrap().expect("a retry button").unchecked_into();
    assert_eq!(button.text_content().as_deref(), Some("Try again"));
    button.click();
    button.click();
    assert_eq!(retries.get_untracked(), 2);
}

#[wasm_bindgen_test]
async fn a_missing_hall_is_explained_without_a_pointless_retry_button() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::ZhCn);
        view! { <LoadError failure=ApiFailure::Api(hall_model::ErrorCode::HallNotFound) retry=|_| ()/> }
    });
    leptos::task::tick().await;
    let alert = root.query_selector("[role=alert]").unwrap().expect("an alert");
    assert!(alert.text_content().unwrap_or_default().contains("找不到这个政务服务大厅"));
    assert!(root.query_selector("[role=alert] button").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_check_step_shows_the_item_the_hall_and_the_details_as_checked_in_full() {
    // Typed as people type them: spaces in the name, a +86 prefix and groups in the mobile,
    // groups and a lower-case x in the ID.
    let typed = BookingRequest {
        hall_code: "330106-01".into(),
        item_code: "1".into(),
        date: "2026-10-08".into(),
        start: "09:00".into(),
        name: "  张  三 ".into(),
        mobile: "+86 138 1234 5678".into(),
        document_type: Default::default(),
        document_number: "110105 19491231 002x".into(),
        on_behalf: false,
        agent_name: String::new(),
    };
    let checked = check_booking(&typed, Date::parse("2026-10-01").unwrap()).expect("details a booking accepts");
    let root = container();
    let changed = RwSignal::new(None::<DetailsField>);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::ZhCn);
        view! { <CheckAnswers checked=checked.clone() item_name="居民身份证换领".to_owned() hall_name="西湖区政务服务中心".to_owned() sending=false
        on_change_slot=|()| () on_change_field=move |field| changed.set(Some(field)) on_confirm=|()| ()/> }
    });
    leptos::task::tick().await;
    let answers = texts(&root, ".check-answers dd > span");
    assert_eq!(answers.len(), 8, "{answers:?}");
    assert_eq!(answers[..2], ["居民身份证换领", "西湖区政务服务中心"]);
    assert!(answers[2].contains("09:00"), "{answers:?}");
    // In full, as normalised: a typo can be caught before booking.
    assert_eq!(answers[3..], ["为本人预约", "张 三", "居民身份证", "11010519491231002X", "13812345678"]);
    // Each detail's Change goes back to its own field.
    let buttons = root.query_selector_all(".check-answers dd button").unwrap();
    assert_eq!(buttons.length(), 6);
    buttons.item(5).unwrap().dyn_into::<web_sys::HtmlElement>().unwrap().click();
    leptos::task::tick().await;
    assert_eq!(changed.get_untracked(), Some(DetailsField::Mobile));
}
