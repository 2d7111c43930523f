//! A case created in the real app, with the real vault (SQLCipher, age) and a
//! real Secret Service, and a link kept in it: quick exit locks it, and what
//! was typed into it is nowhere on disk in plaintext.

use std::time::{SystemTime, UNIX_EPOCH};

use e2e::{
    assert_accessible, click, close_app, files_containing, invoke, launch_again, open_app,
    places_without_plaintext, press_quick_exit, screenshot, test_data_dir, text_of, type_into,
    wait_for, Driver,
};

#[tokio::test(flavor = "multi_thread")]
async fn a_new_case_is_encrypted_at_rest_and_quick_exit_locks_it() {
    let data_dir = test_data_dir("vault");
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let marker = format!("MARKER-{nanos:x}-CASE");

    let driver = Driver::start_with_data_dir(&data_dir);
    let client = open_app(&driver).await;

    wait_for(
        &client,
        "document.querySelector('#start')",
        "the first screen",
    )
    .await;
    wait_for(
        &client,
        "document.querySelector('#helplines li')",
        "the helplines",
    )
    .await;
    assert_accessible(&client, "safety first").await;
    for (step, next, screen) in [
        ("start", "#situation-title", "what is happening"),
        (
            "situation-shared",
            "#situation-continue:not([disabled])",
            "what is happening, answered",
        ),
        ("situation-continue", "#age-question", "age question"),
        ("age-adult", "#path-steps", "path overview"),
        ("path-continue", "#new-case", "case form"),
    ] {
        click(&client, step).await;
        wait_for(
            &client,
            &format!("document.querySelector('{next}')"),
            screen,
        )
        .await;
        assert_accessible(&client, screen).await;
    }

    let passphrase = "a calm and long passphrase";
    type_into(&client, "case-label", &marker).await;
    type_into(&client, "case-passphrase", passphrase).await;
    type_into(&client, "case-passphrase-confirm", passphrase).await;
    click(&client, "create-case").await;
    wait_for(
        &client,
        "document.querySelector('#case-open')",
        "the open case",
    )
    .await;
    let shown = text_of(&client, "#case-open").await;
    assert!(
        shown.contains(&marker),
        "the label is shown once open: {shown}"
    );
    screenshot(&client, "case-open.png").await;
    assert_accessible(&client, "open case").await;

    // Where are the images: a pasted link is checked, then kept verbatim in the case.
    let link = format!("https://www.instagram.com/p/{marker}/?igsh=abc");
    click(&client, "case-continue").await;
    wait_for(
        &client,
        "document.querySelector('#links-text')",
        "the links screen",
    )
    .await;
    // WebKitWebDriver drops "\n": the Enter key makes the line break.
    let enter = fantoccini::key::Key::Enter.to_string();
    type_into(&client, "links-text", &format!("{link}{enter}not a link")).await;
    click(&client, "links-check").await;
    wait_for(
        &client,
        "document.querySelector('#links-save')",
        "the checked links",
    )
    .await;
    let checked = text_of(&client, "#links-checked").await;
    assert!(checked.contains("Instagram"), "{checked}");
    click(&client, "links-save").await;
    wait_for(
        &client,
        "document.querySelector('#links-saved')",
        "the kept links",
    )
    .await;
    let kept = text_of(&client, "#links-saved .link-input").await;
    assert_eq!(kept, link, "kept exactly as pasted");
    let platform = text_of(&client, "#links-saved .hint").await;
    assert_eq!(platform, "Instagram");
    screenshot(&client, "links.png").await;
    assert_accessible(&client, "links").await;

    let overview = invoke(&client, "vault_overview").await;
    let code = overview["ok"]["open_case"]
        .as_str()
        .expect("a case is open")
        .to_owned();

    // Quick exit: the window hides and the case is locked.
    press_quick_exit(&client).await;
    let overview = invoke(&client, "vault_overview").await;
    assert_eq!(
        overview["ok"]["open_case"],
        serde_json::Value::Null,
        "{overview}"
    );
    assert_eq!(overview["ok"]["cases"][0]["code"], code.as_str());
    let current = invoke(&client, "current_case").await;
    assert_eq!(current["err"]["kind"], "locked", "{current}");

    // The database is not a readable SQLite file, and the marker typed into
    // the case is nowhere on disk: not in the vault, the webview's profile or
    // caches, nor the temporary folder.
    let db = data_dir.join("vault/v1/cases").join(&code).join("case.db");
    let head = std::fs::read(&db).expect("the case database exists");
    assert!(
        !head.starts_with(b"SQLite format 3"),
        "{} is readable",
        db.display()
    );

    let places = places_without_plaintext(&data_dir);
    let leaks = files_containing(&places, marker.as_bytes());
    assert!(leaks.is_empty(), "the marker is readable in {leaks:?}");

    // Back later: starting Reclaim again shows the same window on its first
    // screen; "Open a case I started before" goes straight to the cases
    // (nothing about a new case is asked again), and the case opens with its
    // passphrase on the step she left off on, with what was kept.
    launch_again(&client, &data_dir).await;
    wait_for(
        &client,
        "document.querySelector('#start')",
        "the first screen after a quick exit",
    )
    .await;
    click(&client, "continue-case").await;
    wait_for(
        &client,
        "document.querySelector('.case-list')",
        ".case-list",
    )
    .await;
    type_into(&client, &format!("unlock-passphrase-{code}"), passphrase).await;
    click(&client, &format!("unlock-{code}")).await;
    wait_for(
        &client,
        "document.querySelector('#links-saved')",
        "the links kept before, where she left off",
    )
    .await;
    assert_eq!(text_of(&client, "#links-saved .link-input").await, link);
    assert!(
        text_of(&client, "#case-report-failed")
            .await
            .contains("No wrong passphrase"),
        "nobody tried a wrong passphrase"
    );

    close_app(client).await;
    drop(driver);
    let _ = std::fs::remove_dir_all(&data_dir);
}
