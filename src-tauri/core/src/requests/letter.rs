//! Writing one request: subject, body, form fields, warnings and channel, in the
//! language the channel takes. The planning (who gets which letter on which bases) is in
//! [`super::generate`]; the texts are Fluent messages in `data/requests/<lang>/`.
//!
//! Every message gets the same arguments: `platform`, `host`, `name` and `email` (who
//! signs: her, or her representative), `victim` (her name), `country`, `description`,
//! `kind` (`real` | `fake`), `by` (`self` | `representative`), `role` and `organisation`
//! (of the representative, else empty).

use time::OffsetDateTime;

use super::case::{CaseInput, ContentKind};
use super::email::{eml, mailto, EmailDraft};
use super::generate::{Fields, Plan, Request, RequestChannel, Target};
use super::legal::{basis, BasisKind, Element, LegalBasis};
use super::routes::PlatformRoutes;
use super::templates::{render, render_attribute, Language};
use crate::error::{CoreError, CoreResult};
use crate::platforms::{ChannelTarget, FormField};

pub(super) struct Context<'a> {
    pub case: &'a CaseInput,
    pub wanted: Language,
    /// The language she chose for this service: the letter is written in it,
    /// whatever [`request_language`] would say.
    pub chosen: Option<Language>,
    pub platform_id: &'a str,
    pub platform_name: &'a str,
    pub host: &'a str,
    pub routes: &'a PlatformRoutes,
    pub urls: &'a [String],
    pub now: OffsetDateTime,
    /// Added by Reclaim (search-engine delisting of other sites' links).
    pub added: bool,
}

/// The language of a request: the person's, except where the channel needs English:
/// US-law notices (TAKE IT DOWN, DMCA), a platform whose reporting languages are known
/// and do not include hers, and unknown sites (`accepted` = `["en"]`).
/// An empty `accepted` means the platform's languages are not known.
pub fn request_language(wanted: Language, bases: &[&str], accepted: &[String]) -> Language {
    let us_law = bases
        .iter()
        .any(|b| basis(b).is_some_and(|b| b.kind == BasisKind::Notice && b.jurisdiction == "US"));
    let takes_hers = accepted.is_empty()
        || accepted
            .iter()
            .any(|c| c.eq_ignore_ascii_case(wanted.code()));
    if !us_law && takes_hers {
        wanted
    } else {
        Language::En
    }
}

fn country_name(lang: Language, code: &str) -> String {
    let id = format!("country-{}", code.to_ascii_lowercase());
    render(lang, &id, &[]).unwrap_or_else(|_| code.to_ascii_uppercase())
}

/// Statements in the order a reader expects them; identity lines come after.
const STATEMENTS: [Element; 12] = [
    Element::Explanation,
    Element::DepictedPerson,
    Element::NonConsentStatement,
    Element::NotPaid,
    Element::CopyrightedWork,
    Element::UnauthorisedUseStatement,
    Element::ErasureGround,
    Element::OtherControllers,
    Element::OneMonthDeadline,
    Element::ComplaintRight,
    Element::BonaFideStatement,
    Element::PerjuryStatement,
];
const IDENTITY: [Element; 5] = [
    Element::NotifierName,
    Element::NotifierEmail,
    Element::ContactInformation,
    Element::CountryOfResidence,
    Element::Signature,
];

