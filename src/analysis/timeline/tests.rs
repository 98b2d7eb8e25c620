use super::mentions::{MentionKind, Relative, find};
use super::resolve::{DayRange, resolve};
use super::*;
use crate::corpus::date::Weekday;
use crate::corpus::{Article, Corpus};

fn date(s: &str) -> Date {
    Date::from_iso(s).unwrap()
}

/// The days the first date expression of `text` means in an article dated `dated`.
fn resolve_first(text: &str, dated: Option<&str>) -> Option<(Date, Date)> {
    let found = find(text, Span::new(0, text.len()));
    let m = found.first().expect("a date expression");
    resolve(&m.kind, dated.map(date)).map(|r| (r.first, r.last))
}

fn day(s: &str) -> Option<(Date, Date)> {
    Some((date(s), date(s)))
}

// 2023-10-04 is a Wednesday.
const WEDNESDAY: Option<&str> = Some("2023-10-04");

#[test]
fn last_sunday_is_the_sunday_before_the_article_date() {
    assert_eq!(
        resolve_first("Protesters gathered last Sunday.", WEDNESDAY),
        day("2023-10-01")
    );
}

#[test]
fn last_sunday_in_a_sunday_paper_is_a_week_back() {
    assert_eq!(
        resolve_first("It rained last Sunday.", Some("2023-10-08")),
        day("2023-10-01")
    );
}

#[test]
fn on_thursday_is_the_latest_thursday_on_or_before_the_article_date() {
    assert_eq!(
        resolve_first("The council met on Thursday.", WEDNESDAY),
        day("2023-09-28")
    );
    assert_eq!(
        resolve_first("The council met on Thursday.", Some("2023-10-05")),
        day("2023-10-05")
    );
}

#[test]
fn a_weekday_after_will_points_forward() {
    assert_eq!(
        resolve_first("The board will meet on Thursday.", WEDNESDAY),
        day("2023-10-05")
    );
}

#[test]
fn friday_with_a_calendar_day_takes_the_year_where_the_weekday_agrees() {
    let text = "The vote took place on Friday (Sep 29) in the hall.";
    assert_eq!(resolve_first(text, WEDNESDAY), day("2023-09-29"));
    // Dated months later, the weekday still pins the year.
    assert_eq!(resolve_first(text, Some("2024-03-01")), day("2023-09-29"));
}

#[test]
fn earlier_this_week_runs_from_monday_to_the_day_before() {
    assert_eq!(
        resolve_first("Earlier this week the dam gave way.", WEDNESDAY),
        Some((date("2023-10-02"), date("2023-10-03")))
    );
}

#[test]
fn last_weekend_is_the_saturday_and_sunday_before_the_week() {
    assert_eq!(
        resolve_first("Crowds came last weekend.", WEDNESDAY),
        Some((date("2023-09-30"), date("2023-10-01")))
    );
}

#[test]
fn a_calendar_day_without_a_year_takes_the_nearest_year() {
    assert_eq!(
        resolve_first("The storm hit on Sept 24.", WEDNESDAY),
        day("2023-09-24")
    );
    assert_eq!(
        resolve_first("The storm hit on 30 December.", Some("2024-01-02")),
        day("2023-12-30")
    );
}

#[test]
fn a_calendar_day_with_a_year_needs_no_article_date() {
    assert_eq!(
        resolve_first("It opened on September 24, 2021.", None),
        day("2021-09-24")
    );
}

#[test]
fn relative_phrases_stay_unresolved_without_an_article_date() {
    for text in [
        "The council met on Thursday.",
        "Protesters gathered last Sunday.",
        "Earlier this week the dam gave way.",
        "The storm hit on Sept 24.",
        "The vote took place on Friday (Sep 29).",
    ] {
        assert_eq!(resolve_first(text, None), None, "{text}");
    }
}

#[test]
fn ambiguous_phrases_stay_unresolved() {
    assert_eq!(
        resolve_first("Talks continue this weekend.", WEDNESDAY),
        None
    );
    assert_eq!(resolve_first("They meet this Friday.", WEDNESDAY), None);
    // On a Monday nothing of the week lies earlier.
    assert_eq!(
        resolve_first("Earlier this week the dam gave way.", Some("2023-10-02")),
        None
    );
    // On a weekend day, "last weekend" could be this one or the one before.
    assert_eq!(
        resolve_first("Crowds came last weekend.", Some("2023-10-07")),
        None
    );
}

