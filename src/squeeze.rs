// The coder of the cue lexicons and the fact lists built into the .wasm: `build.rs` compresses
// each packed lexicon, and the fact lists joined with the gazetteer, with `compress`; the .wasm
// restores each with `restore` once, on first use (the native library reads them as text).
// Kept free of crate items: `build.rs` includes this file as it is.
//
// A Burrows-Wheeler transform of the bytes taken back to front sorts them by what precedes
// them in the text, so that like contexts sit side by side (sorted by what follows them, the
// lexicons coded in 355 bytes more); moving each byte towards the front of a list ("move one
// from front") turns the result into small numbers, mostly 0; an adaptive binary arithmetic
// coder codes each number in a few yes-or-no steps, each step's odds learnt from the numbers
// before. On the packed lexicons this codes in 8% fewer bytes than gzip -9 (README "Speed and
// size"), and it is undone in a few milliseconds: no step looks at a byte more than a few
// times.

/// Adaptive odds of one yes-or-no step: the probability of a 1 (16 bits) learnt twice, `p`
/// moving towards each outcome by 1/(n + 1.5) after n updates, down to 1/(LIMIT + 1.5), and
/// `q` by 1/16 each time; the step takes their mean (the slow estimate holds what is usual, the
/// fast one follows a run: 0.5% fewer coded bytes on the lexicons than `p` alone, which did
/// best with a `LIMIT` of 60).
#[derive(Clone, Copy)]
struct Odds {
    p: u16,
    q: u16,
    n: u8,
}

const LIMIT: u8 = 255;
const EVEN: Odds = Odds {
    p: 32768,
    q: 32768,
    n: 0,
};

impl Odds {
    /// The probability of a 1 out of 4096, as the coder takes it.
    fn p12(self) -> u32 {
        ((u32::from(self.p) + u32::from(self.q)) >> 5).clamp(1, 4095)
    }

    fn learn(&mut self, bit: bool) {
        let target = if bit { 65535 } else { 0 };
        let p = i32::from(self.p);
        // 65536 / (n + 1.5), worked out each time: a table of it would add its 512 bytes to
        // the .wasm, and the coder runs once, at start-up.
        let rate = (131_072 / (2 * u32::from(self.n) + 3)) as i32;
        self.p = (p + (((target - p) * rate) >> 16)) as u16;
        let q = i32::from(self.q);
        self.q = (q + ((target - q) >> 4)) as u16;
        self.n += u8::from(self.n < LIMIT);
    }
}

/// The steps that code the move-to-front numbers, each in the context that decides its odds:
/// whether a number is 0 (by the last two numbers and the length of the run of 0s before),
/// else how many binary digits it has less one (by the last number), else its digits after
/// the leading one (by the digits before).
struct Model {
    zero: [Odds; 7 * 4 * 7],
    digits: [Odds; 7 * 7],
    low: [Odds; 8 * 128],
    last: [usize; 2],
    run: usize,
}

/// 0, 1, 2, then 3 for 3 and 4, 4 for 5 to 8, 5 for 9 to 16, 6 above.
fn bucket(n: usize) -> usize {
    match n {
        0..=2 => n,
        3..=4 => 3,
        5..=8 => 4,
        9..=16 => 5,
        _ => 6,
    }
}

impl Model {
    fn new() -> Model {
        Model {
            zero: [EVEN; 7 * 4 * 7],
            digits: [EVEN; 7 * 7],
            low: [EVEN; 8 * 128],
            last: [0; 2],
            run: 0,
        }
    }

    /// Codes one number (0..=255) as its steps, through `step`, which is given the odds and
    /// the bit to code (the encoder) or ignores it and returns the bit it decoded.
    fn code(&mut self, n: usize, mut step: impl FnMut(&mut Odds, bool) -> bool) -> usize {
        let ctx = (bucket(self.last[0]) * 4 + bucket(self.last[1]).min(3)) * 7 + bucket(self.run);
        let n = if step(&mut self.zero[ctx], n == 0) {
            self.run += 1;
            0
        } else {
            // n has k + 1 binary digits, 0 <= k <= 7.
            let k_of_n = (usize::BITS - 1 - (n | 1).leading_zeros()) as usize;
            let at = bucket(self.last[0]) * 7;
            let mut k = 0;
            while k < 7 && step(&mut self.digits[at + k], k < k_of_n) {
                k += 1;
            }
            let mut v = 1;
            for j in (0..k).rev() {
                let bit = step(&mut self.low[k * 128 + v % 128], (n >> j) & 1 == 1);
                v = v << 1 | usize::from(bit);
            }
            self.run = 0;
            v
        };
        self.last = [n, self.last[0]];
        n
    }
}

/// The move-to-front list before the first byte: every byte value in order (computed, not
/// stored: a table would add its 256 bytes to the .wasm).
fn first_front() -> [u8; 256] {
    std::array::from_fn(|i| i as u8)
}

/// Moves the byte at `at` of the move-to-front list forward and returns it: to the front from
/// the second place, else to the second place ("move one from front": a byte seen once stays
/// behind the one that runs, 0.3% fewer coded bytes on the lexicons than plain move-to-front).
/// (Shifting by hand: the numbers are mostly small, and a `rotate_right` call cost the restore
/// a fifth more instructions.)
fn to_front(front: &mut [u8; 256], at: usize) -> u8 {
    let byte = front[at];
    let to = usize::from(at > 1);
    for i in (to..at).rev() {
        front[i + 1] = front[i];
    }
    front[to] = byte;
    byte
}

