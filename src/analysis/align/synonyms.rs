//! Words news rewrites swap for one another, so the paraphrase layer counts them as shared.
//!
//! A rewrite of a wire story keeps the facts and changes the words: "voiced its apprehension"
//! becomes "expressed concern", "urged" becomes "called on", "troops" becomes "forces". TF-IDF
//! over stems sees nothing in common there. Each group below is one meaning as news prose uses
//! it; its words are stemmed like every token and all share the first word's stem. The groups
//! are general newsroom vocabulary (reporting verbs, conflict, politics, courts, disasters,
//! economy, quantities), not any one story's: a word with several common meanings (such as
//! "call", "move" or "charge") is left out rather than forced into one of them. Hyphenated
//! forms are listed closed up ("deescalate"): the tokenizer joins "de-escalate" that way.

use crate::analysis::stem::WordStemmer;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

const GROUPS: &[&[&str]] = &[
    // Saying and telling.
    &[
        "say", "state", "tell", "add", "note", "remark", "mention", "comment", "assert", "claim",
        "affirm",
    ],
    &["express", "voice", "convey", "communicate", "articulate"],
    &[
        "concern",
        "worry",
        "apprehension",
        "unease",
        "anxiety",
        "disquiet",
    ],
    &["urge", "exhort", "implore"],
    &[
        "describe",
        "characterize",
        "portray",
        "depict",
        "label",
        "dub",
    ],
    &["deny", "reject", "refute", "dismiss", "rebuff"],
    &["confirm", "acknowledge", "admit", "concede", "verify"],
    &["announce", "declare", "proclaim", "unveil"],
    &["warn", "caution"],
    &["accuse", "blame", "allege", "fault"],
    &["criticize", "condemn", "denounce", "slam", "decry"],
    &["promise", "pledge", "vow", "commit"],
    &["insist", "maintain", "contend"],
    &[
        "emphasize",
        "stress",
        "underline",
        "underscore",
        "highlight",
    ],
    &[
        "talk",
        "speak",
        "converse",
        "discuss",
        "conversation",
        "discussion",
    ],
    &["phone", "telephone"],
    &["meeting", "talks", "summit"],
    // Armed conflict and security.
    &[
        "troops",
        "forces",
        "soldiers",
        "personnel",
        "servicemen",
        "servicemembers",
    ],
    &[
        "buildup",
        "deployment",
        "massing",
        "concentration",
        "reinforcement",
    ],
    &["attack", "assault", "raid", "ambush", "offensive"],
    &[
        "assailant",
        "attacker",
        "gunman",
        "gunmen",
        "militant",
        "fighter",
        "insurgent",
        "raider",
    ],
    &[
        "clash",
        "firefight",
        "gunfight",
        "skirmish",
        "shootout",
        "fighting",
        "battle",
    ],
    &["standoff", "siege"],
    &["kill", "slay", "dead", "death", "die", "fatality"],
    &["injure", "wound", "hurt", "injury"],
    &["weapon", "arms", "armament", "munitions"],
    &["withdraw", "withdrawal", "retreat", "pullback", "pullout"],
    &["send", "dispatch", "deploy", "transfer"],
    &["ceasefire", "truce", "armistice"],
    &["tension", "friction", "strain", "hostility"],
    &[
        "escalation",
        "escalate",
        "intensify",
        "heighten",
        "worsen",
        "flare",
    ],
    &["deescalate", "deescalation", "defuse", "calm"],
    &["destabilizing", "destabilize", "unsettling"],
    &["threat", "threaten", "menace"],
    &["border", "frontier", "boundary"],
    // Government, courts and crime.
    &["government", "administration", "authorities", "cabinet"],
    &["leader", "chief"],
    &["spokesman", "spokeswoman", "spokesperson"],
    &["arrest", "detain", "apprehend", "custody"],
    &["investigate", "investigation", "probe", "inquiry"],
    &["resign", "quit", "resignation"],
    &["sanction", "penalty", "embargo"],
    &["law", "legislation", "statute"],
    &["election", "vote", "ballot", "poll"],
    &["support", "assist", "aid", "help", "backing", "assistance"],
    &["agreement", "deal", "accord", "pact", "treaty"],
    &["protest", "demonstration", "rally"],
    &["independence", "sovereignty"],
    // Disasters and events.
    &["flood", "flooding", "deluge", "inundation"],
    &["earthquake", "quake", "tremor"],
    &["blaze", "wildfire"],
    &["storm", "hurricane", "typhoon", "cyclone"],
    &["evacuate", "evacuation", "flee"],
    &["damage", "destruction", "devastation"],
    &["victim", "casualty", "casualties"],
    &["incident", "event", "episode", "occurrence"],
    // Economy.
    &[
        "increase",
        "boost",
        "bolster",
        "raise",
        "strengthen",
        "expand",
        "augment",
    ],
    &[
        "decrease", "reduce", "cut", "lower", "shrink", "decline", "drop",
    ],
    &["rise", "climb", "jump", "surge", "soar"],
    &["price", "cost"],
    &["company", "firm", "business", "corporation"],
    &["money", "funds", "funding", "cash"],
    // Description and quantity.
    &[
        "large",
        "big",
        "major",
        "significant",
        "substantial",
        "sizable",
        "considerable",
        "huge",
    ],
    &["small", "minor", "little", "slight"],
    &["serious", "grave", "severe"],
    &["recent", "latest"],
    &["previous", "prior", "earlier", "past", "last"],
    &["about", "around", "approximately", "roughly", "nearly"],
    &[
        "purpose",
        "aim",
        "goal",
        "intent",
        "intention",
        "objective",
        "motive",
    ],
    &["unclear", "uncertain", "unknown"],
    &["begin", "start", "launch", "initiate", "commence"],
    &["end", "finish", "conclude", "halt", "stop"],
    &["happen", "occur"],
    &["fewer", "less", "lack", "shortage"],
    &["area", "region", "zone", "territory"],
    &["village", "town", "hamlet"],
    &["country", "nation"],
];

