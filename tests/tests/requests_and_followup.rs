//! Requests and follow-up in the real app: a case created through the screens,
//! two links kept (X and Reddit), one request card per platform, a field copied
//! to the real clipboard (Xvfb), one request marked as sent, and the follow-up
//! showing it as sent with a deadline. Both screens pass axe.
//!
//! No browser is ever opened here: the test never presses the final "Open" of
//! the browser-history warning (only "Not now"), so no form or e-mail program
//! starts. The liveness check is not pressed either (it would go to x.com).

use e2e::{
    assert_accessible, click, click_css, close_app, create_case_through_screens, go_to_step,
    open_app, screenshot, test_data_dir, text_of, type_into, wait_for, Driver,
};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread")]
async fn requests_are_written_per_platform_copied_marked_sent_and_followed_up() {
    let data_dir = test_data_dir("requests");
    let driver = Driver::start_with_data_dir(&data_dir);
    let client = open_app(&driver).await;

    // To the case form and a new case (no name or e-mail given yet).
    let passphrase = "a calm and long passphrase";
    create_case_through_screens(&client, "requests walk", passphrase).await;

    // Two links, on X and on Reddit.
    click(&client, "case-continue").await;
    wait_for(
        &client,
        "document.querySelector('#links-text')",
        "the links screen",
    )
    .await;
    let enter = fantoccini::key::Key::Enter.to_string();
    type_into(
        &client,
        "links-text",
        &format!(
            "https://x.com/someone/status/1234567890{enter}https://www.reddit.com/r/pics/comments/abc123/title/"
        ),
    )
    .await;
    click(&client, "links-check").await;
    wait_for(
        &client,
        "document.querySelector('#links-save')",
        "the checked links",
    )
    .await;
    click(&client, "links-save").await;
    wait_for(
        &client,
        "document.querySelectorAll('#links-saved li').length === 2",
        "two kept links",
    )
    .await;

    // Requests: the case lacks a name and an e-mail; the screen says so and asks.
    go_to_step(&client, "requests").await;
    wait_for(
        &client,
        "document.querySelector('#requests-missing')",
        "the missing details",
    )
    .await;
    type_into(&client, "requests-name", "Alex Example").await;
    type_into(&client, "requests-email", "alex@example.org").await;
    click(&client, "requests-save-contact").await;
    wait_for(
        &client,
        "document.querySelectorAll('.request-card').length === 4",
        "one card per platform, and Google and Bing delisting added",
    )
    .await;
    let titles = text_of(&client, "#requests-title").await;
    assert!(!titles.is_empty());
    let cards: Vec<String> = {
        let mut out = Vec::new();
        for card in client
            .find_all(Locator::Css(".request-card h2"))
            .await
            .unwrap()
        {
            out.push(card.text().await.unwrap());
        }
        out
    };
    // The two sites, and the search engines that can delist their links.
    assert_eq!(cards.len(), 4, "{cards:?}");
    assert!(cards.iter().any(|c| c.contains('X')), "{cards:?}");
    assert!(cards.iter().any(|c| c.contains("Reddit")), "{cards:?}");
    assert!(cards.iter().any(|c| c.contains("Google")), "{cards:?}");
    assert!(cards.iter().any(|c| c.contains("Bing")), "{cards:?}");

    // Copy a field: the real clipboard gets it, and the screen says it will be cleared.
    // A checklist: nothing sent yet, the first row open and saying "Start here",
    // the others closed (one "I have sent it" on the page, not one per route).
    let progress = text_of(&client, "#requests-progress").await;
    assert!(progress.contains("0 of 4 sent"), "{progress}");
    let open_rows = client
        .find_all(Locator::Css(".row-toggle[aria-expanded='true']"))
        .await
        .unwrap();
    assert_eq!(open_rows.len(), 1, "one row open at a time");
    let first = open_rows[0].text().await.unwrap();
    assert!(first.contains("Start here"), "{first}");
    let sent_buttons = client
        .find_all(Locator::Css(".row-body > .request button[data-mark-sent]"))
        .await
        .unwrap();
    assert_eq!(sent_buttons.len(), 1, "only the open row's best route");

    click_css(&client, ".request-card button.copy").await;
    wait_for(
        &client,
        "document.querySelector('.copied-note') !== null",
        "the copied note",
    )
    .await;
    let note = text_of(&client, ".copied-note").await;
    assert!(note.contains("in a minute"), "{note}");

    // The browser-history warning comes before anything opens; "Not now" opens nothing.
    // (Routes behind "Other ways" are folded away: only the open row's best route counts.)
    let visible_open = ".row-body > .request button[data-open]";
    if client.find(Locator::Css(visible_open)).await.is_ok() {
        click_css(&client, visible_open).await;
        wait_for(
            &client,
            "document.querySelector('.warning-box') !== null",
            "the history warning",
        )
        .await;
        let warning = text_of(&client, ".warning-box").await;
        assert!(warning.contains("history"), "{warning}");
        click_css(&client, "button[data-open-cancel]").await;
    }
    screenshot(&client, "requests.png").await;
    assert_accessible(&client, "requests").await;

    // Mark the X request as sent, with a ticket number.
    type_into(&client, "x-0-ticket", "T-12345").await;
    click_css(&client, "button[data-mark-sent='x']").await;
    wait_for(
        &client,
        "document.querySelector('#requests-progress').textContent.includes('1 of 4 sent')",
        "the progress counting the sent request",
    )
    .await;
    let x_row = text_of(&client, ".request-card[data-platform='x'] .row-toggle").await;
    assert!(x_row.contains("Sent"), "{x_row}");

    // Follow-up: sent, with a deadline and the ticket number.
    click(&client, "next-step").await;
    wait_for(
        &client,
        "document.querySelector('#followup-list .followup-item') !== null",
        "the follow-up list",
    )
    .await;
    let status = text_of(&client, "#followup-list .status").await;
    assert_eq!(status, "Sent, waiting for an answer");
    let deadline = text_of(&client, "#followup-list .deadline").await;
    assert!(!deadline.is_empty(), "a deadline is shown");
    let item = text_of(&client, "#followup-list .followup-item").await;
    assert!(item.contains("T-12345"), "{item}");
    screenshot(&client, "follow-up.png").await;
    assert_accessible(&client, "follow-up").await;

    close_app(client).await;
}
