//! The tokens of a date line: numbers (with ordinals), whole numeric dates (ISO, `29.09.2023`,
//! unambiguous `29/09/2023`), clock times and zone offsets, words and separators, each with its
//! byte range in the line.

use super::Date;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tok {
    /// A whole date in one token: ISO (maybe a timestamp), `29.09.2023`, `2023/09/29`, or a
    /// slashed date whose day and month cannot be confused.
    FullDate(Date),
    /// `03/04/2023`: day-month or month-day, cannot tell.
    Ambiguous,
    Number {
        value: u32,
        digits: usize,
    },
    Ordinal(u32),
    Time,
    Offset,
    Word,
    Sep(char),
    Other,
}

/// A token and its byte range in the line.
#[derive(Clone, Copy, Debug)]
pub(super) struct Token<'a> {
    pub tok: Tok,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

const SEPARATORS: &[char] = &[
    ',', '|', '•', '·', '-', '–', '—', '/', '(', ')', '[', ']', ':', ';', '*', '.',
];

/// Splits a line into date-relevant tokens; stops after `max` tokens.
pub(super) fn tokens(line: &str, max: usize) -> Vec<Token<'_>> {
    let mut out: Vec<Token<'_>> = Vec::new();
    let mut i = 0;
    while i < line.len() && out.len() < max {
        let Some(c) = line[i..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let (tok, end) = if c.is_ascii_digit() {
            scan_number(line, i)
        } else if c.is_alphabetic() {
            (Tok::Word, scan_word(line, i))
        } else if (c == '+' || c == '-')
            && out.last().is_some_and(|t| t.tok == Tok::Time)
            && line[i + 1..].starts_with(|d: char| d.is_ascii_digit())
        {
            (Tok::Offset, scan_offset(line, i + 1))
        } else if SEPARATORS.contains(&c) {
            (Tok::Sep(c), i + c.len_utf8())
        } else {
            (Tok::Other, i + c.len_utf8())
        };
        out.push(Token {
            tok,
            start: i,
            end,
            text: &line[i..end],
        });
        i = end;
    }
    out
}

fn digits_at(s: &str, i: usize) -> usize {
    s.get(i..)
        .map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count())
}

fn byte_at(s: &str, i: usize) -> Option<u8> {
    s.as_bytes().get(i).copied()
}

fn num(s: &str, a: usize, b: usize) -> u32 {
    s.get(a..b).and_then(|t| t.parse().ok()).unwrap_or(0)
}

/// Reads `HH:MM[:SS[.fff]]` starting at `i` (already known to be digits); returns the end.
fn scan_clock(s: &str, i: usize) -> Option<usize> {
    let h = digits_at(s, i);
    if !(1..=2).contains(&h) || byte_at(s, i + h) != Some(b':') || digits_at(s, i + h + 1) != 2 {
        return None;
    }
    let mut end = i + h + 3;
    if byte_at(s, end) == Some(b':') && digits_at(s, end + 1) == 2 {
        end += 3;
        if byte_at(s, end) == Some(b'.') && digits_at(s, end + 1) > 0 {
            end += 1 + digits_at(s, end + 1);
        }
    }
    Some(end)
}

fn scan_offset(s: &str, i: usize) -> usize {
    let mut end = i + digits_at(s, i);
    if byte_at(s, end) == Some(b':') && digits_at(s, end + 1) == 2 {
        end += 3;
    }
    end
}

/// ISO date at `i` with an optional time (`T` or one space) and zone (`Z`, `+02:00`).
fn scan_iso(s: &str, i: usize) -> Option<(Tok, usize)> {
    let ok = digits_at(s, i) == 4
        && byte_at(s, i + 4) == Some(b'-')
        && digits_at(s, i + 5) == 2
        && byte_at(s, i + 7) == Some(b'-')
        && digits_at(s, i + 8) == 2
        && digits_at(s, i + 10) == 0;
    if !ok {
        return None;
    }
    let date = Date::from_iso(s.get(i..i + 10)?)?;
    let mut end = i + 10;
    if matches!(byte_at(s, end), Some(b'T' | b' ')) && digits_at(s, end + 1) > 0 {
        if let Some(t) = scan_clock(s, end + 1) {
            end = t;
            match byte_at(s, end) {
                Some(b'Z') => end += 1,
                Some(b'+' | b'-') if digits_at(s, end + 1) > 0 => end = scan_offset(s, end + 1),
                _ => {}
            }
        }
    }
    Some((Tok::FullDate(date), end))
}

/// `a SEP b SEP yyyy` (dots or slashes) starting at `i`; returns (a, b, year, end).
fn scan_triple(s: &str, i: usize, sep: u8) -> Option<(u32, u32, i32, usize)> {
    let a = digits_at(s, i);
    let b_at = i + a + 1;
    let b = digits_at(s, b_at);
    let y_at = b_at + b + 1;
    let ok = (1..=2).contains(&a)
        && byte_at(s, i + a) == Some(sep)
        && (1..=2).contains(&b)
        && byte_at(s, b_at + b) == Some(sep)
        && digits_at(s, y_at) == 4;
    ok.then(|| {
        let year = i32::try_from(num(s, y_at, y_at + 4)).unwrap_or(0);
        (num(s, i, i + a), num(s, b_at, b_at + b), year, y_at + 4)
    })
}

