//! A small made-up story (a mill fire in a river town, three outlets plus an empty live page)
//! with hand-made overlaps, changes, actors, statements, claims and discrepancies. Tests,
//! benchmarks and examples use it so their output does not move while the analysis improves.

use crate::analysis::align::{Overlap, OverlapKind, Side};
use crate::analysis::claims::Claim;
use crate::analysis::discrepancies::{Discrepancy, Variant};
use crate::analysis::entities::{Entity, EntityKind, Mention};
use crate::analysis::span::Span;
use crate::analysis::statements::{Statement, StatementKind};
use crate::analysis::word_diff::{Change, ChangeKind};
use crate::analysis::{Analysis, coverage};
use crate::corpus::{Article, Corpus, Furniture, FurnitureKind};

const POST: &str = "Fire destroys old mill in Riverton\n\nA fire destroyed the old mill in Riverton on Friday night, and 40 firefighters fought the blaze for six hours.\n\nMayor Elena Marsh said the town would rebuild the mill. \"We will not abandon this building,\" Marsh told reporters.\n\nThe Riverton Fire Brigade said nobody was injured. Chief Tomas Brandt said the cause was probably an electrical fault.\n\nResidents gathered on the bridge to watch the smoke.\n";
const COURIER: &str = "Riverton mill lost to blaze\n\nA fire destroyed the old mill in Riverton on Saturday night, and 25 firefighters fought the blaze for six hours.\n\n\"We will never abandon this building,\" Mayor Elena Marsh said on Saturday.\n\nThe fire brigade said two people were injured. Chief Tomas Brandt said the cause was possibly an electrical fault.\n\nThe mill was built in 1887 and had been empty for a decade.\n";
const LEDGER: &str = "Mill fire: questions for the mayor\n\nMarsh said the town would rebuild the mill. Brandt said the cause was not an electrical fault.\n\nVisitors from 東京 photographed the ruins. Zoë Čapek, a resident, said she had warned the council about the wiring.\n";
const LIVE: &str = "Live: Riverton mill fire\nBy Staff Reporter\n";

/// The byte span of the `nth` (0-based) occurrence of `needle` in `text`; empty when absent.
pub fn find_nth(text: &str, needle: &str, nth: usize) -> Span {
    text.match_indices(needle)
        .nth(nth)
        .map_or(Span::default(), |(i, m)| Span::new(i, i + m.len()))
}

fn find(text: &str, needle: &str) -> Span {
    find_nth(text, needle, 0)
}

fn article(
    id: &str,
    outlet: &str,
    date: Option<&str>,
    text: &str,
    furniture: &[(FurnitureKind, &str)],
) -> Article {
    let title = text.lines().next().unwrap_or_default();
    Article {
        id: id.into(),
        path: format!("story/{id}.txt"),
        outlet: Some(outlet.into()),
        title: Some(title.into()),
        title_span: Some(find(text, title)),
        date: date.map(str::to_string),
        url: None,
        text: text.into(),
        text_is_file: true,
        furniture: furniture
            .iter()
            .map(|(kind, s)| Furniture {
                kind: *kind,
                span: find(text, s),
            })
            .collect(),
        ..Article::default()
    }
}

fn corpus() -> Corpus {
    let headline = |t: &'static str| {
        (
            FurnitureKind::Headline,
            t.lines().next().unwrap_or_default(),
        )
    };
    Corpus {
        articles: vec![
            article(
                "post",
                "Harbour Post",
                Some("2024-03-02"),
                POST,
                &[headline(POST)],
            ),
            article(
                "courier",
                "Valley Courier",
                Some("2024-03-03"),
                COURIER,
                &[headline(COURIER)],
            ),
            article(
                "ledger",
                "Северный Ledger",
                None,
                LEDGER,
                &[headline(LEDGER)],
            ),
            article(
                "live",
                "Southern Gazette",
                Some("2024-03-02"),
                LIVE,
                &[headline(LIVE), (FurnitureKind::Byline, "By Staff Reporter")],
            ),
        ],
        warnings: Vec::new(),
    }
}

