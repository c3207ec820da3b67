//! The reply composer for hall staff and 12345 hotline operators: pick a hall, an item,
//! the caller's language and situation, and get a link (full and short), its QR code, a
//! one-SMS reply and a full reply, each with a copy button. Nothing about the caller is
//! asked for or kept: the situation is option ids only.

use hall_model::questionnaire::QuestionState;
use hall_model::reply::{fits_one_sms, full_reply, short_reply, sms_encoding, sms_length};
use hall_model::route::with_lang;
use hall_model::{Answers, Checklist, ItemGuide, Lang, Route, ShortLink, Walk};
use leptos::prelude::*;

use crate::api::{ApiRequest, ApiResource, ApiWrite, HallSearch, use_api};
use crate::components::qr_code::svg_file;
use crate::components::share::copy_text;
use crate::components::{LoadError, Loading, QrCode, set_page_title};
use crate::i18n::{t, t_args, tr, use_i18n};

#[component]
pub fn ComposePage() -> impl IntoView {
    set_page_title(|| t("staff-title"));
    let i18n = use_i18n();
    let search = RwSignal::new(String::new());
    let hall = RwSignal::new(None::<(String, String)>);
    let item = RwSignal::new(String::new());
    let reply_lang = RwSignal::new(i18n.lang.get_untracked());
    let answers = RwSignal::new(Answers::default());
    // Each list is asked for only once there is something to ask about: no request with an
    // empty code (`/halls//items`, `/items/`), and no hall list before anything is typed.
    // The components below own their requests, which end when they go away.
    let searching = Memo::new(move |_| !search.get().trim().is_empty());
    let hall_code = Memo::new(move |_| hall.get().map(|(code, _)| code));
    let chosen = Memo::new(move |_| match (hall_code.get(), item.get()) {
        (Some(hall), item) if !item.is_empty() => Some((hall, item)),
        _ => None,
    });
    // A new item or hall starts with a blank situation.
    Effect::new(move |_| {
        chosen.track();
        answers.set(Answers::default());
    });

    view! {
        <section class="page compose">
            <h1>{tr("staff-title")}</h1>
            <p class="hint">{tr("staff-intro")}</p>
            <div class="details-form">
                {move || match hall.get() {
                    Some((_, name)) => view! {
                        <div class="field">
                            <span class="field-label">{tr("staff-hall")}</span>
                            <p class="chosen"><strong>{name}</strong>" "
                                <button type="button" class="link-button" on:click=move |_| { hall.set(None); item.set(String::new()); }>{tr("staff-change-hall")}</button>
                            </p>
                        </div>
                    }.into_any(),
                    None => view! {
                        <div class="field">
                            <label for="compose-hall">{tr("staff-hall")}</label>
                            <input id="compose-hall" type="search" placeholder=tr("staff-hall-search") prop:value=move || search.get()
                                on:input=move |ev| search.set(event_target_value(&ev))/>
                            <Show when=move || searching.get()>
                                <HallChoices search hall/>
                            </Show>
                        </div>
                    }.into_any(),
                }}
                {move || hall_code.get().map(|code| view! { <ItemChoice hall=code item/> })}
                <div class="field">
                    <label for="compose-lang">{tr("staff-language")}</label>
                    <select id="compose-lang" prop:value=move || reply_lang.get().tag().to_owned()
                        on:change=move |ev| if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                            // The replies are written with that language's messages.
                            leptos::task::spawn_local(async move {
                                crate::i18n::ensure_language(lang).await;
                                reply_lang.set(lang);
                            });
                        }>
                        {Lang::ALL.into_iter().map(|lang| view! { <option value=lang.tag() lang=lang.tag()>{lang.endonym()}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            {move || chosen.get().map(|(hall, item)| view! { <GuideReplies hall item answers reply_lang/> })}
        </section>
    }
}

/// The halls matching what was typed, to choose one.
#[component]
fn HallChoices(search: RwSignal<String>, hall: RwSignal<Option<(String, String)>>) -> impl IntoView {
    let halls = ApiResource::new(move || ApiRequest::halls(&HallSearch { text: search.get(), limit: 8, ..Default::default() }));
    move || {
        match halls.get() {
        Some(Ok(list)) => view! {
            <ul class="plain hall-choices">
                {list.halls.into_iter().map(|h| {
                    let (code, name) = (h.code.clone(), h.name.clone());
                    view! { <li><button type="button" class="time-choice" on:click=move |_| hall.set(Some((code.clone(), name.clone())))>{h.name}</button></li> }
                }).collect_view()}
            </ul>
        }
        .into_any(),
        _ => ().into_any(),
    }
    }
}

/// The items of the chosen hall, to choose one.
#[component]
fn ItemChoice(hall: String, item: RwSignal<String>) -> impl IntoView {
    let items = ApiResource::new(move || ApiRequest::hall_items(&hall));
    view! {
        <div class="field">
            <label for="compose-item">{tr("staff-item")}</label>
            <select id="compose-item" on:change=move |ev| item.set(event_target_value(&ev)) prop:value=move || item.get()>
                <option value="">{tr("staff-choose-item")}</option>
                {move || items.get().and_then(Result::ok).map(|list| list.items.into_iter().map(|i| {
                    view! { <option value=i.code.clone()>{i.name}</option> }
                }).collect_view())}
            </select>
        </div>
    }
}

/// The chosen item's guide at the chosen hall, in the reply's language, and the replies.
#[component]
fn GuideReplies(hall: String, item: String, answers: RwSignal<Answers>, reply_lang: RwSignal<Lang>) -> impl IntoView {
    let guide = ApiResource::new(move || ApiRequest::item_guide(Some(&hall), &item).in_lang(reply_lang.get()));
    move || match guide.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(failure)) => view! { <LoadError failure retry=move || guide.refetch()/> }.into_any(),
        Some(Ok(g)) => view! { <Situation guide=g answers reply_lang/> }.into_any(),
    }
}

