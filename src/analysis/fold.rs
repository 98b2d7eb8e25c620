//! Case and diacritic folding for matching words across sources (Dvořák = Dvorak = DVORAK).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds a word for matching: lower case, diacritics stripped, typographic apostrophes unified.
///
/// ```
/// use crosscheck::analysis::fold::fold;
/// assert_eq!(fold("Dvořák"), "dvorak");
/// assert_eq!(fold("Bavaria’s"), "bavaria's");
/// ```
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => out.push('\''),
            // Letters NFKD does not decompose but readers treat as their base letter.
            'đ' | 'Đ' => out.push('d'),
            'ł' | 'Ł' => out.push('l'),
            'ø' | 'Ø' => out.push('o'),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diacritics_and_case_fold_away() {
        assert_eq!(fold("Dvořák"), fold("DVORAK"));
        assert_eq!(fold("Đorđe"), "dorde");
        assert_eq!(fold("Lindqvist"), "lindqvist");
    }

    #[test]
    fn combining_marks_written_separately_fold_too() {
        assert_eq!(fold("Dvor\u{030C}a\u{0301}k"), "dvorak");
    }

    #[test]
    fn cyrillic_is_kept_but_lower_cased() {
        assert_eq!(fold("Вучић"), "вучић");
    }

    #[test]
    fn different_words_stay_different() {
        assert_ne!(fold("Bavaria"), fold("Bavarian"));
    }
}
