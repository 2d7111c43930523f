//! Support for the end-to-end tests: start `tauri-driver` and open a WebDriver
//! session on the real, embedded-UI build of the app.
//!
//! The app must be built first (`tauri build --debug --no-bundle`); the tests
//! run under `scripts/with-desktop-session.sh` (Xvfb, D-Bus, unlocked
//! gnome-keyring). `RECLAIM_APP` overrides the binary (e.g. an installed .deb).

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;

/// The app binary to test.
pub fn app_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("RECLAIM_APP") {
        return PathBuf::from(path);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let binary = target
        .join("debug")
        .join(format!("reclaim{}", std::env::consts::EXE_SUFFIX));
    assert!(
        binary.exists(),
        "{} is missing: build it with `ui/node_modules/.bin/tauri build --debug --no-bundle`",
        binary.display()
    );
    binary
}

/// Where screenshots for people to look at are kept.
pub fn screenshots_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/screenshots")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// A running `tauri-driver`, stopped with SIGTERM on drop so that it also
/// stops its WebKitWebDriver child (SIGKILL would orphan it).
pub struct Driver {
    child: Child,
    pub port: u16,
}

fn wait_for_port(port: u16, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "{what} did not listen on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

impl Driver {
    /// Starts the driver; the app it launches keeps its cases in `data_dir`.
    pub fn start_with_data_dir(data_dir: &std::path::Path) -> Self {
        Self::spawn(Some(data_dir))
    }

    pub fn start() -> Self {
        Self::spawn(None)
    }

    /// Starts the driver; the app it launches keeps its cases in `data_dir`
    /// and gets `env` (e.g. `RECLAIM_TEST_PICK_*`, the debug build's stand-in
    /// for native file dialogs, which WebDriver cannot drive).
    pub fn start_with_env(data_dir: &std::path::Path, env: &[(&str, String)]) -> Self {
        Self::spawn_with(Some(data_dir), env)
    }

    fn spawn(data_dir: Option<&std::path::Path>) -> Self {
        Self::spawn_with(data_dir, &[])
    }

    fn spawn_with(data_dir: Option<&std::path::Path>, env: &[(&str, String)]) -> Self {
        let port = free_port();
        let native_port = free_port();
        let mut command = Command::new("tauri-driver");
        if let Some(dir) = data_dir {
            command.env("RECLAIM_DATA_DIR", dir);
        }
        for (name, value) in env {
            command.env(name, value);
        }
        let child = command
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver is installed (cargo install tauri-driver --version ^2)");
        // tauri-driver forwards to WebKitWebDriver, which it starts itself:
        // both must listen before a session can open.
        wait_for_port(port, "tauri-driver");
        wait_for_port(native_port, "WebKitWebDriver");
        Self { child, port }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
        stop_leftover_apps();
    }
}

/// Ends any copy of the app still running after its session closed. The app
/// is single-instance: a copy left over from one test would take the next
/// test's launch for its own and leave that WebDriver session hanging.
fn stop_leftover_apps() {
    let binary = app_binary();
    let binary = binary.canonicalize().unwrap_or(binary);
    let running = || -> Vec<String> {
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return Vec::new();
        };
        entries
            .flatten()
            .filter(|entry| {
                std::fs::read_link(entry.path().join("exe")).is_ok_and(|exe| exe == binary)
            })
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect()
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let pids = running();
        if pids.is_empty() {
            wait_for_single_instance_name_to_be_free();
            return;
        }
        let signal = if Instant::now() < deadline {
            "-TERM"
        } else {
            "-KILL"
        };
        for pid in &pids {
            let _ = Command::new("kill").args([signal, pid]).status();
        }
        std::thread::sleep(Duration::from_millis(200));
        if Instant::now() > deadline + Duration::from_secs(5) {
            eprintln!("app processes {pids:?} did not end");
            return;
        }
    }
}

