// The coder of the cue lexicons and the fact lists built into the .wasm: `build.rs` compresses
// each packed lexicon, and the fact lists joined with the gazetteer, with `compress`; the .wasm
// restores each with `restore` once, on first use (the native library reads them as text).
// Kept free of crate items: `build.rs` includes this file as it is.
//
// A Burrows-Wheeler transform of the bytes taken back to front sorts them by what precedes
// them in the text, so that like contexts sit side by side (sorted by what follows them, the
// lexicons coded in 355 bytes more); moving each byte towards the front of a list ("move one
// from front") turns the result into small numbers, mostly 0; an adaptive binary arithmetic
// coder codes each number in a few yes-or-no steps, each step's odds learnt in two contexts
// from the numbers before and mixed (`Model`). On the packed lexicons this codes in 8% fewer bytes than gzip -9 (README "Speed and
// size"), and it is undone in a few milliseconds: no step looks at a byte more than a few
// times.

/// Adaptive odds of one yes-or-no step: the probability of a 1 (16 bits) learnt twice, `p`
/// moving towards each outcome by 1/(n + 1.5) after n updates, down to 1/(LIMIT + 1.5), and
/// `q` by 1/8 each time (the slow estimate holds what is usual, the fast one follows a run;
/// 1/8 rather than 1/16 codes the lexicons and fact lists in 114 bytes fewer).
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
    fn learn(&mut self, bit: bool) {
        let target = if bit { 65535 } else { 0 };
        let p = i32::from(self.p);
        // 65536 / (n + 1.5), worked out each time: a table of it would add its 512 bytes to
        // the .wasm, and the coder runs once, at start-up.
        let rate = (131_072 / (2 * u32::from(self.n) + 3)) as i32;
        self.p = (p + (((target - p) * rate) >> 16)) as u16;
        let q = i32::from(self.q);
        self.q = (q + ((target - q) >> 3)) as u16;
        self.n += u8::from(self.n < LIMIT);
    }
}

/// The logistic function on -2047..=2047 (stretched odds, 8 steps a unit) to a probability out
/// of 4096, by the 33 points of `SQUASH` and straight lines between them (integers only, so
/// that the build and the .wasm agree to the bit).
const SQUASH: [u16; 33] = [
    1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994, 3348,
    3607, 3785, 3901, 3975, 4022, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094,
];

fn squash(d: i32) -> i32 {
    let d = d.clamp(-2047, 2047) + 2048;
    let (i, w) = ((d >> 7) as usize, d & 127);
    (i32::from(SQUASH[i]) * (128 - w) + i32::from(SQUASH[i + 1]) * w + 64) >> 7
}

/// The inputs of the mixer: the two estimates of a step in two contexts, and a constant.
const INPUTS: usize = 5;

/// The steps that code the move-to-front numbers: whether a number is 0, else how many
/// binary digits it has less one, else its digits after the leading one. Each step is
/// predicted in two contexts (for whether a number is 0 and its digit count one of the last
/// numbers and the run of 0s before, one of the bytes at the front of the list, which the last
/// numbers put there; for a digit two bytes of the list), and the four estimates are mixed by
/// weights learnt for the step's kind and its first context's coarse part, or a digit's place
/// (a logistic mix: 97,701 -> 96,733 coded bytes for the lexicons and the fact lists, 1.0%
/// fewer, than the first context alone).
struct Model {
    odds: Box<[Odds; ODDS]>,
    stretch: Box<[i16; 4096]>,
    weights: [[i32; INPUTS]; 128],
    last: [usize; 2],
    run: usize,
}

