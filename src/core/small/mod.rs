//! Small replacements for std code that is large in wasm. Sorting and collecting the core's
//! short lists (a few dozen items at most) without std's sort: the standard stable sort is
//! fast on long slices but compiles to several kilobytes of wasm for every element type and
//! key it is used with, and `collect()` into a `BTreeMap` or `BTreeSet` sorts first;
//! together they were about 5% of the app's wasm. A set kept as a list, and a map kept as a
//! sorted list (`SortedMap`), where a B-tree's code per key and value type costs more than
//! the search saves. And decimals printed through whole
//! numbers: std's float formatting is about 15 KB of wasm.

mod sorted_map;

pub use sorted_map::SortedMap;

/// Stable sort by key (insertion sort): equal keys keep their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// A map or set (any collection that can be extended) of the items, inserted one by one,
/// as `collect()` would give it without sorting first; for a map, a later pair replaces an
/// earlier one with the same key.
pub fn inserted<C: Default + Extend<T>, T>(items: impl IntoIterator<Item = T>) -> C {
    let mut collection = C::default();
    collection.extend(items);
    collection
}

/// A set kept as a list, for the catalog checks' short lists of ids (a few hundred at most):
/// `insert` and `contains` as `BTreeSet` has them, without a B-tree's code for each element
/// type; iterated in the order items were first inserted.
pub struct ListSet<T>(Vec<T>);

impl<T> Default for ListSet<T> {
    fn default() -> Self {
        ListSet(Vec::new())
    }
}

impl<T: PartialEq> ListSet<T> {
    /// Adds `item`; `false` when it was already there.
    pub fn insert(&mut self, item: T) -> bool {
        let new = !self.0.contains(&item);
        if new {
            self.0.push(item);
        }
        new
    }

    pub fn contains(&self, item: &T) -> bool {
        self.0.contains(item)
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

impl<T: PartialEq> Extend<T> for ListSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for item in items {
            self.insert(item);
        }
    }
}

/// `x` with `places` decimals (0 to 3), as `format!("{x:.places$}")` prints it, except
/// that halves round away from zero and a negative zero has no sign: "12.3" for
/// `decimals(12.34, 1)`.
pub fn decimals(x: f64, places: u32) -> String {
    let scale = 10_i64.pow(places);
    let scaled = (x * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, part) = (
        scaled.unsigned_abs() / scale as u64,
        scaled.unsigned_abs() % scale as u64,
    );
    match places {
        0 => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{part:0width$}", width = places as usize),
    }
}

// Property tests need proptest, a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{BTreeMap, BTreeSet};

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(items in prop::collection::vec((0u8..5, any::<u16>()), 0..60)) {
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std_sorted = items;
            std_sorted.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(ours, std_sorted);
        }

        #[test]
        fn prints_decimals_like_std(m in -100_000_i64..100_000, frac in -0.4f64..0.4, places in 0u32..4) {
            // m + frac scaled down: both round to m (no ties, where std rounds half to even).
            let x = (m as f64 + frac) / 10_f64.powi(places as i32);
            prop_assume!(!(m == 0 && frac < 0.0)); // std prints "-0.0", decimals "0.0"
            prop_assert_eq!(decimals(x, places), format!("{x:.prec$}", prec = places as usize));
        }

        #[test]
        fn collects_like_collect(pairs in prop::collection::vec((0u8..10, any::<u16>()), 0..40)) {
            let map: BTreeMap<_, _> = inserted(pairs.clone());
            prop_assert_eq!(map, pairs.iter().copied().collect::<BTreeMap<_, _>>());
            let set: BTreeSet<_> = inserted(pairs.clone());
            prop_assert_eq!(set, pairs.into_iter().collect::<BTreeSet<_>>());
        }

        #[test]
        fn list_set_answers_like_a_btree_set(items in prop::collection::vec(0u8..20, 0..40)) {
            let (mut list, mut tree) = (ListSet::default(), BTreeSet::new());
            for &item in &items {
                prop_assert_eq!(list.insert(item), tree.insert(item));
            }
            for probe in 0u8..25 {
                prop_assert_eq!(list.contains(&probe), tree.contains(&probe));
            }
            let mut first_seen: Vec<u8> = Vec::new();
            for &item in &items {
                if !first_seen.contains(&item) {
                    first_seen.push(item);
                }
            }
            prop_assert_eq!(list.iter().copied().collect::<Vec<_>>(), first_seen);
        }
    }
}

/// "a", "a and b", "a, b and c".
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(|s| s.as_ref()).collect();
            format!("{} and {}", rest.join(", "), last.as_ref())
        }
    }
}
