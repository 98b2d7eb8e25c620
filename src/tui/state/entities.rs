//! The actor sidebar: actors grouped by kind (people first), filterable, one selectable.

use super::cursor::Cursor;
use super::filter::Filter;
use crate::analysis::Analysis;
use crate::analysis::entities::EntityKind;

/// One line of the sidebar list: a group header or an actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityRow {
    Header(EntityKind),
    Entity(usize),
}

#[derive(Debug)]
pub struct EntityList {
    pub filter: Filter,
    /// Entity indices in display order: people first, then by statements and mentions.
    pub order: Vec<usize>,
    /// The visible rows (headers included) for the current filter.
    pub rows: Vec<EntityRow>,
    /// Selection among `rows`; always on an `Entity` row when there is one.
    pub cursor: Cursor,
    /// The actor whose statements are lit up.
    pub chosen: Option<usize>,
    /// Statements per article of every entity, indexed `[entity][article]`.
    pub statement_counts: Vec<Vec<usize>>,
}

impl EntityList {
    pub fn new(analysis: &Analysis) -> EntityList {
        let n_articles = analysis.corpus.articles.len();
        let mut statement_counts = vec![vec![0usize; n_articles]; analysis.entities.len()];
        for s in &analysis.statements {
            if let Some(c) = statement_counts
                .get_mut(s.speaker)
                .and_then(|v| v.get_mut(s.article))
            {
                *c += 1;
            }
        }
        let totals: Vec<usize> = statement_counts.iter().map(|v| v.iter().sum()).collect();
        let mut order: Vec<usize> = (0..analysis.entities.len()).collect();
        order.sort_by_key(|&i| {
            let e = &analysis.entities[i];
            (
                e.kind,
                std::cmp::Reverse(totals[i]),
                std::cmp::Reverse(e.mentions.len()),
                e.name.clone(),
            )
        });
        let haystacks = order
            .iter()
            .map(|&i| {
                let e = &analysis.entities[i];
                format!("{} {} {}", e.name, e.aliases.join(" "), e.roles.join(" "))
            })
            .collect();
        let mut list = EntityList {
            filter: Filter::new(haystacks),
            order,
            rows: Vec::new(),
            cursor: Cursor::default(),
            chosen: None,
            statement_counts,
        };
        list.rebuild_rows(analysis);
        list
    }

    /// Recomputes the rows after the filter changed, keeping the cursor on an actor.
    pub fn rebuild_rows(&mut self, analysis: &Analysis) {
        self.rows.clear();
        let mut last_kind = None;
        for &pos in &self.filter.visible {
            let e = self.order[pos];
            let kind = analysis.entities[e].kind;
            if last_kind != Some(kind) {
                self.rows.push(EntityRow::Header(kind));
                last_kind = Some(kind);
            }
            self.rows.push(EntityRow::Entity(e));
        }
        self.cursor.selected = self.cursor.selected.min(self.rows.len().saturating_sub(1));
        self.snap(1);
    }

    /// The actor under the cursor.
    pub fn selected(&self) -> Option<usize> {
        match self.rows.get(self.cursor.selected) {
            Some(EntityRow::Entity(e)) => Some(*e),
            _ => None,
        }
    }

    /// Moves the cursor off a header row, in direction `dir` (+1 down, -1 up) if possible.
    pub fn snap(&mut self, dir: isize) {
        let is_entity =
            |i: usize, rows: &[EntityRow]| matches!(rows.get(i), Some(EntityRow::Entity(_)));
        if is_entity(self.cursor.selected, &self.rows) {
            return;
        }
        let len = self.rows.len() as isize;
        for d in [dir, -dir] {
            let mut i = self.cursor.selected as isize;
            while i >= 0 && i < len {
                if is_entity(i as usize, &self.rows) {
                    self.cursor.selected = i as usize;
                    return;
                }
                i += d;
            }
        }
    }

    /// Statements of the chosen actor in `article` (0 when no actor is chosen).
    pub fn chosen_statements_in(&self, article: usize) -> usize {
        self.chosen
            .and_then(|e| self.statement_counts.get(e))
            .and_then(|v| v.get(article))
            .copied()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixture;

    #[test]
    fn people_come_first_and_the_cursor_starts_on_an_actor() {
        let a = fixture::analysis();
        let list = EntityList::new(&a);
        assert_eq!(list.rows[0], EntityRow::Header(EntityKind::Person));
        let first = list.selected().unwrap();
        assert_eq!(a.entities[first].kind, EntityKind::Person);
    }

    #[test]
    fn statement_counts_are_per_article() {
        let a = fixture::analysis();
        let list = EntityList::new(&a);
        let total: usize = list.statement_counts.iter().flatten().sum();
        assert_eq!(total, a.statements.len());
    }
}
