//! Page furniture: breadcrumbs, reading times, captions, credits, bylines, related links,
//! share prompts and UI labels, recognised one line at a time.
//!
//! Every rule here describes a form seen across news sites ("3 min read", "Also read: …",
//! "(Photo by …/AFP via Getty Images)", "By Jane Doe"), never one site's strings. Rules are
//! anchored to the whole line or its start, so the same words inside a sentence ("read more
//! about it in …") stay body text.

use super::FurnitureKind;
use crate::analysis::span::Span;

/// Where a line stands, for rules that only hold at the top or bottom of a page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Place {
    /// Among the first few non-blank lines (the page header).
    pub near_top: bool,
    /// Among the last few non-blank lines (the page footer).
    pub near_bottom: bool,
}

/// The furniture on one line, as (kind, span within `line`); empty when the line is body text.
/// A caption line ending in a photo credit gives two pieces: the caption and the credit.
pub fn classify_line(line: &str, place: Place) -> Vec<(FurnitureKind, Span)> {
    let whole = Span::new(0, line.len()).trim(line);
    let t = whole.slice(line);
    if t.is_empty() {
        return Vec::new();
    }
    if let Some(pieces) = caption_and_credit(t) {
        return pieces
            .into_iter()
            .map(|(k, s)| (k, Span::new(s.start + whole.start, s.end + whole.start)))
            .collect();
    }
    let kind = if is_reading_time(t) {
        Some(FurnitureKind::ReadingTime)
    } else if is_related(t) {
        Some(FurnitureKind::Related)
    } else if is_share_prompt(t) {
        Some(FurnitureKind::Share)
    } else if is_label(t) {
        Some(FurnitureKind::Label)
    } else if is_byline(t, place) {
        Some(FurnitureKind::Byline)
    } else if is_breadcrumb(t, place) {
        Some(FurnitureKind::Breadcrumb)
    } else {
        None
    };
    kind.map(|k| vec![(k, whole)]).unwrap_or_default()
}

/// Lower case, curly apostrophes straightened, white space collapsed, trailing `:`/`.`/`…` gone.
fn normalise(t: &str) -> String {
    let lower = t.to_lowercase().replace(['’', '‘'], "'");
    let collapsed: Vec<&str> = lower.split_whitespace().collect();
    collapsed
        .join(" ")
        .trim_end_matches([':', '.', '…', ' '])
        .to_string()
}

fn word_count(t: &str) -> usize {
    t.split_whitespace().count()
}

/// "3 min read", "5-minute read", "Reading time: 4 minutes", "2 mins".
pub fn is_reading_time(t: &str) -> bool {
    let n = normalise(t);
    let mut rest = n.as_str();
    for prefix in [
        "estimated reading time",
        "reading time",
        "read time",
        "time to read",
    ] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r.trim_start_matches([':', ' ', '-', '–']);
            rest = rest.strip_prefix("about ").unwrap_or(rest);
            break;
        }
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let unit = rest[digits..].trim_start_matches([' ', '-', '–']);
    let Some(tail) = ["minutes", "minute", "mins", "min"]
        .iter()
        .find_map(|u| unit.strip_prefix(u))
    else {
        return false;
    };
    matches!(
        tail.trim_start_matches('.').trim(),
        "" | "read" | "reading" | "read time" | "to read" | "listen" | "watch"
    )
}

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
    let n = normalise(t);
    let n = n
        .trim_start_matches(['•', '·', '|', '-', '–', ' '])
        .trim_end_matches(['|', ' ']);
    LABELS.contains(&n)
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
    let n = normalise(t);
    if word_count(&n) > 16 {
        return false;
    }
    if n == "share" || SHARE_OPENERS.iter().any(|o| n.starts_with(o)) {
        return true;
    }
    let words: Vec<&str> = n
        .split(|c: char| c.is_whitespace() || "|•·,/".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2 && words.iter().all(|w| SHARE_WORDS.contains(w))
}