/// An overlap between `(article, passage)` pairs with changes given as `(kind, lhs, rhs)` words.
fn overlap(
    c: &Corpus,
    lhs: (usize, &str),
    rhs: (usize, &str),
    kind: OverlapKind,
    similarity: f32,
    changes: &[(ChangeKind, &str, &str)],
) -> Overlap {
    let lt = &c.articles[lhs.0].text;
    let rt = &c.articles[rhs.0].text;
    let ls = find(lt, lhs.1);
    let rs = find(rt, rhs.1);
    let within = |text: &str, outer: Span, word: &str| -> Option<Span> {
        if word.is_empty() {
            return None;
        }
        outer
            .slice(text)
            .find(word)
            .map(|i| Span::new(outer.start + i, outer.start + i + word.len()))
    };
    Overlap {
        lhs: Side {
            article: lhs.0,
            span: ls,
        },
        rhs: Side {
            article: rhs.0,
            span: rs,
        },
        kind,
        similarity,
        changes: changes
            .iter()
            .map(|(k, l, r)| Change {
                kind: *k,
                lhs: within(lt, ls, l),
                rhs: within(rt, rs, r),
            })
            .collect(),
    }
}

fn overlaps(c: &Corpus) -> Vec<Overlap> {
    use ChangeKind::*;
    use OverlapKind::*;
    let fire = "A fire destroyed the old mill in Riverton on ";
    let cause = |w: &str| format!("Chief Tomas Brandt said the cause was {w} an electrical fault.");
    let (cause0, cause1) = (cause("probably"), cause("possibly"));
    let cause2 = "Brandt said the cause was not an electrical fault.";
    vec![
        overlap(
            c,
            (
                0,
                &format!("{fire}Friday night, and 40 firefighters fought the blaze for six hours."),
            ),
            (
                1,
                &format!(
                    "{fire}Saturday night, and 25 firefighters fought the blaze for six hours."
                ),
            ),
            Near,
            0.86,
            &[(Date, "Friday", "Saturday"), (Number, "40", "25")],
        ),
        overlap(
            c,
            (
                0,
                "\"We will not abandon this building,\" Marsh told reporters.",
            ),
            (
                1,
                "\"We will never abandon this building,\" Mayor Elena Marsh said on Saturday.",
            ),
            Paraphrase,
            0.62,
            &[
                (Quote, "not", "never"),
                (Wording, "told reporters", "said on Saturday"),
                (Name, "", "Mayor Elena"),
            ],
        ),
        overlap(
            c,
            (0, "The Riverton Fire Brigade said nobody was injured."),
            (1, "The fire brigade said two people were injured."),
            Near,
            0.71,
            &[
                (Wording, "Riverton Fire Brigade", "fire brigade"),
                (Number, "nobody was", "two people were"),
            ],
        ),
        overlap(
            c,
            (0, &cause0),
            (1, &cause1),
            Near,
            0.93,
            &[(Hedge, "probably", "possibly")],
        ),
        overlap(
            c,
            (0, "Mayor Elena Marsh said the town would rebuild the mill."),
            (2, "Marsh said the town would rebuild the mill."),
            Near,
            0.9,
            &[(Name, "Mayor Elena ", "")],
        ),
        overlap(
            c,
            (0, &cause0),
            (2, cause2),
            Paraphrase,
            0.7,
            &[(Negation, "probably", "not"), (Wording, "Chief Tomas ", "")],
        ),
        overlap(
            c,
            (1, &cause1),
            (2, cause2),
            Paraphrase,
            0.7,
            &[(Negation, "possibly", "not")],
        ),
    ]
}

