//! The report's labels, from Fluent files in `data/report/<lang>/report.ftl`.
//!
//! Bidi isolation marks are off (security.md §3.5): they would put invisible
//! characters around URLs and hashes in the PDF's text.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::model::Language;

/// The labels of one language.
pub struct Labels {
    bundle: FluentBundle<FluentResource>,
}

impl Labels {
    pub fn new(lang: Language) -> Self {
        let text = lang.fluent_sources("report").concat();
        let resource = FluentResource::try_new(text)
            .unwrap_or_else(|(_, errors)| panic!("report.ftl for {lang:?} is invalid: {errors:?}"));
        let langid = lang
            .code()
            .parse()
            .expect("report language codes are valid BCP 47");
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .expect("report.ftl has no duplicate messages");
        Labels { bundle }
    }

    /// The message `id`, without arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments (strings or numbers).
    pub fn with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fluent_args.set(*name, FluentValue::from(*s)),
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            // A missing label is a bug caught by the tests; show the id
            // rather than failing the person's export.
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// Every message id defined (for the completeness test).
    #[cfg(test)]
    pub fn ids(lang: Language) -> Vec<String> {
        let resource = FluentResource::try_new(lang.fluent_sources("report").concat()).unwrap();
        let mut ids: Vec<String> = resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        ids.sort();
        ids
    }
}

/// An argument to a label.
pub enum Arg<'a> {
    Str(&'a str),
    Num(usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_defines_every_label() {
        let english = Labels::ids(Language::En);
        assert!(english.len() > 40, "the English labels are all there");
        for lang in Language::ALL {
            assert_eq!(Labels::ids(lang), english, "labels of {lang:?}");
            // Each parses and formats without Fluent errors.
            let labels = Labels::new(lang);
            for id in &english {
                assert!(!labels.get(id).is_empty(), "{lang:?} {id}");
            }
        }
    }

    #[test]
    fn arguments_carry_no_bidi_isolation_marks() {
        for lang in Language::ALL {
            let text = Labels::new(lang).with(
                "footer",
                &[
                    ("code", Arg::Str("CASE-7")),
                    ("page", Arg::Num(2)),
                    ("total", Arg::Num(9)),
                ],
            );
            assert!(text.contains("CASE-7"), "{text}");
            assert!(
                !text.contains(['\u{2068}', '\u{2069}']),
                "{lang:?}: {text:?}"
            );
        }
    }
}
