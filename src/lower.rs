//! Lower case without the standard library's case tables.
//!
//! `char::to_lowercase` carries a table of about 1,400 pairs (some 11 KB of the .wasm, 8 KB
//! gzipped). Most of them fall into runs: a block of capitals each a fixed distance from its
//! small letter (`А`→`а`), or capitals and small letters alternating (`Ā ā Ă ă`). The 185
//! runs below cover every character whose lower case is one other character; the unit test
//! checks all of Unicode against `char::to_lowercase`, so a new Unicode version in Rust shows
//! up there. The one character that lowers to two (`İ` → `i̇`) is handled by the caller.

/// Characters `first..=last`, every `step`-th one, lower by adding `delta` to the code point:
/// `first`, then `delta << 9 | (last - first) << 1 | (step - 1)` (`run` packs it), 8 bytes a
/// run instead of 16 (the .wasm's table was 2,960 bytes).
struct Run(u32, i32);

/// Packs a run; the compiler checks that every field fits (a delta of at most 17 bits, a
/// length of at most 255, a step of 1 or 2).
const fn run(first: u32, last: u32, step: u32, delta: i32) -> Run {
    assert!(last >= first && last - first < 256 && (step == 1 || step == 2));
    assert!(delta >= -(1 << 16) && delta < (1 << 16));
    Run(
        first,
        delta << 9 | ((last - first) << 1 | (step - 1)) as i32,
    )
}

impl Run {
    /// `last - first`.
    const fn span(&self) -> u32 {
        (self.1 as u32 >> 1) & 0xff
    }

    const fn step(&self) -> u32 {
        (self.1 as u32 & 1) + 1
    }

    const fn delta(&self) -> i32 {
        self.1 >> 9
    }
}

