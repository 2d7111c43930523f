//! The branches of the flow in the real app, one test each: what a person who is
//! threatened, who found fakes, whose child's photos were taken, or who does not
//! know where her images are sees after "What is happening?", which steps her
//! case has, and the screen of her branch (axe finds nothing; screenshots at 420
//! and 1920 px, in English and one other language).

use e2e::{
    assert_accessible, check_layout, choose_language, click, close_app, go_to_step, open_app,
    sha256_hex, test_data_dir, text_of, type_into, wait_css, wait_for, Driver,
};
use fantoccini::Client;

/// The ids of the steps in the step list, in order.
async fn steps_listed(client: &Client) -> Vec<String> {
    let value = client
        .execute(
            "return [...document.querySelectorAll('#step-list button')].map(b => b.id);",
            vec![],
        )
        .await
        .expect("step list");
    value
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().unwrap().trim_start_matches("step-").to_owned())
        .collect()
}

/// From the first screen: one situation, then the age answer (none for a
/// child's photos, which are not asked it); ends on the path overview.
async fn answer(client: &Client, situation: &str, age: Option<&str>) {
    wait_css(client, "#start").await;
    click(client, "start").await;
    wait_css(client, "#situation-title").await;
    click(client, &format!("situation-{situation}")).await;
    click(client, "situation-continue").await;
    if let Some(age) = age {
        wait_css(client, "#age-question").await;
        click(client, age).await;
    }
}

/// From the path overview: a new case; ends on the open case. Returns the
/// path overview's text.
async fn create_from_path(client: &Client, label: &str) -> String {
    wait_css(client, "#path-steps").await;
    let path = text_of(client, "main").await;
    click(client, "path-continue").await;
    wait_css(client, "#new-case").await;
    type_into(client, "case-label", label).await;
    type_into(client, "case-passphrase", "a calm and long passphrase").await;
    type_into(
        client,
        "case-passphrase-confirm",
        "a calm and long passphrase",
    )
    .await;
    click(client, "create-case").await;
    wait_css(client, "#case-open").await;
    path
}

async fn start_case(client: &Client, situation: &str, age: Option<&str>) -> String {
    answer(client, situation, age).await;
    create_from_path(client, situation).await
}

fn test_png() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/pdq-vectors/images/misc-images/c.png"
    ))
    .expect("the test image")
}