fn entity(
    c: &Corpus,
    id: &str,
    name: &str,
    kind: EntityKind,
    aliases: &[&str],
    roles: &[&str],
) -> Entity {
    let mut mentions: Vec<Mention> = Vec::new();
    for (article, a) in c.articles.iter().enumerate() {
        for alias in aliases {
            for (i, m) in a.text.match_indices(alias) {
                let span = Span::new(i, i + m.len());
                if !mentions
                    .iter()
                    .any(|x| x.article == article && x.span.overlaps(&span))
                {
                    mentions.push(Mention { article, span });
                }
            }
        }
    }
    mentions.sort_by_key(|m| (m.article, m.span));
    Entity {
        id: id.into(),
        name: name.into(),
        kind,
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        roles: roles.iter().map(|s| s.to_string()).collect(),
        mentions,
        related: Vec::new(),
    }
}

fn entities(c: &Corpus) -> Vec<Entity> {
    use EntityKind::*;
    vec![
        entity(
            c,
            "elena-marsh",
            "Elena Marsh",
            Person,
            &["Elena Marsh", "Marsh"],
            &["mayor"],
        ),
        entity(
            c,
            "tomas-brandt",
            "Tomas Brandt",
            Person,
            &["Tomas Brandt", "Brandt"],
            &["fire chief"],
        ),
        entity(
            c,
            "zoe-capek",
            "Zoë Čapek",
            Person,
            &["Zoë Čapek"],
            &["resident"],
        ),
        entity(
            c,
            "riverton-fire-brigade",
            "Riverton Fire Brigade",
            Organization,
            &["Riverton Fire Brigade", "fire brigade"],
            &[],
        ),
        entity(c, "riverton", "Riverton", Place, &["Riverton"], &[]),
        entity(c, "residents", "Residents", Group, &["Residents"], &[]),
    ]
}

/// (article, speaker, kind, content, cue, claim)
type StatementRow = (
    usize,
    usize,
    StatementKind,
    &'static str,
    &'static str,
    usize,
);

const STATEMENTS: &[StatementRow] = &[
    (
        0,
        0,
        StatementKind::Reported,
        "the town would rebuild the mill",
        "Mayor Elena Marsh said",
        0,
    ),
    (
        0,
        0,
        StatementKind::Direct,
        "We will not abandon this building,",
        "Marsh told reporters",
        1,
    ),
    (
        0,
        3,
        StatementKind::Reported,
        "nobody was injured",
        "The Riverton Fire Brigade said",
        3,
    ),
    (
        0,
        1,
        StatementKind::Reported,
        "the cause was probably an electrical fault",
        "Chief Tomas Brandt said",
        2,
    ),
    (
        1,
        0,
        StatementKind::Direct,
        "We will never abandon this building,",
        "Mayor Elena Marsh said on Saturday",
        1,
    ),
    (
        1,
        3,
        StatementKind::Reported,
        "two people were injured",
        "The fire brigade said",
        3,
    ),
    (
        1,
        1,
        StatementKind::Reported,
        "the cause was possibly an electrical fault",
        "Chief Tomas Brandt said",
        2,
    ),
    (
        2,
        0,
        StatementKind::Reported,
        "the town would rebuild the mill",
        "Marsh said",
        0,
    ),
    (
        2,
        1,
        StatementKind::Reported,
        "the cause was not an electrical fault",
        "Brandt said",
        2,
    ),
    (
        2,
        2,
        StatementKind::Reported,
        "she had warned the council about the wiring",
        "Zoë Čapek, a resident, said",
        4,
    ),
];

fn statements(c: &Corpus) -> (Vec<Statement>, Vec<Claim>) {
    let statements: Vec<Statement> = STATEMENTS
        .iter()
        .enumerate()
        .map(|(i, (article, speaker, kind, content, cue, claim))| {
            let text = &c.articles[*article].text;
            Statement {
                id: format!("s{i}"),
                article: *article,
                speaker: *speaker,
                kind: *kind,
                content: find(text, content),
                cue: find(text, cue),
                claim: Some(*claim),
            }
        })
        .collect();
    let claims = (0..5)
        .map(|claim| {
            let members: Vec<usize> = (0..statements.len())
                .filter(|&s| statements[s].claim == Some(claim))
                .collect();
            Claim {
                id: format!("c{claim}"),
                speaker: statements[members[0]].speaker,
                statements: members,
            }
        })
        .collect();
    (statements, claims)
}