pub(super) fn small(n: u32) -> u8 {
    u8::try_from(n).unwrap_or(0)
}

/// `2023/09/29`: a year, then month and day, slashed.
fn scan_year_first(s: &str, i: usize) -> Option<(Tok, usize)> {
    let end = i + 4;
    let m = digits_at(s, end + 1);
    let d_at = end + 1 + m + 1;
    let d = digits_at(s, d_at);
    let ok = digits_at(s, i) == 4
        && byte_at(s, end) == Some(b'/')
        && (1..=2).contains(&m)
        && byte_at(s, end + 1 + m) == Some(b'/')
        && (1..=2).contains(&d);
    if !ok {
        return None;
    }
    let year = i32::try_from(num(s, i, end)).ok()?;
    let date = Date::new(
        year,
        small(num(s, end + 1, end + 1 + m)),
        small(num(s, d_at, d_at + d)),
    )?;
    Some((Tok::FullDate(date), d_at + d))
}

fn scan_number(s: &str, i: usize) -> (Tok, usize) {
    if let Some(hit) = scan_iso(s, i) {
        return hit;
    }
    let run = digits_at(s, i);
    let end = i + run;
    if let Some(hit) = scan_year_first(s, i) {
        return hit;
    }
    if let Some((d, m, y, e)) = scan_triple(s, i, b'.') {
        if let Some(date) = Date::new(y, small(m), small(d)) {
            return (Tok::FullDate(date), e);
        }
    }
    if let Some((a, b, y, e)) = scan_triple(s, i, b'/') {
        let dmy = Date::new(y, small(b), small(a));
        let mdy = Date::new(y, small(a), small(b));
        return match (dmy, mdy) {
            (Some(x), Some(z)) if x == z => (Tok::FullDate(x), e),
            (Some(x), None) | (None, Some(x)) => (Tok::FullDate(x), e),
            _ => (Tok::Ambiguous, e),
        };
    }
    if let Some(e) = scan_clock(s, i) {
        return (Tok::Time, e);
    }
    if (1..=2).contains(&run) && byte_at(s, end) == Some(b'.') && digits_at(s, end + 1) == 2 {
        // "14.03 BST": a clock time written with a dot.
        if num(s, i, end) < 24 && !matches!(byte_at(s, end + 3), Some(b'.' | b'0'..=b'9')) {
            return (Tok::Time, end + 3);
        }
    }
    let value = num(s, i, end);
    let suffix = s.get(end..end + 2).map(str::to_ascii_lowercase);
    if let Some(suf) = suffix {
        let after = s.get(end + 2..).and_then(|r| r.chars().next());
        if ["st", "nd", "rd", "th"].contains(&suf.as_str())
            && !after.is_some_and(char::is_alphanumeric)
        {
            return (Tok::Ordinal(value), end + 2);
        }
    }
    (Tok::Number { value, digits: run }, end)
}

fn scan_word(s: &str, i: usize) -> usize {
    let mut end = i;
    loop {
        end += s[end..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum::<usize>();
        // "a.m.", "U.S.", "Sept.": dots inside and at the end of a word belong to it.
        if byte_at(s, end) == Some(b'.') {
            end += 1;
            if s[end..].starts_with(|c: char| c.is_alphabetic()) {
                continue;
            }
        }
        return end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<(Tok, &str)> {
        tokens(line, 50)
            .into_iter()
            .map(|t| (t.tok, t.text))
            .collect()
    }

    #[test]
    fn timestamps_dates_and_times_are_single_tokens() {
        let d = Date::new(2021, 3, 9).unwrap();
        assert_eq!(
            kinds("2021-03-09T14:03:00+01:00"),
            [(Tok::FullDate(d), "2021-03-09T14:03:00+01:00")]
        );
        assert_eq!(kinds("09.03.2021"), [(Tok::FullDate(d), "09.03.2021")]);
        assert_eq!(kinds("14:03 +0100")[0], (Tok::Time, "14:03"));
        assert_eq!(kinds("14:03 +0100")[1], (Tok::Offset, "+0100"));
        assert_eq!(kinds("9th")[0], (Tok::Ordinal(9), "9th"));
        assert_eq!(kinds("03/04/2021")[0].0, Tok::Ambiguous);
    }

    #[test]
    fn words_keep_their_dots_and_separators_stand_alone() {
        assert_eq!(
            kinds("Sept. 9, a.m. |"),
            [
                (Tok::Word, "Sept."),
                (
                    Tok::Number {
                        value: 9,
                        digits: 1
                    },
                    "9"
                ),
                (Tok::Sep(','), ","),
                (Tok::Word, "a.m."),
                (Tok::Sep('|'), "|")
            ]
        );
    }
}
