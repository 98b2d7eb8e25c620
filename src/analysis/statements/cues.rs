//! Speech-act verbs: the words that introduce what someone said, with the shape of what follows.

/// What follows a speech verb before its content starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Complement {
    /// Content follows, optionally after "that" ("said (that) …", "denied …").
    Clause,
    /// A listener comes first ("told reporters (that) …").
    Listener,
    /// Needs a particle: "called on/for", "referred to", "spoke of/about".
    Particle(&'static [&'static str]),
    /// "described X as Y", "characterised it as Y": content is Y when X is short.
    As,
}

/// One speech verb: its forms, and what follows it.
struct Verb {
    forms: &'static [&'static str],
    complement: Complement,
}

const VERBS: &[Verb] = &[
    v(&["say", "says", "said", "saying"], Complement::Clause),
    v(&["tell", "tells", "told", "telling"], Complement::Listener),
    v(&["add", "adds", "added", "adding"], Complement::Clause),
    v(
        &["state", "states", "stated", "stating"],
        Complement::Clause,
    ),
    v(
        &["claim", "claims", "claimed", "claiming"],
        Complement::Clause,
    ),
    v(&["warn", "warns", "warned", "warning"], Complement::Clause),
    v(&["urge", "urges", "urged", "urging"], Complement::Clause),
    v(&["deny", "denies", "denied", "denying"], Complement::Clause),
    v(
        &["reject", "rejects", "rejected", "rejecting"],
        Complement::Clause,
    ),
    v(
        &["confirm", "confirms", "confirmed", "confirming"],
        Complement::Clause,
    ),
    v(
        &["accuse", "accuses", "accused", "accusing"],
        Complement::Clause,
    ),
    v(
        &[
            "acknowledge",
            "acknowledges",
            "acknowledged",
            "acknowledging",
        ],
        Complement::Clause,
    ),
    v(
        &["admit", "admits", "admitted", "admitting"],
        Complement::Clause,
    ),
    v(
        &[
            "emphasise",
            "emphasises",
            "emphasised",
            "emphasising",
            "emphasize",
            "emphasizes",
            "emphasized",
            "emphasizing",
        ],
        Complement::Clause,
    ),
    v(
        &["stress", "stresses", "stressed", "stressing"],
        Complement::Clause,
    ),
    v(
        &["announce", "announces", "announced", "announcing"],
        Complement::Clause,
    ),
    v(
        &["reveal", "reveals", "revealed", "revealing"],
        Complement::Clause,
    ),
    v(
        &["mention", "mentions", "mentioned", "mentioning"],
        Complement::Clause,
    ),
    v(
        &["insist", "insists", "insisted", "insisting"],
        Complement::Clause,
    ),
    v(
        &["argue", "argues", "argued", "arguing"],
        Complement::Clause,
    ),
    v(
        &["explain", "explains", "explained", "explaining"],
        Complement::Clause,
    ),
    v(
        &["assert", "asserts", "asserted", "asserting"],
        Complement::Clause,
    ),
    v(
        &["reiterate", "reiterates", "reiterated", "reiterating"],
        Complement::Clause,
    ),
    v(
        &["pledge", "pledges", "pledged", "pledging"],
        Complement::Clause,
    ),
    v(
        &["promise", "promises", "promised", "promising"],
        Complement::Clause,
    ),
    v(&["vow", "vows", "vowed", "vowing"], Complement::Clause),
    v(
        &["order", "orders", "ordered", "ordering"],
        Complement::Clause,
    ),
    v(
        &["welcome", "welcomes", "welcomed", "welcoming"],
        Complement::Clause,
    ),
    v(&["note", "notes", "noted", "noting"], Complement::Clause),
    v(
        &["indicate", "indicates", "indicated", "indicating"],
        Complement::Clause,
    ),
    v(
        &["demand", "demands", "demanded", "demanding"],
        Complement::Clause,
    ),
    v(
        &["allege", "alleges", "alleged", "alleging"],
        Complement::Clause,
    ),
    v(
        &["concede", "concedes", "conceded", "conceding"],
        Complement::Clause,
    ),
    v(
        &["express", "expresses", "expressed", "expressing"],
        Complement::Clause,
    ),
    v(
        &["voice", "voices", "voiced", "voicing"],
        Complement::Clause,
    ),
    v(
        &[
            "communicate",
            "communicates",
            "communicated",
            "communicating",
        ],
        Complement::Clause,
    ),
    v(
        &["condemn", "condemns", "condemned", "condemning"],
        Complement::Clause,
    ),
    v(
        &[
            "criticise",
            "criticises",
            "criticised",
            "criticising",
            "criticize",
            "criticizes",
            "criticized",
            "criticizing",
        ],
        Complement::Clause,
    ),
    v(
        &["dismiss", "dismisses", "dismissed", "dismissing"],
        Complement::Clause,
    ),
    v(
        &["predict", "predicts", "predicted", "predicting"],
        Complement::Clause,
    ),
    v(
        &["threaten", "threatens", "threatened", "threatening"],
        Complement::Clause,
    ),
    v(
        &[
            "authorise",
            "authorises",
            "authorised",
            "authorising",
            "authorize",
            "authorizes",
            "authorized",
            "authorizing",
        ],
        Complement::Clause,
    ),
    v(
        &["call", "calls", "called", "calling"],
        Complement::Particle(&["on", "for", "upon"]),
    ),
    v(
        &["refer", "refers", "referred", "referring"],
        Complement::Particle(&["to"]),
    ),
    v(
        &["speak", "speaks", "spoke", "speaking"],
        Complement::Particle(&["of", "about"]),
    ),
    v(
        &["appeal", "appeals", "appealed", "appealing"],
        Complement::Particle(&["for", "to"]),
    ),
    v(
        &["describe", "describes", "described", "describing"],
        Complement::As,
    ),
    v(
        &[
            "characterise",
            "characterises",
            "characterised",
            "characterising",
            "characterize",
            "characterizes",
            "characterized",
            "characterizing",
        ],
        Complement::As,
    ),
    v(&["brand", "brands", "branded", "branding"], Complement::As),
    // "…, Xinhua reported." / "State media reported that …": how news cites other outlets.
    v(
        &["report", "reports", "reported", "reporting"],
        Complement::Clause,
    ),
];