/// Sorted by `first`; runs do not overlap.
const RUNS: [Run; 185] = [
    run(0x00041, 0x0005a, 1, 32),
    run(0x000c0, 0x000d6, 1, 32),
    run(0x000d8, 0x000de, 1, 32),
    run(0x00100, 0x0012e, 2, 1),
    run(0x00132, 0x00136, 2, 1),
    run(0x00139, 0x00147, 2, 1),
    run(0x0014a, 0x00176, 2, 1),
    run(0x00178, 0x00178, 1, -121),
    run(0x00179, 0x0017d, 2, 1),
    run(0x00181, 0x00181, 1, 210),
    run(0x00182, 0x00184, 2, 1),
    run(0x00186, 0x00186, 1, 206),
    run(0x00187, 0x00187, 1, 1),
    run(0x00189, 0x0018a, 1, 205),
    run(0x0018b, 0x0018b, 1, 1),
    run(0x0018e, 0x0018e, 1, 79),
    run(0x0018f, 0x0018f, 1, 202),
    run(0x00190, 0x00190, 1, 203),
    run(0x00191, 0x00191, 1, 1),
    run(0x00193, 0x00193, 1, 205),
    run(0x00194, 0x00194, 1, 207),
    run(0x00196, 0x00196, 1, 211),
    run(0x00197, 0x00197, 1, 209),
    run(0x00198, 0x00198, 1, 1),
    run(0x0019c, 0x0019c, 1, 211),
    run(0x0019d, 0x0019d, 1, 213),
    run(0x0019f, 0x0019f, 1, 214),
    run(0x001a0, 0x001a4, 2, 1),
    run(0x001a6, 0x001a6, 1, 218),
    run(0x001a7, 0x001a7, 1, 1),
    run(0x001a9, 0x001a9, 1, 218),
    run(0x001ac, 0x001ac, 1, 1),
    run(0x001ae, 0x001ae, 1, 218),
    run(0x001af, 0x001af, 1, 1),
    run(0x001b1, 0x001b2, 1, 217),
    run(0x001b3, 0x001b5, 2, 1),
    run(0x001b7, 0x001b7, 1, 219),
    run(0x001b8, 0x001b8, 1, 1),
    run(0x001bc, 0x001bc, 1, 1),
    run(0x001c4, 0x001c4, 1, 2),
    run(0x001c5, 0x001c5, 1, 1),
    run(0x001c7, 0x001c7, 1, 2),
    run(0x001c8, 0x001c8, 1, 1),
    run(0x001ca, 0x001ca, 1, 2),
    run(0x001cb, 0x001db, 2, 1),
    run(0x001de, 0x001ee, 2, 1),
    run(0x001f1, 0x001f1, 1, 2),
    run(0x001f2, 0x001f4, 2, 1),
    run(0x001f6, 0x001f6, 1, -97),
    run(0x001f7, 0x001f7, 1, -56),
    run(0x001f8, 0x0021e, 2, 1),
    run(0x00220, 0x00220, 1, -130),
    run(0x00222, 0x00232, 2, 1),
    run(0x0023a, 0x0023a, 1, 10795),
    run(0x0023b, 0x0023b, 1, 1),
    run(0x0023d, 0x0023d, 1, -163),
    run(0x0023e, 0x0023e, 1, 10792),
    run(0x00241, 0x00241, 1, 1),
    run(0x00243, 0x00243, 1, -195),
    run(0x00244, 0x00244, 1, 69),
    run(0x00245, 0x00245, 1, 71),
    run(0x00246, 0x0024e, 2, 1),
    run(0x00370, 0x00372, 2, 1),
    run(0x00376, 0x00376, 1, 1),
    run(0x0037f, 0x0037f, 1, 116),
    run(0x00386, 0x00386, 1, 38),
    run(0x00388, 0x0038a, 1, 37),
    run(0x0038c, 0x0038c, 1, 64),
    run(0x0038e, 0x0038f, 1, 63),
    run(0x00391, 0x003a1, 1, 32),
    run(0x003a3, 0x003ab, 1, 32),
    run(0x003cf, 0x003cf, 1, 8),
    run(0x003d8, 0x003ee, 2, 1),
    run(0x003f4, 0x003f4, 1, -60),
    run(0x003f7, 0x003f7, 1, 1),
    run(0x003f9, 0x003f9, 1, -7),
    run(0x003fa, 0x003fa, 1, 1),
    run(0x003fd, 0x003ff, 1, -130),
    run(0x00400, 0x0040f, 1, 80),
    run(0x00410, 0x0042f, 1, 32),
    run(0x00460, 0x00480, 2, 1),
    run(0x0048a, 0x004be, 2, 1),
    run(0x004c0, 0x004c0, 1, 15),
    run(0x004c1, 0x004cd, 2, 1),
    run(0x004d0, 0x0052e, 2, 1),
    run(0x00531, 0x00556, 1, 48),
    run(0x010a0, 0x010c5, 1, 7264),
    run(0x010c7, 0x010c7, 1, 7264),
    run(0x010cd, 0x010cd, 1, 7264),
    run(0x013a0, 0x013ef, 1, 38864),
    run(0x013f0, 0x013f5, 1, 8),
    run(0x01c89, 0x01c89, 1, 1),
    run(0x01c90, 0x01cba, 1, -3008),
    run(0x01cbd, 0x01cbf, 1, -3008),
    run(0x01e00, 0x01e94, 2, 1),
    run(0x01e9e, 0x01e9e, 1, -7615),
    run(0x01ea0, 0x01efe, 2, 1),
    run(0x01f08, 0x01f0f, 1, -8),
    run(0x01f18, 0x01f1d, 1, -8),
    run(0x01f28, 0x01f2f, 1, -8),
    run(0x01f38, 0x01f3f, 1, -8),
    run(0x01f48, 0x01f4d, 1, -8),
    run(0x01f59, 0x01f5f, 2, -8),
    run(0x01f68, 0x01f6f, 1, -8),
    run(0x01f88, 0x01f8f, 1, -8),
    run(0x01f98, 0x01f9f, 1, -8),
    run(0x01fa8, 0x01faf, 1, -8),
    run(0x01fb8, 0x01fb9, 1, -8),
    run(0x01fba, 0x01fbb, 1, -74),
    run(0x01fbc, 0x01fbc, 1, -9),
    run(0x01fc8, 0x01fcb, 1, -86),
    run(0x01fcc, 0x01fcc, 1, -9),
    run(0x01fd8, 0x01fd9, 1, -8),
    run(0x01fda, 0x01fdb, 1, -100),
    run(0x01fe8, 0x01fe9, 1, -8),
    run(0x01fea, 0x01feb, 1, -112),
    run(0x01fec, 0x01fec, 1, -7),
    run(0x01ff8, 0x01ff9, 1, -128),
    run(0x01ffa, 0x01ffb, 1, -126),
    run(0x01ffc, 0x01ffc, 1, -9),
    run(0x02126, 0x02126, 1, -7517),
    run(0x0212a, 0x0212a, 1, -8383),
    run(0x0212b, 0x0212b, 1, -8262),
    run(0x02132, 0x02132, 1, 28),
    run(0x02160, 0x0216f, 1, 16),
    run(0x02183, 0x02183, 1, 1),
    run(0x024b6, 0x024cf, 1, 26),
    run(0x02c00, 0x02c2f, 1, 48),
    run(0x02c60, 0x02c60, 1, 1),
    run(0x02c62, 0x02c62, 1, -10743),
    run(0x02c63, 0x02c63, 1, -3814),
    run(0x02c64, 0x02c64, 1, -10727),
    run(0x02c67, 0x02c6b, 2, 1),
    run(0x02c6d, 0x02c6d, 1, -10780),
    run(0x02c6e, 0x02c6e, 1, -10749),
    run(0x02c6f, 0x02c6f, 1, -10783),
    run(0x02c70, 0x02c70, 1, -10782),
    run(0x02c72, 0x02c72, 1, 1),
    run(0x02c75, 0x02c75, 1, 1),
    run(0x02c7e, 0x02c7f, 1, -10815),
    run(0x02c80, 0x02ce2, 2, 1),
    run(0x02ceb, 0x02ced, 2, 1),
    run(0x02cf2, 0x02cf2, 1, 1),
    run(0x0a640, 0x0a66c, 2, 1),
    run(0x0a680, 0x0a69a, 2, 1),
    run(0x0a722, 0x0a72e, 2, 1),
    run(0x0a732, 0x0a76e, 2, 1),
    run(0x0a779, 0x0a77b, 2, 1),
    run(0x0a77d, 0x0a77d, 1, -35332),
    run(0x0a77e, 0x0a786, 2, 1),
    run(0x0a78b, 0x0a78b, 1, 1),
    run(0x0a78d, 0x0a78d, 1, -42280),
    run(0x0a790, 0x0a792, 2, 1),
    run(0x0a796, 0x0a7a8, 2, 1),
    run(0x0a7aa, 0x0a7aa, 1, -42308),
    run(0x0a7ab, 0x0a7ab, 1, -42319),
    run(0x0a7ac, 0x0a7ac, 1, -42315),
    run(0x0a7ad, 0x0a7ad, 1, -42305),
    run(0x0a7ae, 0x0a7ae, 1, -42308),
    run(0x0a7b0, 0x0a7b0, 1, -42258),
    run(0x0a7b1, 0x0a7b1, 1, -42282),
    run(0x0a7b2, 0x0a7b2, 1, -42261),
    run(0x0a7b3, 0x0a7b3, 1, 928),
    run(0x0a7b4, 0x0a7c2, 2, 1),
    run(0x0a7c4, 0x0a7c4, 1, -48),
    run(0x0a7c5, 0x0a7c5, 1, -42307),
    run(0x0a7c6, 0x0a7c6, 1, -35384),
    run(0x0a7c7, 0x0a7c9, 2, 1),
    run(0x0a7cb, 0x0a7cb, 1, -42343),
    run(0x0a7cc, 0x0a7da, 2, 1),
    run(0x0a7dc, 0x0a7dc, 1, -42561),
    run(0x0a7f5, 0x0a7f5, 1, 1),
    run(0x0ff21, 0x0ff3a, 1, 32),
    run(0x10400, 0x10427, 1, 40),
    run(0x104b0, 0x104d3, 1, 40),
    run(0x10570, 0x1057a, 1, 39),
    run(0x1057c, 0x1058a, 1, 39),
    run(0x1058c, 0x10592, 1, 39),
    run(0x10594, 0x10595, 1, 39),
    run(0x10c80, 0x10cb2, 1, 64),
    run(0x10d50, 0x10d65, 1, 32),
    run(0x118a0, 0x118bf, 1, 32),
    run(0x16e40, 0x16e5f, 1, 32),
    run(0x16ea0, 0x16eb8, 1, 27),
    run(0x1e900, 0x1e921, 1, 34),
];

/// The lower case of `c` when it is one character (every character but `İ`), else `c`.
pub(crate) fn lower(c: char) -> char {
    let u = c as u32;
    let i = RUNS.partition_point(|r| r.0 <= u);
    match i.checked_sub(1).map(|i| &RUNS[i]) {
        Some(run) => {
            let at = u - run.0;
            if at <= run.span() && at % run.step() == 0 {
                char::from_u32(u.wrapping_add_signed(run.delta())).unwrap_or(c)
            } else {
                c
            }
        }
        None => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_unicode_everywhere() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            let mut want = c.to_lowercase();
            if want.len() == 1 {
                assert_eq!(lower(c), want.next().unwrap_or(c), "U+{:04X}", c as u32);
            } else {
                assert_eq!(
                    c,
                    '\u{130}',
                    "U+{:04X} lowers to {} characters",
                    c as u32,
                    want.len()
                );
            }
        }
    }

    #[test]
    fn runs_are_sorted_and_apart() {
        for w in RUNS.windows(2) {
            let last = w[0].0 + w[0].span();
            assert!(last < w[1].0, "U+{:04X}", w[1].0);
        }
    }
}
