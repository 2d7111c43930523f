use std::process::ExitCode;

use crate::output;

pub fn run() -> ExitCode {
    for line in reclaim_core::safety::helplines() {
        output::line(line);
    }
    ExitCode::SUCCESS
}
