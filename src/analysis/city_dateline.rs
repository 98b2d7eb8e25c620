//! City datelines opening a story's first paragraph: "LIMA: …", "LIMA (Agency) – …",
//! "NEW YORK -- …". The place a story was filed from, set in capitals by house style: neither
//! part of what anyone said nor a spelling of the city.

/// Where the body starts after a city dateline opening `s` (in bytes), if `s` opens with one.
///
/// ```
/// use crosscheck::analysis::city_dateline::body_start;
/// assert_eq!(body_start("LIMA (Wire) – The council met."), Some(16));
/// assert_eq!(body_start("NATO: the alliance met."), None);
/// assert_eq!(body_start("The council met."), None);
/// ```
pub fn body_start(s: &str) -> Option<usize> {
    // The city: words in capitals ("NEW YORK", "U.S.", "PORT-AU-PRINCE").
    let mut city_end = 0;
    for word in s.split(' ') {
        let capitals = word
            .find(|c: char| !(c.is_uppercase() || c == '.' || c == '-'))
            .unwrap_or(word.len());
        if capitals == 0 || word.starts_with('-') {
            break;
        }
        city_end += capitals + usize::from(city_end > 0);
        if capitals < word.len() {
            break;
        }
    }
    let city = &s[..city_end];
    if city.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    let mut rest = &s[city_end..];
    // "VALDIVIA, Chile (AP) —": the country or state after the city.
    if let Some(region) = rest.strip_prefix(", ") {
        let mut taken = 0;
        for word in region.split(' ').take(3) {
            if !word.starts_with(char::is_uppercase) {
                break;
            }
            taken += word.len() + 1;
            if !word.chars().all(|c| c.is_alphabetic() || c == '.') {
                break;
            }
        }
        if taken > 0 {
            let end = (taken - 1).min(region.len());
            rest = &region[end..];
        }
    }
    if rest.starts_with(" (") {
        rest = &rest[rest.find(')')? + 1..];
    }
    let after = rest.trim_start();
    let body = after
        .strip_prefix(':')
        .or_else(|| after.strip_prefix("--"))
        .or_else(|| after.strip_prefix('–'))
        .or_else(|| after.strip_prefix('—'))
        .or_else(|| after.strip_prefix('-'))?
        .trim_start();
    body.starts_with(char::is_uppercase)
        .then(|| s.len() - body.len())
}

#[cfg(test)]
mod tests {
    use super::body_start;

    #[test]
    fn dateline_forms_give_where_the_body_starts() {
        for (s, body) in [
            ("LIMA: The council met.", "The council met."),
            ("LIMA -- The council met.", "The council met."),
            ("NEW YORK (Wire) - The council met.", "The council met."),
            ("PORT-AU-PRINCE — The council met.", "The council met."),
            (
                "VALDIVIA, Chile (AP) — The council met.",
                "The council met.",
            ),
            ("SALEM, New Mexico — The council met.", "The council met."),
        ] {
            assert_eq!(body_start(s).map(|n| &s[n..]), Some(body), "{s}");
        }
        assert_eq!(body_start("UN: the talks failed."), None);
        assert_eq!(body_start("Lima: The council met."), None);
    }
}
