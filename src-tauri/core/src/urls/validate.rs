//! The checks a URL must pass before it is kept (security.md §3.3).

use url::{Host, Url};

use super::split::scheme_of;
use super::{idn, RejectReason, UrlRejection, UrlWarning};

/// Longest URL accepted, in octets (RFC 9110 §4.1 asks for at least 8,000).
pub const MAX_URL_OCTETS: usize = 8_000;

/// Characters that reorder text on screen and can disguise an address.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that take no space on screen.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{034F}' | '\u{180E}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
    )
}

pub(crate) struct Checked {
    pub url: Url,
    pub warnings: Vec<UrlWarning>,
    pub host_unicode: Option<String>,
}

fn reject(reason: RejectReason, message: impl Into<String>) -> UrlRejection {
    UrlRejection::new(reason, message)
}

/// Checks one URL as given and parses it.
pub(crate) fn check(input: &str) -> Result<Checked, UrlRejection> {
    if input.len() > MAX_URL_OCTETS {
        return Err(reject(
            RejectReason::TooLong,
            format!(
                "the address is {} octets long; at most {MAX_URL_OCTETS} are accepted",
                input.len()
            ),
        ));
    }
    let text = input.trim();
    if text.chars().any(is_bidi_control) {
        return Err(reject(
            RejectReason::BidiCharacters,
            "the address contains text-direction characters that can disguise where it leads",
        ));
    }
    if text.chars().any(char::is_control) {
        return Err(reject(
            RejectReason::ControlCharacters,
            "the address contains control characters",
        ));
    }
    if text.is_empty() {
        return Err(reject(RejectReason::NoUrlFound, "the address is empty"));
    }

    let mut warnings = Vec::new();
    let with_scheme;
    let text = match scheme_of(text) {
        Some(scheme)
            if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") =>
        {
            text
        }
        Some(scheme) => {
            return Err(reject(
                RejectReason::UnsupportedScheme,
                format!("only web addresses (http or https) are accepted, not {scheme:?}"),
            ))
        }
        None => {
            warnings.push(UrlWarning::SchemeAdded);
            with_scheme = format!("https://{text}");
            &with_scheme
        }
    };

    // The authority is what follows "scheme:" and any slashes (or backslashes,
    // which browsers treat alike), up to the path, query or fragment.
    let after_scheme = &text[text.find(':').map_or(0, |i| i + 1)..];
    let after_slashes = after_scheme.trim_start_matches(['/', '\\']);
    let authority = &after_slashes[..after_slashes
        .find(['/', '\\', '?', '#'])
        .unwrap_or(after_slashes.len())];
    if authority.contains('@') {
        return Err(reject(
            RejectReason::CredentialsInUrl,
            "the address has a name@ before the site name, a trick that hides the real site",
        ));
    }
    if authority.chars().any(is_invisible) {
        return Err(reject(
            RejectReason::InvisibleCharactersInHost,
            "the site name contains invisible characters",
        ));
    }
    if text.chars().any(is_invisible) {
        warnings.push(UrlWarning::InvisibleCharacters);
    }

    let url = Url::parse(text).map_err(|err| {
        use url::ParseError as P;
        match err {
            P::EmptyHost
            | P::IdnaError
            | P::InvalidDomainCharacter
            | P::InvalidIpv4Address
            | P::InvalidIpv6Address
            | P::InvalidPort => reject(
                RejectReason::InvalidHost,
                format!("the site name is not valid ({err})"),
            ),
            _ => reject(
                RejectReason::InvalidUrl,
                format!("not a valid web address ({err})"),
            ),
        }
    })?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(reject(
            RejectReason::CredentialsInUrl,
            "the address has a name@ before the site name, a trick that hides the real site",
        ));
    }

    let mut host_unicode = None;
    match url.host() {
        None => {
            return Err(reject(
                RejectReason::InvalidHost,
                "the address has no site name",
            ))
        }
        Some(Host::Ipv4(_) | Host::Ipv6(_)) => warnings.push(UrlWarning::IpAddressHost),
        Some(Host::Domain(domain)) => {
            let bare = domain.strip_suffix('.').unwrap_or(domain);
            if !bare.contains('.') {
                return Err(reject(
                    RejectReason::InvalidHost,
                    format!("{domain:?} is not a public site name (it has no domain ending)"),
                ));
            }
            if domain.split('.').any(|label| label.starts_with("xn--")) {
                let (unicode, result) = idna::domain_to_unicode(domain);
                if result.is_err() {
                    return Err(reject(
                        RejectReason::InvalidHost,
                        "the international site name is not valid",
                    ));
                }
                warnings.push(UrlWarning::InternationalHost);
                warnings.extend(idn::script_warnings(&unicode));
                host_unicode = Some(unicode);
            }
        }
    }
    Ok(Checked {
        url,
        warnings,
        host_unicode,
    })
}
