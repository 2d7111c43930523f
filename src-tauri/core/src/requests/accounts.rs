//! Someone threatens to share her images: a report of the *account* to its
//! platform (not a removal request: there is nothing to remove yet). Each goes
//! through the platform's route for threats (`sextortion` in the catalogue),
//! else its general report route.

use super::case::{checked_url, CaseAccount, CaseInput};
use super::generate::{
    Fields, Options, PlatformSource, Request, RequestChannel, Stage, UrlProblem,
};
use super::letter::request_language;
use super::templates::{render, Language};
use crate::error::{CoreError, CoreResult, ErrorKind};
use crate::platforms::{ChannelPurpose, ChannelTarget};

/// One account report per account of the case; accounts on platforms the catalogue
/// does not know, or without any route, come back as problems.
pub(super) fn account_reports(
    case: &CaseInput,
    platforms: &dyn PlatformSource,
    options: &Options,
) -> CoreResult<(Vec<Request>, Vec<UrlProblem>)> {
    let wanted = options.language.unwrap_or(case.language);
    let mut requests = Vec::new();
    let mut problems = Vec::new();
    for account in &case.accounts {
        if options
            .platform
            .as_deref()
            .is_some_and(|want| want != account.platform)
        {
            continue;
        }
        let Some(routes) = platforms.by_id(&account.platform) else {
            problems.push(UrlProblem {
                url: account
                    .url
                    .clone()
                    .unwrap_or_else(|| account.handle.clone()),
                error: CoreError::new(
                    ErrorKind::NotFound,
                    format!(
                        "no platform with id {:?} in the catalogue",
                        account.platform
                    ),
                ),
            });
            continue;
        };
        let Some(route) = routes.first_channel(&[
            ChannelPurpose::Sextortion,
            ChannelPurpose::General,
            ChannelPurpose::Ncii,
        ]) else {
            problems.push(UrlProblem {
                url: account
                    .url
                    .clone()
                    .unwrap_or_else(|| account.handle.clone()),
                error: CoreError::new(
                    ErrorKind::NotFound,
                    format!("{} has no reporting route in the catalogue", routes.name),
                ),
            });
            continue;
        };
        let lang = request_language(wanted, &[], &routes.languages);
        requests.push(write(
            case,
            account,
            &routes.name,
            lang,
            wanted,
            &route.target,
            route.verified,
            routes.response_hours,
            options,
        )?);
    }
    Ok((requests, problems))
}

#[allow(clippy::too_many_arguments)]
fn write(
    case: &CaseInput,
    account: &CaseAccount,
    platform_name: &str,
    lang: Language,
    wanted: Language,
    target: &ChannelTarget,
    verified: bool,
    response_hours: Option<u32>,
    options: &Options,
) -> CoreResult<Request> {
    let rep = case.representative.as_ref();
    let (signer, signer_email) = match rep {
        Some(r) => (r.name.trim(), r.email.trim()),
        None => (case.victim.name.trim(), case.victim.email.trim()),
    };
    let url = match &account.url {
        Some(u) => Some(checked_url(u)?.0),
        None => None,
    };
    let args = [
        ("platform", platform_name),
        ("handle", account.handle.as_str()),
        ("name", signer),
        ("email", signer_email),
        ("victim", case.victim.name.trim()),
        ("kind", if case.content.fake { "fake" } else { "real" }),
        (
            "by",
            if rep.is_some() {
                "representative"
            } else {
                "self"
            },
        ),
    ];
    let t = |id: &str| render(lang, id, &args);
    let guide = |id: &str| render(wanted, id, &args);
    let subject = t("subject-account")?;
    let explanation = t("intro-account")?;
    let in_app = matches!(target, ChannelTarget::InApp { .. });
    let mut body = Vec::new();
    if !in_app {
        body.push(t("greeting")?);
        body.push(String::new());
    }
    body.push(explanation.clone());
    body.push(String::new());
    body.push(t("account-heading")?);
    body.push(t("account-line")?);
    if let Some(u) = &url {
        body.push(u.clone());
    }
    body.push(String::new());
    body.push(t("account-ask")?);
    body.push(String::new());
    body.push(t("element-contact")?);
    if !in_app {
        body.push(String::new());
        body.push(t("sign-off")?);
        body.push(signer.to_string());
    }
    let body = body.join("\n") + "\n";

    let mut fields = Fields::default();
    fields.push("account", account.handle.clone());
    if let Some(u) = &url {
        fields.push("account_url", u.clone());
    }
    fields.push("explanation", explanation);
    fields.push("contact_information", format!("{signer}, {signer_email}"));

    let (channel, eml_text, mailto_link) = match target {
        ChannelTarget::Form { url, .. } | ChannelTarget::Page { url } => {
            (RequestChannel::Form { url: url.clone() }, None, None)
        }
        ChannelTarget::Email { address } => super::letter::email_channel(
            signer,
            signer_email,
            address,
            &subject,
            &body,
            options.now,
        )?,
        ChannelTarget::InApp { .. } => {
            // The menu words in her language where the catalogue has them.
            let mut all = target
                .in_app_steps(wanted.code())
                .unwrap_or_default()
                .to_vec();
            all.push(guide("account-step-paste")?);
            all.push(guide("account-step-block")?);
            let channel = RequestChannel::InApp {
                steps: all,
                wording_unconfirmed: target.in_app_wording_unconfirmed(wanted.code()),
            };
            (channel, None, None)
        }
    };
    Ok(Request {
        platform: account.platform.clone(),
        platform_name: platform_name.to_string(),
        channel,
        legal_basis: Vec::new(),
        language: lang,
        subject,
        body,
        fields,
        urls: url.into_iter().collect(),
        stage: Stage::First,
        warnings: vec![guide("account-warning-evidence")?],
        eml: eml_text,
        mailto: mailto_link,
        verified,
        response_hours,
        to_fill: vec!["screenshots".to_string()],
        reason: None,
        account: Some(account.handle.clone()),
    })
}
