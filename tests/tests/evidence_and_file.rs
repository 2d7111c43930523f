//! A screenshot kept for a link and the file for the police, in the real app
//! (WebKitGTK, real vault, real Secret Service): the screenshot is shown only
//! when asked, first behind a warning and blurred, and its bytes reach the
//! page from memory through the `reclaim-evidence` scheme; the exported file
//! verifies; the screenshot is nowhere on disk in plaintext except inside the
//! export folder the person chose.
//!
//! Native dialogs cannot be driven by WebDriver: the debug build's picker
//! answers from RECLAIM_TEST_PICK_SCREENSHOT / RECLAIM_TEST_PICK_EXPORT_FOLDER,
//! set here and inherited by tauri-driver and the app it starts.

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use e2e::{
    assert_accessible, click, close_app, create_case_through_screens, files_containing, open_app,
    places_without_plaintext, screenshot, test_data_dir, text_of, type_into, wait_for, Driver,
};
use fantoccini::Client;

/// The id of the first element matching `css`.
async fn id_of(client: &Client, css: &str) -> String {
    let id = client
        .execute(
            "return document.querySelector(arguments[0])?.id ?? null;",
            vec![css.into()],
        )
        .await
        .expect("script runs");
    id.as_str()
        .unwrap_or_else(|| panic!("no element {css}"))
        .to_owned()
}

