//! Step "Your images": the person's images are hashed on the device and only
//! their hashes are kept in the open case (never the image, never its path).
//! StopNCII or Take It Down is explained and its case number kept.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

use serde::Serialize;
use ts_rs::TS;

use crate::error::{CoreError, CoreResult, ErrorKind};
use crate::hashing::{hash_files, CropGrid, FeatureConfig, HashOptions, HashedFile};
use crate::model::Language;
use crate::requests::hash_services::{explain, service_for, HashServiceCase, HashServiceInfo};
use crate::vault::{AddedImage, HashServiceRecord, ImageHashRecord, NewHashServiceCase, OpenCase};

/// A picked file that could not be hashed: its name (not its folder) and why.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImageProblem {
    pub file_name: String,
    pub error: CoreError,
}

/// What "Your images" shows after hashing: every fingerprint kept in the case
/// and what happened to the files just picked.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImagesAdded {
    pub images: Vec<ImageHashRecord>,
    pub added: u32,
    /// Files already kept (same bytes).
    pub already_kept: u32,
    pub problems: Vec<ImageProblem>,
}

fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_owned())
}

/// Hashes picked images, in the order picked, with what finding their
/// copies later needs: crop windows (copies cut at the edges) and local
/// features (copies inside screenshots, chats, collages, posts), all kept
/// only in the encrypted case. Slow: run it off the UI thread. Needs no case.
pub fn hash_picked(files: &[PathBuf]) -> Vec<HashedFile> {
    let options = HashOptions {
        crop_windows: Some(CropGrid::default()),
        features: Some(FeatureConfig::ORIGINAL),
        ..HashOptions::default()
    };
    let out = Mutex::new(Vec::new());
    hash_files(
        files,
        &options,
        &AtomicBool::new(false),
        |h| out.lock().unwrap_or_else(|e| e.into_inner()).push(h),
        |_| {},
    );
    let mut out = out.into_inner().unwrap_or_else(|e| e.into_inner());
    out.sort_by_key(|h: &HashedFile| {
        files
            .iter()
            .position(|f| f.display().to_string() == h.hashes.path)
    });
    out
}

/// Keeps the hashes of `hashed` in the case, named `"{name_word} N"`; a file
/// that fails is listed with its reason and the others are kept.
pub fn keep_hashed(
    case: &mut OpenCase,
    name_word: &str,
    hashed: &[HashedFile],
) -> CoreResult<ImagesAdded> {
    let mut result = ImagesAdded {
        images: Vec::new(),
        added: 0,
        already_kept: 0,
        problems: Vec::new(),
    };
    for h in hashed {
        match case.add_hashed_image(name_word, h) {
            Ok(AddedImage::Added(_)) => result.added += 1,
            Ok(AddedImage::AlreadyKept(_)) => result.already_kept += 1,
            Err(error) if error.kind == ErrorKind::Locked => return Err(error),
            Err(error) => result.problems.push(ImageProblem {
                file_name: file_name(&h.hashes.path),
                error,
            }),
        }
    }
    result.images = case.image_hashes()?;
    Ok(result)
}

/// StopNCII (adults) or Take It Down (minors) explained, their site (shown
/// as text; Reclaim never contacts it) and the case numbers recorded.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HashServiceView {
    pub info: HashServiceInfo,
    pub site: String,
    pub cases: Vec<HashServiceRecord>,
}

/// The hash service that fits the case, explained in `lang`.
pub fn hash_service(case: &mut OpenCase, lang: Language) -> CoreResult<HashServiceView> {
    let adult = !case.info()?.minor;
    Ok(HashServiceView {
        info: explain(adult, lang)?,
        site: service_for(adult).site().to_owned(),
        cases: case.hash_service_cases()?,
    })
}

/// Keeps the case number the service gave (as typed, less surrounding spaces),
/// and StopNCII's PIN when she has it: neither can be recovered from the service.
pub fn record_hash_service_case(
    case: &mut OpenCase,
    case_number: &str,
    pin: Option<&str>,
) -> CoreResult<Vec<HashServiceRecord>> {
    let service = service_for(!case.info()?.minor);
    let checked = HashServiceCase::new(service, case_number)?;
    case.add_hash_service_case(&NewHashServiceCase {
        service,
        case_number: checked.case_number,
        pin: pin
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_owned),
        submitted_at: None,
        note: None,
    })?;
    case.hash_service_cases()
}
