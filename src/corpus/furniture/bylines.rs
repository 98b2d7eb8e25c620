//! Bylines: "By Jane Doe", "Written by …", "• Jane Doe" at the top or bottom of a page, a lone
//! agency or desk name.

use super::{Place, first_word_in, normalise, word_count};

/// News agencies and desk names that stand alone as a byline ("AFP", "Web Desk").
const AGENCIES: &[&str] = &[
    "afp",
    "reuters",
    "ap",
    "the associated press",
    "associated press",
    "agence france-presse",
    "press association",
    "pa media",
    "agencies",
    "agency",
    "pti",
    "ani",
    "ians",
    "xinhua",
    "dpa",
    "efe",
    "ansa",
    "tass",
    "anadolu",
    "epa",
    "pa",
    "bloomberg",
    "web desk",
    "news desk",
    "online desk",
    "staff reporter",
    "staff writer",
    "our correspondent",
    "staff",
];

/// Marks that set a name apart as a byline or sign-off: "• Jane Doe", "- Press Association",
/// "/ CBS/AP".
const BYLINE_MARKS: &[char] = &['•', '·', '▪', '●', '—', '–', '-', '/'];

/// Whether a lower-case name is a news agency or desk that signs stories and captions.
pub(super) fn is_agency(name: &str) -> bool {
    AGENCIES.contains(&name)
}

const BYLINE_OPENERS: &[&str] = &[
    "written by ",
    "reporting by ",
    "reported by ",
    "additional reporting by ",
    "story by ",
    "words by ",
    "edited by ",
    "editing by ",
    "compiled by ",
    "posted by ",
    "author:",
    "authors:",
    "byline:",
    "contributor:",
];

/// Lower-case words allowed inside a name list ("Anna de la Cruz and Ben Ode for Agency").
const NAME_JOINERS: &[&str] = &[
    "and", "&", "of", "the", "for", "in", "de", "la", "van", "von", "der", "den", "da", "di", "du",
    "bin", "al", "el", "y", "with",
];

/// True when every word of `rest` could be part of a list of names (capitalised words, joiners,
/// initials, separators) and there are at most `max` words.
fn looks_like_names(rest: &str, max: usize) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= max
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| ",;|/()".contains(c));
            w.is_empty()
                || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || NAME_JOINERS.contains(&w.to_lowercase().as_str())
                || w.starts_with('@')
        })
        && !rest.trim_end().ends_with(['?', '!'])
}

/// "By Jane Doe", "By JANE DOE and Ola Ode, Agency", "Written by …", "• Jane Doe" (at the top
/// or bottom of a page), a lone agency or desk name.
pub fn is_byline(t: &str, place: Place) -> bool {
    if let Some(rest) = t.strip_prefix("By ").or_else(|| t.strip_prefix("BY ")) {
        return looks_like_names(rest, 12) && (!t.ends_with('.') || ends_with_initial(t));
    }
    if t.len() > 300 {
        return false;
    }
    const OPENER_WORDS: &[&str] = &[
        "written",
        "reporting",
        "reported",
        "additional",
        "story",
        "words",
        "edited",
        "editing",
        "compiled",
        "posted",
        "author",
        "authors",
        "byline",
        "contributor",
    ];
    if first_word_in(t, OPENER_WORDS) {
        let n = normalise(t);
        if BYLINE_OPENERS.iter().any(|o| n.starts_with(o)) && word_count(&n) <= 30 {
            return true;
        }
    }
    if t.len() > 40 && !t.starts_with(BYLINE_MARKS) {
        return false;
    }
    let n = normalise(t);
    let bare = n.trim_matches(|c: char| "()[]-–—•·|".contains(c) || c.is_whitespace());
    if is_agency(bare) && (place.near_top || place.near_bottom) {
        return true;
    }
    let marked = t.starts_with(BYLINE_MARKS);
    if marked && (place.near_top || place.near_bottom) {
        let rest = t.trim_start_matches(BYLINE_MARKS).trim_start();
        return (looks_like_names(rest, 4) || is_reporter_role(rest)) && !rest.ends_with('.');
    }
    false
}

/// "Business reporter, New York", "Senior correspondent": the writer's post under a byline.
fn is_reporter_role(rest: &str) -> bool {
    const ROLES: &[&str] = &[
        "reporter",
        "correspondent",
        "editor",
        "writer",
        "journalist",
        "columnist",
        "contributor",
    ];
    let (post, _place) = rest.split_once(',').unwrap_or((rest, ""));
    let words: Vec<String> = post.split_whitespace().map(str::to_lowercase).collect();
    (1..=4).contains(&words.len())
        && words.last().is_some_and(|w| ROLES.contains(&w.as_str()))
        && word_count(rest) <= 7
}

fn ends_with_initial(t: &str) -> bool {
    let last = t.split_whitespace().last().unwrap_or("");
    last.len() == 2 && last.starts_with(char::is_uppercase) && last.ends_with('.')
}

#[cfg(test)]
mod tests {
    use crate::corpus::FurnitureKind::*;
    use crate::corpus::furniture::testing::*;

    #[test]
    fn bylines_are_furniture() {
        for line in [
            "By Jane Doe",
            "By JANE DOE and Ola Ode, Agency",
            "Written by Sam Poe",
        ] {
            assert_eq!(kinds(line, ANYWHERE), vec![(Byline, line)], "{line}");
        }
        assert_eq!(kinds("  • Zentas", BOTTOM), vec![(Byline, "• Zentas")]);
        assert_eq!(
            kinds("• Business reporter, Lima", TOP),
            vec![(Byline, "• Business reporter, Lima")]
        );
        assert!(kinds("• Business reporters were told to leave.", TOP).is_empty());
        assert_eq!(kinds("AFP", TOP), vec![(Byline, "AFP")]);
        assert_eq!(kinds("/ CBS/AP", TOP), vec![(Byline, "/ CBS/AP")]);
        assert_eq!(
            kinds("- Press Association", BOTTOM),
            vec![(Byline, "- Press Association")]
        );
        assert!(kinds("- Press Association", ANYWHERE).is_empty());
        assert!(kinds("- 30 people died in the flood", BOTTOM).is_empty());
    }

    #[test]
    fn sentences_starting_with_by_are_not_bylines() {
        assert!(kinds("By Friday, the troops had withdrawn.", ANYWHERE).is_empty());
        assert!(kinds("By then Brown had left.", ANYWHERE).is_empty());
        assert!(kinds("• Sanctions on imports", ANYWHERE).is_empty());
        assert!(kinds("• Sanctions on imports", BOTTOM).is_empty());
    }
}
