//! Which actors speak for which: a person for the organisations and countries in their roles
//! ("NATO chief" speaks for NATO), a seat of government for its country (linked entities).

use crate::analysis::entities::{Entity, EntityKind};
use crate::analysis::fold::fold;
use std::collections::HashMap;

/// For each entity, the sorted indices of the entities it speaks for, itself included.
pub fn affiliations(entities: &[Entity]) -> Vec<Vec<usize>> {
    let mut by_alias: HashMap<String, usize> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if matches!(e.kind, EntityKind::Organization | EntityKind::Place) {
            for a in &e.aliases {
                by_alias.entry(fold(a)).or_insert(i);
            }
        }
    }
    entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut out = vec![i];
            out.extend(&e.related);
            for role in &e.roles {
                for o in named_in(role, &by_alias) {
                    out.push(o);
                    out.extend(&entities[o].related);
                }
            }
            out.sort_unstable();
            out.dedup();
            out
        })
        .collect()
}

/// Entities whose alias appears as a run of whole words in `role` (up to five words long).
fn named_in(role: &str, by_alias: &HashMap<String, usize>) -> Vec<usize> {
    let words: Vec<String> = role
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect();
    let mut out = Vec::new();
    for start in 0..words.len() {
        for len in 1..=5.min(words.len() - start) {
            if let Some(&e) = by_alias.get(&words[start..start + len].join(" ")) {
                out.push(e);
            }
        }
    }
    out
}

/// Whether statements by `a` and `b` can render the same claim.
pub fn compatible(aff: &[Vec<usize>], a: usize, b: usize) -> bool {
    a == b
        || aff.get(a).is_some_and(|x| x.binary_search(&b).is_ok())
        || aff.get(b).is_some_and(|x| x.binary_search(&a).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(name: &str, kind: EntityKind, roles: &[&str], related: Vec<usize>) -> Entity {
        Entity {
            id: name.to_lowercase(),
            name: name.to_string(),
            kind,
            aliases: vec![name.to_string()],
            roles: roles.iter().map(|r| (*r).to_string()).collect(),
            mentions: Vec::new(),
            related,
        }
    }

    #[test]
    fn a_spokesman_speaks_for_the_body_in_his_role_and_its_country() {
        let es = vec![
            entity("Peru", EntityKind::Place, &[], vec![]),
            entity(
                "Palacio de Gobierno",
                EntityKind::Organization,
                &[],
                vec![0],
            ),
            entity(
                "Ana Ruiz",
                EntityKind::Person,
                &["Palacio de Gobierno spokeswoman"],
                vec![],
            ),
            entity("Chile", EntityKind::Place, &[], vec![]),
        ];
        let aff = affiliations(&es);
        assert!(compatible(&aff, 2, 1));
        assert!(compatible(&aff, 0, 2));
        assert!(!compatible(&aff, 2, 3));
    }
}