fn discrepancies(c: &Corpus) -> Vec<Discrepancy> {
    let d = |id: &str, topic: &str, variants: &[(usize, &str)]| Discrepancy {
        id: id.into(),
        topic: topic.into(),
        variants: variants
            .iter()
            .map(|(article, s)| Variant {
                article: *article,
                span: find(&c.articles[*article].text, s),
            })
            .collect(),
    };
    vec![
        d(
            "d0",
            "number: firefighters",
            &[(0, "40 firefighters"), (1, "25 firefighters")],
        ),
        d(
            "d1",
            "date: night of the fire",
            &[(0, "Friday night"), (1, "Saturday night")],
        ),
        d(
            "d2",
            "number: injured",
            &[(0, "nobody was injured"), (1, "two people were injured")],
        ),
        d(
            "d3",
            "cause: electrical fault",
            &[
                (0, "the cause was probably an electrical fault"),
                (1, "the cause was possibly an electrical fault"),
                (2, "the cause was not an electrical fault"),
            ],
        ),
    ]
}

/// The whole made-up story, analysed by hand.
pub fn analysis() -> Analysis {
    let corpus = corpus();
    let docs = corpus
        .articles
        .iter()
        .map(crate::analysis::segment_article)
        .collect();
    let overlaps = overlaps(&corpus);
    let shared = coverage::shared_fractions(&corpus, &overlaps);
    let entities = entities(&corpus);
    let (statements, claims) = statements(&corpus);
    let discrepancies = discrepancies(&corpus);
    Analysis {
        corpus,
        docs,
        overlaps,
        shared,
        entities,
        statements,
        claims,
        discrepancies,
    }
}

/// A synthetic corpus of `n` articles (the made-up story repeated under numbered outlets), for
/// measuring how the browser scales.
pub fn synthetic(n: usize) -> Analysis {
    let base = analysis();
    let mut out = Analysis {
        entities: base.entities.clone(),
        ..Analysis::default()
    };
    let outlets = [
        "Harbour Post",
        "Valley Courier",
        "Northern Ledger",
        "Coastal Times",
        "Hill Gazette",
    ];
    for i in 0..n {
        let from = i % 3;
        let mut a = base.corpus.articles[from].clone();
        a.id = format!("a{i}");
        a.outlet = Some(format!(
            "{} {}",
            outlets[i % outlets.len()],
            i / outlets.len()
        ));
        out.corpus.articles.push(a);
        out.docs.push(base.docs[from].clone());
        out.shared.push(base.shared[from]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_span_of_the_fixture_slices_non_empty_text() {
        let a = analysis();
        let text = |i: usize| a.corpus.articles[i].text.as_str();
        for o in &a.overlaps {
            assert!(!o.lhs.span.slice(text(o.lhs.article)).is_empty());
            assert!(!o.rhs.span.slice(text(o.rhs.article)).is_empty());
            for c in &o.changes {
                assert!(c.lhs.is_some() || c.rhs.is_some());
            }
        }
        for s in &a.statements {
            assert!(!s.content.slice(text(s.article)).is_empty(), "{}", s.id);
            assert!(!s.cue.slice(text(s.article)).is_empty(), "{}", s.id);
        }
        for d in &a.discrepancies {
            for v in &d.variants {
                assert!(!v.span.slice(text(v.article)).is_empty(), "{}", d.topic);
            }
        }
    }

    #[test]
    fn the_synthetic_corpus_has_the_requested_size() {
        assert_eq!(synthetic(7).corpus.articles.len(), 7);
    }
}
