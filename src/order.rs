//! One stable sort for the lists of a report (labels, evidence, facts, phrase matches): every
//! `sort_by` call site would otherwise compile its own copy of the standard library's sort,
//! 3 to 7 KB of wasm apiece.

use std::cmp::Ordering;

/// Sorts `v` by `cmp` exactly as the stable `v.sort_by(cmp)` does, through the one
/// non-generic sort of indices below.
pub(crate) fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_indices(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&a, &b| cmp(a, b));
    idx
}

#[cfg(test)]
mod tests {
    #[test]
    fn stable_like_the_standard_sort() {
        let mut v: Vec<(u8, usize)> = (0..200).map(|i| ((i * 7 % 13) as u8, i)).collect();
        let mut want = v.clone();
        want.sort_by_key(|x| std::cmp::Reverse(x.0));
        super::sort_by(&mut v, |a, b| b.0.cmp(&a.0));
        assert_eq!(v, want);
    }
}
