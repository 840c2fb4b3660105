//! Sharing a result, mounted alone: "Share result" uses the browser's share sheet where
//! there is one; every kind of bad link gets its own clear message with ways on; the
//! compare form takes whole links or bare codes copied with stray spaces and a full stop.

use crate::dom::*;
use crate::mount::{catalog, fresh_storage, mount_with_catalog, Address};
use base64::Engine;
use leptos::prelude::*;
use skillcheck::components::compare::ComparePasteForm;
use skillcheck::components::share::{share_link_for, ShareButton, ShareErrorNotice};
use skillcheck::core::answers::Rating;
use skillcheck::core::example::EXAMPLE_CODE;
use skillcheck::core::share;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn where_the_browser_has_a_share_sheet_share_result_uses_it() {
    fresh_storage();
    let catalog = catalog();
    let sam = share::decode(catalog, EXAMPLE_CODE).unwrap();
    let link = share_link_for(catalog, &sam);
    assert!(
        link.ends_with(&format!("/results#{EXAMPLE_CODE}")),
        "{link}"
    );

    // A share sheet that records what it was given.
    let navigator = window().navigator();
    let share_sheet = js_sys::Function::new_with_args(
        "data",
        "window.__shared = data; return Promise.resolve();",
    );
    js_sys::Reflect::set(&navigator, &"share".into(), &share_sheet).unwrap();

    let shown = link.clone();
    let panel = mount_with_catalog(catalog, move |_| view! { <ShareButton link=shown /> });
    let field: web_sys::HtmlInputElement =
        wait_for(&panel.root, "#share-link").await.unchecked_into();
    wait_until("the field shows the link", || field.value() == link).await;
    click(&panel.root, "Share result").await;
    wait_until("the status says so", || {
        text_of(&panel.root, ".share-status") == "Link shared."
    })
    .await;
    let shared = js_sys::Reflect::get(&window(), &"__shared".into()).unwrap();
    let url = js_sys::Reflect::get(&shared, &"url".into()).unwrap();
    assert_eq!(url.as_string().as_deref(), Some(link.as_str()));
    js_sys::Reflect::delete_property(navigator.unchecked_ref::<js_sys::Object>(), &"share".into())
        .unwrap();
}

/// CRC-16/IBM-3740 and base64url, as docs/share-format.md specifies: only for crafting
/// codes the app itself would never write (a newer format or data version).
fn code_from_payload(bytes: &[u8]) -> String {
    let mut crc: u16 = 0xffff;
    for &b in bytes {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    let mut all = bytes.to_vec();
    all.extend(crc.to_be_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(all)
}

#[wasm_bindgen_test]
async fn empty_garbage_damaged_and_newer_links_each_get_a_clear_message_with_ways_on() {
    // The helper agrees with the documented worked example.
    assert_eq!(
        code_from_payload(&[0x20, 0x80, 0x09, 0xbc, 0x80]),
        "IIAJvICQ-Q"
    );
    let catalog = catalog();
    let cases = [
        (String::new(), "There is no result code here"),
        (
            "hello world!".to_string(),
            "doesn't look like a result link",
        ),
        (
            "<script>alert(1)</script>".to_string(),
            "doesn't look like a result link",
        ),
        ("AAAA".to_string(), "damaged"),
        // Format version 3 (first four bits 0011).
        (
            code_from_payload(&[0x30]),
            "made by a newer version of the app",
        ),
        // Format 1, data version 3 (0001, then 0 0011): newer data than this app has.
        (
            code_from_payload(&[0x11, 0x80]),
            "made by a newer version of the app",
        ),
    ];
    for (pasted, message) in cases {
        let error = share::decode(catalog, &pasted).expect_err(&pasted);
        let notice = mount_with_catalog(catalog, move |_| view! { <ShareErrorNotice error /> });
        let alert = wait_for(&notice.root, "[role=alert]").await;
        assert!(
            text(&alert).contains(message),
            "{pasted:?}: {}",
            text(&alert)
        );
        assert!(
            has_button(&notice.root, "Take the quiz yourself"),
            "{pasted:?}"
        );
        assert!(has_button(&notice.root, "Browse job titles"), "{pasted:?}");
    }
}

#[wasm_bindgen_test]
async fn the_compare_form_takes_a_whole_link_and_a_bare_code_copied_with_a_full_stop() {
    fresh_storage();
    let catalog = catalog();
    let sam = share::decode(catalog, EXAMPLE_CODE).unwrap();
    let mut other = sam.clone();
    other.city = None;
    other.answers.ratings.insert("git".into(), Rating::Level(5));
    let other_code = share::encode(catalog, &other);
    let link = share_link_for(catalog, &sam);

    let _address = Address::keep();
    let form = mount_with_catalog(catalog, |_| {
        view! { <ComparePasteForm codes=Signal::stored((String::new(), String::new())) /> }
    });
    let root = &form.root;
    tick().await; // the fields show the codes being compared (none yet)
    fill(root, "#compare-a", &link).await;
    fill(root, "#compare-b", &format!("  {other_code}. ")).await;
    click(root, "Compare").await;
    let location = window().location();
    let expected = format!("#a={}&b={other_code}", share::code_from_link(&link));
    wait_until(&format!("the compare address {expected}"), || {
        location.hash().unwrap() == expected
    })
    .await;
    assert!(location.pathname().unwrap().ends_with("/compare"));
}
