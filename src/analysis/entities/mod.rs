//! Actors: people, organisations, places and groups, found without any list of the story's names,
//! with aliases merged across every source.

pub mod aliases;
pub mod build;
pub mod collectives;
pub mod context;
pub mod detect;
pub mod gazetteer;
pub mod institutions;
pub mod roles;
pub mod text;

use super::segment::Segmented;
use super::span::Span;
use crate::corpus::Corpus;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Group,
}

/// One mention of an entity in one article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub article: usize,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// Stable slug of the canonical name ("ana-lind").
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Every distinct surface form seen, canonical name included.
    pub aliases: Vec<String>,
    /// Titles and roles given to the entity ("White House National Security Council spokesman").
    pub roles: Vec<String>,
    pub mentions: Vec<Mention>,
    /// Indices of entities the text links to this one without making them the same (a capital
    /// standing for its government: Belgrade → Serbia).
    pub related: Vec<usize>,
}

impl Entity {
    /// Mentions in article `article`.
    pub fn mentions_in(&self, article: usize) -> usize {
        self.mentions
            .iter()
            .filter(|m| m.article == article)
            .count()
    }
}

/// Finds the entities of the whole corpus, aliases merged across articles.
///
/// Two passes: the first learns which words are capitalised mid-sentence anywhere (so a
/// headline's or sentence start's capital can be judged), the second reads the names.
pub fn find_entities(corpus: &Corpus, docs: &[Segmented]) -> Vec<Entity> {
    let headlines: Vec<Option<Segmented>> = corpus
        .articles
        .iter()
        .zip(docs)
        .map(|(a, d)| text::headline_segment(a, d))
        .collect();
    let mut vocab = detect::Vocabulary::default();
    for (a, d) in corpus.articles.iter().zip(docs) {
        vocab.add(&a.text, &d.sentences, &d.tokens);
    }
    let mut raw = Vec::new();
    let mut role_mentions = Vec::new();
    for (i, (a, d)) in corpus.articles.iter().zip(docs).enumerate() {
        for seg in text::views(d, headlines[i].as_ref()) {
            for s in &seg.sentences {
                let toks = seg.sentence_tokens(s);
                detect::sentence_mentions(
                    &a.text,
                    i,
                    s,
                    toks,
                    &vocab,
                    &mut raw,
                    &mut role_mentions,
                );
            }
        }
    }
    build::build_entities(&raw, &role_mentions)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(texts: &[&str]) -> (Corpus, Vec<Segmented>) {
        let corpus = Corpus::from_texts(texts);
        let docs = corpus
            .articles
            .iter()
            .map(|a| super::super::segment::segment(&a.text, &a.body_spans()))
            .collect();
        (corpus, docs)
    }

    fn find<'a>(es: &'a [Entity], alias: &str) -> Vec<&'a Entity> {
        es.iter()
            .filter(|e| e.aliases.iter().any(|a| a == alias))
            .collect()
    }

    #[test]
    fn a_person_named_in_full_and_by_surname_is_one_entity_across_sources() {
        let (c, d) = corpus(&[
            "Chilean Foreign Minister Rosa Palacios said the talks failed.",
            "Palacios said the talks had failed. Ms Palácios left early.",
        ]);
        let es = find_entities(&c, &d);
        let rosa = find(&es, "Rosa Palacios");
        assert_eq!(rosa.len(), 1);
        assert_eq!(rosa[0].kind, EntityKind::Person);
        assert!(rosa[0].aliases.iter().any(|a| a == "Palácios"));
        assert_eq!(rosa[0].mentions.len(), 3);
        assert!(
            rosa[0]
                .roles
                .iter()
                .any(|r| r == "Chilean Foreign Minister")
        );
    }

    #[test]
    fn an_unknown_single_name_takes_its_kind_from_the_words_around_it() {
        let (c, d) = corpus(&[
            "Talks resumed on Monday. Yesterday Velkor said it would return. Two Velkor \
             fighters were freed. Houses fell in Aldmere overnight.",
            "Rain spread across Aldmere and its hills.",
        ]);
        let es = find_entities(&c, &d);
        assert_eq!(find(&es, "Velkor")[0].kind, EntityKind::Organization);
        assert_eq!(find(&es, "Aldmere")[0].kind, EntityKind::Place);
    }

    #[test]
    fn a_surname_that_speaks_stays_a_person() {
        let (c, d) = corpus(&["Ana Okonjo spoke first. Then Okonjo said more. Okonjo told them."]);
        let es = find_entities(&c, &d);
        assert_eq!(find(&es, "Okonjo")[0].kind, EntityKind::Person);
    }

    #[test]
    fn countries_and_nationalities_are_never_people() {
        let (c, d) = corpus(&["Peru accused Chile. Peruvian troops moved. Lima said no."]);
        let es = find_entities(&c, &d);
        assert!(es.iter().all(|e| e.kind != EntityKind::Person));
        let peru = find(&es, "Peru");
        assert_eq!(peru[0].kind, EntityKind::Place);
        assert_eq!(find(&es, "Peruvian")[0].kind, EntityKind::Group);
        let lima = find(&es, "Lima");
        assert!(lima.is_empty() || lima[0].kind == EntityKind::Place);
    }

    #[test]
    fn a_role_description_resolves_to_the_one_person_holding_it() {
        let (c, d) = corpus(&[
            "Peruvian President Tomas Aguirre met the envoy.",
            "The meeting went well, the Peruvian president said.",
        ]);
        let es = find_entities(&c, &d);
        let tomas = find(&es, "Tomas Aguirre");
        assert_eq!(tomas.len(), 1);
        assert!(
            tomas[0]
                .aliases
                .iter()
                .any(|a| a == "the Peruvian president")
        );
        assert!(find(&es, "Peruvian President").is_empty());
    }

    #[test]
    fn a_capital_is_linked_to_its_country_not_merged() {
        let (c, d) = corpus(&["Lima and Peru disagree. Peru said so."]);
        let es = find_entities(&c, &d);
        let lima = find(&es, "Lima")[0];
        let peru_idx = es
            .iter()
            .position(|e| e.aliases.iter().any(|a| a == "Peru"));
        assert!(peru_idx.is_some());
        assert!(lima.related.contains(&peru_idx.unwrap_or(usize::MAX)));
    }

    #[test]
    fn short_forms_of_a_name_join_the_one_full_name_they_fit() {
        let (c, d) = corpus(&[
            "Judge Marta Vidal-Roca spoke. Vidal-Roca left. Lena M. Ortiz agreed. \
             Envoy Zhou Weimin arrived and Zhou said little.",
            "Vidal Roca said no. Lena Ortiz said yes. Zhou said more.",
        ]);
        let es = find_entities(&c, &d);
        let vidal = find(&es, "Marta Vidal-Roca");
        assert_eq!(vidal.len(), 1);
        assert!(vidal[0].aliases.iter().any(|a| a == "Vidal-Roca"));
        assert!(vidal[0].aliases.iter().any(|a| a == "Vidal Roca"));
        let lena = find(&es, "Lena M. Ortiz");
        assert_eq!(lena.len(), 1);
        assert!(lena[0].aliases.iter().any(|a| a == "Lena Ortiz"));
        let zhou = find(&es, "Zhou Weimin");
        assert!(
            zhou[0].aliases.iter().any(|a| a == "Zhou"),
            "{:?}",
            zhou[0].aliases
        );
    }

    #[test]
    fn a_surname_two_people_share_joins_neither_but_a_misspelt_given_name_is_one_person() {
        let (c, d) = corpus(&[
            "Tomas Brandl and Ilse Brandl met. Brandl spoke.",
            "Prosecutor Damian Okafor spoke. Prosecutor Damien Okafor left. Okafor said so.",
        ]);
        let es = find_entities(&c, &d);
        assert!(
            find(&es, "Tomas Brandl")[0]
                .aliases
                .iter()
                .all(|a| a != "Brandl")
        );
        let okafor = find(&es, "Damian Okafor");
        assert_eq!(okafor.len(), 1);
        assert!(okafor[0].aliases.iter().any(|a| a == "Damien Okafor"));
        assert!(okafor[0].aliases.iter().any(|a| a == "Okafor"));
    }

    #[test]
    fn common_words_and_known_places_are_not_people() {
        let (c, d) = corpus(&[
            "They met in the Great Hall of the city. A great crowd waited in the hall. \
             New York police said the Upper Vardo road was shut, and rescuers reached \
             Upper Vardo province. Crypto King Ivo Sand fell. Crypto prices fell too.",
            "The crypto market fell. Hong Kong shares rose.",
        ]);
        let es = find_entities(&c, &d);
        let kind = |alias: &str| find(&es, alias).first().map(|e| e.kind);
        assert_ne!(kind("Great Hall"), Some(EntityKind::Person));
        assert_eq!(kind("Hong Kong"), Some(EntityKind::Place));
        assert_eq!(kind("Upper Vardo"), Some(EntityKind::Place));
        assert!(find(&es, "Crypto").is_empty(), "a common word capitalised");
        assert!(es.iter().any(|e| e.name == "New York police"));
    }

    #[test]
    fn nationalities_and_faiths_are_groups_and_capitals_become_names() {
        let (c, d) = corpus(&[
            "PUERTO ALTO, Chile (AP) — Moroccan and North African workers joined Orthodox \
             priests. Several Moroccans left.",
        ]);
        let es = find_entities(&c, &d);
        let kind = |alias: &str| find(&es, alias).first().map(|e| e.kind);
        assert_eq!(kind("Moroccan"), Some(EntityKind::Group));
        assert_eq!(kind("Moroccans"), Some(EntityKind::Group));
        assert_eq!(kind("North African"), Some(EntityKind::Group));
        assert_eq!(kind("Orthodox"), Some(EntityKind::Group));
        let puerto = find(&es, "PUERTO ALTO");
        assert_eq!(puerto.first().map(|e| e.kind), Some(EntityKind::Place));
        assert_eq!(puerto.first().map(|e| e.name.as_str()), Some("Puerto Alto"));
    }

    #[test]
    fn a_titled_name_and_a_qualified_organisation_keep_their_written_forms_as_aliases() {
        let (c, d) = corpus(&[
            "Chile's Queen Ana Sol spoke. Chilean President Rui Vaz agreed. The U.S. Harbour \
             Department agreed.",
        ]);
        let es = find_entities(&c, &d);
        let ana = find(&es, "Ana Sol");
        assert_eq!(ana[0].name, "Ana Sol");
        assert!(
            ana[0].aliases.iter().any(|a| a == "Queen Ana Sol"),
            "{:?}",
            ana[0].aliases
        );
        let rui = find(&es, "Rui Vaz");
        assert!(
            rui[0]
                .aliases
                .iter()
                .any(|a| a == "Chilean President Rui Vaz")
        );
        let dept = find(&es, "Harbour Department");
        assert!(
            dept[0]
                .aliases
                .iter()
                .any(|a| a == "U.S. Harbour Department"),
            "{:?}",
            dept[0].aliases
        );
    }

    #[test]
    fn agencies_of_several_words_and_dotted_countries_are_known() {
        let (c, d) = corpus(&["Ilse Marten told Voice of America that U.K. ships had left."]);
        let es = find_entities(&c, &d);
        let kind = |alias: &str| find(&es, alias).first().map(|e| e.kind);
        assert_eq!(kind("Voice of America"), Some(EntityKind::Organization));
        assert_eq!(kind("U.K"), Some(EntityKind::Place));
        assert_eq!(find(&es, "U.K")[0].name, "United Kingdom");
    }
}
