//! Actors and their statements on small stories of our own: entities, attribution in many quote
//! styles, claims across sources and the discrepancies between them.

use crosscheck::analysis::fold::fold;
use crosscheck::analysis::statements::StatementKind;
use crosscheck::analysis::{Analysis, Options, analyze};
use crosscheck::corpus::Corpus;
use proptest::prelude::*;

fn run(texts: &[&str]) -> Analysis {
    analyze(Corpus::from_texts(texts), &Options::default())
}

/// (speaker name, kind, content text) of every statement.
fn said(an: &Analysis) -> Vec<(String, StatementKind, String)> {
    an.statements
        .iter()
        .map(|s| {
            let text = &an.corpus.articles[s.article].text;
            (
                an.entities[s.speaker].name.clone(),
                s.kind,
                s.content.slice(text).to_string(),
            )
        })
        .collect()
}

fn has(an: &Analysis, speaker: &str, content: &str) -> bool {
    said(an)
        .iter()
        .any(|(s, _, c)| fold(s) == fold(speaker) && c.contains(content))
}

const HARBOUR_A: &str = "Harbour strike spreads to northern ports\n\
Dockworkers in northern Valparaiso walked out on Monday, the union said.\n\
Union leader Marta Quispe told reporters that the strike would last until wages rose by 12 percent.\n\
“We have waited three years. Our members cannot wait any longer,” Quispe said.\n\
“The ports will stay closed,” she added.\n\
Chilean Labour Minister Tomas Ferrer warned that the stoppage threatened exports, urging both sides to return to talks.\n\
Around 40 ships were stuck outside the harbour.";

const HARBOUR_B: &str = "Chile’s labour minister urges talks as port strike bites\n\
Marta Quispe, who leads the dockworkers’ union, said the walkout would continue until pay rose by 12 percent.\n\
She added: \"The ports will stay closed.\"\n\
Labor minister Tomás Ferrer said the strike threatened the country's exports.\n\
Some 15 ships were waiting at anchor in southern Valparaiso.";

#[test]
fn people_are_found_once_across_sources_with_diacritics_and_titles_removed() {
    let an = run(&[HARBOUR_A, HARBOUR_B]);
    let quispe: Vec<_> = an
        .entities
        .iter()
        .filter(|e| e.aliases.iter().any(|a| a.contains("Quispe")))
        .collect();
    assert_eq!(quispe.len(), 1, "{:?}", an.entities);
    assert_eq!(quispe[0].name, "Marta Quispe");
    let ferrer: Vec<_> = an
        .entities
        .iter()
        .filter(|e| e.aliases.iter().any(|a| a.contains("Ferrer")))
        .collect();
    assert_eq!(ferrer.len(), 1);
    assert!(ferrer[0].aliases.iter().any(|a| a == "Tomás Ferrer"));
    assert!(!an.entities.iter().any(|e| e.name.contains("Minister")));
}

#[test]
fn quotes_in_several_styles_are_attributed_to_the_speaker() {
    let an = run(&[HARBOUR_A, HARBOUR_B]);
    assert!(has(&an, "Marta Quispe", "We have waited three years"));
    assert!(has(&an, "Marta Quispe", "The ports will stay closed"));
    let direct = said(&an)
        .into_iter()
        .filter(|(s, k, _)| s == "Marta Quispe" && *k == StatementKind::Direct)
        .count();
    assert!(direct >= 3, "{:?}", said(&an));
}

#[test]
fn reported_speech_and_participles_are_statements_of_their_subject() {
    let an = run(&[HARBOUR_A, HARBOUR_B]);
    assert!(has(
        &an,
        "Marta Quispe",
        "the strike would last until wages rose"
    ));
    assert!(has(&an, "Tomas Ferrer", "the stoppage threatened exports"));
    assert!(has(&an, "Tomas Ferrer", "both sides to return to talks"));
}

#[test]
fn the_same_statement_in_two_sources_is_one_claim() {
    let an = run(&[HARBOUR_A, HARBOUR_B]);
    let claim_of = |needle: &str| {
        an.statements
            .iter()
            .find(|s| {
                s.content
                    .slice(&an.corpus.articles[s.article].text)
                    .contains(needle)
            })
            .and_then(|s| s.claim)
    };
    let a = claim_of("the strike would last until wages rose");
    let b = claim_of("the walkout would continue until pay rose");
    assert!(a.is_some());
    assert_eq!(a, b);
    assert_ne!(claim_of("We have waited three years"), a);
}

#[test]
fn differing_numbers_and_locations_are_discrepancies() {
    let an = run(&[HARBOUR_A, HARBOUR_B]);
    let topics: Vec<&str> = an.discrepancies.iter().map(|d| d.topic.as_str()).collect();
    assert!(topics.iter().any(|t| t.starts_with("number")), "{topics:?}");
    assert!(
        topics.iter().any(|t| t.starts_with("location")),
        "{topics:?}"
    );
    assert!(
        topics.iter().any(|t| t.contains("labor / labour")),
        "{topics:?}"
    );
}

#[test]
fn guillemets_german_quotes_and_colons_are_quotes() {
    let an = run(&[
        "Le maire Paul Girard a parlé. «Nous resterons ouverts», said Girard.\n\
         Anna Keller said: „Wir bleiben hier.“",
    ]);
    assert!(
        has(&an, "Paul Girard", "Nous resterons ouverts"),
        "{:?}",
        said(&an)
    );
    assert!(
        has(&an, "Anna Keller", "Wir bleiben hier"),
        "{:?}",
        said(&an)
    );
}

