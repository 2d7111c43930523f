//! `reclaim`: the desktop shell. It builds the Tauri app, registers thin
//! commands over `reclaim-core` and handles the window (quick exit).
//!
//! [`builder`] is shared by [`run`] and by the mock-runtime tests, so the tests
//! exercise the same commands, plugins and access control as the real app.

mod auto_lock;
mod capture;
mod cases;
mod clipboard;
mod commands;
mod corrections;
mod error;
mod evidence;
mod file;
mod followup;
mod handover;
mod host_lookup;
mod images;
mod links;
mod navigation_guard;
mod picker;
mod quick_exit;
mod requests;
mod time_stamps;
mod window_title;
mod workspace;

pub use error::AppError;

use tauri::{Builder, Runtime};

/// The app's builder, for any runtime (the real one or `tauri::test`'s mock).
pub fn builder<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    evidence::register(builder)
        .plugin(navigation_guard::plugin())
        .plugin(tauri_plugin_dialog::init())
        // Used from Rust only (open_request); the webview has no opener permission.
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::helplines,
            commands::quick_exit,
            cases::vault_overview,
            cases::create_case,
            cases::rate_passphrase,
            cases::unlock_case,
            cases::current_case,
            cases::set_situations,
            cases::case_steps,
            cases::lock_case,
            links::check_links,
            links::save_links,
            links::case_links,
            links::remove_link,
            links::links_draft,
            links::save_links_draft,
            corrections::remove_fingerprint,
            corrections::remove_evidence,
            corrections::set_evidence_note,
            corrections::correct_link,
            corrections::undo_request_sent,
            corrections::remove_request_ticket,
            corrections::correct_request_ticket,
            capture::capture_link,
            capture::page_captures,
            time_stamps::time_stamping,
            time_stamps::set_time_stamping,
            picker::pick_paths,
            auto_lock::keep_case_open,
            window_title::window_title,
            window_title::set_window_title,
            requests::case_requests,
            requests::update_contact,
            requests::mark_request_sent,
            requests::set_request_language,
            requests::open_request,
            requests::hotline_report,
            host_lookup::look_up_host,
            clipboard::copy_text,
            followup::follow_up,
            followup::change_request_status,
            followup::add_request_ticket,
            followup::check_online,
            evidence::attach_screenshot,
            evidence::case_evidence,
            file::export_case_file,
            file::handover_case,
            handover::import_handover,
            images::hash_images,
            images::image_fingerprints,
            images::hash_service,
            images::record_hash_service_case,
            images::open_hash_service_site,
            images::find_copies,
            images::cancel_find_copies,
            images::last_copies_search,
            workspace::workspace_overview,
            workspace::create_workspace,
            workspace::unlock_workspace,
            workspace::lock_workspace,
            workspace::set_workspace_label,
            workspace::drop_workspace_entry,
            workspace::resume_step,
            workspace::remember_step,
            images::copy_evidence,
            images::keep_copy,
            requests::requests_progress,
        ])
        .manage(cases::Cases::default())
        .manage(time_stamps::TimeStamps::default())
        .manage(clipboard::Clipboard::default())
        .manage(images::CopySearch::default())
        .manage(picker::PickedPaths::default())
        .manage(workspace::Workspaces::default())
        .setup(|app| {
            // Plaintext left by an export that was killed half-way goes first.
            if let Ok(dir) = cases::data_dir(app.handle()) {
                reclaim_core::report::remove_interrupted_exports(&dir);
            }
            window_title::apply_saved(app.handle());
            auto_lock::start(app.handle());
            Ok(())
        })
}

/// Starts the desktop app.
pub fn run() {
    builder(tauri::Builder::default())
        // A second launch (e.g. after a quick exit hid the window) brings the
        // existing window back instead of starting another copy.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            quick_exit::show_main_window(app);
        }))
        .run(tauri::generate_context!())
        .expect("error while running Reclaim");
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod command_registry_tests;
