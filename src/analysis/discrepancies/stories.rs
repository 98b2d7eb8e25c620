//! Which articles tell the same story: only those are compared, so that a corpus of many
//! stories does not set one story's numbers against another's.

use crate::analysis::align::Overlap;
use crate::analysis::claims::Claim;
use crate::analysis::statements::Statement;

/// A story label per article: articles linked by a shared claim or an aligned passage share it.
pub fn story_of(
    n_articles: usize,
    overlaps: &[Overlap],
    statements: &[Statement],
    claims: &[Claim],
) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..n_articles).collect();
    let mut link = |a: usize, b: usize| {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    for o in overlaps {
        if o.lhs.article < n_articles && o.rhs.article < n_articles {
            link(o.lhs.article, o.rhs.article);
        }
    }
    for c in claims {
        let arts: Vec<usize> = c
            .statements
            .iter()
            .filter_map(|&s| statements.get(s).map(|s| s.article))
            .filter(|&a| a < n_articles)
            .collect();
        for w in arts.windows(2) {
            link(w[0], w[1]);
        }
    }
    (0..n_articles).map(|a| root(&mut parent, a)).collect()
}

fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}
