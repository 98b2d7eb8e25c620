//! Related-links lines ("Also read: …"), UI labels ("Live Story") and share prompts.

use super::{first_word_in, normalise, word_count};

/// Words that open a related-links line: "Also read: …", "READ MORE | …", "See also – …".
const RELATED_MARKERS: &[&str] = &[
    "also read",
    "read also",
    "read more",
    "more to read",
    "must read",
    "see also",
    "also see",
    "related",
    "related topics",
    "related articles",
    "related stories",
    "related news",
    "related content",
    "recommended",
    "recommended stories",
    "recommended for you",
    "don't miss",
    "more from",
    "more on this",
    "more on this story",
    "further reading",
    "you may also like",
    "you might also like",
    "you may be interested in",
    "editor's pick",
    "editor's picks",
    "suggested",
    "suggested reading",
    "most read",
    "most popular",
    "top stories",
    "more stories",
    "watch",
    "listen",
    "read",
    "more",
];

/// A related-links line: a marker alone, or a marker then a separator and a link text.
pub fn is_related(t: &str) -> bool {
    const FIRST_WORDS: &[&str] = &[
        "also",
        "read",
        "more",
        "must",
        "see",
        "related",
        "recommended",
        "don't",
        "don’t",
        "further",
        "you",
        "editor's",
        "editor’s",
        "suggested",
        "most",
        "top",
        "watch",
        "listen",
    ];
    if t.len() > 300 || !first_word_in(t, FIRST_WORDS) {
        return false;
    }
    let n = normalise(t);
    let raw = t.trim_start();
    RELATED_MARKERS.iter().any(|m| {
        let Some(rest) = n.strip_prefix(m) else {
            return false;
        };
        if rest.is_empty() {
            // A bare marker ("Related", "Read more"); single verbs alone are labels, not links.
            return !matches!(*m, "watch" | "listen" | "read" | "more");
        }
        // "Read more: …", "Read more | …", "See also – …" (a dash only with a space before it,
        // so "More-than-expected …" stays body text).
        let r = rest.trim_start();
        let sep = r.starts_with([':', '|', '»', '›', '>'])
            || (rest.starts_with(' ') && r.starts_with(['-', '–', '—']));
        // "ALSO READ Jobs data …": a capitalised marker is a label even without a separator.
        let shouting = raw.get(..m.len()).is_some_and(|p| {
            p.chars().all(|c| !c.is_lowercase()) && p.chars().any(char::is_uppercase)
        }) && rest.starts_with(' ')
            && m.contains(' ');
        sep || shouting
    })
}

/// UI labels that stand alone on a line ("Live Story", "Advertisement", "Skip to content").
const LABELS: &[&str] = &[
    "live",
    "live story",
    "live updates",
    "live blog",
    "live now",
    "breaking",
    "breaking news",
    "just in",
    "developing",
    "developing story",
    "exclusive",
    "advertisement",
    "advertisment",
    "sponsored",
    "sponsored content",
    "promoted",
    "paid content",
    "ad",
    "opinion",
    "analysis",
    "explainer",
    "fact check",
    "watch",
    "video",
    "watch video",
    "play video",
    "listen",
    "listen to this article",
    "listen to article",
    "audio",
    "skip to content",
    "skip to main content",
    "skip advertisement",
    "menu",
    "search",
    "close",
    "loading",
    "comments",
    "show comments",
    "view comments",
    "leave a comment",
    "trending",
    "trending now",
    "story continues below advertisement",
    "story continues below",
    "article continues below advertisement",
    "article continues below",
    "continue reading",
    "continue reading below",
    "scroll to continue with content",
    "advertisement - scroll to continue",
    "toggle caption",
    "hide caption",
    "show caption",
    "enlarge this image",
    "enlarge",
    "gallery",
    "view gallery",
    "photo gallery",
    "expand",
    "topics",
    "tags",
    "sign in",
    "log in",
    "register",
    "back to top",
    "top",
];

pub fn is_label(t: &str) -> bool {
    if t.len() > 60 {
        return false;
    }
    if is_wire_slug(t) || is_story_number(t) {
        return true;
    }
    let n = normalise(t);
    let n = n
        .trim_start_matches(['•', '·', '|', '-', '–', ' '])
        .trim_end_matches(['|', ' ']);
    LABELS.contains(&n)
}

/// A content-system number standing alone: "Story Code : 1153231", "Article ID: 88120".
fn is_story_number(t: &str) -> bool {
    let Some((label, value)) = t.split_once(':') else {
        return false;
    };
    let value = value.trim();
    let label_words = label.split_whitespace().count();
    (1..=3).contains(&label_words)
        && value.len() >= 3
        && value.chars().all(|c| c.is_ascii_digit())
        && label.split_whitespace().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "story" | "article" | "news" | "id" | "code" | "no"
            )
        })
}

