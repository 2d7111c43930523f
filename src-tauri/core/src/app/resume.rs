//! Where she left off: the step of the case she was last on, kept in the
//! case (encrypted, like everything in it), so that opening the case again
//! goes straight there instead of asking again what the case already knows.

use super::flow::{case_steps, Step};
use crate::error::CoreResult;
use crate::vault::OpenCase;

/// The case setting that holds the step.
const SETTING: &str = "last_step";

/// The step to open the case on: the one she was last on, if it is still a
/// step of this case (what is happening may have changed since), else the
/// first step after the case itself.
pub fn resume_step(case: &OpenCase) -> CoreResult<Step> {
    let info = case.info()?;
    let steps = case_steps(&info.situations, info.minor);
    let last: Option<Step> = case.setting(SETTING)?;
    Ok(match last {
        Some(step) if steps.contains(&step) => step,
        _ => steps
            .iter()
            .copied()
            .find(|s| *s != Step::Case)
            .unwrap_or(Step::Case),
    })
}

/// The step she was last on, as kept (`None` before she moved to one).
pub fn last_step(case: &OpenCase) -> CoreResult<Option<Step>> {
    case.setting(SETTING)
}

/// Keeps `step` as the one she is on. The case step itself is not kept:
/// every visit passes through it (it is where the case is unlocked).
pub fn remember_step(case: &mut OpenCase, step: Step) -> CoreResult<()> {
    if step == Step::Case {
        return Ok(());
    }
    case.set_setting(SETTING, Some(&step))
}
