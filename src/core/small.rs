//! Sorting and collecting the core's short lists (a few dozen items at most) without std's
//! sort. The standard stable sort is fast on long slices but compiles to several kilobytes
//! of wasm for every element type and key it is used with, and `collect()` into a
//! `BTreeMap` or `BTreeSet` sorts first; together they were about 5% of the app's wasm.

use std::collections::{BTreeMap, BTreeSet};

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

/// A map of the pairs, inserted one by one; a later pair replaces an earlier one with the
/// same key, as with `collect()`.
pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(pairs);
    map
}

/// A set of the items, inserted one by one.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

// Property tests need proptest, a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
        fn collects_like_collect(pairs in prop::collection::vec((0u8..10, any::<u16>()), 0..40)) {
            prop_assert_eq!(map_of(pairs.clone()), pairs.iter().copied().collect::<BTreeMap<_, _>>());
            prop_assert_eq!(set_of(pairs.clone()), pairs.into_iter().collect::<BTreeSet<_>>());
        }
    }
}
