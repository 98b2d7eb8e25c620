//! Photo captions and credits: "… (Photo by …/AFP via Getty Images)", "Photo: …", "Image
//! credit …", a lone agency credit, a Markdown image.

use super::word_count;
use crate::analysis::span::Span;
use crate::corpus::FurnitureKind;

/// Parenthesised words that make a photo credit: "(Photo by X/Agency via Getty Images)".
fn is_credit_text(c: &str) -> bool {
    let l = c.trim().to_lowercase();
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
        " via ap",
        "/xinhua",
        "xinhua/",
        "/ap)",
        "/pa ",
        "pa wire",
        "pa media",
        "/dpa",
        "/efe",
        "/ansa",
        "/sipa",
        "/tass",
        "/bloomberg",
    ];
    mentions.iter().any(|m| l.contains(m))
}

/// A trailing parenthesised credit: its span in `t`, with any usage restriction written after
/// it in capitals ("(X/Agency via AP) NO SALES"), and the text inside the brackets.
fn trailing_credit(t: &str) -> Option<(Span, &str)> {
    let close = t.rfind(')')?;
    let tail = &t[close + 1..];
    let restriction = word_count(tail) <= 4
        && tail.chars().any(char::is_alphabetic)
        && !tail.chars().any(char::is_lowercase);
    if !tail.trim().is_empty() && !restriction {
        return None;
    }
    let p = trailing_parenthesis(&t[..close + 1])?;
    Some((Span::new(p.start, t.len()), &t[p.start + 1..close]))
}

/// A parenthesis closing `t`: its span.
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

