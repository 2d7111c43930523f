//! "What is happening?" in the real app: the question after Safety first, and
//! someone being made to stream or film live, now, leads to the emergency
//! numbers alone. Axe finds nothing; screenshots at 420 and 1920 px.

use e2e::{assert_accessible, check_layout, click, close_app, open_app, text_of, wait_css, Driver};

#[tokio::test(flavor = "multi_thread")]
async fn what_is_happening_then_live_now_shows_the_emergency_numbers_alone() {
    let driver = Driver::start();
    let client = open_app(&driver).await;
    wait_css(&client, "#start").await;
    click(&client, "start").await;
    wait_css(&client, "#situation-title").await;
    let text = text_of(&client, "main").await;
    assert!(text.contains("What is happening?"), "{text}");
    for words in [
        "were shared without my consent",
        "threatens to share",
        "fake sexual images",
        "Photos of my child",
        "don't know where",
        "stream or film live",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    assert_accessible(&client, "what is happening").await;
    check_layout(&client, "situation").await;

    click(&client, "situation-live_now").await;
    click(&client, "situation-continue").await;
    wait_css(&client, "#emergency-112").await;
    let numbers = text_of(&client, "main").await;
    assert!(numbers.contains("112"), "{numbers}");
    assert!(numbers.contains("101"), "{numbers}");
    assert!(numbers.contains("116 000"), "{numbers}");
    // Nothing competes: one way back, no other button or link in the screen.
    let controls = client
        .execute(
            "return document.querySelectorAll('main button, main a, main input').length;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(controls.as_u64(), Some(1), "only the way back");
    assert_accessible(&client, "emergency").await;
    check_layout(&client, "emergency").await;

    // Back: the answer is still there, and can be changed.
    click(&client, "emergency-back").await;
    wait_css(&client, "#situation-title").await;
    let checked = client
        .execute(
            "return document.getElementById('situation-live_now').checked;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(checked.as_bool(), Some(true));
    close_app(client).await;
}
