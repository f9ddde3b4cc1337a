//! Which rows the results show, as plain functions of the verdicts and the reader's choices (the
//! find box, the ruled-out groups opened, the opened models, the embedded view's first rows),
//! tested natively. `components/results.rs` walks the models with them as it renders, so the
//! wasm carries no layout structure of its own (docs/ARCHITECTURE.md, size rules).

use crate::catalog::Tier;

/// How many rows the embedded view shows before "Show all": enough for the fitting models of the
/// first kinds, few enough that a blog post is not pushed far down (README, "Embedding").
pub const EMBED_ROWS: usize = 4;

/// On the full page, how many rows of a kind show before its "Show all" box is ticked: one line
/// of tiles at 1280 px, so that the page stays under 4,000 px there whatever the catalogue's
/// size. The cap is CSS (`styles/main.css`, `.omc-more-toggle`), so that it works without
/// JavaScript, the pre-rendered page and the app look the same, and the box keeps its state
/// across renders. It must match the `:nth-child` there.
pub const KIND_ROWS: usize = 3;

/// While the app starts (docs/ARCHITECTURE.md, "Start-up"), the rows each task adds: the app is
/// built beside the pre-rendered screen in tasks short enough to leave the browser free between
/// them, even on a busy phone (12 rows took about 12 ms on this project's 2-core machine at its
/// slowest, lazy wasm compilation included), and replaces it once whole. A slice sized by the
/// last one's pace cost 0.3 KB of first load, which the budget did not have.
pub const START_SLICE: usize = 12;

/// One model, as the layout needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub tier: Tier,
    /// Whether its verdict fits (with or without conditions).
    pub fits: bool,
    /// Whether the find box picks it.
    pub picked: bool,
    /// Whether its details are open.
    pub open: bool,
}

/// The rows of a kind in the order they show: the fitting models first, then the ruled-out ones,
/// each in the catalogue's order. `items` are the kind's models, `fits` says which fit.
pub fn in_order<T>(items: &[T], fits: impl Fn(&T) -> bool + Copy) -> impl Iterator<Item = &T> {
    let fitting = items.iter().filter(move |&x| fits(x));
    fitting.chain(items.iter().filter(move |&x| !fits(x)))
}

/// The room the embedded view has left for rows: its first [`EMBED_ROWS`], or no limit on the
/// full page or once the reader asked for all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Room(pub usize);

impl Room {
    pub fn new(capping: bool) -> Room {
        Room(if capping { EMBED_ROWS } else { usize::MAX })
    }

    /// Whether the row of `entry` is visible, taking its place in the room; and whether a row the
    /// reader would see was left out for want of room (then "Show all" shows). A model the find
    /// box does not pick is hidden; a ruled-out one only shows when its kind's group is
    /// `expanded`; an opened model always shows and takes no room. Every row keeps its element
    /// and hooks, visible or not (CONTRACT §6).
    pub fn place(&mut self, entry: Entry, expanded: bool) -> (bool, bool) {
        let listed = entry.picked && (entry.fits || expanded);
        let visible = entry.open || (listed && self.0 > 0);
        if visible && !entry.open {
            self.0 -= 1;
        }
        (visible, listed && !visible)
    }

    /// Whether a kind shows at all, once its rows are placed: it is hidden when the find box picks
    /// none of its models, or when (embedded, before "Show all") none of them made the first rows
    /// and the room is spent.
    pub fn kind_shown(self, any_picked: bool, visible_rows: usize) -> bool {
        any_picked && (self.0 > 0 || visible_rows > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(fits: bool) -> Entry {
        Entry {
            tier: Tier::OpenWeights,
            fits,
            picked: true,
            open: false,
        }
    }

    /// The whole results as `results.rs` walks them: for each kind, its visible rows and whether
    /// it shows; and whether "Show all" shows.
    fn lay_out(
        entries: &[Entry],
        expanded: bool,
        capping: bool,
    ) -> (Vec<(Vec<usize>, bool)>, bool) {
        let mut room = Room::new(capping);
        let mut capped = false;
        let mut kinds = Vec::new();
        for tier in Tier::ALL {
            let of_kind: Vec<(usize, Entry)> = entries
                .iter()
                .copied()
                .enumerate()
                .filter(|(_, x)| x.tier == tier)
                .collect();
            if of_kind.is_empty() {
                continue;
            }
            let only: Vec<Entry> = of_kind.iter().map(|&(_, x)| x).collect();
            let mut visible = Vec::new();
            for &(i, x) in in_order(&of_kind, |&(_, x)| x.fits) {
                let (shows, left_out) = room.place(x, expanded);
                capped |= left_out;
                if shows {
                    visible.push(i);
                }
            }
            let picked = only.iter().any(|x| x.picked);
            let shown = room.kind_shown(picked, visible.len());
            kinds.push((visible, shown));
        }
        (kinds, capped)
    }

    #[test]
    fn fitting_models_come_first_and_ruled_out_ones_are_folded() {
        let entries = [e(false), e(true), e(true)];
        let order: Vec<usize> = in_order(&[(0, false), (1, true), (2, true)], |&(_, fits)| fits)
            .map(|&(i, _)| i)
            .collect();
        assert_eq!(order, [1, 2, 0]);
        let (kinds, capped) = lay_out(&entries, false, false);
        assert_eq!(kinds, [(vec![1, 2], true)]);
        assert!(!capped);
        // Unfolded, the ruled-out model shows after the fitting ones.
        assert_eq!(lay_out(&entries, true, false).0, [(vec![1, 2, 0], true)]);
    }

    #[test]
    fn the_find_box_hides_rows_and_whole_kinds() {
        let mut entries = [e(true), e(true)];
        entries[1].tier = Tier::Closed;
        entries[1].picked = false;
        let (kinds, _) = lay_out(&entries, true, false);
        assert_eq!(kinds, [(vec![0], true), (vec![], false)]);
    }

    #[test]
    fn the_embedded_view_shows_its_first_rows_and_an_open_model_always() {
        let mut entries: Vec<Entry> = (0..6).map(|_| e(true)).collect();
        entries[5].open = true;
        let mut closed = e(true);
        closed.tier = Tier::Closed;
        entries.push(closed);
        let (kinds, capped) = lay_out(&entries, false, true);
        assert_eq!(kinds[0], (vec![0, 1, 2, 3, 5], true));
        assert!(capped, "listed rows were left out: Show all");
        assert_eq!(
            kinds[1],
            (vec![], false),
            "a kind that made no first row is hidden"
        );
        // On the full page every listed row shows.
        let (kinds, capped) = lay_out(&entries, false, false);
        assert_eq!(kinds[0].0.len(), 6);
        assert!(!capped && kinds[1].1);
        // An opened model takes no room.
        let mut room = Room::new(true);
        let mut open = e(true);
        open.open = true;
        assert_eq!(room.place(open, false), (true, false));
        assert_eq!(room, Room(EMBED_ROWS));
    }
}
