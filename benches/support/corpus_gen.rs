//! A deterministic generator of large news corpora built from real sentences, with reuse
//! injected between articles: verbatim copies, light edits and reordered rewrites.
//!
//! Real sentences come from the bundled story and a small pool of generic news sentences. Each
//! generated story respells a share of their content words with story-specific invented words,
//! so stories differ in vocabulary the way real ones do (otherwise every sentence would be
//! shared by every story and the corpus would be one giant cluster). Within a story, articles
//! copy, edit and reorder the story's base sentences, as rewrites of one wire report do.
//!
//! Use from a bench or test with `#[path = "../benches/support/corpus_gen.rs"] mod corpus_gen;`.

#![allow(dead_code, reason = "each including target uses a different part")]

use crosscheck::analysis::segment::segment;
use crosscheck::corpus::{Article, Corpus};

/// Generic news sentences (invented) mixed with the bundled story's sentences.
const POOL: &[&str] = &[
    "The regional council voted on Tuesday to delay the new harbour project by at least a year.",
    "Officials said the decision followed weeks of protests by residents of the coastal towns.",
    "A spokeswoman for the ministry declined to comment on the details of the agreement.",
    "Heavy rain flooded several districts overnight, forcing hundreds of families to leave their homes.",
    "Emergency services said no one had been seriously injured, although two bridges were closed.",
    "The company reported a sharp fall in profits and announced plans to cut about 300 jobs.",
    "Union leaders called the cuts unacceptable and threatened to strike next month.",
    "Police arrested three men after a shop in the old town was set on fire late on Friday.",
    "The mayor urged calm and promised a full investigation into the incident.",
    "Negotiators from both sides met in the capital for a second round of talks.",
    "The talks ended without an agreement, but both delegations said they would meet again.",
    "Prices for bread and fuel have risen by almost a fifth since the start of the year.",
    "Opposition parties accused the government of ignoring the warnings of its own advisers.",
    "The court ruled that the election results in two districts must be counted again.",
    "Observers described the vote as largely peaceful despite a few reports of intimidation.",
    "The minister told reporters that the budget would include new money for schools and hospitals.",
    "Critics said the plan did not go far enough to help families struggling with rising rents.",
    "The fire brigade needed more than six hours to bring the blaze under control.",
    "Scientists warned that the drought could cut this year's harvest by a third.",
    "The border crossing was reopened on Monday after being closed for nearly a week.",
    "Hundreds of trucks had queued on both sides while the two governments argued over customs rules.",
    "A senior diplomat said the sanctions would remain in place until the prisoners were released.",
    "The hospital said it had treated dozens of people for smoke inhalation.",
    "Local media reported that the suspect had been known to the police for years.",
];

/// Syllables for invented words; consonant-vowel pairs read like plausible names.
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ren", "to", "va", "sel", "dor", "pa", "ni", "tur", "ga", "be", "zo", "fin",
    "ha", "ro", "li", "mar", "du", "ke", "sa", "vin", "bo",
];

/// A small deterministic PRNG (SplitMix64): good enough for shuffling, no dependency.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// The sentences generation draws from: the bundled story's body sentences plus [`POOL`].
pub fn source_sentences() -> Vec<String> {
    let mut out: Vec<String> = POOL.iter().map(|s| s.to_string()).collect();
    for article in crosscheck::corpus::bundled::bundled().articles {
        let seg = segment(&article.text, &article.body_spans());
        for s in &seg.sentences {
            if !s.heading && s.tokens.len() >= 6 {
                out.push(s.span.slice(&article.text).to_string());
            }
        }
    }
    out
}

/// `articles` articles in stories of 4 to 12, deterministic for a given `seed`.
pub fn generate(articles: usize, seed: u64) -> Corpus {
    let sources = source_sentences();
    let mut rng = Rng::new(seed);
    let mut corpus = Corpus::default();
    let mut story = 0u64;
    while corpus.articles.len() < articles {
        let size = (4 + rng.below(9)).min(articles - corpus.articles.len());
        let base = story_sentences(&sources, &mut rng, story);
        for k in 0..size {
            let text = write_article(&base, &sources, &mut rng, story, k);
            let i = corpus.articles.len();
            corpus.articles.push(Article {
                id: format!("gen-{i:06}"),
                path: format!("gen/{i:06}.txt"),
                title: text.lines().next().map(str::to_string),
                text,
                text_is_file: true,
                ..Article::default()
            });
        }
        story += 1;
    }
    corpus
}

