//! Photo captions and credits: "… (Photo by …/AFP via Getty Images)", "Photo: …", "Image
//! credit …", a lone agency credit, a Markdown image.

use super::word_count;
use crate::analysis::span::Span;
use crate::corpus::FurnitureKind;

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

/// Captions and credits: "… (Photo by …)", "Photo: …", "Image credit …", "FILE PHOTO: …", a lone
/// agency photo credit, a Markdown image.
pub(super) fn caption_and_credit(t: &str) -> Option<Vec<(FurnitureKind, Span)>> {
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
    }

    #[test]
    fn sentences_mentioning_photos_are_not_captions() {
        assert!(kinds("The photographer said the photo was staged.", ANYWHERE).is_empty());
        assert!(kinds("The mayor spoke to the press (Reuters).", ANYWHERE).is_empty());
        assert!(kinds("Pictures of the flood spread quickly online.", ANYWHERE).is_empty());
    }
}
