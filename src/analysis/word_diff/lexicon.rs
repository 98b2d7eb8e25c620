//! Generic English word lists for classifying changes: number words, time words, negators,
//! hedges. Folded (lower-case) forms; each list sorted for binary search.

fn contains(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// "three", "thirty", "dozen", "half", "several" (as in "several dozen").
pub fn is_number_word(w: &str) -> bool {
    contains(NUMBER_WORDS, w)
}

/// Weekdays, months and their abbreviations, and relative time words ("yesterday", "weekend").
pub fn is_date_word(w: &str) -> bool {
    contains(DATE_WORDS, w)
}

/// Words that shift a time expression ("last weekend" / "past week") without naming a date.
pub fn is_time_qualifier(w: &str) -> bool {
    contains(TIME_QUALIFIERS, w)
}

/// Negators ("not", "never", "without") and the deny/confirm family whose swap flips a claim.
pub fn is_negation_word(w: &str) -> bool {
    contains(NEGATORS, w) || w.ends_with("n't") || DENY_CONFIRM.iter().any(|p| w.starts_with(p))
}

/// Intensifiers, qualifiers and attribution hedges ("very", "significant", "reportedly", "may").
pub fn is_hedge_word(w: &str) -> bool {
    contains(HEDGES, w)
}

const NUMBER_WORDS: &[&str] = &[
    "billion",
    "billions",
    "couple",
    "dozen",
    "dozens",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "half",
    "hundred",
    "hundreds",
    "million",
    "millions",
    "nine",
    "nineteen",
    "ninety",
    "one",
    "quarter",
    "score",
    "seven",
    "seventeen",
    "seventy",
    "several",
    "six",
    "sixteen",
    "sixty",
    "ten",
    "thirteen",
    "thirty",
    "thousand",
    "thousands",
    "three",
    "twelve",
    "twenty",
    "two",
    "zero",
];

const DATE_WORDS: &[&str] = &[
    "afternoon",
    "ago",
    "apr",
    "april",
    "aug",
    "august",
    "day",
    "days",
    "dec",
    "december",
    "evening",
    "feb",
    "february",
    "fortnight",
    "fri",
    "friday",
    "hours",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "mon",
    "monday",
    "month",
    "months",
    "morning",
    "night",
    "nov",
    "november",
    "oct",
    "october",
    "overnight",
    "sat",
    "saturday",
    "sep",
    "sept",
    "september",
    "sun",
    "sunday",
    "thu",
    "thurs",
    "thursday",
    "today",
    "tomorrow",
    "tonight",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "week",
    "weekend",
    "weeks",
    "year",
    "years",
    "yesterday",
];

const TIME_QUALIFIERS: &[&str] = &[
    "coming", "earlier", "last", "later", "next", "past", "previous", "recent", "recently", "this",
    "within",
];

const NEGATORS: &[&str] = &[
    "neither", "never", "no", "nobody", "none", "nor", "not", "nothing", "nowhere", "without",
];

/// Prefixes of the verbs (and nouns) that affirm or deny a claim.
const DENY_CONFIRM: &[&str] = &["confirm", "denial", "denie", "deny", "refut", "reject"];

const HEDGES: &[&str] = &[
    "allegedly",
    "almost",
    "apparently",
    "approximately",
    "big",
    "categorically",
    "clearly",
    "considerable",
    "could",
    "extremely",
    "highly",
    "huge",
    "intense",
    "large",
    "likely",
    "major",
    "massive",
    "may",
    "might",
    "nearly",
    "possibly",
    "probably",
    "reportedly",
    "roughly",
    "serious",
    "severe",
    "significant",
    "substantial",
    "unlikely",
    "unprecedented",
    "very",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_for_binary_search() {
        for list in [NUMBER_WORDS, DATE_WORDS, TIME_QUALIFIERS, NEGATORS, HEDGES] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn negation_words_include_contractions_and_denials_but_not_lookalikes() {
        assert!(is_negation_word("doesn't") && is_negation_word("denied"));
        assert!(is_negation_word("confirming") && is_negation_word("without"));
        assert!(!is_negation_word("noted") && !is_negation_word("note"));
        assert!(!is_negation_word("known"));
    }

    #[test]
    fn number_and_date_words_are_recognised() {
        assert!(is_number_word("thirty") && is_number_word("dozen"));
        assert!(!is_number_word("thirst"));
        assert!(is_date_word("sept") && is_date_word("weekend"));
        assert!(!is_date_word("weekly"));
    }
}
