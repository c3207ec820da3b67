//! hall-guide's web app: a Leptos single-page app, rendered on the client.
//!
//! [`App`] reads `config.json`, provides the language and the API client, and shows the
//! page for the current URL. Pages live in [`pages`], one file each; the URL of every
//! page is a [`hall_model::Route`], so links are built and parsed in one tested place.

pub mod api;
pub mod appointments_store;
pub mod checklist_store;
pub mod components;
pub mod config;
mod context;
pub mod embed;
pub mod i18n;
pub mod navigation;
pub mod nearby;
pub mod pages;
pub mod preferences;
pub mod reply;
mod takeover;
pub mod text_size;
pub mod timers;

use hall_model::Route;
use leptos::prelude::*;

use crate::api::{Api, FailedPage, provide_api};
use crate::components::{Footer, Header, Loading};
use crate::i18n::provide_i18n;

/// Replaces the static skeleton of `index.html` (or the page the server rendered) with the
/// running app.
pub fn mount() {
    if let Some(html) = document().document_element() {
        // Had index.html's script failed, the skeleton would still be hidden: never the app.
        let _ = html.class_list().remove_1("skeleton-wait");
    }
    // Drawn in a task of its own, after the one that compiled and started the wasm: two
    // shorter tasks leave a cheap phone free to answer a tap in between.
    // The reader's language first (index.html's script has fetched it while the wasm
    // downloaded), so the app never shows a moment of Chinese to an English reader.
    set_timeout(
        || {
            // Leptos's executor starts with the app: until then, wasm-bindgen's own.
            wasm_bindgen_futures::spawn_local(async {
                i18n::wait_for_language(preferences::initial_lang(), 3_000).await;
                pages::home::keep_skeleton_search();
                let Some(root) = document().get_element_by_id("app") else {
                    return;
                };
                // A page the server rendered stays until the app has drawn the same one.
                if takeover::is_rendered(&root) {
                    takeover::mount_beside(root, || view! { <App/> }.into_any());
                    return;
                }
                root.set_inner_html("");
                let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) else {
                    return;
                };
                leptos::mount::mount_to(root, App).forget();
            })
        },
        std::time::Duration::ZERO,
    );
}

#[component]
pub fn App() -> impl IntoView {
    let i18n = provide_i18n(preferences::initial_lang());
    preferences::keep_document_in_step(i18n);
    embed::start();
    let embedded = embed::is_embedded();
    let config = LocalResource::new(config::load);
    navigation::provide_navigator();
    view! {
            {(!embedded).then(|| view! { <Header/> })}
            <main id="main" tabindex="-1">
                {move || match config.get() {
                    None => view! { <Loading/> }.into_any(),
                    Some(config) => {
                        if config.pseudo_locale {
                            i18n.pseudo_available.set(true);
                        }
                        provide_api(Api::new(&config.api_base));
                        view! { <CurrentPage/> }.into_any()
                    }
                }}
            </main>
            {(!embedded).then(|| view! { <components::Deferred><Footer/></components::Deferred> })}
    }
}

/// The route of the current URL, shared with the page so it can read its parameters.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub Memo<Route>);

/// Shows the page of the current URL. A page is rebuilt only when its identity changes
/// (another hall, another item): a filter or the answers in the query string is read by
/// the page itself, so typing in a filter never reloads the page.
#[component]
fn CurrentPage() -> impl IntoView {
    let navigator = navigation::use_navigator();
    let route = Memo::new(move |_| navigator.location().route());
    provide_context(CurrentRoute(route));
    let page = Memo::new(move |_| {
        let route = route.get();
        nearby::note_route(&route);
        page_identity(&route)
    });
    move || match page.get() {
        Route::Home { .. } => view! { <pages::home::HomePage/> }.into_any(),
        Route::Region { code } => view! { <pages::region::RegionPage code/> }.into_any(),
        Route::Hall { code, .. } => later(FailedPage::Hall, pages::later::hall_page, move |page| page(code.clone())),
        Route::HallItem { hall, item, .. } => later(FailedPage::Guide, pages::later::item_page, move |page| page(Some(hall.clone()), item.clone())),
        Route::Item { code, .. } => later(FailedPage::Guide, pages::later::item_page, move |page| page(None, code.clone())),
        Route::Book { hall, item } => later(FailedPage::Booking, pages::later::book_page, move |page| page(hall.clone(), item.clone())),
        Route::Appointments => later(FailedPage::Appointments, pages::later::appointments_page, |page| page(None)),
        Route::Track => later(FailedPage::Track, pages::later::track_page, |page| page()),
        Route::Compose => later(FailedPage::Compose, pages::later::compose_page, |page| page()),
        Route::About => view! { <pages::about::AboutPage/> }.into_any(),
        Route::Appointment { reference } => later(FailedPage::Appointments, pages::later::appointments_page, move |page| page(Some(reference.clone()))),
        Route::NotFound => view! { <pages::not_found::NotFoundPage/> }.into_any(),
    }
}

