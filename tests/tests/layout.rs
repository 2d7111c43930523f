//! Every screen of the real app at 420 px and 1920 px wide: the document is
//! never wider than the window and Quick exit stays in view (screenshots of
//! each in docs/screenshots/, `<screen>-420.png` and `<screen>-1920.png`).
//! Also what the first-time walk measured: Start without scrolling at the
//! default 1100×780 and at the minimum width, and the step list's height at
//! 800×600. The figures are printed for the closing note.

use e2e::{
    check_layout, choose_language, click, close_app, go_to_step, open_app, resize_window,
    test_data_dir, text_of, top_and_bottom, type_into, wait_css, wait_for, Driver, DEFAULT_SIZE,
};

/// "What is happening?": my images were shared, then Continue. The answer is
/// remembered when the question comes again, so it is ticked only if it is not.
async fn answer_shared_images(client: &fantoccini::Client) {
    client
        .execute(
            "const box = document.querySelector('#situation-shared'); if (!box.checked) box.click();",
            vec![],
        )
        .await
        .unwrap();
    click(client, "situation-continue").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_fits_from_420_to_1920_px_and_start_is_above_the_fold() {
    let data_dir = test_data_dir("layout");
    let driver = Driver::start_with_data_dir(&data_dir);
    let client = open_app(&driver).await;
    wait_css(&client, "#helplines li").await;

    // Start is visible without scrolling at the size the app opens at.
    let width = resize_window(&client, DEFAULT_SIZE).await;
    let (_, start_bottom) = top_and_bottom(&client, "#start").await;
    let (start_top, _) = top_and_bottom(&client, "#start").await;
    let inner_height = client
        .execute("return window.innerHeight;", vec![])
        .await
        .unwrap()
        .as_f64()
        .unwrap();
    eprintln!(
        "Start at {width} px wide: {start_top:.0} px from the top (window {inner_height} px high)"
    );
    assert!(
        start_bottom <= inner_height,
        "Start ends at {start_bottom} px, below the {inner_height} px window"
    );
    // And at the narrowest window the app allows (tauri.conf.json minWidth).
    let narrowest = resize_window(&client, (360, 780)).await;
    let (start_top, start_bottom) = top_and_bottom(&client, "#start").await;
    eprintln!("Start at {narrowest} px wide: {start_top:.0} px from the top");
    assert!(
        start_bottom <= 780.0,
        "Start ends at {start_bottom} px at {narrowest} px wide"
    );
    resize_window(&client, DEFAULT_SIZE).await;

    // The first screen and the under-18 route in every language.
    for code in ["fr", "nl", "de", "en"] {
        choose_language(&client, code).await;
        check_layout(&client, &format!("safety-first-{code}")).await;
        click(&client, "start").await;
        wait_css(&client, "#situation-title").await;
        check_layout(&client, &format!("situation-{code}")).await;
        answer_shared_images(&client).await;
        wait_css(&client, "#age-question").await;
        click(&client, "age-unsure").await;
        wait_css(&client, "#minor-unsure").await;
        check_layout(&client, &format!("under-18-{code}")).await;
        click(&client, "minor-back").await;
        wait_css(&client, "#age-question").await;
        if code == "en" {
            check_layout(&client, "age-question").await;
        }
        // Back to the first screen for the next language (age, then "What is happening?").
        client
            .execute("document.querySelector('main .secondary').click();", vec![])
            .await
            .unwrap();
        wait_css(&client, "#situation-title").await;
        client
            .execute("document.querySelector('main .secondary').click();", vec![])
            .await
            .unwrap();
        wait_css(&client, "#start").await;
    }

    // The adult path, then each step of a case with links in it.
    click(&client, "start").await;
    wait_css(&client, "#situation-title").await;
    answer_shared_images(&client).await;
    wait_css(&client, "#age-question").await;
    click(&client, "age-adult").await;
    wait_css(&client, "#path-steps").await;
    check_layout(&client, "path").await;
    click(&client, "path-continue").await;
    wait_css(&client, "#new-case").await;
    check_layout(&client, "new-case").await;
    type_into(&client, "case-label", "layout walk").await;
    type_into(&client, "case-passphrase", "a calm and long passphrase").await;
    type_into(
        &client,
        "case-passphrase-confirm",
        "a calm and long passphrase",
    )
    .await;
    click(&client, "create-case").await;
    wait_css(&client, "#case-open").await;
    check_layout(&client, "case-open").await;

    click(&client, "case-continue").await;
    wait_css(&client, "#links-text").await;
    let enter = fantoccini::key::Key::Enter.to_string();
    type_into(
        &client,
        "links-text",
        &format!(
            "https://x.com/someone/status/1234567890{enter}\
             https://www.reddit.com/r/pics/comments/abc123/a_very_long_title_that_goes_on_and_on_without_any_break_at_all/{enter}\
             https://files.example-hosting-service.net/download/0123456789abcdef0123456789abcdef0123456789abcdef/photo.jpg"
        ),
    )
    .await;
    click(&client, "links-check").await;
    wait_css(&client, "#links-save").await;
    click(&client, "links-save").await;
    wait_for(
        &client,
        "document.querySelectorAll('#links-saved li').length === 3",
        "three kept links",
    )
    .await;
    check_layout(&client, "links").await;

    for (step, ready) in [
        ("images", "#images-title"),
        ("copies", "#copies-title"),
        ("requests", "#requests-title"),
    ] {
        go_to_step(&client, step).await;
        wait_css(&client, ready).await;
        if step == "requests" {
            wait_for(
                &client,
                "document.querySelector('#requests-missing') || document.querySelector('.request-card')",
                "the requests or the details they need",
            )
            .await;
        }
        // What the screen loads from the case arrives a moment later.
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        check_layout(&client, step).await;
    }
    // Requests with the contact details given: the long page of cards.
    if client
        .find(fantoccini::Locator::Id("requests-name"))
        .await
        .is_ok()
    {
        type_into(&client, "requests-name", "Alex Example").await;
        type_into(&client, "requests-email", "alex.example@example.org").await;
        click(&client, "requests-save-contact").await;
        wait_css(&client, ".request-card").await;
        check_layout(&client, "requests-cards").await;
    }
    for (step, ready) in [("followup", "#followup-title"), ("file", "#file-title")] {
        go_to_step(&client, step).await;
        wait_css(&client, ready).await;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        check_layout(&client, step).await;
    }

    // The step list at 800×600 takes a small part of the screen, and at
    // 1920 px it is one line.
    resize_window(&client, (800, 600)).await;
    let (top, bottom) = top_and_bottom(&client, ".step-nav").await;
    eprintln!(
        "step list at 800x600: {:.0} px high ({:.0} % of 600)",
        bottom - top,
        (bottom - top) / 6.0
    );
    assert!(
        bottom - top < 200.0,
        "the step list is {} px high at 800x600",
        bottom - top
    );
    resize_window(&client, (1920, 1080)).await;
    let rows = client
        .execute(
            "return new Set([...document.querySelectorAll('.step-nav .step')]\
               .map((b) => Math.round(b.getBoundingClientRect().top))).size;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        rows,
        serde_json::json!(1),
        "the step list is on one line at 1920 px"
    );
    let current = text_of(&client, ".step-nav .step[aria-current='step']").await;
    assert!(!current.is_empty());
    resize_window(&client, DEFAULT_SIZE).await;

    close_app(client).await;
}
