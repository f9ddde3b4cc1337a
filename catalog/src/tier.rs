//! The tier of each model (CONTRACT §1), computed from its facts and never stored, with the one
//! sentence that explains it; and the lean form of a model that the wasm compiles in.

use super::*;

/// What kind of model it is (CONTRACT §1). Computed from the facts, never stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    OpenSource,
    OpenWeights,
    WeightsAvailable,
    Closed,
}

impl Tier {
    /// Every tier, from most to least open: the order the widget shows them in.
    pub const ALL: [Tier; 4] = [
        Tier::OpenSource,
        Tier::OpenWeights,
        Tier::WeightsAvailable,
        Tier::Closed,
    ];

    /// The public id (CONTRACT §1), used in `data-tier`.
    pub fn id(self) -> &'static str {
        match self {
            Tier::OpenSource => "open-source",
            Tier::OpenWeights => "open-weights",
            Tier::WeightsAvailable => "weights-available",
            Tier::Closed => "closed",
        }
    }

    /// The name shown to readers (CONTRACT §1).
    pub fn name(self) -> &'static str {
        match self {
            Tier::OpenSource => "Open source",
            Tier::OpenWeights => "Open weights",
            Tier::WeightsAvailable => "Open weights, restricted licence",
            Tier::Closed => "Closed",
        }
    }
}

impl Model {
    /// Whether the find box's `text` picks this model: every word of it (split at spaces) is
    /// in its name, id, vendor, licence name or SPDX id, ignoring ASCII case. Empty text picks
    /// every model. "qwen", "apache", "mistral" and "apache qwen" all work. ASCII case only:
    /// Unicode case tables would cost the wasm about 10 KB, and the names are ASCII.
    pub fn matches(&self, text: &str) -> bool {
        let fields = [
            &*self.name,
            &*self.id,
            &*self.vendor.value,
            &*self.licence.name,
            self.licence.spdx.as_deref().unwrap_or(""),
        ];
        text.split_ascii_whitespace().all(|word| {
            let word = word.to_ascii_lowercase();
            fields
                .iter()
                .any(|f| f.to_ascii_lowercase().contains(&word))
        })
    }

    /// The tier, by the first rule of CONTRACT §1 that applies.
    pub fn tier(&self) -> Tier {
        if self.release.weights.value == WeightsAccess::None {
            return Tier::Closed;
        }
        let restricted = self.terms.iter().any(Term::restricts);
        if !self.licence.is_permissive() || restricted {
            return Tier::WeightsAvailable;
        }
        let code = self.release.training_code.value == Availability::Yes;
        let data = matches!(
            self.release.training_data.value,
            DataRelease::Data | DataRelease::Recipe
        );
        // Open source needs OSI approval: a permissive licence OSI has not approved is at most
        // open weights (CONTRACT §1, first ruling).
        if code && data && self.licence.osi_approved {
            Tier::OpenSource
        } else {
            Tier::OpenWeights
        }
    }