/// The caller's situation (the item's questions, as drop-downs, only those that apply)
/// and the replies made from it.
#[component]
fn Situation(guide: ItemGuide, answers: RwSignal<Answers>, reply_lang: RwSignal<Lang>) -> impl IntoView {
    let guide = StoredValue::new(guide);
    let made = RwSignal::new(None::<(ShortLink, Lang)>);
    let failure = RwSignal::new(None::<&'static str>);
    let api = use_api();
    let asked = Memo::new(move |_| {
        let answers = answers.get();
        guide.with_value(|g| {
            let walk = Walk::new(&g.questions, &g.materials, &answers);
            // Answered questions and the one to answer now: the next appears once it is answered.
            walk.states().filter(|(_, state)| matches!(state, QuestionState::Answered(_) | QuestionState::Current)).map(|(q, _)| q.clone()).collect::<Vec<_>>()
        })
    });
    // Materials that depend on questions not answered yet: the replies then say "at least".
    let undecided = Memo::new(move |_| {
        let answers = answers.get();
        guide.with_value(|g| Checklist::new(&Walk::new(&g.questions, &g.materials, &answers)).undecided.len())
    });
    // Any change of the situation or language makes the replies stale.
    Effect::new(move |_| {
        answers.track();
        reply_lang.track();
        made.set(None);
    });
    let path = move || {
        let g = guide.get_value();
        let answers = answers.get();
        let effective = Walk::new(&g.questions, &g.materials, &answers).effective_answers();
        let route = match &g.hall {
            Some(h) => Route::HallItem { hall: h.code.clone(), item: g.code.clone(), answers: effective },
            None => Route::Item { code: g.code.clone(), answers: effective },
        };
        with_lang(&route.path(), reply_lang.get())
    };
    let make = move |_| {
        let path = path();
        let lang = reply_lang.get_untracked();
        failure.set(None);
        let api = api.clone();
        leptos::task::spawn_local(async move {
            match api.send(ApiWrite::short_link(&path), lang).await {
                Ok(link) => made.set(Some((link, lang))),
                Err(problem) => failure.set(Some(problem.failure.write_message_id())),
            }
        });
    };
    view! {
        <section class="compose-situation">
            <h2 lang=move || reply_lang.get().tag() dir=move || reply_lang.get().direction().attr()>{move || guide.with_value(|g| g.name.clone())}</h2>
            <Show when=move || !asked.with(Vec::is_empty)>
                <h3>{tr("staff-answers")}</h3>
            </Show>
            <div class="details-form">
                <For each=move || asked.get() key=|q| q.id.clone() let:question>
                    {
                        let id = question.id.clone();
                        let select_id = format!("compose-q-{id}");
                        view! {
                            <div class="field">
                                <label for=select_id.clone() lang=question.lang.tag() dir=question.lang.direction().attr()>{question.text.clone()}</label>
                                <select id=select_id data-question=id.clone() prop:value={
                                    let id = id.clone();
                                    move || answers.with(|a| a.get(&id).unwrap_or_default().to_owned())
                                } on:change={
                                    let id = id.clone();
                                    move |ev| {
                                        let option = event_target_value(&ev);
                                        answers.update(|a| a.set(&id, &option));
                                    }
                                }>
                                    <option value="">{tr("staff-not-asked")}</option>
                                    {question.options.iter().map(|o| view! { <option value=o.id.clone() lang=question.lang.tag()>{o.label.clone()}</option> }).collect_view()}
                                </select>
                            </div>
                        }
                    }
                </For>
            </div>
            <Show when=move || { undecided.get() > 0 }>
                <p class="hint compose-unanswered" role="status">{tr("staff-unanswered")}</p>
            </Show>
        </section>
        <p><button type="button" class="button" on:click=make>{tr("staff-make")}</button></p>
        {move || failure.get().map(|id| view! { <p class="load-error" role="alert">{t(id)}</p> })}
        {move || made.get().map(|(link, lang)| {
            let origin = window().location().origin().unwrap_or_default();
            let full_link = format!("{origin}{}", link.path);
            let short = format!("{origin}{}", link.short_path);
            let parts = guide.with_value(|g| crate::reply::parts(g, &answers.get_untracked(), lang, &full_link, &short));
            let sms = short_reply(&parts);
            let full = full_reply(&parts);
            let (length, limit, fits) = (sms_length(&sms), sms_encoding(&sms).limit(), fits_one_sms(&sms));
            let svg = svg_file(&short).unwrap_or_default();
            let download = format!("data:image/svg+xml;charset=utf-8,{}", js_sys::encode_uri_component(&svg));
            let item_name = parts.item.clone();
            view! {
                <section class="compose-output" aria-live="polite">
                    <CopyField key="link" label=Signal::derive(tr("staff-link")) text=full_link.clone() lang=None/>
                    <CopyField key="short-link" label=Signal::derive(tr("staff-short-link")) text=short.clone() lang=None/>
                    <CopyField key="sms" label=Signal::derive(tr("staff-sms")) text=sms lang=Some(lang)/>
                    <p class="hint" class:field-error=!fits>{move || t_args("staff-sms-length", &[("length", length.into()), ("limit", limit.into())])}</p>
                    <CopyField key="full" label=Signal::derive(tr("staff-full")) text=full lang=Some(lang)/>
                    <h3>{tr("staff-qr")}</h3>
                    <div class="compose-qr">
                        <QrCode text=short label=Signal::derive(move || t_args("staff-qr-label", &[("item", item_name.clone().into())]))/>
                    </div>
                    <p><a class="button secondary" href=download download=format!("hall-guide-{}.svg", link.code)>{tr("staff-download-qr")}</a></p>
                </section>
            }
        })}
    }
}

/// A read-only text with a copy button, as tall as its lines. The copy is the text exactly
/// as shown: plain, with no direction marks but those a right-to-left reader's app needs.
#[component]
fn CopyField(key: &'static str, label: Signal<String>, text: String, lang: Option<Lang>) -> impl IntoView {
    let lines = text.lines().count().max(1);
    let copied = RwSignal::new(false);
    let id = format!("compose-{key}");
    let value = text.clone();
    let copy = move |_| {
        let text = value.clone();
        leptos::task::spawn_local(async move { copied.set(copy_text(&text).await) });
    };
    view! {
        <div class="field copy-field" data-copy=key>
            <label for=id.clone()>{move || label.get()}</label>
            <textarea id=id readonly rows=lines lang=lang.map(Lang::tag) dir=lang.map(|l| l.direction().attr())>{text}</textarea>
            <button type="button" class="button secondary" on:click=copy>
                {move || if copied.get() { t("staff-copied") } else { t("staff-copy") }}
            </button>
        </div>
    }
}
