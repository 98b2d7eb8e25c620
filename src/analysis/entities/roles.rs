//! Roles: the titles written next to names ("Serbian President", "NATO chief") and role
//! descriptions standing for a person ("the Chilean president"), resolved when the corpus has
//! exactly one person holding that role.

use super::detect::bare;
use super::gazetteer as gz;
use crate::analysis::fold::fold;
use crate::analysis::segment::Token;
use crate::analysis::span::Span;
use std::collections::BTreeSet;

/// A role description without a name, waiting to be resolved to a person.
#[derive(Clone, Debug)]
pub struct RoleMention {
    pub article: usize,
    pub span: Span,
    pub text: String,
}

impl RoleMention {
    /// The role written by tokens `a..b`, with a preceding "the" when there is one.
    pub fn new(text: &str, article: usize, toks: &[Token], a: usize, b: usize) -> RoleMention {
        let start = if a > 0 && toks[a - 1].norm == "the" {
            toks[a - 1].span.start
        } else {
            toks[a].span.start
        };
        let span = Span::new(start, toks[b - 1].span.end);
        RoleMention {
            article,
            span,
            text: span.slice(text).to_string(),
        }
    }
}

/// What a role says: who it belongs to (countries, organisation words) and the title itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleKey {
    pub qualifiers: BTreeSet<String>,
    pub head: String,
}

/// Parses a role into its key ("Kosovo's prime minister" → {kosovo} + "prime minister").
pub fn role_key(role: &str) -> Option<RoleKey> {
    let mut qualifiers = BTreeSet::new();
    let mut head = Vec::new();
    for word in role.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
        let folded = fold(word);
        let w = bare(&folded);
        if w.is_empty() || matches!(w, "the" | "of" | "a" | "an" | "for") {
            continue;
        }
        if gz::is_title(w) {
            head.push(normal_title(w).to_string());
        } else if let Some(c) = gz::country_or_nationality(w) {
            qualifiers.insert(fold(c));
        } else {
            qualifiers.insert(w.to_string());
        }
    }
    (!head.is_empty()).then(|| RoleKey {
        qualifiers,
        head: head.join(" "),
    })
}

fn normal_title(w: &str) -> &str {
    match w {
        "pm" | "premier" => "prime minister",
        "spokesperson" | "spokeswoman" => "spokesman",
        "advisor" => "adviser",
        "sen" => "senator",
        "gov" => "governor",
        _ => w,
    }
}

impl RoleKey {
    /// A role description fits a person's role when the titles agree and every qualifier of
    /// the description is among the role's.
    pub fn fits(&self, role: &RoleKey) -> bool {
        self.head == role.head && self.qualifiers.is_subset(&role.qualifiers)
    }
}

/// A lower-case role after a place, people or organisation name: "Chile's foreign minister",
/// "the Peruvian president", "OPEC chief". Returns the role and the token after it.
pub fn role_mention_after(
    text: &str,
    article: usize,
    toks: &[Token],
    start: usize,
    end: usize,
) -> Option<(RoleMention, usize)> {
    let qualifier: Vec<&str> = toks[start..end].iter().map(|t| bare(&t.norm)).collect();
    let q = qualifier.join(" ");
    let known = gz::country(&q).is_some()
        || gz::demonym_country(&q).is_some()
        || gz::known_org(&q).is_some()
        || qualifier.iter().any(|w| gz::is_org_word(w))
        || toks[start..end]
            .iter()
            .all(|t| t.span.slice(text).chars().all(|c| !c.is_lowercase()));
    if !known {
        return None;
    }
    let mut j = end;
    while j < toks.len() && j < end + 3 {
        let t = &toks[j];
        let gap = Span::new(toks[j - 1].span.end, t.span.start).slice(text);
        let spaced = gap.chars().all(|c| c == ' ') || gap == "-";
        if t.capitalized || !gz::is_title(&t.norm) || !spaced {
            break;
        }
        j += 1;
    }
    if j == end {
        return None;
    }
    Some((RoleMention::new(text, article, toks, start, j), j))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_descriptions_and_titles_share_a_key() {
        let title = role_key("Peruvian President").unwrap();
        let described = role_key("the Peruvian president").unwrap();
        assert!(described.fits(&title));
    }

    #[test]
    fn abbreviated_and_possessive_roles_fit_the_written_title() {
        let title = role_key("Chile Prime Minister").unwrap();
        assert!(role_key("Chile PM").unwrap().fits(&title));
        assert!(role_key("Chile’s prime minister").unwrap().fits(&title));
    }

    #[test]
    fn another_country_or_title_does_not_fit() {
        let title = role_key("Peruvian President").unwrap();
        assert!(!role_key("the Chilean president").unwrap().fits(&title));
        assert!(
            !role_key("the Peruvian foreign minister")
                .unwrap()
                .fits(&title)
        );
        assert!(role_key("the Peruvian government").is_none());
    }
}
