// Hides the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

// mimalloc keeps freed memory for reuse, so hashing thousands of photos
// (Find copies) does not pay for fresh pages for every file.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    reclaim_app::run();
}
