//! `reclaim`: the desktop shell. It builds the Tauri app, registers thin
//! commands over `reclaim-core` and handles the window (quick exit).
//!
//! [`builder`] is shared by [`run`] and by the mock-runtime tests, so the tests
//! exercise the same commands, plugins and access control as the real app.

mod cases;
mod commands;
mod error;
mod images;
mod links;
mod navigation_guard;
mod picker;
mod quick_exit;

pub use error::AppError;

use tauri::{Builder, Runtime};

/// The app's builder, for any runtime (the real one or `tauri::test`'s mock).
pub fn builder<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(navigation_guard::plugin())
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::helplines,
            commands::quick_exit,
            cases::vault_overview,
            cases::create_case,
            cases::unlock_case,
            cases::current_case,
            cases::lock_case,
            links::check_links,
            links::save_links,
            links::case_links,
            picker::pick_paths,
            images::hash_images,
            images::image_fingerprints,
            images::hash_service,
            images::record_hash_service_case,
            images::find_copies,
            images::cancel_find_copies,
            images::last_copies_search,
        ])
        .manage(cases::Cases::default())
        .manage(images::CopySearch::default())
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