pub(super) fn write(ctx: &Context<'_>, plan: &Plan) -> CoreResult<Request> {
    let in_app = matches!(plan.target, Target::Route(ChannelTarget::InApp { .. }));
    let lang = ctx
        .chosen
        .unwrap_or_else(|| request_language(ctx.wanted, &plan.bases, &ctx.routes.languages));
    let case = ctx.case;
    let victim = &case.victim;
    let rep = case.representative.as_ref();
    // Who signs: her, or the person filing for her.
    let (signer, signer_email) = match rep {
        Some(r) => (r.name.trim(), r.email.as_str()),
        None => (victim.name.trim(), victim.email.as_str()),
    };

    // Every element the bases require, in a stable order.
    let mut needed: Vec<Element> = Vec::new();
    for id in &plan.bases {
        let b = basis(id).ok_or_else(|| CoreError::internal(format!("basis {id} missing")))?;
        needed.extend(b.required_elements(in_app));
    }
    // A form that says what it asks for: fill what maps to an element, list the rest.
    let mut to_fill = Vec::new();
    let mut extra = Vec::new();
    if let Target::Route(ChannelTarget::Form { fields: asked, .. }) = &plan.target {
        for &f in asked {
            match form_field_element(f) {
                Some(FormFill::Element(e)) => needed.push(e),
                Some(FormFill::DepictedName) => extra.push(f.key()),
                None => to_fill.push(f.key()),
            }
        }
    }
    needed.sort();
    needed.dedup();
    if needed.contains(&Element::NonConsentStatement)
        && plan
            .bases
            .iter()
            .any(|b| basis(b).is_some_and(|b| b.jurisdiction == "US"))
    {
        // TAKE IT DOWN (iii) asks for information showing non-consent: only she can add it.
        to_fill.push("non_consent_information".to_string());
    }

    let description = case
        .content
        .description
        .clone()
        .filter(|d| !d.trim().is_empty())
        .unwrap_or_else(|| match case.content.kind {
            ContentKind::Photo => "photos".to_string(),
            ContentKind::Video => "videos".to_string(),
            ContentKind::PhotoAndVideo => "photos, videos".to_string(),
        });
    let country = country_name(lang, &victim.country);
    let role = rep
        .map(|r| render(lang, &format!("representative-role-{}", r.role.key()), &[]))
        .transpose()?
        .unwrap_or_default();
    let organisation = rep.and_then(|r| r.organisation.clone()).unwrap_or_default();
    let args = [
        ("platform", ctx.platform_name),
        ("host", ctx.host),
        ("name", signer),
        ("email", signer_email),
        ("victim", victim.name.trim()),
        ("country", country.as_str()),
        ("description", description.as_str()),
        ("kind", if case.content.fake { "fake" } else { "real" }),
        (
            "by",
            if rep.is_some() {
                "representative"
            } else {
                "self"
            },
        ),
        ("role", role.as_str()),
        ("organisation", organisation.as_str()),
    ];
    let t = |id: &str| render(lang, id, &args);
    let letter_sentence = |b: &LegalBasis| render_attribute(lang, &b.message_id(), "letter", &args);

    let mut fields = Fields::default();
    for e in &needed {
        let value = match e {
            Element::ExactUrls => ctx.urls.join("\n"),
            Element::Explanation => {
                let mut text = t("element-explanation")?;
                for b in &plan.bases {
                    if let Some(b) = basis(b).filter(|b| b.kind == BasisKind::Cited) {
                        if let Some(sentence) = letter_sentence(b)? {
                            text.push(' ');
                            text.push_str(&sentence);
                        }
                    }
                }
                text
            }
            Element::NotifierName | Element::Signature => signer.to_string(),
            Element::NotifierEmail => signer_email.to_string(),
            Element::ContactInformation => format!("{signer}, {signer_email}"),
            Element::CountryOfResidence => country.clone(),
            Element::BonaFideStatement => t("element-bona-fide")?,
            Element::NonConsentStatement => t("element-non-consent")?,
            Element::NotPaid => t("element-not-paid")?,
            Element::CopyrightedWork => t("element-copyrighted-work")?,
            Element::UnauthorisedUseStatement => t("element-unauthorised-use")?,
            Element::PerjuryStatement => t("element-perjury")?,
            Element::ErasureGround => t("element-erasure-ground")?,
            Element::OtherControllers => t("element-other-controllers")?,
            Element::OneMonthDeadline => t("element-one-month")?,
            Element::ComplaintRight => t("element-complaint-right")?,
            Element::DepictedPerson => t("element-depicted")?,
        };
        fields.push(e.key(), value);
    }
    for f in &extra {
        // The legal name of the person shown is hers, whoever files.
        fields.push(f, victim.name.trim().to_string());
    }

    let letter = if in_app {
        "in-app"
    } else {
        plan.letter.as_str()
    };
    let subject = t(&format!("subject-{letter}"))?;

    let mut body: Vec<String> = Vec::new();
    if !in_app {
        body.push(t("greeting")?);
        body.push(String::new());
    }
    body.push(t(&format!("intro-{letter}"))?);
    if rep.is_some() {
        body.push(t(if organisation.is_empty() {
            "representative-line"
        } else {
            "representative-line-organisation"
        })?);
    }
    for b in &plan.bases {
        if let Some(b) = basis(b).filter(|b| b.kind == BasisKind::Notice) {
            if let Some(line) = letter_sentence(b)? {
                if !body.contains(&line) {
                    body.push(line);
                }
            }
        }
    }
    body.push(String::new());
    body.push(t("urls-heading")?);
    body.extend(ctx.urls.iter().cloned());
    body.push(String::new());
    for e in STATEMENTS {
        if let Some(v) = fields.get(e.key()) {
            body.push(v.to_string());
        }
    }
    // "Contact information: name, e-mail" already says what the name and e-mail lines would.
    let has_contact = fields.get(Element::ContactInformation.key()).is_some();
    let identity: Vec<String> = IDENTITY
        .iter()
        .filter(|e| !(has_contact && matches!(e, Element::NotifierName | Element::NotifierEmail)))
        .filter_map(|e| {
            fields.get(e.key()).map(|_| match e {
                Element::NotifierName => t("element-notifier-name"),
                Element::NotifierEmail => t("element-notifier-email"),
                Element::ContactInformation => t("element-contact"),
                Element::CountryOfResidence => t("element-country"),
                _ => t("element-signature"),
            })
        })
        .collect::<CoreResult<_>>()?;
    if !identity.is_empty() {
        body.push(String::new());
        body.extend(identity);
    }
    body.push(String::new());
    if in_app {
        body.push(t("closing-in-app")?);
    } else {
        body.push(t("closing")?);
        body.push(String::new());
        body.push(t("sign-off")?);
        body.push(signer.to_string());
        if !organisation.is_empty() {
            body.push(organisation.clone());
        }
    }
    let body = body.join("\n") + "\n";

    // What the person reads next to it is in her own language.
    let guide = |id: &str| render(ctx.wanted, id, &args);
    let mut warnings = Vec::new();
    if plan.forwards {
        warnings.push(guide("warning-forwarding")?);
    }
    for b in &plan.bases {
        if let Some(w) = basis(b).and_then(|b| b.warning.as_deref()) {
            warnings.push(guide(w)?);
        }
    }
    if !plan.verified && matches!(plan.target, Target::Route(ChannelTarget::Email { .. })) {
        warnings.push(guide("warning-check-address")?);
    }
    if plan.bases.contains(&super::legal::ids::TAKE_IT_DOWN_ACT) {
        warnings.push(guide("warning-take-it-down-us")?);
    }
    let reason = if ctx.added {
        Some(guide("reason-delisting")?)
    } else {
        None
    };

    let (channel, eml_text, mailto_link) = match &plan.target {
        Target::Route(ChannelTarget::Form { url, .. })
        | Target::Route(ChannelTarget::Page { url }) => {
            (RequestChannel::Form { url: url.clone() }, None, None)
        }
        Target::Route(ChannelTarget::Email { address }) => {
            email_channel(signer, signer_email, address, &subject, &body, ctx.now)?
        }
        Target::Route(target @ ChannelTarget::InApp { .. }) => {
            let steps = target.in_app_steps(ctx.wanted.code()).unwrap_or_default();
            let mut all = vec![guide("steps-in-app-1")?];
            if steps.is_empty() {
                all.push(guide("steps-in-app-2")?);
                all.push(guide("steps-in-app-3")?);
            } else {
                all.push(steps.join(" › "));
            }
            all.push(guide("steps-in-app-4")?);
            all.push(guide("steps-in-app-5")?);
            let wording_unconfirmed = target.in_app_wording_unconfirmed(ctx.wanted.code());
            let channel = RequestChannel::InApp {
                steps: all,
                wording_unconfirmed,
            };
            (channel, None, None)
        }
        Target::FindContact => {
            let steps = (1..=5)
                .map(|i| guide(&format!("steps-find-contact-{i}")))
                .collect::<CoreResult<Vec<_>>>()?;
            (RequestChannel::FindContact { steps }, None, None)
        }
    };

    Ok(Request {
        platform: ctx.platform_id.to_string(),
        platform_name: ctx.platform_name.to_string(),
        channel,
        legal_basis: plan.bases.iter().map(|b| b.to_string()).collect(),
        language: lang,
        subject,
        body,
        fields,
        urls: ctx.urls.to_vec(),
        stage: plan.stage,
        warnings,
        eml: eml_text,
        mailto: mailto_link,
        verified: plan.verified,
        response_hours: ctx.routes.response_hours,
        to_fill,
        reason,
        account: None,
    })
}