/// A wire slug standing alone on its line: capitals joined by hyphens ("FLOOD-RESCUE").
fn is_wire_slug(t: &str) -> bool {
    let t = t.trim().trim_end_matches('/');
    let parts: Vec<&str> = t.split('-').collect();
    parts.len() >= 2
        && t.len() >= 5
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
        && parts
            .iter()
            .filter(|p| p.chars().any(char::is_alphabetic))
            .count()
            >= 2
}

const SHARE_OPENERS: &[&str] = &[
    "share this",
    "share on",
    "share via",
    "share article",
    "share the article",
    "share story",
    "share:",
    "subscribe to",
    "subscribe now",
    "subscribe for",
    "sign up for",
    "sign up to",
    "follow us",
    "follow on",
    "join our",
    "download our app",
    "download the app",
    "click here to",
    "tap here to",
    "get the latest",
    "copy link",
    "email this",
    "print this",
    "like us on",
    "get our newsletter",
    "newsletter sign",
    "to receive our newsletter",
];

const SHARE_WORDS: &[&str] = &[
    "share",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "linkedin",
    "email",
    "e-mail",
    "mail",
    "telegram",
    "reddit",
    "pinterest",
    "copy",
    "link",
    "print",
    "messenger",
    "flipboard",
    "tumblr",
    "threads",
    "bluesky",
    "sms",
    "tweet",
    "comments",
    "comment",
    "save",
    "gift",
    "article",
    "subscribe",
];

/// Share, subscribe and follow prompts, and rows of social-network names.
pub fn is_share_prompt(t: &str) -> bool {
    if t.len() > 200 {
        return false;
    }
    let n = normalise(t);
    if word_count(&n) > 16 {
        return false;
    }
    let lone = [
        "share",
        "tweet",
        "email",
        "print",
        "whatsapp",
        "facebook",
        "linkedin",
        "copy link",
    ];
    if lone.contains(&n.as_str()) || SHARE_OPENERS.iter().any(|o| n.starts_with(o)) {
        return true;
    }
    let words: Vec<&str> = n
        .split(|c: char| c.is_whitespace() || "|•·,/".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2 && words.iter().all(|w| SHARE_WORDS.contains(w))
}

#[cfg(test)]
mod tests {
    use crate::corpus::FurnitureKind::*;
    use crate::corpus::furniture::testing::*;

    #[test]
    fn a_wire_slug_alone_on_its_line_is_a_label() {
        use super::is_label;
        assert!(is_label("FLOOD-RESCUE"));
        assert!(is_label("STORM-EUROPE/"));
        assert!(!is_label("COVID-19"));
        assert!(!is_label("NATO"));
        assert!(!is_label("Anti-War march"));
        assert!(is_label("Story Code : 1153231"));
        assert!(is_label("Article ID: 88120"));
        assert!(!is_label("Casualties: 1153"));
    }

    #[test]
    fn live_story_and_other_ui_labels_are_furniture() {
        for line in [
            "Live Story",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Skip to content",
        ] {
            assert_eq!(kinds(line, ANYWHERE), vec![(Label, line)], "{line}");
        }
        assert!(kinds("Live music returned to the square.", ANYWHERE).is_empty());
    }

    #[test]
    fn also_read_and_read_more_links_are_related() {
        for line in [
            "Also read: Bridge reopens after repairs",
            "READ MORE: Bridge reopens after repairs",
            "Read more | Bridge reopens after repairs",
            "ALSO READ Bridge reopens after repairs",
            "See also – Bridge reopens",
            "Related Articles",
        ] {
            assert_eq!(kinds(line, ANYWHERE), vec![(Related, line)], "{line}");
        }
    }

    #[test]
    fn read_more_inside_a_sentence_is_body_text() {
        assert!(kinds("Read more about it in the council's report.", ANYWHERE).is_empty());
        assert!(kinds("Readers can read more about it in the report.", ANYWHERE).is_empty());
        assert!(kinds("Related groups said the plan was late.", ANYWHERE).is_empty());
        assert!(kinds("Watch out for falling rocks, the ranger said.", ANYWHERE).is_empty());
    }

    #[test]
    fn share_and_subscribe_prompts_are_furniture() {
        for line in [
            "Share this article",
            "Facebook Twitter WhatsApp Email",
            "Subscribe to our newsletter",
            "Follow us on social media",
        ] {
            assert_eq!(kinds(line, ANYWHERE), vec![(Share, line)], "{line}");
        }
        assert!(kinds("Shares fell 3% on Monday.", ANYWHERE).is_empty());
    }
}
