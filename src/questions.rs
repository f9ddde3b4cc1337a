//! The questions, their options and the reader's answers (CONTRACT §2), as data.
//!
//! Pure Rust with no web dependency. Question and option ids are public (URL values): they never
//! change once shipped. Wording is the project's own.

/// A question. The order of [`Question::ALL`] is the order of the steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    Deploy,
    Hardware,
    Scale,
    Customize,
    Outputs,
    Transparency,
    Restrictions,
    Region,
}

/// One option of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// Public id, used as the URL value and the radio's `value`.
    pub id: &'static str,
    /// Short label shown beside the radio.
    pub label: &'static str,
    /// One line of explanation under the label.
    pub detail: &'static str,
}

/// The id of the option every question accepts, which never excludes nor adds a condition.
pub const UNSURE: &str = "unsure";

const fn choice(id: &'static str, label: &'static str, detail: &'static str) -> Choice {
    Choice { id, label, detail }
}

const UNSURE_CHOICE: Choice = choice(
    UNSURE,
    "Not sure yet",
    "This answer will not rule anything out.",
);

impl Question {
    pub const ALL: [Question; 8] = [
        Question::Deploy,
        Question::Hardware,
        Question::Scale,
        Question::Customize,
        Question::Outputs,
        Question::Transparency,
        Question::Restrictions,
        Question::Region,
    ];

    /// The public id (URL key, radio `name`).
    pub fn id(self) -> &'static str {
        match self {
            Question::Deploy => "deploy",
            Question::Hardware => "hardware",
            Question::Scale => "scale",
            Question::Customize => "customize",
            Question::Outputs => "outputs",
            Question::Transparency => "transparency",
            Question::Restrictions => "restrictions",
            Question::Region => "region",
        }
    }

    pub fn from_id(id: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.id() == id)
    }

    /// Its position in [`Question::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The question as the reader sees it.
    pub fn title(self) -> &'static str {
        match self {
            Question::Deploy => "Where should the model run?",
            Question::Hardware => "What can you run it on?",
            Question::Scale => "Who will use it, and how big is the business?",
            Question::Customize => "Do you need to fine-tune or modify the model itself?",
            Question::Outputs => "Will you use its outputs to train or distil other models?",
            Question::Transparency => "How much must you know about how it was built?",
            Question::Restrictions => "Can you accept use restrictions in a licence?",
            Question::Region => "Where is your organisation based?",
        }
    }

    /// A short name for summaries and the progress list.
    pub fn short(self) -> &'static str {
        match self {
            Question::Deploy => "Where it runs",
            Question::Hardware => "Hardware",
            Question::Scale => "Scale",
            Question::Customize => "Fine-tuning",
            Question::Outputs => "Training on outputs",
            Question::Transparency => "Transparency",
            Question::Restrictions => "Licence restrictions",
            Question::Region => "Region",
        }
    }

    /// Why the question matters, in one or two sentences.
    pub fn help(self) -> &'static str {
        match self {
            Question::Deploy => "Running a model yourself needs its weights; a hosted API does not.",
            Question::Hardware => "Estimated from the smallest size of each model: parameters in billions x 0.6 GB (4-bit weights plus 20% runtime overhead).",
            Question::Scale => "Some licences end, or add duties, above a number of users or an amount of revenue.",
            Question::Customize => "Fine-tuning or changing the model itself needs its weights.",
            Question::Outputs => "Some terms forbid training competing models on outputs; others attach duties to the models you train.",
            Question::Transparency => "Reproducing training needs the training code and the data (or a complete recipe).",
            Question::Restrictions => "For example an acceptable-use policy, naming or attribution rules, or termination for conduct.",
            Question::Region => "A few licences withhold rights, or change terms, in the European Union.",
        }
    }

    /// The options, `unsure` last.
    pub fn choices(self) -> &'static [Choice] {
        const DEPLOY: [Choice; 3] = [
            choice(
                "self",
                "On my own hardware",
                "My servers, a private cloud or a device: I need the weights.",
            ),
            choice(
                "api",
                "A hosted API is fine",
                "Someone else runs the model; I call it over the network.",
            ),
            UNSURE_CHOICE,
        ];
        const HARDWARE: [Choice; 4] = [
            choice("laptop", "A laptop", "About 16 GB of memory."),
            choice("gpu", "One large GPU", "One 80 GB GPU."),
            choice("cluster", "Several GPUs", "A multi-GPU server or cluster."),
            UNSURE_CHOICE,
        ];
        const SCALE: [Choice; 5] = [
            choice(
                "personal",
                "Personal, research or non-commercial",
                "No business use.",
            ),
            choice(
                "business",
                "A business",
                "Commercial use, under US$20M monthly revenue and under 100M monthly users.",
            ),
            choice(
                "large",
                "A large business",
                "Over US$20M monthly revenue or over 100M monthly users, under 700M.",
            ),
            choice(
                "hyperscale",
                "Hyperscale",
                "700M or more monthly active users.",
            ),
            UNSURE_CHOICE,
        ];
        const YES_NO: [Choice; 3] = [
            choice("yes", "Yes", ""),
            choice("no", "No", ""),
            UNSURE_CHOICE,
        ];
        const TRANSPARENCY: [Choice; 4] = [
            choice(
                "reproduce",
                "Reproduce it",
                "I must inspect and reproduce training: code and data.",
            ),
            choice(
                "docs",
                "Documentation is enough",
                "A technical report or a model card.",
            ),
            choice("none", "Nothing in particular", ""),
            UNSURE_CHOICE,
        ];
        const RESTRICTIONS: [Choice; 3] = [
            choice("yes", "Yes, I can accept them", ""),
            choice(
                "no",
                "No",
                "I need a licence without use restrictions beyond the law.",
            ),
            UNSURE_CHOICE,
        ];
        const REGION: [Choice; 3] = [
            choice("eu", "The European Union", ""),
            choice("other", "Elsewhere", ""),
            UNSURE_CHOICE,
        ];
        match self {
            Question::Deploy => &DEPLOY,
            Question::Hardware => &HARDWARE,
            Question::Scale => &SCALE,
            Question::Customize | Question::Outputs => &YES_NO,
            Question::Transparency => &TRANSPARENCY,
            Question::Restrictions => &RESTRICTIONS,
            Question::Region => &REGION,
        }
    }

    /// The option with this id, if the question has one.
    pub fn choice(self, id: &str) -> Option<&'static Choice> {
        self.choices().iter().find(|c| c.id == id)
    }
}