enum FormFill {
    Element(Element),
    DepictedName,
}

/// Which element answers a catalogue form field (`FormField` names); `None` when only
/// the person can (screenshots, search terms, a username, an identity document…).
fn form_field_element(field: FormField) -> Option<FormFill> {
    use Element::*;
    Some(FormFill::Element(match field {
        FormField::ContentUrls => ExactUrls,
        FormField::FullName => NotifierName,
        FormField::Email => NotifierEmail,
        FormField::Country => CountryOfResidence,
        FormField::Description => Explanation,
        FormField::ConsentStatement => NonConsentStatement,
        FormField::GoodFaithStatement => BonaFideStatement,
        FormField::Signature => Signature,
        FormField::Relationship => DepictedPerson,
        FormField::DepictedLegalName => return Some(FormFill::DepictedName),
        _ => return None,
    }))
}

/// A request sent by e-mail: its channel, the `.eml` draft and the `mailto:` link.
pub(super) fn email_channel(
    signer: &str,
    signer_email: &str,
    address: &str,
    subject: &str,
    body: &str,
    now: OffsetDateTime,
) -> CoreResult<(RequestChannel, Option<String>, Option<String>)> {
    let draft = EmailDraft {
        from_name: signer,
        from_address: signer_email,
        to_address: address,
        subject,
        body,
        date: now,
    };
    Ok((
        RequestChannel::Email {
            address: address.to_owned(),
        },
        Some(eml(&draft)?),
        Some(mailto(address, subject, body)?),
    ))
}