/// News agencies and desk names that stand alone as a byline ("AFP", "Web Desk").
const AGENCIES: &[&str] = &[
    "afp",
    "reuters",
    "ap",
    "the associated press",
    "associated press",
    "agence france-presse",
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
    "bloomberg",
    "web desk",
    "news desk",
    "online desk",
    "staff reporter",
    "staff writer",
    "our correspondent",
    "staff",
];

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
    let n = normalise(t);
    if let Some(rest) = t.strip_prefix("By ").or_else(|| t.strip_prefix("BY ")) {
        return looks_like_names(rest, 12) && (!t.ends_with('.') || ends_with_initial(t));
    }
    if BYLINE_OPENERS.iter().any(|o| n.starts_with(o)) && word_count(&n) <= 30 {
        return true;
    }
    let bare = n.trim_matches(|c: char| "()[]-–—•·|".contains(c) || c.is_whitespace());
    if AGENCIES.contains(&bare) && (place.near_top || place.near_bottom) {
        return true;
    }
    let marked = t.starts_with(['•', '·', '▪', '●', '—', '–']);
    if marked && (place.near_top || place.near_bottom) {
        let rest = t.trim_start_matches(['•', '·', '▪', '●', '—', '–', ' ', '\u{a0}']);
        return looks_like_names(rest, 4) && !rest.ends_with('.');
    }
    false
}

fn ends_with_initial(t: &str) -> bool {
    let last = t.split_whitespace().last().unwrap_or("");
    last.len() == 2 && last.starts_with(char::is_uppercase) && last.ends_with('.')
}

const CRUMB_SEPARATORS: &[char] = &['›', '»', '>', '/', '|', '▸', '→', '\\'];

/// "Home › World › Europe", "News | World | Americas", and, at the top of a page, navigation
/// words run together with no spaces ("HomeWorld…").
pub fn is_breadcrumb(t: &str, place: Place) -> bool {
    if place.near_top && runs_together_from_home(t) {
        return true;
    }
    for sep in CRUMB_SEPARATORS {
        let parts: Vec<&str> = t.split(*sep).map(str::trim).collect();
        if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
            continue;
        }
        let home = matches!(
            parts[0].to_lowercase().as_str(),
            "home" | "homepage" | "start" | "main" | "front page"
        );
        let short =
            |p: &&str| word_count(p) <= 3 && p.len() <= 30 && p.starts_with(char::is_uppercase);
        let (last, head) = parts.split_last().unwrap_or((&"", &[]));
        if home && head.iter().all(short) {
            return true;
        }
        if parts.len() >= 3 && head.iter().all(short) && short(last) {
            return true;
        }
    }
    false
}

/// "HomeWorld…": "Home" glued to the next capitalised navigation word.
fn runs_together_from_home(t: &str) -> bool {
    t.strip_prefix("Home")
        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
}

/// A line that is navigation words run together (or joined by separators) followed by the
/// page's headline: "NewsEuropeThe headline" or "News › Europe › The headline".
pub fn is_breadcrumb_before(line: &str, headline: &str) -> bool {
    let t = line.trim();
    let h = headline.trim();
    if h.is_empty() || t.len() <= h.len() {
        return false;
    }
    let Some(prefix) = t.strip_suffix(h) else {
        return false;
    };
    let prefix = prefix.trim_end();
    if prefix.is_empty() || prefix.len() > 60 {
        return false;
    }
    let glued = !prefix.contains(char::is_whitespace)
        && prefix.starts_with(char::is_uppercase)
        && prefix.chars().filter(|c| c.is_uppercase()).count() >= 2;
    glued || prefix.ends_with(CRUMB_SEPARATORS)
}

/// Parenthesised words that make a photo credit: "(Photo by X/Agency via Getty Images)".
fn is_credit_text(c: &str) -> bool {
    let l = c.to_lowercase();
    let opens = [
        "photo",
        "photos",
        "photograph",
        "image",
        "picture",
        "pic ",
        "pic:",
        "credit",
        "file photo",
        "ap photo",
        "illustration",
        "graphic",
        "video grab",
        "screenshot",
        "courtesy",
    ];
    opens.iter().any(|o| l.starts_with(o)) || names_photo_agency(c)
}