/// The base sentences of one story: 12 to 24 source sentences in the story's own vocabulary.
fn story_sentences(sources: &[String], rng: &mut Rng, story: u64) -> Vec<String> {
    let n = 12 + rng.below(13);
    (0..n)
        .map(|_| respell(&sources[rng.below(sources.len())], story, 0.8))
        .collect()
}

/// One article of a story: a headline, then base sentences copied (verbatim, lightly edited,
/// or dropped), locally reordered, with a few sentences of its own, in short paragraphs.
fn write_article(
    base: &[String],
    sources: &[String],
    rng: &mut Rng,
    story: u64,
    k: usize,
) -> String {
    let mut sentences: Vec<String> = Vec::new();
    for s in base {
        if k == 0 || rng.chance(0.7) {
            sentences.push(if k > 0 && rng.chance(0.35) {
                light_edit(s, rng)
            } else {
                s.clone()
            });
        }
    }
    for i in 1..sentences.len() {
        if k > 0 && rng.chance(0.2) {
            sentences.swap(i - 1, i);
        }
    }
    for _ in 0..2 + rng.below(4) {
        let own = respell(
            &sources[rng.below(sources.len())],
            story * 1000 + k as u64 + 1,
            0.8,
        );
        let at = rng.below(sentences.len() + 1);
        sentences.insert(at, own);
    }
    let mut text = headline(base, story, k);
    for chunk in sentences.chunks(1 + rng.below(3)) {
        text.push_str("\n\n");
        text.push_str(&chunk.join(" "));
    }
    text.push('\n');
    text
}

fn headline(base: &[String], story: u64, k: usize) -> String {
    let first = base.first().map_or("", String::as_str);
    let words: Vec<&str> = first.split_whitespace().take(8).collect();
    format!(
        "{} (report {story}-{k})",
        words.join(" ").trim_end_matches(['.', ','])
    )
}

/// Replaces a share `p` of the longer words by invented words, the same word always becoming
/// the same invention within one `vocabulary`.
fn respell(sentence: &str, vocabulary: u64, p: f64) -> String {
    let mut out = String::with_capacity(sentence.len() + 16);
    for (i, word) in sentence.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
        let h = hash(vocabulary, &letters.to_lowercase());
        if letters.len() >= 4 && (h % 1000) as f64 <= p * 1000.0 {
            let tail: String = word.chars().skip_while(|c| c.is_alphabetic()).collect();
            let mut invented = invent(h);
            if word.starts_with(char::is_uppercase) {
                invented = capitalize(&invented);
            }
            out.push_str(&invented);
            out.push_str(&tail);
        } else {
            out.push_str(word);
        }
    }
    out
}

/// A light edit: one word dropped, doubled as an adjective, or replaced by an invented one.
fn light_edit(sentence: &str, rng: &mut Rng) -> String {
    let mut words: Vec<String> = sentence.split(' ').map(str::to_string).collect();
    if words.len() < 6 {
        return sentence.to_string();
    }
    let at = 1 + rng.below(words.len() - 2);
    match rng.below(3) {
        0 => {
            words.remove(at);
        }
        1 => words.insert(at, "reportedly".to_string()),
        _ => words[at] = invent(rng.next_u64()),
    }
    words.join(" ")
}

fn invent(mut h: u64) -> String {
    let mut w = String::new();
    for _ in 0..2 + (h % 2) as usize {
        h /= 7;
        w.push_str(SYLLABLES[(h % SYLLABLES.len() as u64) as usize]);
    }
    w
}

fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn hash(vocabulary: u64, word: &str) -> u64 {
    let mut rng = Rng::new(vocabulary ^ 0x5151_5151);
    let mut h = rng.next_u64();
    for b in word.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3);
    }
    Rng::new(h).next_u64()
}
