//! One stable sort for the lists of a report (labels, evidence, facts, phrase matches): every
//! `sort_by` call site would otherwise compile its own copy of the standard library's sort,
//! 3 to 7 KB of wasm apiece.

use std::cmp::Ordering;

/// Sorts `v` by `cmp` exactly as the stable `v.sort_by(cmp)` does: natively by that sort,
/// which sorts in place, without a list of indices or a call through `dyn` a comparison (its
/// size is no matter there); in the .wasm through the one non-generic sort of indices below.
pub(crate) fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(cmp);
    #[cfg(target_arch = "wasm32")]
    by_indices(v, cmp);
}

/// [`sort_by`] in the .wasm (and in the tests, which hold it to the standard sort).
#[cfg(any(target_arch = "wasm32", test))]
fn by_indices<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    // `get`, not indexing: the indices are all in range, and each of the nine copies of this
    // closure would otherwise carry two bounds checks and their panic paths.
    let order = sorted_indices(v.len(), &|a, b| match (v.get(a), v.get(b)) {
        (Some(x), Some(y)) => cmp(x, y),
        _ => Ordering::Equal,
    });
    // Position k takes the item that stood at `order[k]`: swap it in, finding where an item
    // already swapped away from there went by following the chain.
    for k in 0..order.len() {
        let mut from = order[k];
        while from < k {
            from = order[from];
        }
        v.swap(k, from);
    }
}

/// A bottom-up merge sort of `0..n` (stable: of two equal items the earlier stays first).
/// Written out rather than `sort_by`, whose stable and unstable sorts weigh about 8 KB of wasm.
#[cfg(any(target_arch = "wasm32", test))]
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    // Lists often come in order already: one look is then enough.
    if (1..n).all(|i| cmp(i - 1, i) != Ordering::Greater) {
        return idx;
    }
    let mut merged = idx.clone();
    let mut width = 1;
    while width < n {
        let mut from = 0;
        while from < n {
            let mid = (from + width).min(n);
            let end = (from + 2 * width).min(n);
            let (mut a, mut b) = (from, mid);
            for slot in &mut merged[from..end] {
                // The right run's item goes first only when it is strictly less.
                if b < end && (a == mid || cmp(idx[b], idx[a]) == Ordering::Less) {
                    *slot = idx[b];
                    b += 1;
                } else {
                    *slot = idx[a];
                    a += 1;
                }
            }
            from = end;
        }
        std::mem::swap(&mut idx, &mut merged);
        width *= 2;
    }
    idx
}

/// Sorts the ids of `v` from `from` on and removes their repeats (insertion sort: the lists
/// are a handful long, and the standard library's unstable sort would add about 4 KB of wasm).
pub(crate) fn sort_dedup(v: &mut Vec<u32>, from: usize) {
    // Natively a long list (a cue's class of alternatives, a hundred words) is sorted by the
    // standard library: the insertion sort's steps grow as its square (2.5M of the start-up's
    // 75M instructions).
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(tail) = v.get_mut(from..).filter(|t| t.len() > 16) {
        tail.sort_unstable();
    }
    for i in from + 1..v.len() {
        let mut j = i;
        while j > from && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut keep = from;
    for k in from..v.len() {
        if keep == from || v[k] != v[keep - 1] {
            v[keep] = v[k];
            keep += 1;
        }
    }
    v.truncate(keep);
}

#[cfg(test)]
mod tests {
    #[test]
    fn stable_like_the_standard_sort() {
        let mut v: Vec<(u8, usize)> = (0..200).map(|i| ((i * 7 % 13) as u8, i)).collect();
        let mut want = v.clone();
        want.sort_by_key(|x| std::cmp::Reverse(x.0));
        super::by_indices(&mut v, |a, b| b.0.cmp(&a.0));
        assert_eq!(v, want);
    }

    #[test]
    fn stable_on_every_length_and_order() {
        for n in 0..70usize {
            let mut v: Vec<(usize, usize)> = (0..n).map(|i| ((i * 31 + n) % 5, i)).collect();
            let mut want = v.clone();
            want.sort_by_key(|x| x.0);
            super::by_indices(&mut v, |a, b| a.0.cmp(&b.0));
            assert_eq!(v, want, "length {n}");
        }
    }

    #[test]
    fn every_permutation_is_put_in_order() {
        // Keys in every order of six, and a long pseudo-random one: the items move with them.
        fn permutations(n: usize) -> Vec<Vec<usize>> {
            if n == 0 {
                return vec![Vec::new()];
            }
            let mut out = Vec::new();
            for p in permutations(n - 1) {
                for at in 0..n {
                    let mut q = p.clone();
                    q.insert(at, n - 1);
                    out.push(q);
                }
            }
            out
        }
        let mut seed = 7u64;
        let long: Vec<usize> = (0..1000)
            .map(|_| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (seed >> 33) as usize
            })
            .collect();
        for keys in permutations(6).into_iter().chain([long]) {
            let mut v: Vec<(usize, String)> =
                keys.iter().map(|&k| (k, format!("item {k}"))).collect();
            let mut want = v.clone();
            want.sort_by_key(|a| a.0);
            super::by_indices(&mut v, |a, b| a.0.cmp(&b.0));
            assert_eq!(v, want);
        }
    }

    #[test]
    fn sort_dedup_sorts_and_drops_repeats() {
        let mut v = vec![5, 3, 9, 3, 1, 5, 0];
        super::sort_dedup(&mut v, 0);
        assert_eq!(v, [0, 1, 3, 5, 9]);
        // Only the part from `from` on: the items before it stay as they are.
        let mut v = vec![7, 2, 4, 4, 2, 8];
        super::sort_dedup(&mut v, 2);
        assert_eq!(v, [7, 2, 2, 4, 8]);
        let mut empty: Vec<u32> = Vec::new();
        super::sort_dedup(&mut empty, 0);
        assert!(empty.is_empty());
    }
}