thread_local! {
    /// The drawing functions of the pages of [`pages::later`] already loaded, by page.
    static LOADED_PAGES: std::cell::RefCell<std::collections::HashMap<&'static str, Box<dyn std::any::Any>>> = Default::default();
}

/// A page of [`pages::later`]: "loading" until its code has arrived (at once in builds
/// that are not split), then drawn by `show` with the function that draws it; or, if its
/// code could not be fetched, which page, why (offline, or the server out of reach), with a
/// button to try again.
fn later<Draws, Fut>(failed: FailedPage, load: fn() -> Fut, show: impl Fn(Draws) -> AnyView + Send + 'static) -> AnyView
where
    Draws: Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<Draws, pages::later::NotLoaded>> + 'static,
{
    // A page shown before is drawn at once, with no "loading" flash: its function is kept.
    let kept = LOADED_PAGES.with_borrow(|pages| pages.get(failed.title_id()).and_then(|draws| draws.downcast_ref::<Draws>().copied()));
    let loaded = RwSignal::new(kept.map(Ok::<Draws, pages::later::NotLoaded>));
    let attempt = RwSignal::new(0_u32);
    Effect::new(move |_| {
        attempt.track();
        if kept.is_some() {
            return;
        }
        leptos::task::spawn_local(async move {
            let result = load().await;
            if let Ok(draws) = result {
                LOADED_PAGES.with_borrow_mut(|pages| pages.insert(failed.title_id(), Box::new(draws)));
            }
            // The page may have been left meanwhile: its signal is gone then.
            let _ = loaded.try_set(Some(result));
        });
    });
    (move || match loaded.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Ok(draws)) => show(draws),
        Some(Err(_)) => {
            let retry = move || {
                loaded.set(None);
                attempt.update(|n| *n += 1);
            };
            view! { <NotLoadedPage failed retry/> }.into_any()
        }
    })
    .into_any()
}

/// A page of [`pages::later`] whose code could not be fetched: titled (on the page and the
/// tab) like any page that could not be opened.
#[component]
fn NotLoadedPage(failed: FailedPage, #[prop(into)] retry: Callback<()>) -> impl IntoView {
    components::set_page_title(move || i18n::t(failed.title_id()));
    view! { <components::LoadError failure=api::no_answer() page=failed retry/> }
}

/// The route without what a page reads for itself from the query string.
fn page_identity(route: &Route) -> Route {
    match route {
        Route::Home { .. } => Route::Home { query: String::new() },
        Route::Hall { code, .. } => Route::Hall { code: code.clone(), filter: Default::default() },
        Route::HallItem { hall, item, .. } => Route::HallItem { hall: hall.clone(), item: item.clone(), answers: Default::default() },
        Route::Item { code, .. } => Route::Item { code: code.clone(), answers: Default::default() },
        other => other.clone(),
    }
}

/// The route of the page on screen, which [`CurrentPage`] provides to every page. Without
/// it, debug builds stop here (see [`context`]); a release build reads the address bar once.
#[track_caller]
pub fn use_route() -> Memo<Route> {
    match use_context::<CurrentRoute>() {
        Some(CurrentRoute(route)) => route,
        None => {
            context::missing("CurrentRoute", "CurrentPage");
            let location = window().location();
            let (path, query) = (location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
            Memo::new(move |_| Route::parse(&path, &query))
        }
    }
}