    /// The model with only what its row, its verdict and the find box read: names, values and
    /// the structured terms. Without every sentence and every source, which only the reasons, the
    /// opened details and the comparison show. The widget starts from this form (the catalogue
    /// file the build script packs, about a third of the bytes) and fetches the whole records
    /// when the page first has a reason, a model's details or a comparison to show. The
    /// verdicts, the tiers and the find box give the same results on both forms (tests in
    /// `src/dataset.rs`).
    pub fn without_details(&self) -> Model {
        fn fact<T: Clone>(f: &Fact<T>) -> Fact<T> {
            Fact {
                note: None,
                quote: None,
                source: Text(""),
                checked: Text(""),
                ..f.clone()
            }
        }
        let release = &self.release;
        Model {
            id: self.id,
            name: self.name,
            vendor: fact(&self.vendor),
            released: Fact {
                value: Text(""),
                ..fact(&self.released)
            },
            description: Text(""),
            variants: self
                .variants
                .iter()
                .map(|v| Variant {
                    name: Text(""),
                    context_tokens: None,
                    hub_id: None,
                    source: Text(""),
                    checked: Text(""),
                    ..v.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            licence: Licence {
                id: Text(""),
                version: None,
                spdx: None,
                url: Text(""),
                note: None,
                quote: None,
                // The ruling's value decides the tier; its sentence and source wait.
                permissive: self.licence.permissive.as_ref().map(fact),
                earlier: List::default(),
                source: Text(""),
                checked: Text(""),
                ..self.licence.clone()
            },
            release: Releases {
                weights: fact(&release.weights),
                training_code: fact(&release.training_code),
                training_data: fact(&release.training_data),
                technical_report: fact(&release.technical_report),
                model_card: fact(&release.model_card),
            },
            // Only the terms a verdict or the tier reads: not attributions nor the other kinds
            // only the licence view lists, nor records that a term is absent (a missing term
            // passes as `no-such-term` does).
            terms: self
                .terms
                .iter()
                .filter(|t| {
                    (crate::RULE_TERM_KINDS.contains(&t.kind) || t.kind.is_use_restriction())
                        && t.effect != Some(Effect::NoSuchTerm)
                })
                .map(|t| Term {
                    text: Text(""),
                    quote: None,
                    read_in_full: None,
                    source: Text(""),
                    checked: Text(""),
                    ..t.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            commonly_described_as: List::default(),
        }
    }

    /// The kinds of use restriction the licence carries, each once, in file order.
    pub fn restriction_kinds(&self) -> Vec<TermKind> {
        let mut kinds: Vec<TermKind> = Vec::new();
        for term in self.terms.iter() {
            if term.restricts() && !kinds.contains(&term.kind) {
                kinds.push(term.kind);
            }
        }
        kinds
    }

    /// One sentence saying why the model has its tier, from the same facts [`Model::tier`] reads.
    pub fn tier_reason(&self) -> String {
        let licence = &self.licence.name;
        let restrictions = join_words(
            &self
                .restriction_kinds()
                .iter()
                .map(|k| k.restriction_words())
                .collect::<Vec<_>>(),
        );
        match self.tier() {
            Tier::Closed => {
                "Its weights cannot be downloaded: it is used only through its vendor's API or apps."
                    .to_owned()
            }
            Tier::WeightsAvailable if !self.licence.osi_approved && restrictions.is_empty() => {
                format!("Its weights can be downloaded, but their licence ({licence}) is not OSI-approved.")
            }
            Tier::WeightsAvailable if !self.licence.osi_approved => format!(
                "Its weights can be downloaded, but their licence ({licence}) is not OSI-approved and carries {restrictions}."
            ),
            Tier::WeightsAvailable
                if self
                    .terms
                    .iter()
                    .filter(|t| t.restricts())
                    .all(|t| t.binding == Some(Binding::Unknown)) =>
            {
                format!(
                    "Its weights are under {licence}, but whether the usage policy that comes with them binds you is not established, so it cannot be shown to be free of use restrictions."
                )
            }
            Tier::WeightsAvailable => format!(
                "Its weights are under {licence}, an OSI-approved licence, but their use comes with {restrictions}, beyond what the law requires."
            ),
            Tier::OpenSource => format!(
                "Its weights are under {licence}, an OSI-approved licence with no use restrictions, and its training code and training data (or a complete recipe to rebuild it) are released."
            ),
            Tier::OpenWeights if !self.licence.osi_approved => format!(
                "Its weights are under {licence}, a permissive licence that is not OSI-approved: it grants use, study, modification and redistribution for any purpose, with no use restrictions. Without OSI approval it cannot be open source."
            ),
            Tier::OpenWeights => {
                let code = self.release.training_code.value == Availability::Yes;
                let missing = if code {
                    "its training data is"
                } else if matches!(
                    self.release.training_data.value,
                    DataRelease::Data | DataRelease::Recipe
                ) {
                    "its training code is"
                } else {
                    "its training code and data are"
                };
                format!(
                    "Its weights are under {licence}, an OSI-approved licence with no use restrictions, but {missing} not released, so training cannot be reproduced."
                )
            }
        }
    }
}

/// "a", "a and b", "a, b and c".
pub(crate) fn join_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