#[test]
fn lower_case_months_and_abbreviated_weekdays_are_not_dates() {
    let text = "Officials may 3 times a day march 5 miles; the Sun said so.";
    assert!(find(text, Span::new(0, text.len())).is_empty());
}

#[test]
fn a_month_without_a_day_number_is_not_a_date() {
    let text = "In September the river rose.";
    assert!(find(text, Span::new(0, text.len())).is_empty());
}

#[test]
fn mentions_carry_their_span_and_kind() {
    let text = "On Friday, Sept. 29, 2023, and yesterday.";
    let found = find(text, Span::new(0, text.len()));
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].span.slice(text), "Friday, Sept. 29, 2023");
    assert_eq!(
        found[0].kind,
        MentionKind::MonthDay {
            month: 9,
            day: 29,
            year: Some(2023),
            weekday: Some(Weekday::Friday)
        }
    );
    assert_eq!(found[1].kind, MentionKind::Yesterday);
    let last = find("last Monday", Span::new(0, 11));
    assert_eq!(
        last[0].kind,
        MentionKind::Weekday {
            day: Weekday::Monday,
            rel: Relative::Last
        }
    );
}

fn article(date: Option<&str>, text: &str) -> Article {
    Article {
        id: text.chars().take(8).collect(),
        date: date.map(str::to_string),
        text: text.to_string(),
        ..Article::default()
    }
}

#[test]
fn a_page_dated_months_after_the_events_stands_out() {
    let corpus = Corpus {
        articles: vec![
            article(WEDNESDAY, "The bridge closed on Sept 29 after the flood."),
            article(
                Some("2024-02-10"),
                "The bridge closed on Sept 29 after the flood.",
            ),
        ],
        warnings: Vec::new(),
    };
    let t = timeline(&corpus);
    assert_eq!(t.articles[0].flag, None);
    assert_eq!(
        t.articles[1].flag,
        Some(DateFlag::AfterEvents { days: 134 })
    );
    assert_eq!(
        t.axis,
        Some(DayRange {
            first: date("2023-09-29"),
            last: date("2024-02-10")
        })
    );
}

#[test]
fn a_page_dated_before_the_events_it_reports_stands_out() {
    let corpus = Corpus {
        articles: vec![article(
            Some("2023-09-20"),
            "The bridge closed on Friday (Sep 29) after the flood.",
        )],
        warnings: Vec::new(),
    };
    let t = timeline(&corpus);
    assert_eq!(t.articles[0].flag, Some(DateFlag::BeforeEvents { days: 9 }));
}

#[test]
fn relative_mentions_alone_never_flag_a_date_line() {
    let corpus = Corpus {
        articles: vec![article(
            Some("2025-06-01"),
            "The bridge closed last Sunday.",
        )],
        warnings: Vec::new(),
    };
    assert_eq!(timeline(&corpus).articles[0].flag, None);
}

#[test]
fn a_date_line_that_is_not_the_publication_date_still_anchors_and_is_flagged() {
    let text = "| 6 March 2024, Friday |\n\nThe ferry sank on Sunday (Oct 1), officials said.\n";
    let line = "6 March 2024";
    let start = text.find(line).unwrap();
    let article = Article {
        text: text.to_string(),
        date: None,
        date_span: Some(Span::new(start, start + line.len())),
        furniture: vec![crate::corpus::Furniture {
            kind: crate::corpus::FurnitureKind::Dateline,
            span: Span::new(0, text.find('\n').unwrap()),
        }],
        ..Article::default()
    };
    let t = timeline(&Corpus {
        articles: vec![article],
        warnings: Vec::new(),
    });
    let row = &t.articles[0];
    assert_eq!(row.dated, Some(date("2024-03-06")));
    assert!(
        row.flag.is_some(),
        "a page dated months after the event it reports stands out: {row:?}"
    );
}

#[test]
fn an_article_with_neither_date_nor_date_line_stays_undated() {
    let article = Article {
        text: "The ferry sank on Sunday.".to_string(),
        ..Article::default()
    };
    let t = timeline(&Corpus {
        articles: vec![article],
        warnings: Vec::new(),
    });
    assert_eq!(t.articles[0].dated, None);
}