/// The app claims a D-Bus name to stay single-instance. The bus frees it a
/// moment after the process has gone (later on a loaded machine); a launch in
/// that moment would hand itself to the dying copy and end. Waits until the
/// name has no owner (at most 5 s; without `dbus-send` it does not wait).
fn wait_for_single_instance_name_to_be_free() {
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        let Ok(out) = Command::new("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.reclaim.desktop.SingleInstance",
            ])
            .stderr(Stdio::null())
            .output()
        else {
            return;
        };
        if !out.status.success() || !String::from_utf8_lossy(&out.stdout).contains("true") {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    eprintln!("the app's single-instance name was still taken after 5 s");
}

/// Opens a WebDriver session that starts the app.
pub async fn open_app(driver: &Driver) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), "wry".into());
    caps.insert(
        "tauri:options".into(),
        serde_json::json!({ "application": app_binary() }),
    );
    let url = format!("http://127.0.0.1:{}", driver.port);
    // A driver that has just started can drop the first connection; a few
    // attempts make the start-up race harmless without hiding a real failure.
    let mut attempt = 0;
    loop {
        attempt += 1;
        match ClientBuilder::new(HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&url)
            .await
        {
            Ok(client) => return client,
            Err(err) if attempt < 5 => {
                eprintln!("WebDriver session attempt {attempt} failed: {err}");
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            Err(err) => panic!("no WebDriver session on the app: {err}"),
        }
    }
}