/// The stems of each group's words (its first word's too), mapped to the stem that stands
/// for the group.
static CANONICAL: LazyLock<FxHashMap<String, String>> = LazyLock::new(|| {
    let stemmer = WordStemmer::new();
    let mut map = FxHashMap::default();
    for group in GROUPS {
        // A word whose stem is in two groups keeps its first ("talks" is the first group's
        // "talk" before it is a meeting): the groups are in order of how often news prose
        // means that sense. A head already taken joins its whole group to the earlier one.
        let head = stemmer.stem(group[0]).into_owned();
        let target = map.get(&head).cloned().unwrap_or_else(|| head.clone());
        for word in group.iter() {
            let stem = stemmer.stem(word).into_owned();
            map.entry(stem).or_insert_with(|| target.clone());
        }
    }
    map
});

/// The stem that stands for `stem`'s group, or `stem` itself when it is in none.
pub fn canonical(stem: &str) -> &str {
    CANONICAL.get(stem).map_or(stem, String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &str, b: &str) -> bool {
        let s = WordStemmer::new();
        canonical(&s.stem(a)) == canonical(&s.stem(b))
    }

    #[test]
    fn words_of_one_group_share_a_stem_in_any_form() {
        assert!(same("voiced", "expressed"));
        assert!(same("apprehension", "concerns"));
        assert!(same("characterizing", "described"));
        assert!(same("assailants", "gunmen"));
        // "talks" (the meeting) stems like "talk": a later group must not take over an
        // earlier group's head.
        assert!(same("talk", "speak"));
    }

    #[test]
    fn words_of_different_groups_stay_apart() {
        assert!(!same("denied", "confirmed"));
        assert!(!same("increase", "decrease"));
        assert!(!same("troops", "weapons"));
    }

    #[test]
    fn words_in_no_group_are_their_own_stem() {
        assert_eq!(canonical("harbour"), "harbour");
    }
}