pub(super) const CAPTION_OPENERS: &[&str] = &[
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

/// Photo libraries: a caption signed with one of these ends in a credit wherever it stands.
const PHOTO_LIBRARIES: &[&str] = &["getty", "getty images", "shutterstock", "alamy", "istock"];

/// A caption signed after its last sentence: "… on the bank. Getty", "… were damaged. — AFP".
/// Returns the caption's and the signature's spans.
fn signed_caption(t: &str, near_top: bool) -> Option<(Span, Span)> {
    let cut = t.rfind(['.', '!', '?'])?;
    let tail = t[cut + 1..].trim_start();
    let dashed = tail.starts_with(['—', '–', '-']);
    let name = tail
        .trim_start_matches(|c: char| c.is_whitespace() || "—–-".contains(c))
        .trim()
        .to_lowercase();
    // "… on Monday. REUTERS/Jane Roe/File Photo": an agency's slashed photo credit.
    let slashed_credit = !tail.contains(' ') || tail.split_whitespace().count() <= 8;
    let library = PHOTO_LIBRARIES.contains(&name.as_str())
        || (slashed_credit && tail.contains('/') && names_photo_agency(tail));
    // Body paragraphs can end with an agency's sign-off too, so only the page header's lines
    // are captions for it.
    let agency = near_top && dashed && super::bylines::is_agency(&name);
    if !(library || agency) || word_count(&t[..cut]) < 4 {
        return None;
    }
    Some((
        Span::new(0, cut + 1),
        Span::new(t.len() - tail.len(), t.len()),
    ))
}

/// Captions and credits: "… (Photo by …)", "Photo: …", "Image credit …", "FILE PHOTO: …", a
/// caption signed by a photo library or (in the page header) an agency, a lone agency photo
/// credit, a Markdown image.
pub(super) fn caption_and_credit(t: &str, near_top: bool) -> Option<Vec<(FurnitureKind, Span)>> {
    use FurnitureKind::{Caption, Credit};
    if t.starts_with("![") && t.ends_with(')') && t.contains("](") {
        return Some(vec![(Caption, Span::new(0, t.len()))]);
    }
    if let Some((p, inner)) = trailing_credit(t) {
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
    if let Some((caption, credit)) = signed_caption(t, near_top) {
        return Some(vec![(Caption, caption), (Credit, credit)]);
    }
    let opens = |o: &&&str| t.get(..o.len()).is_some_and(|p| p.eq_ignore_ascii_case(o));
    if let Some(opener) = CAPTION_OPENERS.iter().find(opens) {
        let rest_words = word_count(&t[opener.len()..]);
        let is_caption = opener.contains("caption") || opener.starts_with("file") || rest_words > 6;
        return Some(vec![(
            if is_caption { Caption } else { Credit },
            Span::new(0, t.len()),
        )]);
    }
    // "Source: Wire News": where a rewrite says it took the story from.
    let source = t
        .get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("source:"));
    if source && (1..=5).contains(&word_count(&t[7..])) && !t.ends_with('.') {
        return Some(vec![(Credit, Span::new(0, t.len()))]);
    }
    (word_count(t) <= 8 && names_photo_agency(t) && !t.ends_with('.'))
        .then(|| vec![(Credit, Span::new(0, t.len()))])
}

#[cfg(test)]
mod tests {
    use crate::corpus::FurnitureKind::*;
    use crate::corpus::furniture::testing::*;

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
        assert_eq!(
            kinds("Source: Wire News", ANYWHERE),
            vec![(Credit, "Source: Wire News")]
        );
        assert!(kinds("Source: officials say the dam will hold.", ANYWHERE).is_empty());
    }

    #[test]
    fn agency_credits_with_a_usage_restriction_or_a_bar_are_credits() {
        let line =
            "Crews search a collapsed school in the old town (Ana Roe/Xinhua via AP) NO SALES";
        assert_eq!(
            kinds(line, ANYWHERE),
            vec![
                (Caption, "Crews search a collapsed school in the old town"),
                (Credit, "(Ana Roe/Xinhua via AP) NO SALES")
            ]
        );
        let bar = "Nurses tend to the injured at the district hospital. ( Photo | AP)";
        assert_eq!(kinds(bar, ANYWHERE)[1], (Credit, "( Photo | AP)"));
        // A bracket after a sentence's own capitals is not a restriction.
        assert!(kinds("Talks resumed (in Geneva) ON MONDAY we were told", ANYWHERE).is_empty());
    }

    #[test]
    fn captions_signed_by_a_library_anywhere_or_an_agency_at_the_top() {
        let getty = "Volunteers fill sandbags on the river bank, June 3, 2021. Getty";
        assert_eq!(
            kinds(getty, ANYWHERE),
            vec![
                (
                    Caption,
                    "Volunteers fill sandbags on the river bank, June 3, 2021."
                ),
                (Credit, "Getty")
            ]
        );
        let afp = "More than 300 homes were flooded after the storm. — AFP";
        assert_eq!(kinds(afp, TOP)[1], (Credit, "— AFP"));
        // Lower down, an agency sign-off closes a body paragraph, which stays text.
        assert!(kinds(afp, ANYWHERE).is_empty());
        assert!(kinds("The bridge reopened on Friday. Reuters", TOP).is_empty());
    }

    #[test]
    fn a_caption_ending_in_an_agency_slash_credit_is_furniture_anywhere() {
        let line = "A police officer looks on near the old bridge, September 27, 2023. \
                    REUTERS/Jane Roe/File Photo Acquire Licensing Rights";
        assert_eq!(
            kinds(line, ANYWHERE),
            vec![
                (
                    Caption,
                    "A police officer looks on near the old bridge, September 27, 2023."
                ),
                (
                    Credit,
                    "REUTERS/Jane Roe/File Photo Acquire Licensing Rights"
                )
            ]
        );
    }

    #[test]
    fn sentences_mentioning_photos_are_not_captions() {
        assert!(kinds("The photographer said the photo was staged.", ANYWHERE).is_empty());
        assert!(kinds("The mayor spoke to the press (Reuters).", ANYWHERE).is_empty());
        assert!(kinds("Pictures of the flood spread quickly online.", ANYWHERE).is_empty());
    }
}
