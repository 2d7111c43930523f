//! "Your images" and "Find copies" in the real app: two real photos (from
//! shared/pdq-vectors, ThreatExchange's BSD-licensed samples) are hashed into
//! a new case, a StopNCII case number is kept, and a folder holding one
//! mirrored copy and one unrelated photo is searched.
//!
//! Native file dialogs cannot be driven by WebDriver: the debug build answers
//! them from RECLAIM_TEST_PICK_ORIGINALS / RECLAIM_TEST_PICK_FOUND_FOLDER
//! (inherited by the app through tauri-driver). Everything else is real.

use std::path::PathBuf;

use e2e::{
    assert_accessible, click, close_app, create_case_through_screens, open_app, screenshot,
    test_data_dir, text_of, type_into, wait_for, Driver,
};

fn vectors() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/pdq-vectors/images"
    ))
}

#[tokio::test(flavor = "multi_thread")]
async fn images_are_fingerprinted_and_a_copy_is_found_in_a_folder() {
    let root = test_data_dir("images");
    let data_dir = root.join("data");
    let found = root.join("found");
    std::fs::create_dir_all(&data_dir).unwrap();
    std::fs::create_dir_all(&found).unwrap();
    let dih = vectors().join("reg-test-input/dih");
    std::fs::copy(dih.join("bridge-6-flipy.jpg"), found.join("copy.jpg")).unwrap();
    std::fs::copy(
        vectors().join("reg-test-input/labelme-subset/q0746.jpg"),
        found.join("unrelated.jpg"),
    )
    .unwrap();
    let originals = format!(
        "{}\n{}",
        dih.join("bridge-1-original.jpg").display(),
        vectors()
            .join("reg-test-input/labelme-subset/q2821.jpg")
            .display()
    );
    std::env::set_var("RECLAIM_TEST_PICK_ORIGINALS", originals);
    std::env::set_var(
        "RECLAIM_TEST_PICK_FOUND_FOLDER",
        found.display().to_string(),
    );

    let driver = Driver::start_with_data_dir(&data_dir);
    let client = open_app(&driver).await;
    let passphrase = "a calm and long passphrase";
    create_case_through_screens(&client, "images e2e", passphrase).await;

    // Case → links → Your images.
    click(&client, "case-continue").await;
    wait_for(
        &client,
        "document.querySelector('#links-text')",
        "the links screen",
    )
    .await;
    click(&client, "next-step").await;
    wait_for(
        &client,
        "document.querySelector('#images-pick')",
        "your images",
    )
    .await;
    click(&client, "images-pick").await;
    wait_for(
        &client,
        "document.querySelectorAll('#images-kept li').length === 2",
        "two fingerprints",
    )
    .await;
    let kept = text_of(&client, "#images-kept").await;
    assert!(
        kept.contains("Image 1") && kept.contains("Image 2"),
        "{kept}"
    );
    assert!(!kept.contains("bridge"), "no file names: {kept}");
    let site = text_of(&client, "#service-site").await;
    assert_eq!(site, "https://stopncii.org");
    type_into(&client, "service-case-number", "SN-E2E-7").await;
    click(&client, "service-record").await;
    wait_for(
        &client,
        "document.querySelector('#service-cases')",
        "the kept number",
    )
    .await;
    assert!(text_of(&client, "#service-cases")
        .await
        .contains("SN-E2E-7"));
    screenshot(&client, "your-images.png").await;
    assert_accessible(&client, "your images").await;

    // Find copies.
    click(&client, "next-step").await;
    wait_for(
        &client,
        "document.querySelector('#copies-pick')",
        "find copies",
    )
    .await;
    click(&client, "copies-pick").await;
    wait_for(
        &client,
        "document.querySelector('#copies-result')",
        "the search result",
    )
    .await;
    let title = text_of(&client, "#copies-result-title").await;
    assert_eq!(title, "1 copy found");
    let list = text_of(&client, "#copies-list").await;
    assert!(
        list.contains("copy.jpg") && list.contains("mirrored"),
        "{list}"
    );
    screenshot(&client, "find-copies.png").await;
    assert_accessible(&client, "find copies").await;

    close_app(client).await;
    drop(driver);
    let _ = std::fs::remove_dir_all(&root);
}