/// The reader's answers: for each question, the id of the chosen option, or nothing yet.
///
/// Invariant: a question that is not asked (see [`Answers::is_asked`]) has no answer, so a state
/// has one canonical URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Answers([Option<&'static str>; 8]);

impl Answers {
    /// The chosen option's id, `unsure` included; `None` when unanswered.
    pub fn chosen(&self, q: Question) -> Option<&'static str> {
        self.0[q.index()]
    }

    /// The answer that counts for the verdicts: `None` when unanswered or `unsure`.
    pub fn get(&self, q: Question) -> Option<&'static str> {
        self.chosen(q).filter(|&id| id != UNSURE)
    }

    /// Whether `q` was answered `id` (`unsure` never counts).
    pub fn is(&self, q: Question, id: &str) -> bool {
        debug_assert!(q.choice(id).is_some(), "{} has no option {id}", q.id());
        self.get(q) == Some(id)
    }

    /// Whether the question is asked, given the other answers: `hardware` only when `deploy` is
    /// not `api` (CONTRACT §2).
    pub fn is_asked(&self, q: Question) -> bool {
        match q {
            Question::Hardware => !self.is(Question::Deploy, "api"),
            _ => true,
        }
    }

    /// The questions asked, in order: the steps.
    pub fn steps(&self) -> Vec<Question> {
        Question::ALL
            .into_iter()
            .filter(|&q| self.is_asked(q))
            .collect()
    }

    /// Records an answer. Returns `false`, changing nothing, when `id` is not an option of `q` or
    /// `q` is not asked. Answering `deploy=api` clears `hardware`, which is then not asked.
    pub fn set(&mut self, q: Question, id: &str) -> bool {
        let Some(choice) = q.choice(id) else {
            return false;
        };
        if !self.is_asked(q) {
            return false;
        }
        self.0[q.index()] = Some(choice.id);
        if !self.is_asked(Question::Hardware) {
            self.0[Question::Hardware.index()] = None;
        }
        true
    }

    /// Records an answer that differs from the one given: `false`, changing nothing, when it is
    /// the same, or [`Answers::set`] refuses it.
    pub fn change(&mut self, q: Question, id: &str) -> bool {
        self.chosen(q) != Some(id) && self.set(q, id)
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_contract() {
        let expected = [
            ("deploy", vec!["self", "api", "unsure"]),
            ("hardware", vec!["laptop", "gpu", "cluster", "unsure"]),
            (
                "scale",
                vec!["personal", "business", "large", "hyperscale", "unsure"],
            ),
            ("customize", vec!["yes", "no", "unsure"]),
            ("outputs", vec!["yes", "no", "unsure"]),
            ("transparency", vec!["reproduce", "docs", "none", "unsure"]),
            ("restrictions", vec!["yes", "no", "unsure"]),
            ("region", vec!["eu", "other", "unsure"]),
        ];
        for (q, (id, options)) in Question::ALL.into_iter().zip(expected) {
            assert_eq!(q.id(), id);
            assert_eq!(Question::from_id(id), Some(q));
            assert_eq!(
                q.choices().iter().map(|c| c.id).collect::<Vec<_>>(),
                options
            );
            assert_eq!(
                q.index(),
                Question::ALL.iter().position(|&x| x == q).unwrap()
            );
        }
        assert_eq!(Question::from_id("Deploy"), None);
    }

    #[test]
    fn hardware_is_asked_only_when_deploy_is_not_api() {
        let mut a = Answers::default();
        assert!(a.is_asked(Question::Hardware));
        assert!(a.set(Question::Hardware, "gpu"));
        assert!(a.set(Question::Deploy, "api"));
        assert!(!a.is_asked(Question::Hardware));
        assert_eq!(
            a.chosen(Question::Hardware),
            None,
            "the hidden answer is cleared"
        );
        assert!(
            !a.set(Question::Hardware, "gpu"),
            "a question not asked takes no answer"
        );
        assert_eq!(a.steps().len(), 7);
        assert!(a.set(Question::Deploy, "self"));
        assert_eq!(a.steps().len(), 8);
    }

    #[test]
    fn unsure_is_an_answer_that_counts_for_nothing() {
        let mut a = Answers::default();
        assert!(a.set(Question::Scale, UNSURE));
        assert_eq!(a.chosen(Question::Scale), Some(UNSURE));
        assert_eq!(a.get(Question::Scale), None);
        assert!(!a.is_empty());
        assert!(!a.set(Question::Scale, "enormous"));
        assert_eq!(
            a.chosen(Question::Scale),
            Some(UNSURE),
            "a bad value changes nothing"
        );
    }
}