const fn v(forms: &'static [&'static str], complement: Complement) -> Verb {
    Verb { forms, complement }
}

/// A speech verb form found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub complement: Complement,
    /// The "-ing" form, which attaches to the subject of the clause before it.
    pub participle: bool,
    /// The bare form ("say"), which needs a plural or "I/we" subject or an auxiliary.
    pub bare: bool,
}

/// The speech verb a folded word is a form of, if any.
///
/// ```
/// use crosscheck::analysis::statements::cues::cue;
/// assert!(cue("emphasised").is_some());
/// assert!(cue("spokesman").is_none());
/// ```
pub fn cue(norm: &str) -> Option<Cue> {
    VERBS.iter().find_map(|verb| {
        verb.forms.iter().position(|f| *f == norm).map(|i| Cue {
            complement: verb.complement,
            participle: norm.ends_with("ing"),
            bare: i == 0,
        })
    })
}

/// Words that may stand between a subject and its speech verb ("has also", "categorically").
pub fn is_verb_filler(norm: &str) -> bool {
    matches!(
        norm,
        "has"
            | "have"
            | "had"
            | "is"
            | "was"
            | "were"
            | "are"
            | "will"
            | "would"
            | "also"
            | "both"
            | "then"
            | "later"
            | "earlier"
            | "again"
            | "once"
            | "repeatedly"
            | "on"
            | "last"
            | "this"
            | "week"
            | "today"
            | "yesterday"
            | "tonight"
            | "morning"
            | "evening"
            | "afternoon"
            | "night"
            | "previously"
            | "publicly"
            | "separately"
            | "subsequently"
            | "however"
            | "meanwhile"
            | "too"
            | "has been"
            | "been"
    ) || (norm.ends_with("ly") && norm.len() > 4)
}

/// Words that make a following speech verb negated ("did not deny").
pub fn is_negation(norm: &str) -> bool {
    matches!(
        norm,
        "not" | "never" | "didn't" | "doesn't" | "don't" | "hasn't" | "haven't" | "won't" | "no"
    )
}

/// Forms of "be" that make a following past participle passive ("it must be noted").
pub fn is_be(norm: &str) -> bool {
    matches!(
        norm,
        "be" | "been" | "being" | "is" | "was" | "were" | "are"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_a_speech_verb_is_a_cue() {
        for w in [
            "said",
            "says",
            "urging",
            "characterized",
            "characterised",
            "told",
        ] {
            assert!(cue(w).is_some(), "{w}");
        }
    }

    #[test]
    fn words_that_only_look_like_speech_are_not_cues() {
        for w in ["spokesman", "statement", "sayings", "talks", "talked"] {
            assert!(cue(w).is_none(), "{w}");
        }
    }

    #[test]
    fn participles_and_particles_are_marked() {
        assert!(cue("urging").is_some_and(|c| c.participle));
        assert!(cue("urged").is_some_and(|c| !c.participle));
        assert!(matches!(
            cue("called").map(|c| c.complement),
            Some(Complement::Particle(_))
        ));
    }
}