/// Sorted order of the rotations of `data` (prefix doubling: ranks by the first 2^k bytes).
#[allow(dead_code)] // the library only restores
fn rotations(data: &[u8]) -> Vec<usize> {
    let n = data.len();
    let mut order: Vec<usize> = (0..n).collect();
    let mut rank: Vec<usize> = data.iter().map(|&b| usize::from(b)).collect();
    let mut k = 1;
    while k < n {
        // Rotations in the order of their first k bytes, then of the k after.
        let key = |i: usize| (rank[i], rank[(i + k) % n]);
        order.sort_unstable_by_key(|&i| key(i));
        let mut next = vec![0; n];
        for w in 1..n {
            next[order[w]] = next[order[w - 1]] + usize::from(key(order[w - 1]) != key(order[w]));
        }
        rank = next;
        if rank[order[n - 1]] == n - 1 {
            break;
        }
        k *= 2;
    }
    order
}

/// `data` compressed: its length and the transform's start row (4 bytes each, little-endian),
/// then the coded numbers of the transform of its bytes back to front.
#[allow(dead_code)] // the library only restores
fn compress(data: &[u8]) -> Vec<u8> {
    let data: Vec<u8> = data.iter().rev().copied().collect();
    let n = data.len();
    let order = rotations(&data);
    let start = order.iter().position(|&i| i == 0).unwrap_or(0);
    let mut out = (n as u32).to_le_bytes().to_vec();
    out.extend_from_slice(&(start as u32).to_le_bytes());
    let mut front = first_front();
    let mut model = Model::new();
    let (mut low, mut high) = (0u32, u32::MAX);
    for &i in &order {
        let byte = data[(i + n - 1) % n];
        let at = front.iter().position(|&b| b == byte).unwrap_or(0);
        to_front(&mut front, at);
        model.code(at, |odds, bit| {
            let mid = low + ((high - low) >> 12) * odds.p12();
            if bit {
                high = mid;
            } else {
                low = mid + 1;
            }
            while (low ^ high) & 0xFF00_0000 == 0 {
                out.push((high >> 24) as u8);
                low <<= 8;
                high = high << 8 | 255;
            }
            odds.learn(bit);
            bit
        });
    }
    out.extend_from_slice(&low.to_be_bytes());
    out
}

/// The data that `compress` coded.
#[allow(dead_code)] // `build.rs` only compresses
pub(crate) fn restore(coded: &[u8]) -> Vec<u8> {
    let word = |at: usize| {
        coded
            .get(at..at + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    let (n, start) = (word(0), word(4));
    let mut input = coded.get(8..).unwrap_or_default().iter();
    let mut next = || u32::from(input.next().copied().unwrap_or(0));
    let mut x = 0u32;
    for _ in 0..4 {
        x = x << 8 | next();
    }
    // The last column of the sorted rotations, and how many of each byte it has.
    let mut last = Vec::with_capacity(n);
    let mut count = [0usize; 256];
    let mut front = first_front();
    let mut model = Model::new();
    let (mut low, mut high) = (0u32, u32::MAX);
    for _ in 0..n {
        let at = model.code(0, |odds, _| {
            let mid = low + ((high - low) >> 12) * odds.p12();
            let bit = x <= mid;
            if bit {
                high = mid;
            } else {
                low = mid + 1;
            }
            while (low ^ high) & 0xFF00_0000 == 0 {
                low <<= 8;
                high = high << 8 | 255;
                x = x << 8 | next();
            }
            odds.learn(bit);
            bit
        });
        let byte = to_front(&mut front, at);
        last.push(byte);
        count[usize::from(byte)] += 1;
    }
    // Row `r` of the sorted rotations, less its last byte moved to the front, is the row
    // `before[r]`: walking it from the row of the data as it is spells the data backwards, and
    // so the bytes that `compress` took back to front in their order.
    let mut first = [0usize; 256];
    let mut sum = 0;
    for (f, c) in first.iter_mut().zip(count) {
        *f = sum;
        sum += c;
    }
    let before: Vec<u32> = last
        .iter()
        .map(|&b| {
            let f = &mut first[usize::from(b)];
            *f += 1;
            (*f - 1) as u32
        })
        .collect();
    let mut out = vec![0; n];
    let mut row = start;
    for slot in out.iter_mut() {
        *slot = last[row];
        row = before[row] as usize;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_compressed_is_restored() {
        let cases: [&[u8]; 6] = [
            b"",
            b"a",
            b"aaaaaaaa",
            b"abababab",
            b"banana bandana\n",
            "задержан журналист\nжурналист задержан".as_bytes(),
        ];
        for data in cases {
            assert_eq!(restore(&compress(data)), data, "{data:?}");
        }
        // Every byte value, in runs and alone.
        let all: Vec<u8> = (0..=255u8).chain((0..=255).rev()).chain([7; 300]).collect();
        assert_eq!(restore(&compress(&all)), all);
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        #[test]
        fn any_bytes_come_back(data in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..3000)) {
            proptest::prop_assert_eq!(restore(&compress(&data)), data);
        }

        // Few distinct bytes: long repeats and periodic stretches, where rotations tie.
        #[test]
        fn repetitive_bytes_come_back(data in proptest::collection::vec(0u8..3, 0..3000)) {
            proptest::prop_assert_eq!(restore(&compress(&data)), data);
        }
    }

    #[test]
    fn the_builtin_lexicons_shrink() {
        for (lang, source) in crate::lexicon::BUILTIN {
            let coded = &crate::lexicon::coded(lang)[..];
            let packed = restore(coded);
            assert!(
                coded.len() * 5 < packed.len() * 2,
                "{source}: {} bytes coded, {} packed",
                coded.len(),
                packed.len()
            );
            assert_eq!(compress(&packed), coded, "{source}");
        }
    }
}
