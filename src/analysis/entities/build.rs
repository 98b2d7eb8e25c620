//! From merged mention groups to [`Entity`] values: kind, canonical name, aliases, roles,
//! mentions, links, and the role descriptions resolved to their person.

use super::aliases::{Groups, group_keys, merge_key};
use super::detect::{Hint, RawMention};
use super::gazetteer as gz;
use super::roles::{RoleKey, RoleMention, role_key};
use super::{Entity, EntityKind, Mention};
use crate::analysis::fold::fold;
use std::collections::{BTreeMap, HashMap};

/// One merged group while it is being built.
#[derive(Default)]
struct Draft {
    mentions: Vec<(Mention, String, Hint)>,
    /// Longer written forms of the name (see `RawMention::titled`).
    titled: Vec<String>,
    roles: Vec<String>,
    /// Hints from the words around unknown mentions, for when nothing surer is known.
    context: Vec<Hint>,
}

/// Builds the entities from raw mentions and unnamed role mentions.
pub fn build_entities(raw: &[RawMention], role_mentions: &[RoleMention]) -> Vec<Entity> {
    let mut groups = group_keys(raw);
    let mut drafts: BTreeMap<usize, Draft> = BTreeMap::new();
    for m in raw {
        let root = groups.root_of(&merge_key(m));
        let d = drafts.entry(root).or_default();
        let mention = Mention {
            article: m.article,
            span: m.span,
        };
        d.mentions.push((mention, m.surface.clone(), m.hint));
        d.titled.extend(m.titled.iter().cloned());
        d.context.extend(m.context);
        for r in &m.roles {
            if !d.roles.contains(r) {
                d.roles.push(r.clone());
            }
        }
    }
    let drafts: Vec<Draft> = drafts.into_values().collect();
    let surnames = person_surnames(raw);
    let mut entities: Vec<(Entity, usize)> = drafts
        .into_iter()
        .map(|d| finish(d, &surnames))
        .filter(|(e, _)| !e.mentions.is_empty())
        .collect();
    resolve_roles(&mut entities, role_mentions);
    for (e, _) in &mut entities {
        e.mentions
            .sort_by_key(|m| (m.article, m.span.start, m.span.end));
        e.mentions.dedup();
    }
    entities.sort_by(|a, b| {
        b.0.mentions
            .len()
            .cmp(&a.0.mentions.len())
            .then_with(|| a.0.name.cmp(&b.0.name))
    });
    let mut out: Vec<Entity> = entities.into_iter().map(|(e, _)| e).collect();
    assign_ids(&mut out);
    link_related(&mut out, &mut groups);
    out
}

/// The last words of people's full names ("okafor" of "Damian Okafor").
fn person_surnames(raw: &[RawMention]) -> std::collections::HashSet<&str> {
    raw.iter()
        .filter(|m| m.hint == Hint::Person)
        .filter_map(|m| m.key.rsplit_once(' ').map(|(_, last)| last))
        .collect()
}

/// Kind, canonical name and aliases of a draft; the second value is its person-hint count.
/// A name known only from its neighbours that is some person's surname is a person (one of
/// two people sharing it, so it joined neither).
fn finish(d: Draft, surnames: &std::collections::HashSet<&str>) -> (Entity, usize) {
    let count = |h: Hint| d.mentions.iter().filter(|(_, _, x)| *x == h).count();
    let (people, orgs, places, groups) = (
        count(Hint::Person),
        count(Hint::Org),
        count(Hint::Place),
        count(Hint::Group),
    );
    let kind = if places > 0 && places >= people {
        EntityKind::Place
    } else if groups > 0 && groups >= people {
        EntityKind::Group
    } else if orgs > 0 && orgs >= people {
        EntityKind::Organization
    } else if people > 0
        || d.mentions
            .iter()
            .all(|(_, s, _)| surnames.contains(fold(s).as_str()))
    {
        EntityKind::Person
    } else {
        kind_from_context(&d.context)
    };
    let mut aliases: Vec<String> = Vec::new();
    for (_, s, _) in &d.mentions {
        if !aliases.contains(s) {
            aliases.push(s.clone());
        }
    }
    let name = canonical_name(kind, &aliases);
    if !aliases.contains(&name) {
        aliases.insert(0, name.clone());
    }
    for t in d.titled {
        if !aliases.contains(&t) {
            aliases.push(t);
        }
    }
    let entity = Entity {
        id: String::new(),
        name,
        kind,
        aliases,
        roles: d.roles,
        mentions: d.mentions.iter().map(|(m, _, _)| *m).collect(),
        related: Vec::new(),
    };
    (entity, people)
}

/// The kind of a name known only by its neighbours: an organisation when more of them say so
/// ("X said", "X fighters") than say place ("in X"), else a place.
fn kind_from_context(context: &[Hint]) -> EntityKind {
    let count = |h: Hint| context.iter().filter(|x| **x == h).count();
    if count(Hint::Org) > count(Hint::Place) {
        EntityKind::Organization
    } else {
        EntityKind::Place
    }
}