/// Waits until `script` (a JavaScript expression) is truthy in the page.
/// Up to a minute: creating or opening a case derives keys on purpose slowly
/// (about a second each, several per new case, more on a busy machine).
pub async fn wait_for(client: &Client, script: &str, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let value = client
            .execute(&format!("return Boolean({script});"), vec![])
            .await
            .expect("script runs");
        if value == serde_json::Value::Bool(true) {
            return;
        }
        if Instant::now() >= deadline {
            // Say what the page showed instead, so a failure can be read.
            let shown = client
                .execute(
                    "const e = [...document.querySelectorAll('.error, [role=alert]')]\
                       .map((n) => n.textContent.trim()).filter(Boolean);\
                     const m = document.querySelector('main');\
                     return 'errors: ' + JSON.stringify(e) + '; page: ' +\
                       (m ? m.innerText : document.body.innerText).slice(0, 400);",
                    vec![],
                )
                .await
                .map(|v| v.as_str().unwrap_or_default().to_owned())
                .unwrap_or_default();
            panic!("timed out waiting for {what}; {shown}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Saves a PNG of what the window shows now. WebKitWebDriver can return the
/// previous frame right after a DOM change, so wait two animation frames first.
pub async fn screenshot(client: &Client, name: &str) -> PathBuf {
    client
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             requestAnimationFrame(() => requestAnimationFrame(() => done()));",
            vec![],
        )
        .await
        .expect("animation frames");
    let png = client.screenshot().await.expect("screenshot");
    let dir = screenshots_dir();
    std::fs::create_dir_all(&dir).expect("screenshots dir");
    let path = dir.join(name);
    std::fs::write(&path, png).expect("write screenshot");
    path
}

/// Calls one of the app's commands from inside its own page (the same path the
/// UI takes), returning the result or the error as JSON.
pub async fn invoke(client: &Client, command: &str) -> serde_json::Value {
    client
        .execute_async(
            "const [cmd, done] = arguments;\
             window.__TAURI_INTERNALS__.invoke(cmd)\
               .then((ok) => done({ ok }), (err) => done({ err }));",
            vec![command.into()],
        )
        .await
        .expect("invoke runs")
}

/// Every file under `dirs` whose bytes contain `needle` (unreadable or huge
/// files are skipped).
pub fn files_containing(dirs: &[PathBuf], needle: &[u8]) -> Vec<PathBuf> {
    fn walk(path: &std::path::Path, needle: &[u8], found: &mut Vec<PathBuf>) {
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            return;
        };
        if meta.is_dir() {
            if let Ok(entries) = std::fs::read_dir(path) {
                for entry in entries.flatten() {
                    walk(&entry.path(), needle, found);
                }
            }
        } else if meta.is_file() && meta.len() < 256 * 1024 * 1024 {
            if let Ok(bytes) = std::fs::read(path) {
                if bytes.windows(needle.len()).any(|w| w == needle) {
                    found.push(path.to_owned());
                }
            }
        }
    }
    let mut found = Vec::new();
    for dir in dirs {
        walk(dir, needle, &mut found);
    }
    found
}

/// Clicks the element with this id.
pub async fn click(client: &Client, id: &str) {
    wait_until_still(client, &format!("#{id}")).await;
    client
        .find(fantoccini::Locator::Id(id))
        .await
        .unwrap_or_else(|e| panic!("#{id}: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("click #{id}: {e}"));
}

/// Ends the WebDriver session (the app quits). A session that does not end
/// within 30 s is left to the driver's shutdown, so one stuck WebKitWebDriver
/// cannot hang the whole run; it is reported.
pub async fn close_app(client: Client) {
    match tokio::time::timeout(Duration::from_secs(30), client.close()).await {
        Ok(result) => result.expect("the WebDriver session ends"),
        Err(_) => eprintln!("the WebDriver session did not end within 30 s"),
    }
}

/// From the first screen to a new case, as a person goes: start, "my images
/// were shared", "18 or older", the path, then the new-case form with `label`
/// and `passphrase`.
/// Returns once the case is open.
pub async fn create_case_through_screens(client: &Client, label: &str, passphrase: &str) {
    wait_for(
        client,
        "document.querySelector('#start')",
        "the first screen",
    )
    .await;
    for (step, next) in [
        ("start", "#situation-title"),
        ("situation-shared", "#situation-continue:not([disabled])"),
        ("situation-continue", "#age-question"),
        ("age-adult", "#path-steps"),
        ("path-continue", "#new-case"),
    ] {
        click(client, step).await;
        wait_for(client, &format!("document.querySelector('{next}')"), next).await;
    }
    type_into(client, "case-label", label).await;
    type_into(client, "case-passphrase", passphrase).await;
    type_into(client, "case-passphrase-confirm", passphrase).await;
    click(client, "create-case").await;
    wait_for(
        client,
        "document.querySelector('#case-open')",
        "the open case",
    )
    .await;
}

/// Every place a case's plaintext must never reach: the data folder, the
/// temporary folder, and the webview's data, cache and config folders.
pub fn places_without_plaintext(data_dir: &std::path::Path) -> Vec<PathBuf> {
    let home = PathBuf::from(std::env::var_os("HOME").expect("HOME is set"));
    let mut places = vec![data_dir.to_path_buf(), std::env::temp_dir()];
    for var in ["XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"] {
        if let Some(dir) = std::env::var_os(var) {
            places.push(PathBuf::from(dir));
        }
    }
    for dir in [".local/share", ".cache", ".config"] {
        places.push(home.join(dir).join("org.reclaim.desktop"));
    }
    places
}

/// Goes to a step of the open case through the step list at the top of the
/// page. On a narrow window the list is folded into one "Step 2 of 7" line:
/// it is opened first, as a person would.
pub async fn go_to_step(client: &Client, step: &str) {
    client
        .execute(
            "const toggle = document.getElementById('step-toggle');\
             if (toggle && toggle.offsetParent !== null\
                 && toggle.getAttribute('aria-expanded') !== 'true') toggle.click();",
            vec![],
        )
        .await
        .unwrap_or_else(|e| panic!("step list toggle: {e}"));
    wait_for(
        client,
        &format!("document.getElementById('step-{step}')?.offsetParent"),
        &format!("step {step} in the step list"),
    )
    .await;
    click(client, &format!("step-{step}")).await;
}

/// The window sizes every screen is checked at: the narrowest the issue asks
/// for a screenshot of, and a wide desktop screen.
pub const NARROW: (u32, u32) = (420, 780);
pub const WIDE: (u32, u32) = (1920, 1080);
/// The size the app opens at (tauri.conf.json).
pub const DEFAULT_SIZE: (u32, u32) = (1100, 780);

/// Resizes the app's window and waits until the page has the new width.
/// Returns the page's width (`window.innerWidth`).
pub async fn resize_window(client: &Client, (width, height): (u32, u32)) -> u64 {
    client
        .set_window_size(width, height)
        .await
        .unwrap_or_else(|e| panic!("resize to {width}x{height}: {e}"));
    wait_for(
        client,
        &format!("Math.abs(window.innerWidth - {width}) <= 2"),
        &format!("the page to be {width} px wide"),
    )
    .await;
    // Two frames, so the layout has settled at the new size.
    client
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             requestAnimationFrame(() => requestAnimationFrame(() => done()));",
            vec![],
        )
        .await
        .expect("animation frames");
    client
        .execute("return window.innerWidth;", vec![])
        .await
        .expect("the page's width")
        .as_u64()
        .expect("a width")
}

/// What overflows the window: the document's width against the window's, and
/// whether Quick exit is fully inside the window, scrolled to the bottom of
/// the page (the top bar must stay in view). Empty when all is well.
pub async fn layout_problems(client: &Client) -> Vec<String> {
    let found = client
        .execute(
            "const problems = [];\
             const width = window.innerWidth;\
             const doc = document.documentElement.scrollWidth;\
             if (doc > width) {\
               problems.push(`the page is ${doc} px wide in a ${width} px window`);\
               for (const el of document.querySelectorAll('body *')) {\
                 const r = el.getBoundingClientRect();\
                 if (r.right > width + 1 && problems.length < 6)\
                   problems.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className} ends at ${Math.round(r.right)} px`);\
               }\
             }\
             const before = window.scrollY;\
             window.scrollTo(0, document.documentElement.scrollHeight);\
             const exit = document.getElementById('quick-exit').getBoundingClientRect();\
             if (exit.left < 0 || exit.right > width || exit.top < 0 || exit.bottom > window.innerHeight)\
               problems.push(`Quick exit is not fully in view at the bottom of the page: ${JSON.stringify(exit)}`);\
             window.scrollTo(0, before);\
             return problems;",
            vec![],
        )
        .await
        .expect("the layout check runs");
    found
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Checks what the window shows now at the narrow and the wide size: nothing
/// wider than the window, Quick exit in view; saves `<name>-420.png` and
/// `<name>-1920.png` in docs/screenshots; then returns to the default size.
pub async fn check_layout(client: &Client, name: &str) {
    for size in [NARROW, WIDE] {
        let width = resize_window(client, size).await;
        client
            .execute("window.scrollTo(0, 0);", vec![])
            .await
            .expect("scroll to the top");
        let problems = layout_problems(client).await;
        assert!(problems.is_empty(), "{name} at {width} px: {problems:#?}");
        screenshot(client, &format!("{name}-{}.png", size.0)).await;
    }
    resize_window(client, DEFAULT_SIZE).await;
}

/// How far from the top of the page an element's top and bottom are (CSS px).
pub async fn top_and_bottom(client: &Client, css: &str) -> (f64, f64) {
    let value = client
        .execute(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect();\
             return [r.top + window.scrollY, r.bottom + window.scrollY];",
            vec![css.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"));
    let pair = value.as_array().expect("two numbers");
    (
        pair[0].as_f64().expect("a top"),
        pair[1].as_f64().expect("a bottom"),
    )
}

/// Types `text` into the field with this id.
pub async fn type_into(client: &Client, id: &str, text: &str) {
    client
        .find(fantoccini::Locator::Id(id))
        .await
        .unwrap_or_else(|e| panic!("#{id}: {e}"))
        .send_keys(text)
        .await
        .unwrap_or_else(|e| panic!("type into #{id}: {e}"));
}

/// The visible text of the first element matching `css`.
pub async fn text_of(client: &Client, css: &str) -> String {
    client
        .find(fantoccini::Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .text()
        .await
        .unwrap_or_else(|e| panic!("text of {css}: {e}"))
}

/// Presses the quick-exit key, as a person would, and waits for the window
/// to be hidden.
pub async fn press_quick_exit(client: &Client) {
    client
        .find(fantoccini::Locator::Css("body"))
        .await
        .expect("the page has a body")
        .send_keys(&fantoccini::key::Key::Escape.to_string())
        .await
        .expect("Esc is sent");
    wait_for(
        client,
        "document.visibilityState === 'hidden'",
        "the window to hide",
    )
    .await;
}

/// Starts the app a second time, as a person would after a quick exit: the
/// running app shows its window again and the second copy ends at once.
pub async fn launch_again(client: &Client, data_dir: &std::path::Path) {
    let status = Command::new(app_binary())
        .env("RECLAIM_DATA_DIR", data_dir)
        .stdout(Stdio::null())
        .status()
        .expect("the app starts a second time");
    assert!(status.success(), "the second copy ended with {status}");
    wait_for(
        client,
        "document.visibilityState === 'visible'",
        "the window to come back",
    )
    .await;
}

/// Fails the test if the screen shown now has a WCAG A/AA violation. axe runs
/// on the page at rest (scrolled to the top, as the layout checks do): while
/// scrolling, content passes under the sticky top bar and step list, and axe
/// would count whatever button is half under it as too small.
pub async fn assert_accessible(client: &Client, screen: &str) {
    client
        .execute("window.scrollTo(0, 0);", vec![])
        .await
        .expect("scroll to the top");
    let violations = accessibility_violations(client).await;
    assert!(violations.is_empty(), "{screen}: {violations:#?}");
}

/// Switches the screens to language `code` (en, fr, nl, de) with the
/// language menu, and waits until the page says it is in that language.
pub async fn choose_language(client: &Client, code: &str) {
    client
        .execute(
            "const s = document.getElementById('language'); s.value = arguments[0];\
             s.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![code.into()],
        )
        .await
        .expect("language switch");
    wait_for(
        client,
        &format!("document.documentElement.lang === '{code}'"),
        "the new language",
    )
    .await;
}

/// A fresh folder for one test's app data (`reclaim-e2e-<name>-<pid>` in the
/// temporary folder), emptied first if an earlier run left it behind.
pub fn test_data_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("reclaim-e2e-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the temporary folder is writable");
    dir
}

/// Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) inside the real webview on
/// what the window shows now, and returns every violation as
/// `"rule: target"` lines. The script comes from the UI's npm packages.
pub async fn accessibility_violations(client: &Client) -> Vec<String> {
    let axe =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
    let source = std::fs::read_to_string(&axe)
        .unwrap_or_else(|e| panic!("{}: {e} (run npm --prefix ui ci)", axe.display()));
    client
        .execute(&format!("{source}\nreturn typeof window.axe;"), vec![])
        .await
        .expect("axe-core loads in the page");
    let result = client
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             window.axe.run(document, { runOnly: { type: 'tag', values:\
               ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })\
               .then((r) => done(r.violations.flatMap((v) =>\
                  v.nodes.map((n) => v.id + ': ' + n.target.join(' ')))),\
                     (e) => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("axe-core runs");
    result
        .as_array()
        .expect("a list of violations")
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}

/// SHA-256 of `bytes` as lower-case hex, by `sha256sum` (what a person checking
/// a file by hand would run), to compare with what the app shows.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use std::io::Write;
    let mut child = Command::new("sha256sum")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("sha256sum");
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8(out.stdout).unwrap()[..64].to_owned()
}

/// Clicks the element `css` selects (for elements without an id).
pub async fn click_css(client: &Client, css: &str) {
    wait_until_still(client, css).await;
    client
        .find(fantoccini::Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {css}: {e}"));
}

/// Waits until an element `css` selects is on the page.
pub async fn wait_css(client: &Client, css: &str) {
    wait_for(client, &format!("document.querySelector(\"{css}\")"), css).await;
}

/// Waits until the element `css` selects stays at the same place for two
/// animation frames. A message that appears while she types (the passphrase's
/// strength, "not the same") moves the buttons below it; WebDriver clicks
/// where the element was, so a click on a moving button can land beside it,
/// as a person's would.
pub async fn wait_until_still(client: &Client, css: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let still = client
            .execute_async(
                "const [css, done] = arguments;\
                 const at = () => { const e = document.querySelector(css);\
                   if (!e) return null; const r = e.getBoundingClientRect();\
                   return `${r.x},${r.y},${r.width},${r.height}`; };\
                 const first = at();\
                 requestAnimationFrame(() => requestAnimationFrame(() =>\
                   setTimeout(() => done(first !== null && first === at()), 200)));",
                vec![css.into()],
            )
            .await
            .expect("layout check runs");
        if still == serde_json::Value::Bool(true) || Instant::now() >= deadline {
            return;
        }
    }
}
