//! Breadcrumbs: "Home › World › Europe", and navigation words run together with the headline.

use super::{Place, word_count};

const CRUMB_SEPARATORS: &[char] = &['›', '»', '>', '/', '|', '▸', '→', '\\'];

/// "Home › World › Europe", "News | World | Americas", and, at the top of a page, navigation
/// words run together with no spaces ("HomeWorld…").
pub fn is_breadcrumb(t: &str, place: Place) -> bool {
    if place.near_top && (runs_together_from_home(t) || is_navigation_menu(t)) {
        return true;
    }
    if t.len() > 300 || !t.contains(CRUMB_SEPARATORS) {
        return false;
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

/// Names of site sections, as navigation menus list them.
const SECTION_WORDS: &[&str] = &[
    "home",
    "news",
    "latest",
    "top",
    "world",
    "local",
    "national",
    "international",
    "nation",
    "politics",
    "business",
    "economy",
    "money",
    "markets",
    "finance",
    "opinion",
    "views",
    "comment",
    "editorial",
    "editorials",
    "columns",
    "analysis",
    "sport",
    "sports",
    "football",
    "cricket",
    "life",
    "lifestyle",
    "living",
    "culture",
    "arts",
    "entertainment",
    "showbiz",
    "celebrity",
    "music",
    "film",
    "movies",
    "tv",
    "books",
    "travel",
    "food",
    "health",
    "wellness",
    "science",
    "tech",
    "technology",
    "climate",
    "environment",
    "weather",
    "education",
    "property",
    "motors",
    "motoring",
    "cars",
    "auto",
    "farming",
    "agriculture",
    "jobs",
    "video",
    "videos",
    "photos",
    "pictures",
    "podcasts",
    "podcast",
    "newsletters",
    "obituaries",
    "crime",
    "law",
    "fashion",
    "style",
    "europe",
    "asia",
    "africa",
    "americas",
    "us",
    "uk",
    "india",
    "china",
    "middle",
    "east",
    "more",
    "regions",
    "region",
    "global",
    "magazine",
    "features",
    "explainers",
    "trending",
    "live",
];

/// A navigation menu at the top of a page: two or more capitalised section names and nothing
/// else ("News World News", "News Sport Business Views Life").
fn is_navigation_menu(t: &str) -> bool {
    let words: Vec<&str> = t
        .split_whitespace()
        .filter(|w| !matches!(*w, "&" | "|" | "·" | "•"))
        .collect();
    if words.len() < 2 || words.len() > 16 {
        return false;
    }
    let capitalised = words.iter().all(|w| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
    });
    let known = words
        .iter()
        .filter(|w| SECTION_WORDS.contains(&w.to_lowercase().as_str()))
        .count();
    // Short menus must be all section names; longer ones may carry a site's own sections.
    let enough = if words.len() <= 3 {
        known == words.len()
    } else {
        known * 4 >= words.len() * 3
    };
    capitalised && enough
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::FurnitureKind::*;
    use crate::corpus::furniture::testing::*;

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
    fn a_menu_of_section_names_at_the_top_is_a_breadcrumb() {
        for line in [
            "News World News",
            "Home World",
            "News Sport Business Views Life Property Motors Tech Farming",
        ] {
            assert_eq!(kinds(line, TOP), vec![(Breadcrumb, line)], "{line}");
            assert!(kinds(line, ANYWHERE).is_empty(), "{line}");
        }
        // Headlines in title case share a word or two with menus, not all of them.
        assert!(kinds("World Leaders Meet In Geneva", TOP).is_empty());
        assert!(kinds("Business Booms", TOP).is_empty());
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
}
