//! How hard a new passphrase would be to guess: a hint for the person while
//! she chooses one, computed on the device (zxcvbn's estimate of the guesses
//! needed, from dictionaries, names, keyboard patterns and dates; nothing
//! leaves the computer). It never refuses a passphrase: only the length rule
//! ([`super::check_passphrase`]) does.

use secrecy::{ExposeSecret, SecretString};

use super::MIN_PASSPHRASE_CHARS;

/// What the screen says under the passphrase field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PassphraseStrength {
    /// Shorter than the minimum: the case cannot be created with it yet.
    TooShort,
    /// Found quickly by someone who tries common passwords, names or patterns.
    Weak,
    /// Takes a determined person with a fast computer a long time.
    Fair,
    /// Out of reach of guessing.
    Strong,
}

/// Rates `passphrase`. `known_words` are things about this case a person close
/// to her would try first (the case label, her name, her e-mail address).
pub fn rate_passphrase(passphrase: &SecretString, known_words: &[&str]) -> PassphraseStrength {
    let text = passphrase.expose_secret();
    if text.chars().count() < MIN_PASSPHRASE_CHARS {
        return PassphraseStrength::TooShort;
    }
    // Each word alone and each text run together ("Marie-Claire" is also
    // tried as "marieclaire").
    let mut known: Vec<String> = Vec::new();
    for text in known_words {
        known.extend(
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= 3)
                .map(str::to_lowercase),
        );
        known.push(
            text.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase(),
        );
        if let Some((local, _)) = text.split_once('@') {
            known.push(
                local
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect::<String>()
                    .to_lowercase(),
            );
        }
    }
    known.retain(|w| w.chars().count() >= 3);
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    // The case key is stretched by Argon2, but an attacker who holds the
    // files guesses offline: only scores 3 and 4 (≥ 10⁸ and ≥ 10¹⁰ guesses)
    // stand up to that.
    match u8::from(zxcvbn::zxcvbn(text, &known).score()) {
        0..=2 => PassphraseStrength::Weak,
        3 => PassphraseStrength::Fair,
        _ => PassphraseStrength::Strong,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(text: &str, known: &[&str]) -> PassphraseStrength {
        rate_passphrase(&SecretString::from(text.to_owned()), known)
    }

    #[test]
    fn common_passwords_and_patterns_are_weak() {
        for text in [
            "password",
            "password1",
            "12345678",
            "azertyuiop",
            "qwertz123",
        ] {
            assert_eq!(rate(text, &[]), PassphraseStrength::Weak, "{text}");
        }
    }

    #[test]
    fn her_own_name_is_weak_even_when_long() {
        let known = ["Marie-Claire Dubois", "mcdubois@example.org"];
        for text in ["MarieClaire", "dubois1994", "mcdubois"] {
            assert_eq!(rate(text, &known), PassphraseStrength::Weak, "{text}");
            assert_ne!(rate(text, &[]), PassphraseStrength::TooShort, "{text}");
        }
    }

    #[test]
    fn a_sentence_of_unrelated_words_is_strong() {
        assert_eq!(
            rate("a calm and long passphrase", &[]),
            PassphraseStrength::Strong
        );
        assert_eq!(
            rate("tulpen fietsen onder de regen", &[]),
            PassphraseStrength::Strong
        );
    }

    #[test]
    fn shorter_than_the_minimum_says_so_first() {
        assert_eq!(rate("Xq9!", &[]), PassphraseStrength::TooShort);
    }
}
