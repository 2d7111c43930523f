//! The real app, built with its UI embedded, in the real WebKitGTK webview.

use e2e::{
    accessibility_violations, click, close_app, open_app, press_quick_exit, screenshot, text_of,
    wait_for, Driver,
};

#[tokio::test(flavor = "multi_thread")]
async fn safety_screen_shows_promises_and_helplines_and_quick_exit_hides_the_window() {
    let driver = Driver::start();
    let client = open_app(&driver).await;

    // The first screen: what Reclaim never does, and the helplines from Rust.
    wait_for(
        &client,
        "document.querySelector('#helplines li')",
        "the helplines",
    )
    .await;
    let text = text_of(&client, "main").await;
    assert!(
        text.contains("Your images never leave this computer"),
        "{text}"
    );
    assert!(
        text.contains("116 000"),
        "Child Focus must be listed: {text}"
    );
    assert!(text.contains("0800 12 800"), "IEFH must be listed: {text}");
    let title = client.title().await.unwrap();
    assert_eq!(title, "Reclaim", "a neutral window title");

    let shot = screenshot(&client, "safety-first.png").await;
    assert!(
        std::fs::metadata(&shot).unwrap().len() > 10_000,
        "a real picture"
    );

    // The accessibility check finds nothing here, and it does find a button
    // without a name when one is put on the page (so a pass means something).
    let violations = accessibility_violations(&client).await;
    assert!(violations.is_empty(), "{violations:#?}");
    client
        .execute(
            "const b = document.createElement('button'); b.id = 'nameless';\
             document.querySelector('main').appendChild(b);",
            vec![],
        )
        .await
        .unwrap();
    let violations = accessibility_violations(&client).await;
    assert!(
        violations.iter().any(|v| v.starts_with("button-name")),
        "{violations:#?}"
    );
    client
        .execute("document.getElementById('nameless').remove();", vec![])
        .await
        .unwrap();

    // Someone unsure of the age is routed to Child Focus; then she presses
    // the quick-exit key there.
    click(&client, "start").await;
    wait_for(
        &client,
        "document.querySelector('#situation-shared')",
        "what is happening",
    )
    .await;
    click(&client, "situation-shared").await;
    click(&client, "situation-continue").await;
    wait_for(
        &client,
        "document.querySelector('#age-question')",
        "the age question",
    )
    .await;
    click(&client, "age-unsure").await;
    wait_for(
        &client,
        "document.querySelector('#minor-child-focus')",
        "the minor route",
    )
    .await;
    assert!(text_of(&client, "#minor-child-focus")
        .await
        .contains("116 000"));
    // "Not sure" is acknowledged; the route says what never to do and gives
    // each service's address.
    assert!(text_of(&client, "#minor-unsure")
        .await
        .contains("You are not sure"));
    let never = text_of(&client, "#minor-never").await;
    assert!(never.contains("screenshots"), "{never}");
    let route = text_of(&client, "main").await;
    for address in [
        "childfocus.be",
        "takeitdown.ncmec.org",
        "116000@childfocus.org",
    ] {
        assert!(route.contains(address), "{address} missing: {route}");
    }
    let violations = accessibility_violations(&client).await;
    assert!(violations.is_empty(), "minor route: {violations:#?}");
    // The way forward: a case that keeps links only (not created here: this
    // test has no throwaway data folder).
    click(&client, "minor-links").await;
    wait_for(
        &client,
        "document.querySelector('#case-minor-note')",
        "the links-only case form",
    )
    .await;
    let visible = client
        .execute("return document.visibilityState;", vec![])
        .await
        .unwrap();
    assert_eq!(
        visible, "visible",
        "the window is shown before the quick exit"
    );

    press_quick_exit(&client).await;

    // The window is hidden and the page is back on the neutral first screen.
    wait_for(
        &client,
        "document.querySelector('#safety-title') && !document.querySelector('#minor-child-focus')",
        "the neutral first screen",
    )
    .await;

    close_app(client).await;
}
