//! "Copy": text goes to the system clipboard from Rust (the webview has no
//! clipboard access of its own), marked so clipboard managers keep it out of
//! their history where the system has such a mark, and cleared after a minute
//! if the clipboard still holds it. A new copy replaces the pending clear.
//!
//! One worker thread owns the clipboard (on Linux the copied text lives only
//! as long as its owner) and doubles as the timer.

use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use reclaim_core::{CoreError, ErrorKind};
use sha2::{Digest, Sha256};
use tauri::State;

use crate::error::AppResult;

/// How long copied text stays on the clipboard.
pub const CLEAR_AFTER: Duration = Duration::from_secs(60);

/// A copy waiting to be cleared: a digest of the text (the text itself is not kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    digest: [u8; 32],
    due: Instant,
}

impl Pending {
    pub fn new(text: &str, copied_at: Instant, after: Duration) -> Self {
        Self {
            digest: digest(text),
            due: copied_at + after,
        }
    }
}

fn digest(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

/// Whether to clear now: the delay has passed and the clipboard still holds the
/// copied text (something copied since, by the person or another program, stays).
pub fn should_clear(pending: &Pending, current: Option<&str>, now: Instant) -> bool {
    now >= pending.due && current.is_some_and(|text| digest(text) == pending.digest)
}

enum Message {
    Copy(String, Sender<Result<(), String>>),
}

fn set_text(clipboard: &mut arboard::Clipboard, text: &str) -> Result<(), arboard::Error> {
    let set = clipboard.set();
    #[cfg(all(
        unix,
        not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
    ))]
    let set = {
        use arboard::SetExtLinux;
        set.exclude_from_history()
    };
    #[cfg(target_os = "windows")]
    let set = {
        use arboard::SetExtWindows;
        set.exclude_from_history()
            .exclude_from_cloud()
            .exclude_from_monitoring()
    };
    #[cfg(target_os = "macos")]
    let set = {
        use arboard::SetExtApple;
        set.exclude_from_history()
    };
    set.text(text)
}

/// Opens the clipboard on first use (kept open: on Linux the copied text lives
/// only as long as its owner) and puts `text` on it.
fn copy_into(clipboard: &mut Option<arboard::Clipboard>, text: &str) -> Result<(), arboard::Error> {
    let cb = match clipboard {
        Some(cb) => cb,
        None => clipboard.insert(arboard::Clipboard::new()?),
    };
    set_text(cb, text)
}

fn worker(after: Duration) -> Sender<Message> {
    let (tx, rx) = channel::<Message>();
    std::thread::spawn(move || {
        let mut clipboard: Option<arboard::Clipboard> = None;
        let mut pending: Option<Pending> = None;
        loop {
            let message = match &pending {
                Some(p) => rx.recv_timeout(p.due.saturating_duration_since(Instant::now())),
                None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            match message {
                Ok(Message::Copy(text, reply)) => {
                    let result = copy_into(&mut clipboard, &text);
                    if result.is_ok() {
                        // Replaces any earlier pending clear.
                        pending = Some(Pending::new(&text, Instant::now(), after));
                    }
                    let _ = reply.send(result.map_err(|e| e.to_string()));
                }
                Err(RecvTimeoutError::Timeout) => {
                    if let (Some(p), Some(cb)) = (pending.take(), clipboard.as_mut()) {
                        let current = cb.get_text().ok();
                        if should_clear(&p, current.as_deref(), Instant::now()) {
                            let _ = cb.clear();
                        }
                    }
                }
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
    });
    tx
}

/// The clipboard worker, started on the first copy.
pub struct Clipboard {
    after: Duration,
    worker: Mutex<Option<Sender<Message>>>,
}

impl Default for Clipboard {
    fn default() -> Self {
        Self::with_delay(CLEAR_AFTER)
    }
}

impl Clipboard {
    pub fn with_delay(after: Duration) -> Self {
        Self {
            after,
            worker: Mutex::new(None),
        }
    }

    /// Puts `text` on the clipboard and schedules its clearing.
    pub fn copy(&self, text: &str) -> Result<(), CoreError> {
        let unusable = |why: String| CoreError::new(ErrorKind::Io, format!("the clipboard: {why}"));
        let (reply, answer) = channel();
        let mut slot = self.worker.lock().unwrap_or_else(|p| p.into_inner());
        let sender = slot.get_or_insert_with(|| worker(self.after));
        if sender
            .send(Message::Copy(text.to_owned(), reply.clone()))
            .is_err()
        {
            // The worker stopped (a panic in the system clipboard code): start again.
            *sender = worker(self.after);
            sender
                .send(Message::Copy(text.to_owned(), reply))
                .map_err(|e| unusable(e.to_string()))?;
        }
        drop(slot);
        answer
            .recv_timeout(Duration::from_secs(10))
            .map_err(|e| unusable(e.to_string()))?
            .map_err(unusable)
    }
}

/// Copies one field of a request (or any text the screen shows) to the clipboard.
#[tauri::command]
pub fn copy_text(clipboard: State<'_, Clipboard>, text: String) -> AppResult<()> {
    Ok(clipboard.copy(&text)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::{app, invoke, window, APP_ORIGIN};
    use serde_json::json;

    #[test]
    fn the_clear_waits_a_minute_and_spares_what_was_copied_since() {
        let copied = Instant::now();
        let pending = Pending::new("Anna's request", copied, CLEAR_AFTER);
        let later = copied + Duration::from_secs(61);
        assert!(!should_clear(
            &pending,
            Some("Anna's request"),
            copied + Duration::from_secs(59)
        ));
        assert!(should_clear(&pending, Some("Anna's request"), later));
        assert!(!should_clear(&pending, Some("something else"), later));
        assert!(!should_clear(&pending, None, later));
    }

    /// The real clipboard of the test session (Xvfb); skipped with a message
    /// where no display is reachable.
    fn system_clipboard() -> Option<arboard::Clipboard> {
        match arboard::Clipboard::new() {
            Ok(cb) => Some(cb),
            Err(e) => {
                eprintln!("no clipboard here ({e}); run under scripts/with-desktop-session.sh");
                None
            }
        }
    }

    #[test]
    fn copy_puts_the_text_on_the_system_clipboard_and_clears_it_later() {
        let Some(mut reader) = system_clipboard() else {
            return;
        };
        let app = app();
        let main = window(&app, "main");
        invoke(
            &main,
            APP_ORIGIN,
            "copy_text",
            json!({"text": "subject line 1"}),
        )
        .unwrap();
        assert_eq!(reader.get_text().unwrap(), "subject line 1");

        // The same worker with a short delay: cleared when untouched...
        let quick = Clipboard::with_delay(Duration::from_millis(300));
        quick.copy("to be cleared").unwrap();
        assert_eq!(reader.get_text().unwrap(), "to be cleared");
        std::thread::sleep(Duration::from_millis(900));
        assert_ne!(reader.get_text().ok().as_deref(), Some("to be cleared"));

        // ...a newer copy replaces the pending clear...
        quick.copy("first").unwrap();
        std::thread::sleep(Duration::from_millis(150));
        let slow = Clipboard::with_delay(Duration::from_secs(30));
        slow.copy("copied by something else").unwrap();
        std::thread::sleep(Duration::from_millis(700));
        // ...and text copied since by someone else is never cleared.
        assert_eq!(reader.get_text().unwrap(), "copied by something else");
    }
}