#[test]
fn a_quote_running_over_paragraphs_keeps_its_speaker() {
    let an = run(&["Coach Ines Navarro spoke after the match.\n\
         “We were not good enough today,” Navarro said.\n\
         “Next week we will be better. The players know it.”"]);
    assert!(has(&an, "Ines Navarro", "Next week we will be better"));
}

#[test]
fn said_inside_a_quote_is_not_a_statement_of_its_own() {
    let an = run(&["“My father said it would rain,” Lena Ortiz said."]);
    let all = said(&an);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].0, "Lena Ortiz");
}

#[test]
fn spoke_to_without_content_is_not_a_statement() {
    let an = run(&["Mayor Ruth Adeyemi spoke to Governor Kwame Mensah on Tuesday."]);
    assert!(an.statements.is_empty(), "{:?}", said(&an));
}

#[test]
fn a_negated_speech_verb_is_not_a_statement() {
    let an = run(&["Senator Hal Brooks did not deny the report."]);
    assert!(an.statements.is_empty(), "{:?}", said(&an));
}

#[test]
fn a_capitalised_sentence_start_is_not_a_speaker() {
    let an = run(&["Speaking slowly, the crowd left. Describing the plan, nobody said much."]);
    assert!(
        an.entities
            .iter()
            .all(|e| e.name != "Speaking" && e.name != "Describing")
    );
    assert!(an.statements.is_empty(), "{:?}", said(&an));
}

#[test]
fn he_added_resolves_to_the_last_speaker_not_the_last_name() {
    let an = run(&[
        "Minister Joao Batista said the bridge would reopen. He met Mayor Clara Dias later.\n\
         “It is safe now,” he added.",
    ]);
    assert!(
        has(&an, "Joao Batista", "It is safe now"),
        "{:?}",
        said(&an)
    );
}

#[test]
fn organisations_and_countries_speak_too() {
    let an = run(&["The European Union urged Peru to hold new elections. \
         Britain’s Foreign Office said in a statement that it supported the call."]);
    assert!(
        has(&an, "European Union", "Peru to hold new elections"),
        "{:?}",
        said(&an)
    );
    assert!(
        has(&an, "Foreign Office", "it supported the call"),
        "{:?}",
        said(&an)
    );
}

#[test]
fn a_body_speaks_through_its_spokesman() {
    let an = run(&["The Andean Trade Council’s spokesman said the tariffs were unfair."]);
    assert!(
        has(&an, "Andean Trade Council", "the tariffs were unfair"),
        "{:?}",
        said(&an)
    );
}

#[test]
fn odd_input_never_panics() {
    // About 50,000 words, with a quote that never closes.
    let long = "Word said “unclosed quote and more. ".repeat(7200);
    let texts = [
        "“”\"\"‘’«»„“",
        "\"",
        "Он сказал: «Мы остаемся». Ministri Arbër Xhaferi tha se do të qëndrojë.",
        long.as_str(),
        "„nested ‘quote’ here“ and «guillemets «inside» too»",
        "",
    ];
    let an = run(&texts);
    for s in &an.statements {
        let text = &an.corpus.articles[s.article].text;
        assert!(text.get(s.content.start..s.content.end).is_some());
        assert!(text.get(s.cue.start..s.cue.end).is_some());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_span_slices_its_text_on_char_boundaries(
        parts in prop::collection::vec(
            prop::sample::select(vec![
                "Mara Lind", " said", " “", "”", " \"", "«", "»", "„", "Dvořák", " he", ".", ",",
                ":", "\n", " the minister", " Peru", " told reporters", " according to", " NATO",
                " (UN)", " três", " Загреб", " urging", " 30", " killed", " May 5, 2021", "’s",
            ]),
            0..40,
        ),
        split in 0usize..40,
    ) {
        let text: String = parts.concat();
        let cut = parts.iter().take(split).map(|p| p.len()).sum::<usize>().min(text.len());
        let (a, b) = text.split_at(cut);
        let an = run(&[a, b]);
        for e in &an.entities {
            for m in &e.mentions {
                let t = &an.corpus.articles[m.article].text;
                prop_assert!(t.get(m.span.start..m.span.end).is_some());
            }
        }
        for s in &an.statements {
            let t = &an.corpus.articles[s.article].text;
            prop_assert!(t.get(s.content.start..s.content.end).is_some());
            prop_assert!(t.get(s.cue.start..s.cue.end).is_some());
        }
        for d in &an.discrepancies {
            for v in &d.variants {
                let t = &an.corpus.articles[v.article].text;
                prop_assert!(t.get(v.span.start..v.span.end).is_some());
            }
        }
    }
}

#[test]
fn a_repeated_headline_ending_in_a_stop_gives_no_actors_of_its_capitals() {
    // Loaded as files are, so the headline and its repeat are recognised.
    let texts = [
        "Mayor Urges Calm in Talks with Port Union Reps.\n\nMayor Urges Calm in Talks with Port Union Reps.\nMayor Ruth Adeyemi met the union on Sunday.",
        "Port strike ends\n\nThe strike ended on Monday, Ruth Adeyemi said.",
    ];
    let articles = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            crosscheck::corpus::text::article_from_text(
                format!("a{i}"),
                format!("a{i}.txt"),
                t.to_string(),
                true,
            )
        })
        .collect();
    let corpus = Corpus {
        articles,
        warnings: Vec::new(),
    };
    assert!(corpus.articles[0].title.is_some());
    let an = analyze(corpus, &Options::default());
    let names: Vec<&str> = an.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Ruth Adeyemi"), "{names:?}");
    for word in ["Urges", "Calm", "Talks"] {
        assert!(!names.iter().any(|n| n.contains(word)), "{names:?}");
    }
}