/// Names a photo agency the way credits do ("X/AFP via Getty Images", "AP Photo/X").
fn names_photo_agency(c: &str) -> bool {
    let l = c.to_lowercase();
    let mentions = [
        "getty images",
        "shutterstock",
        "/afp",
        "afp/",
        "afp via",
        "/reuters",
        "reuters/",
        "ap photo",
        "/ap ",
        "/epa",
        "epa-efe",
        "/anadolu",
        "alamy",
        "via getty",
        "istock",
        "pool photo",
    ];
    mentions.iter().any(|m| l.contains(m))
}

/// A trailing parenthesised credit: its span in `t` and its inner text.
fn trailing_parenthesis(t: &str) -> Option<Span> {
    if !t.ends_with(')') {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in t.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(Span::new(i, t.len()));
                }
            }
            _ => {}
        }
    }
    None
}

const CAPTION_OPENERS: &[&str] = &[
    "photo:",
    "photos:",
    "photo credit",
    "photo by ",
    "photograph:",
    "image:",
    "image credit",
    "image source",
    "image caption",
    "picture:",
    "pic:",
    "credit:",
    "credits:",
    "caption:",
    "file photo:",
    "illustration:",
    "source: getty",
];

/// Captions and credits: "… (Photo by …)", "Photo: …", "Image credit …", "FILE PHOTO: …", a lone
/// agency photo credit, a Markdown image.
fn caption_and_credit(t: &str) -> Option<Vec<(FurnitureKind, Span)>> {
    use FurnitureKind::{Caption, Credit};
    if t.starts_with("![") && t.ends_with(')') && t.contains("](") {
        return Some(vec![(Caption, Span::new(0, t.len()))]);
    }
    if let Some(p) = trailing_parenthesis(t) {
        let inner = &t[p.start + 1..p.end - 1];
        if is_credit_text(inner) {
            let before = Span::new(0, p.start).trim(t);
            let mut out = Vec::new();
            if !before.is_empty() {
                out.push((Caption, before));
            }
            out.push((Credit, p));
            return Some(out);
        }
    }
    let l = t.to_lowercase();
    if let Some(opener) = CAPTION_OPENERS.iter().find(|o| l.starts_with(**o)) {
        let rest_words = word_count(&t[opener.len().min(t.len())..]);
        let is_caption = opener.contains("caption") || opener.starts_with("file") || rest_words > 6;
        return Some(vec![(
            if is_caption { Caption } else { Credit },
            Span::new(0, t.len()),
        )]);
    }
    (word_count(t) <= 8 && names_photo_agency(t) && !t.ends_with('.'))
        .then(|| vec![(Credit, Span::new(0, t.len()))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use FurnitureKind::*;

    const ANYWHERE: Place = Place {
        near_top: false,
        near_bottom: false,
    };
    const TOP: Place = Place {
        near_top: true,
        near_bottom: false,
    };
    const BOTTOM: Place = Place {
        near_top: false,
        near_bottom: true,
    };

    fn kinds(line: &str, place: Place) -> Vec<(FurnitureKind, &str)> {
        classify_line(line, place)
            .into_iter()
            .map(|(k, s)| (k, s.slice(line)))
            .collect()
    }

    #[test]
    fn reading_times_are_furniture() {
        for line in [
            "3 min read",
            "12 mins read",
            "5-minute read",
            "Reading time: 4 minutes",
            "2 min",
        ] {
            assert_eq!(kinds(line, ANYWHERE), vec![(ReadingTime, line)], "{line}");
        }
        assert!(kinds("3 minutes later the bridge fell.", ANYWHERE).is_empty());
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
    fn a_caption_ending_in_a_photo_credit_splits_into_caption_and_credit() {
        let line = "Flood water covers the old mill. (Photo by JANE ROE/AFP via Getty Images)";
        assert_eq!(
            kinds(line, ANYWHERE),
            vec![
                (Caption, "Flood water covers the old mill."),
                (Credit, "(Photo by JANE ROE/AFP via Getty Images)")
            ]
        );
    }

    #[test]
    fn photo_and_image_credit_lines_are_furniture() {
        assert_eq!(
            kinds("Photo: Reuters", ANYWHERE),
            vec![(Credit, "Photo: Reuters")]
        );
        assert_eq!(
            kinds("Image credit: City Archive", ANYWHERE),
            vec![(Credit, "Image credit: City Archive")]
        );
        let long = "Photo: Volunteers stack sandbags along the river bank on Monday";
        assert_eq!(kinds(long, ANYWHERE), vec![(Caption, long)]);
        assert_eq!(
            kinds("JANE ROE/AFP via Getty Images", ANYWHERE),
            vec![(Credit, "JANE ROE/AFP via Getty Images")]
        );
        assert_eq!(kinds("![A bridge](img/bridge.jpg)", ANYWHERE)[0].0, Caption);
    }

    #[test]
    fn sentences_mentioning_photos_are_not_captions() {
        assert!(kinds("The photographer said the photo was staged.", ANYWHERE).is_empty());
        assert!(kinds("The mayor spoke to the press (Reuters).", ANYWHERE).is_empty());
        assert!(kinds("Pictures of the flood spread quickly online.", ANYWHERE).is_empty());
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
    fn bylines_are_furniture() {
        for line in [
            "By Jane Doe",
            "By JANE DOE and Ola Ode, Agency",
            "Written by Sam Poe",
        ] {
            assert_eq!(kinds(line, ANYWHERE), vec![(Byline, line)], "{line}");
        }
        assert_eq!(kinds("  • Zentas", BOTTOM), vec![(Byline, "• Zentas")]);
        assert_eq!(kinds("AFP", TOP), vec![(Byline, "AFP")]);
    }

    #[test]
    fn sentences_starting_with_by_are_not_bylines() {
        assert!(kinds("By Friday, the troops had withdrawn.", ANYWHERE).is_empty());
        assert!(kinds("By then Brown had left.", ANYWHERE).is_empty());
        assert!(kinds("• Sanctions on imports", ANYWHERE).is_empty());
        assert!(kinds("• Sanctions on imports", BOTTOM).is_empty());
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

    #[test]
    fn breadcrumbs_are_furniture() {
        for line in [
            "Home › World › Europe",
            "Home / News",
            "News | World | Americas",
        ] {
            assert_eq!(kinds(line, ANYWHERE), vec![(Breadcrumb, line)], "{line}");
        }
        let glued = "HomeNewsCity council shuts the old bridge";
        assert_eq!(kinds(glued, TOP), vec![(Breadcrumb, glued)]);
        assert!(kinds(glued, ANYWHERE).is_empty());
    }

    #[test]
    fn headlines_with_a_separator_are_not_breadcrumbs() {
        assert!(
            kinds(
                "City council shuts the old bridge after storm | Daily Post",
                TOP
            )
            .is_empty()
        );
        assert!(kinds("Homeowners fear the new levy", TOP).is_empty());
    }

    #[test]
    fn navigation_glued_to_the_headline_is_a_breadcrumb_before_it() {
        let h = "City council shuts the old bridge";
        assert!(is_breadcrumb_before(
            "NewsLocalCity council shuts the old bridge",
            h
        ));
        assert!(is_breadcrumb_before(
            "News › Local › City council shuts the old bridge",
            h
        ));
        assert!(!is_breadcrumb_before(
            "City council shuts the old bridge",
            h
        ));
        assert!(!is_breadcrumb_before(
            "Why the city council shuts the old bridge",
            h
        ));
    }

    #[test]
    fn a_city_dateline_opening_the_body_is_not_furniture() {
        assert!(kinds("PORTSMOUTH: The council voted to close the bridge.", TOP).is_empty());
        assert!(kinds("PORTSMOUTH (Reuters) - The council voted to close it.", TOP).is_empty());
    }
}