/// Where each step's odds start in `Model::odds`: the zero steps (by the last two numbers
/// and the run), the zero steps by the front byte and the run, the digit counts (by the last
/// number, and for the first two counts by the one before it too), by the front byte (the
/// first count, whether the number is 1, by the byte a 1 codes), the digits (by the count, the
/// digit's place and the byte that the number codes if the digit and those after it are 0),
/// and by the count and the byte that the number codes if the digit is 1 and those after it 0.
/// Each step asked by the byte it would pick: 103,315 -> 103,049 coded bytes for the lexicons
/// and fact lists; every digit so (not the front byte's top three bits, and for a 2 or a 3 the
/// byte a 2 codes): 103,345 -> 103,027; the digits' first context so too (not the digits
/// before), with weights for each place: -> 102,727.
const ZERO2: usize = 7 * 4 * 7;
const DIGITS: usize = ZERO2 + 256 * 16;
const DIGITS2: usize = DIGITS + 7 * 7 * 8;
const LOW: usize = DIGITS2 + 256 * 8;
/// The 28 places of a digit after a number's leading 1 (`place`).
const PLACES: usize = 28;
const PICK: usize = LOW + PLACES * 256;
/// All of them, rounded up to a power of two (an index masked by it needs no bounds check).
const ODDS: usize = 1 << 14;
const _: () = assert!(PICK + 8 * 256 <= ODDS);

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
        // Stretch, the inverse of `squash`: for each probability the least stretched odds that
        // squash to it or above.
        let mut stretch = Box::new([2047; 4096]);
        let mut at = 0;
        for d in -2047..=2047 {
            let p = squash(d) as usize;
            while at <= p {
                stretch[at % 4096] = d as i16;
                at += 1;
            }
        }
        Model {
            odds: Box::new([EVEN; ODDS]),
            stretch,
            // The constant input's weight starts low (2,000, not 12,000 as the estimates'):
            // with the mixer's rate at 5/16384 of the error (not 4/8192) the lexicons and
            // fact lists code in 62 bytes fewer.
            weights: [[12_000, 12_000, 12_000, 12_000, 2_000]; 128],
            last: [0; 2],
            run: 0,
        }
    }

    /// One step: the odds at `a` and `b` of `odds` mixed by the weights `mix`, the bit coded
    /// through `step` (given the probability of a 1 out of 4096), and all three learn it.
    fn step(
        &mut self,
        a: usize,
        b: usize,
        mix: usize,
        bit: bool,
        step: &mut impl FnMut(u32, bool) -> bool,
    ) -> bool {
        let (a, b) = (a % ODDS, b % ODDS);
        let (x, y) = (self.odds[a], self.odds[b]);
        let mut input = [256; INPUTS];
        for (i, p) in [x.p, x.q, y.p, y.q].into_iter().enumerate() {
            input[i] = i32::from(self.stretch[usize::from(p >> 4)]);
        }
        let w = &mut self.weights[mix % 128];
        let dot: i64 = input
            .iter()
            .zip(w.iter())
            .map(|(&i, &w)| i64::from(i) * i64::from(w))
            .sum();
        let p = squash((dot >> 16) as i32).clamp(1, 4095);
        let bit = step(p as u32, bit);
        let err = ((i32::from(bit) << 12) - p) * 5;
        for (w, i) in w.iter_mut().zip(input) {
            *w += (i * err) >> 14;
        }
        self.odds[a].learn(bit);
        self.odds[b].learn(bit);
        bit
    }

    /// Codes one number (0..=255) as its steps, through `step`, which is given the probability
    /// of a 1 and the bit to code (the encoder) or ignores the bit and returns the one it
    /// decoded. `front` is the move-to-front list before the number: the byte each number
    /// codes.
    fn code(
        &mut self,
        n: usize,
        front: &[u8; 256],
        mut step: impl FnMut(u32, bool) -> bool,
    ) -> usize {
        let front = |i: usize| usize::from(front[i & 255]);
        let last = bucket(self.last[0]);
        let ctx = (last * 4 + bucket(self.last[1]).min(3)) * 7 + bucket(self.run);
        // By the front byte, the run of 0s up to 7 and whether the last number was 1 (a byte
        // that came back to the front), not the run up to 15: 102,621 -> 102,592 coded bytes.
        let by_front = ZERO2 + front(0) * 16 + self.run.min(7) * 2 + usize::from(self.last[0] == 1);
        let n = if self.step(
            ctx,
            by_front,
            last * 7 + bucket(self.run),
            n == 0,
            &mut step,
        ) {
            self.run += 1;
            0
        } else {
            // n has k + 1 binary digits, 0 <= k <= 7.
            let k_of_n = (usize::BITS - 1 - (n | 1).leading_zeros()) as usize;
            let mut k = 0;
            // Whether the number is 1 is mixed by weights for the last number and whether a 0
            // came before it (102,727 -> 102,621 coded bytes); the other counts by the count.
            while k < 7
                && self.step(
                    DIGITS + (last * 7 + bucket(self.last[1]) * usize::from(k < 2)) * 8 + k,
                    DIGITS2 + front(usize::from(k == 0)) * 8 + k,
                    if k == 0 {
                        84 + last * 2 + usize::from(self.run == 0)
                    } else {
                        49 + k
                    },
                    k < k_of_n,
                    &mut step,
                )
            {
                k += 1;
            }
            let mut v = 1;
            for j in (0..k).rev() {
                // Digit j of a number of k + 1 digits (0 <= j < k <= 7), asked by the bytes
                // that the number codes if this digit is 0 or 1 and those after it are 0.
                let place = k * (k - 1) / 2 + j;
                let bit = self.step(
                    LOW + place * 256 + front((v << 1) << j),
                    PICK + k * 256 + front((v << 1 | 1) << j),
                    56 + place,
                    (n >> j) & 1 == 1,
                    &mut step,
                );
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
        model.code(at, &front, |p, bit| {
            let mid = low + ((high - low) >> 12) * p;
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
            bit
        });
        to_front(&mut front, at);
    }
    // One byte ends it: `restore` reads 0s after the end, and the top byte of `high` followed
    // by 0s lies between `low` and `high` (their top bytes differ), so the last steps decode
    // the same as with all four bytes of `low` (12 coded bytes fewer in all).
    out.push((high >> 24) as u8);
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
        let at = model.code(0, &front, |p, _| {
            let mid = low + ((high - low) >> 12) * p;
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
    let mut before: Vec<u32> = Vec::with_capacity(last.len());
    for &b in &last {
        let f = &mut first[usize::from(b)];
        *f += 1;
        before.push((*f - 1) as u32);
    }
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
