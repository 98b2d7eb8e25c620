//! A selection in a list plus the first visible item, kept in bounds for any list length and
//! any viewport height (both may be zero).

/// Selected index and scroll offset of a list. Invariant after every method:
/// `selected < len` (or 0 when empty) and the selection is inside the viewport.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Moves by `delta` items, clamped to the list.
    pub fn move_by(&mut self, delta: isize, len: usize, height: usize) {
        let target = self.selected as isize + delta;
        self.selected = target.clamp(0, len.saturating_sub(1) as isize) as usize;
        self.keep_visible(len, height);
    }

    /// Moves by `delta` items, wrapping around the ends (n/N through filter matches).
    pub fn cycle(&mut self, delta: isize, len: usize, height: usize) {
        if len == 0 {
            return self.move_to(0, len, height);
        }
        let target = (self.selected as isize + delta).rem_euclid(len as isize);
        self.move_to(target as usize, len, height);
    }

    pub fn move_to(&mut self, index: usize, len: usize, height: usize) {
        self.selected = index.min(len.saturating_sub(1));
        self.keep_visible(len, height);
    }

    /// Clamps into `len` and scrolls so the selection shows in a viewport of `height` items.
    pub fn keep_visible(&mut self, len: usize, height: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_past_the_end_stops_at_the_last_item() {
        let mut c = Cursor::default();
        c.move_by(10, 3, 2);
        assert_eq!(c.selected, 2);
        assert_eq!(c.offset, 1);
    }

    #[test]
    fn cycling_wraps_around_both_ends() {
        let mut c = Cursor::default();
        c.cycle(-1, 4, 10);
        assert_eq!(c.selected, 3);
        c.cycle(1, 4, 10);
        assert_eq!(c.selected, 0);
    }

    #[test]
    fn an_empty_list_keeps_the_cursor_at_zero() {
        let mut c = Cursor {
            selected: 5,
            offset: 3,
        };
        c.keep_visible(0, 0);
        assert_eq!(c, Cursor::default());
    }
}