#[tokio::test(flavor = "multi_thread")]
async fn threatened_keeps_the_threat_as_evidence_and_reports_the_account() {
    let dir = test_data_dir("threat");
    std::fs::create_dir_all(dir.join("data")).unwrap();
    let shot = dir.join("messages.png");
    let png = test_png();
    std::fs::write(&shot, &png).unwrap();
    let driver = Driver::start_with_env(
        &dir.join("data"),
        &[("RECLAIM_TEST_PICK_SCREENSHOT", shot.display().to_string())],
    );
    let client = open_app(&driver).await;

    answer(&client, "threatened", None).await;
    wait_css(&client, "#age-question").await;
    // Asked about today too: under 18 now leads to the under-18 route.
    let question = text_of(&client, "#age-question").await;
    assert!(
        question.contains("Are you under 18, or were you"),
        "{question}"
    );
    click(&client, "age-under").await;
    wait_css(&client, "#minor-threat").await;
    let minor = text_of(&client, "main").await;
    assert!(minor.contains("do not pay"), "{minor}");
    assert!(minor.contains("Take It Down"), "{minor}");

    // An adult (today and then) goes on to the threat branch.
    click(&client, "minor-back").await;
    wait_css(&client, "#age-question").await;
    click(&client, "age-adult").await;
    let path = create_from_path(&client, "threatened").await;
    assert!(path.contains("What to do now about the threat"), "{path}");
    assert!(!path.contains("Find copies"), "no copy search: {path}");
    assert_eq!(
        steps_listed(&client).await,
        ["case", "threat", "images", "file", "links", "requests", "followup"],
        "the core's threat branch"
    );
    click(&client, "case-continue").await;
    wait_css(&client, "#threat-title").await;
    let text = text_of(&client, "main").await;
    for words in [
        "Do not pay",
        "Do not delete the conversation",
        "Instagram",
        "Report account",
        "StopNCII",
        "101",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }

    // A screenshot of the messages, with the account noted: kept with its hash.
    type_into(&client, "threat-account", "@someone_threatening").await;
    click(&client, "threat-add-messages").await;
    wait_css(&client, "#threat-kept").await;
    let kept = text_of(&client, "#threat-kept").await;
    assert!(kept.contains(&sha256_hex(&png)), "{kept}");
    assert!(kept.contains("@someone_threatening"), "{kept}");

    assert_accessible(&client, "threat").await;
    check_layout(&client, "threat").await;
    choose_language(&client, "fr").await;
    wait_css(&client, "#threat-route-instagram").await;
    let fr = text_of(&client, "#threat-route-instagram").await;
    assert!(fr.contains("Signaler le compte"), "{fr}");
    assert_accessible(&client, "threat fr").await;
    check_layout(&client, "threat-fr").await;
    close_app(client).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_childs_photos_keep_links_only_and_give_the_hotline_report() {
    let dir = test_data_dir("child");
    let driver = Driver::start_with_data_dir(&dir);
    let client = open_app(&driver).await;

    // No age question: straight to the path, which says only links are kept.
    let path = start_case(&client, "child_photos", None).await;
    assert!(path.contains("keeps only the links"), "{path}");
    assert!(!path.contains("fingerprints"), "no images step: {path}");
    assert_eq!(
        steps_listed(&client).await,
        ["case", "links", "hotline", "file"]
    );

    click(&client, "case-continue").await;
    wait_css(&client, "#links-text").await;
    type_into(&client, "links-text", "https://forum.example.org/t/12345").await;
    click(&client, "links-check").await;
    wait_css(&client, "#links-save").await;
    click(&client, "links-save").await;
    wait_css(&client, "#links-saved").await;
    go_to_step(&client, "hotline").await;
    wait_css(&client, "#hotline-body").await;
    let address = text_of(&client, "#hotline-address").await;
    assert!(address.contains("childfocus.be"), "{address}");
    let body = text_of(&client, "#hotline-body").await;
    assert!(body.contains("https://forum.example.org/t/12345"), "{body}");
    click(&client, "hotline-copy").await;
    wait_for(
        &client,
        "document.getElementById('hotline-copied').textContent.trim().length > 0",
        "copied",
    )
    .await;
    assert_accessible(&client, "hotline").await;
    check_layout(&client, "hotline").await;
    choose_language(&client, "nl").await;
    wait_for(
        &client,
        "document.getElementById('hotline-title').textContent.includes('meldpunt')",
        "the Dutch hotline screen",
    )
    .await;
    assert_accessible(&client, "hotline nl").await;
    check_layout(&client, "hotline-nl").await;
    close_app(client).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn dont_know_where_says_what_leaves_the_device_and_leads_back_to_links() {
    let dir = test_data_dir("search");
    let driver = Driver::start_with_data_dir(&dir);
    let client = open_app(&driver).await;

    start_case(&client, "dont_know_where", Some("age-adult")).await;
    assert_eq!(
        steps_listed(&client).await[..3],
        ["case", "search", "links"]
    );
    click(&client, "case-continue").await;
    wait_css(&client, "#search-title").await;
    let text = text_of(&client, "main").await;
    for words in [
        "only the words you type",
        "never the image",
        "the photo itself",
        "a photo of your face",
        "TinEye",
        "PimEyes",
        "Not confirmed",
        "paid",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    // What uploads nothing comes first.
    assert!(
        text.find("StopNCII").unwrap() < text.find("TinEye").unwrap(),
        "{text}"
    );
    assert_accessible(&client, "search").await;
    check_layout(&client, "search").await;
    choose_language(&client, "de").await;
    wait_css(&client, "#search-found").await;
    assert_accessible(&client, "search de").await;
    check_layout(&client, "search-de").await;
    click(&client, "search-found").await;
    wait_css(&client, "#links-text").await;
    close_app(client).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn fake_images_need_no_originals_and_the_screen_says_so() {
    let dir = test_data_dir("fake");
    let driver = Driver::start_with_data_dir(&dir);
    let client = open_app(&driver).await;

    start_case(&client, "fake", Some("age-adult")).await;
    let steps = steps_listed(&client).await;
    assert!(!steps.contains(&"copies".to_owned()), "{steps:?}");
    go_to_step(&client, "images").await;
    wait_css(&client, "#images-fake-note").await;
    let note = text_of(&client, "#images-fake-note").await;
    assert!(note.contains("do not need any original"), "{note}");
    assert_accessible(&client, "images fake").await;
    check_layout(&client, "images-fake").await;
    choose_language(&client, "fr").await;
    go_to_step(&client, "requests").await;
    wait_css(&client, "#requests-fake-note").await;
    let letters = text_of(&client, "#requests-fake-note").await;
    assert!(letters.contains("sans votre consentement"), "{letters}");
    assert_accessible(&client, "requests fake fr").await;
    check_layout(&client, "requests-fake-fr").await;
    close_app(client).await;
}

/// An adult whose images were taken before she was 18: the route speaks to
/// her as an adult too, says what never to do, gives each service's address,
/// and leads on to a case that keeps links only (no images step, no
/// screenshot button).
#[tokio::test(flavor = "multi_thread")]
async fn an_adult_whose_images_were_taken_before_18_is_led_to_a_links_only_case() {
    let dir = test_data_dir("adult-under-18");
    let driver = Driver::start_with_data_dir(&dir);
    let client = open_app(&driver).await;

    answer(&client, "shared", Some("age-under")).await;
    wait_css(&client, "#minor-never").await;
    let route = text_of(&client, "main").await;
    assert!(route.contains("If you are 18 or older today"), "{route}");
    assert!(route.contains("whatever your age today"), "{route}");
    for address in [
        "childfocus.be",
        "takeitdown.ncmec.org",
        "116000@childfocus.org",
    ] {
        assert!(route.contains(address), "{address} missing: {route}");
    }
    let never = text_of(&client, "#minor-never").await;
    assert!(never.contains("screenshots"), "{never}");
    assert_accessible(&client, "under 18 then, adult now").await;
    check_layout(&client, "under-18-adult").await;

    click(&client, "minor-links").await;
    wait_css(&client, "#case-minor-note").await;
    wait_css(&client, "#new-case").await;
    type_into(&client, "case-label", "then 16").await;
    type_into(&client, "case-passphrase", "a calm and long passphrase").await;
    type_into(
        &client,
        "case-passphrase-confirm",
        "a calm and long passphrase",
    )
    .await;
    click(&client, "create-case").await;
    wait_css(&client, "#case-open").await;
    let steps = steps_listed(&client).await;
    assert!(!steps.contains(&"images".to_owned()), "{steps:?}");
    click(&client, "case-continue").await;
    wait_css(&client, "#links-text").await;
    type_into(&client, "links-text", "https://forum.example.org/t/777").await;
    click(&client, "links-check").await;
    wait_css(&client, "#links-save").await;
    click(&client, "links-save").await;
    wait_css(&client, "#links-saved").await;
    let screenshot_buttons = client
        .execute(
            "return document.querySelectorAll('[id$=\"-add-screenshot\"]').length;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        screenshot_buttons, 0,
        "no screenshot of a minor's images is offered"
    );
    close_app(client).await;
}