/// The fullest form: the gazetteer name for countries, else the longest non-acronym alias.
fn canonical_name(kind: EntityKind, aliases: &[String]) -> String {
    if kind == EntityKind::Place {
        let country = aliases.iter().find_map(|a| {
            gz::country(&fold(a)).or_else(|| super::institutions::government_country(a))
        });
        if let Some(c) = country {
            return c.to_string();
        }
    }
    if kind == EntityKind::Organization {
        let expansions: Vec<&str> = aliases
            .iter()
            .filter_map(|a| gz::known_org(&fold(a)))
            .collect();
        if let Some(full) = expansions.first() {
            if aliases.iter().all(|a| a.len() <= full.len()) {
                return (*full).to_string();
            }
        }
    }
    let is_acr =
        |a: &String| a.chars().filter(|c| c.is_uppercase()).count() >= 2 && !a.contains(' ');
    let best = aliases
        .iter()
        .filter(|a| !is_acr(a) || kind == EntityKind::Place)
        .max_by_key(|a| {
            // "Chile police" over "Chile's police" and "police in Chile": the name as a name.
            let possessive = a.contains("'s ") || a.contains("’s ");
            // "Lima" over a dateline's "LIMA".
            (
                !shouted(a),
                !possessive && !a.contains(" in "),
                a.split_whitespace().count(),
                a.len(),
                std::cmp::Reverse((*a).clone()),
            )
        });
    let best = best.or_else(|| aliases.first());
    if kind == EntityKind::Organization {
        if let Some(name) = best.and_then(|a| super::institutions::place_first_name(a)) {
            return name;
        }
    }
    best.map(|a| if shouted(a) { title_case(a) } else { a.clone() })
        .unwrap_or_default()
}

/// Written all in capitals, as datelines and captions do ("LIMA"); short acronyms excepted.
fn shouted(a: &str) -> bool {
    let letters = || a.chars().filter(|c| c.is_alphabetic());
    letters().all(char::is_uppercase) && letters().count() > 4
}

/// "PUERTO MONTT" → "Puerto Montt": a name known only from capitals, written as a name.
fn title_case(a: &str) -> String {
    a.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Adds each role description to the one person whose written role it fits, preferring a
/// person named in the same article.
fn resolve_roles(entities: &mut [(Entity, usize)], role_mentions: &[RoleMention]) {
    let keyed: Vec<(usize, Vec<RoleKey>)> = entities
        .iter()
        .enumerate()
        .filter(|(_, (e, _))| e.kind == EntityKind::Person)
        .map(|(i, (e, _))| (i, e.roles.iter().filter_map(|r| role_key(r)).collect()))
        .collect();
    for rm in role_mentions {
        let Some(key) = role_key(&rm.text) else {
            continue;
        };
        let fits: Vec<usize> = keyed
            .iter()
            .filter(|(_, ks)| ks.iter().any(|k| key.fits(k)))
            .map(|(i, _)| *i)
            .collect();
        let local: Vec<usize> = fits
            .iter()
            .copied()
            .filter(|&i| {
                entities[i]
                    .0
                    .mentions
                    .iter()
                    .any(|m| m.article == rm.article)
            })
            .collect();
        let chosen = match (local.len(), fits.len()) {
            (1, _) => local[0],
            (_, 1) => fits[0],
            _ => continue,
        };
        let e = &mut entities[chosen].0;
        e.mentions.push(Mention {
            article: rm.article,
            span: rm.span,
        });
        if !e.aliases.contains(&rm.text) {
            e.aliases.push(rm.text.clone());
        }
    }
}

/// Stable slugs of the canonical names, made unique with a numeric suffix.
fn assign_ids(entities: &mut [Entity]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for e in entities.iter_mut() {
        let base = slug(&e.name);
        let n = seen.entry(base.clone()).or_insert(0);
        *n += 1;
        e.id = if *n == 1 { base } else { format!("{base}-{n}") };
    }
}

/// "Ana Lind" → "ana-lind"; non-Latin letters are kept, folded.
pub fn slug(name: &str) -> String {
    let folded = fold(name);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "entity".to_string()
    } else {
        out
    }
}

/// Links capitals, seats of government and nationalities to their country's entity.
fn link_related(entities: &mut [Entity], _groups: &mut Groups) {
    let country_index: HashMap<String, usize> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Place)
        .filter_map(|(i, e)| gz::country(&fold(&e.name)).map(|c| (fold(c), i)))
        .collect();
    let mut links: Vec<(usize, usize)> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        let country = e.aliases.iter().find_map(|a| {
            let f = fold(a);
            let (_, q) = super::aliases::org_core(&f);
            gz::seat_of(&f).or_else(|| gz::demonym_country(&f)).or(
                if e.kind == EntityKind::Organization {
                    q
                } else {
                    None
                },
            )
        });
        if let Some(&j) = country.and_then(|c| country_index.get(&fold(c))) {
            if j != i && !e.related.contains(&j) {
                links.push((i, j));
            }
        }
    }
    for (i, j) in links {
        entities[i].related.push(j);
    }
}