async fn script_bool(client: &Client, script: &str) -> bool {
    client
        .execute(&format!("return Boolean({script});"), vec![])
        .await
        .expect("script runs")
        == serde_json::Value::Bool(true)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_screenshot_is_shown_only_when_asked_and_the_file_verifies() {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let marker = format!("SHOTMARKER-{nanos:x}-PNG");
    let data_dir = test_data_dir("file");
    // The picked screenshot and the export folder are the person's own
    // files: they are left out of the search for leaks below (the clone, and
    // so this folder, may itself sit in the temporary folder).
    let outside = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../target")
        .join(format!("e2e-evidence-{nanos:x}"));
    let export_parent = outside.join("export");
    std::fs::create_dir_all(&export_parent).unwrap();
    // Spelled as the file system will report it (no `..`), for the comparison below.
    let outside = outside.canonicalize().unwrap();
    // A real PNG (ThreatExchange PDQ test image, BSD licence: see
    // shared/pdq-vectors/LICENSE.ThreatExchange) with a marker after its
    // last chunk: decoders ignore it, and it makes the bytes findable.
    let mut png = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/pdq-vectors/images/misc-images/c.png"
    ))
    .expect("the test image");
    png.extend_from_slice(marker.as_bytes());
    let picked = outside.join("screenshot.png");
    std::fs::write(&picked, &png).unwrap();
    std::env::set_var("RECLAIM_TEST_PICK_SCREENSHOT", &picked);
    std::env::set_var("RECLAIM_TEST_PICK_EXPORT_FOLDER", &export_parent);

    let driver = Driver::start_with_data_dir(&data_dir);
    let client = open_app(&driver).await;

    let passphrase = "a calm and long passphrase";
    create_case_through_screens(&client, "evidence e2e", passphrase).await;

    // Where are the images: a link, then a screenshot of it.
    click(&client, "step-links").await;
    wait_for(
        &client,
        "document.querySelector('#links-text')",
        "the links screen",
    )
    .await;
    type_into(
        &client,
        "links-text",
        "https://www.instagram.com/p/evidence-e2e/",
    )
    .await;
    click(&client, "links-check").await;
    wait_for(
        &client,
        "document.querySelector('#links-save')",
        "checked links",
    )
    .await;
    click(&client, "links-save").await;
    wait_for(
        &client,
        "document.querySelector('[id$=\"-add-screenshot\"]')",
        "the saved link",
    )
    .await;
    let add = id_of(&client, "[id$='-add-screenshot']").await;
    click(&client, &add).await;
    wait_for(
        &client,
        "document.querySelector('.screenshot-count')",
        "the kept screenshot",
    )
    .await;
    let facts = text_of(&client, ".screenshot-facts").await;
    let sha = e2e::sha256_hex(&png);
    assert!(facts.contains(&sha[..12]), "its SHA-256 is shown: {facts}");
    assert!(
        !script_bool(&client, "document.querySelector('img')").await,
        "nothing is shown until asked"
    );
    assert_accessible(&client, "links with a screenshot").await;

    // Asked: the warning first, still no image.
    click(&client, &id_of(&client, "[id$='-show']").await).await;
    wait_for(
        &client,
        "document.querySelector('.content-warning')",
        "the content warning",
    )
    .await;
    let warning = text_of(&client, ".content-warning p").await;
    assert_eq!(
        warning,
        "This may show the images. You can close it at any time."
    );
    assert!(!script_bool(&client, "document.querySelector('img')").await);
    assert_accessible(&client, "content warning").await;

    // Then blurred, loaded from memory through the custom scheme.
    click(&client, &id_of(&client, "[id$='-confirm']").await).await;
    wait_for(
        &client,
        "(() => { const i = document.querySelector('.screenshot-view img');\
           return i && i.complete && i.naturalWidth > 0; })()",
        "the screenshot to load from reclaim-evidence",
    )
    .await;
    let src = client
        .execute(
            "return document.querySelector('.screenshot-view img').src;",
            vec![],
        )
        .await
        .unwrap();
    let src = src.as_str().unwrap().to_owned();
    assert!(
        src.starts_with("reclaim-evidence://localhost/"),
        "from the app's scheme: {src}"
    );
    assert!(
        script_bool(
            &client,
            "document.querySelector('.screenshot-view img').classList.contains('blurred')\
             && getComputedStyle(document.querySelector('.screenshot-view img')).filter.includes('blur')"
        )
        .await,
        "blurred first"
    );
    screenshot(&client, "links-screenshot.png").await;
    assert_accessible(&client, "blurred screenshot").await;

    click(&client, &id_of(&client, "[id$='-unblur']").await).await;
    assert!(
        !script_bool(
            &client,
            "document.querySelector('.screenshot-view img').classList.contains('blurred')"
        )
        .await,
        "clear after Unblur"
    );
    click(&client, &id_of(&client, "[id$='-hide']").await).await;
    wait_for(
        &client,
        "!document.querySelector('img')",
        "the image to leave the page",
    )
    .await;

    // Your file: exported into the picked folder and verified.
    // The step list is at the top; the page is scrolled down to the link.
    client
        .execute(
            "document.getElementById('step-file').scrollIntoView({ block: 'center' });",
            vec![],
        )
        .await
        .unwrap();
    click(&client, "step-file").await;
    wait_for(
        &client,
        "document.querySelector('#file-export')",
        "the file screen",
    )
    .await;
    let warning = text_of(&client, "#file-unencrypted-warning").await;
    assert!(warning.contains("not encrypted"), "{warning}");
    assert_accessible(&client, "file").await;
    click(&client, "file-export").await;
    wait_for(
        &client,
        "document.querySelector('#file-verified, #file-not-verified, #file-error')",
        "the export",
    )
    .await;
    let verified = text_of(&client, "#file-result").await;
    assert!(
        script_bool(&client, "document.querySelector('#file-verified')").await,
        "the file verifies: {verified}"
    );
    let dir = PathBuf::from(text_of(&client, "#file-dir").await);
    assert_eq!(dir.parent(), Some(export_parent.as_path()));
    assert!(reclaim_bundle_ok(&dir), "checked again from the test");
    client
        .execute(
            "document.getElementById('file-result').scrollIntoView({ block: 'center' });",
            vec![],
        )
        .await
        .unwrap();
    screenshot(&client, "file.png").await;
    assert_accessible(&client, "file exported").await;

    // The screenshot is inside the export (as the person chose) ...
    assert_eq!(
        files_containing(std::slice::from_ref(&dir), marker.as_bytes()).len(),
        1,
        "the screenshot is in the exported folder"
    );
    // ... and nowhere else in plaintext: not in the vault, the webview's
    // profile or caches, nor the temporary folder.
    let places = places_without_plaintext(&data_dir);
    let mut leaks = files_containing(&places, marker.as_bytes());
    leaks.retain(|path| !path.starts_with(&outside));
    assert!(leaks.is_empty(), "the screenshot is readable in {leaks:?}");

    close_app(client).await;
    drop(driver);
    let _ = std::fs::remove_dir_all(&data_dir);
    let _ = std::fs::remove_dir_all(&outside);
}

/// `sha256sum -c manifest.sha256`, as the person receiving the file would run it.
fn reclaim_bundle_ok(dir: &std::path::Path) -> bool {
    std::process::Command::new("sha256sum")
        .args(["--check", "--quiet", "manifest.sha256"])
        .current_dir(dir)
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}
