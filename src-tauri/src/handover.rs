//! Opening a hand-over file from another Reclaim (a counsellor receives a
//! person's case, or the person moves to another computer): the file is
//! picked in the system dialog, opened with the hand-over passphrase, and
//! kept here as a new case under a passphrase chosen now.

use reclaim_core::vault::{CaseInfo, CreateOptions, KdfStrength};
use reclaim_core::{CoreError, ErrorKind, Field};
use secrecy::SecretString;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::cases::Cases;
use crate::error::AppResult;
use crate::picker::{picked, PickPurpose, PickedPaths};

/// Imports the hand-over file picked (`token` from `pick_paths` with purpose
/// `handover_file`) and opens it. The new passphrase protects the case on
/// this computer; the keyring is not used.
#[tauri::command]
pub async fn import_handover<R: Runtime>(
    app: AppHandle<R>,
    picks: State<'_, PickedPaths>,
    token: String,
    handover_passphrase: String,
    new_passphrase: String,
) -> AppResult<CaseInfo> {
    if handover_passphrase.is_empty() {
        return Err(CoreError::missing(Field::Passphrase).into());
    }
    reclaim_core::vault::check_passphrase(&SecretString::from(new_passphrase.clone()))?;
    let file = picked(&picks, &token, PickPurpose::HandoverFile)?
        .into_iter()
        .next()
        .ok_or_else(|| CoreError::new(ErrorKind::NotFound, "no hand-over file was picked"))?;
    let worker = app.clone();
    // Decrypting a large file takes a while: off the main thread.
    let info = tauri::async_runtime::spawn_blocking(move || -> AppResult<CaseInfo> {
        let cases = worker.state::<Cases>();
        let options = CreateOptions {
            passphrase: Some(SecretString::from(new_passphrase)),
            use_keyring: false,
            kdf: KdfStrength::Calibrated,
        };
        let opened = cases.vault(&worker)?.import_case(
            &file,
            &SecretString::from(handover_passphrase),
            options,
        )?;
        let info = opened.info()?;
        cases.replace_open(opened);
        Ok(info)
    })
    .await
    .map_err(|e| CoreError::internal(e.to_string()))??;
    Ok(info)
}

#[cfg(test)]
mod tests {
    use reclaim_core::vault::{CreateOptions, KdfStrength, NewCase, NewUrl, Vault};
    use secrecy::SecretString;
    use serde_json::json;
    use tauri::Manager;

    use crate::tests::{app, invoke, open_new_case, window, APP_ORIGIN};

    #[test]
    fn a_handover_file_is_opened_in_the_app_with_its_links() {
        let app = app();
        let main = window(&app, "main");
        // The file comes from another computer: a vault of its own.
        let other = tempfile::tempdir().unwrap();
        let mut case = Vault::without_keyring(other.path())
            .create_case(
                &NewCase {
                    label: "to hand over".into(),
                    language: "nl".into(),
                    ..NewCase::default()
                },
                CreateOptions {
                    passphrase: Some(SecretString::from("elsewhere passphrase".to_owned())),
                    use_keyring: false,
                    kdf: KdfStrength::Floor,
                },
            )
            .unwrap();
        case.add_url(&NewUrl {
            original: "https://www.reddit.com/r/x/comments/abc123/y/".into(),
            ..NewUrl::default()
        })
        .unwrap();
        let file = other.path().join("handover.age");
        case.export(
            &file,
            &SecretString::from("the hand-over passphrase".to_owned()),
        )
        .unwrap();
        open_new_case(&main, "someone else's case, open before");

        let token = |app: &tauri::App<tauri::test::MockRuntime>| {
            app.state::<crate::picker::PickedPaths>()
                .keep(crate::picker::PickPurpose::HandoverFile, vec![file.clone()])
                .token
        };
        // A wrong hand-over passphrase opens nothing and says so.
        let wrong = invoke(
            &main,
            APP_ORIGIN,
            "import_handover",
            json!({"token": token(&app), "handoverPassphrase": "not it at all",
                   "newPassphrase": "a new passphrase here"}),
        )
        .unwrap_err();
        assert_eq!(wrong["kind"], "wrong_secret", "{wrong}");
        // A new passphrase that is too short says how long it must be.
        let short = invoke(
            &main,
            APP_ORIGIN,
            "import_handover",
            json!({"token": token(&app), "handoverPassphrase": "the hand-over passphrase",
                   "newPassphrase": "short"}),
        )
        .unwrap_err();
        assert_eq!(short["kind"], "invalid_input", "{short}");

        let info = invoke(
            &main,
            APP_ORIGIN,
            "import_handover",
            json!({"token": token(&app), "handoverPassphrase": "the hand-over passphrase",
                   "newPassphrase": "a new passphrase here"}),
        )
        .unwrap();
        assert_eq!(info["label"], "to hand over");
        let links = invoke(&main, APP_ORIGIN, "case_links", json!({})).unwrap();
        assert!(links.to_string().contains("abc123"), "{links}");
    }
}
