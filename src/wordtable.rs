//! A hash table from words to small integers, for the two per-word tables of a run: the words
//! of one document ([`crate::text::Doc`]) and the words remembered across documents
//! ([`crate::memo`]).
//!
//! Open addressing with linear probing (at most [`MAX_PROBE`] slots) over `(tag, value)`
//! slots, the tag the hash's high 32 bits and the first slot taken from them; the caller keeps the words
//! and the table asks it for the word of a value to compare. Words are short, so the hash and
//! the comparison are written out here instead of going through `Hash` and `memcmp` (the
//! general path cost a fifth of the run time).

#[cfg(not(target_arch = "wasm32"))]
use std::sync::OnceLock;

/// The hash of a word: the multiply-rotate of rustc's FxHash over eight bytes at a time,
/// keyed with a per-process random seed where the platform has one (not in wasm). Its high
/// bits are the well-mixed ones: [`WordTable`] takes slots from them. Not a defence against
/// chosen collisions on its own: look-ups walk at most [`MAX_PROBE`] slots, which bounds the
/// cost of words crafted to collide.
#[inline]
pub(crate) fn hash(word: &[u8]) -> u64 {
    let mut h = seed();
    for c in word.chunks_exact(8) {
        h = mix(h, word8(c));
    }
    finish(h, word)
}

/// [`hash`] of `word`, and its [`last8`]: natively the memo keeps each word's last eight
/// bytes, and compares them with this rather than reading both words' tails again.
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub(crate) fn hash_last8(word: &[u8]) -> (u64, u64) {
    let mut h = seed();
    for c in word.chunks_exact(8) {
        h = mix(h, word8(c));
    }
    let last = last8(word);
    (mix(h, word.len() as u64 ^ last.rotate_left(8)), last)
}

/// Whether two words of the same length whose [`last8`] are equal are the same: their whole
/// chunks of eight are compared (the last eight bytes, or all of a shorter word, were).
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub(crate) fn same_chunks(a: &[u8], b: &[u8]) -> bool {
    a.chunks_exact(8)
        .zip(b.chunks_exact(8))
        .all(|(x, y)| word8(x) == word8(y))
}

/// The per-process seed of [`hash`].
#[cfg(not(target_arch = "wasm32"))]
#[inline(always)]
fn seed() -> u64 {
    static SEED: OnceLock<u64> = OnceLock::new();
    *SEED.get_or_init(|| {
        use std::hash::BuildHasher;
        std::collections::hash_map::RandomState::new().hash_one(0x7072_6573_7377_6174u64)
    })
}

/// The .wasm's seed of [`hash`]: a constant. wasm32-unknown-unknown gives std no source of
/// random bytes for `RandomState`'s keys, so asking it compiled SipHash and a `OnceLock` check
/// into every hash for no secret; the probe limit ([`MAX_PROBE`]) is what bounds colliding
/// words.
#[cfg(target_arch = "wasm32")]
#[inline(always)]
fn seed() -> u64 {
    0x243f_6a88_85a3_08d3
}

#[inline(always)]
fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(26) ^ v).wrapping_mul(0xf135_7aea_2e62_a9c5)
}

/// The last step of [`hash`], after the whole chunks of eight: the length and the last
/// bytes, read as one number rather than byte by byte.
#[inline(always)]
fn finish(h: u64, word: &[u8]) -> u64 {
    mix(h, word.len() as u64 ^ last8(word).rotate_left(8))
}

/// The [`hash`]es of the prefixes of one word, longer and longer: the whole chunks of eight
/// bytes that they share are mixed once for all of them, not once a prefix. Native builds
/// only ([`crate::lexicon::Prefixes`]).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct PrefixHashes<'a> {
    word: &'a [u8],
    /// The hash of the first `8 * chunks` bytes, before [`finish`].
    h: u64,
    chunks: usize,
}

#[cfg(not(target_arch = "wasm32"))]
impl<'a> PrefixHashes<'a> {
    pub fn new(word: &'a [u8]) -> PrefixHashes<'a> {
        PrefixHashes {
            word,
            h: seed(),
            chunks: 0,
        }
    }

    /// The hash of `word[..end]` and those bytes; `end` may not be less than at the call
    /// before. `None` past the word's end.
    #[inline]
    pub fn of(&mut self, end: usize) -> Option<(u64, &'a [u8])> {
        let prefix = self.word.get(..end)?;
        while let Some(c) = prefix.get(8 * self.chunks..8 * self.chunks + 8) {
            self.h = mix(self.h, word8(c));
            self.chunks += 1;
        }
        Some((finish(self.h, prefix), prefix))
    }
}

/// The last eight bytes of `word` as one number, or all of its bytes if it is shorter (zero
/// above them). Past the whole chunks of eight the bytes are read again, not as a remainder
/// of varying length: no branch on where the word ends. This and [`word8`] are always
/// inlined: at the .wasm's opt-level "z" each was a call (1.3% fewer instructions there).
#[inline(always)]
fn last8(word: &[u8]) -> u64 {
    match word.len().checked_sub(8) {
        Some(k) => word8(&word[k..]),
        None => tail8(word),
    }
}

/// The bytes of a word shorter than eight as one number, zero above them. Two loads that
/// overlap (four bytes from each end, or one byte from each end and the middle one) put the
/// bytes where one load of them all would: one branch on the length, where loads of four,
/// two and one bytes took three, each mispredicted as often as word lengths vary. A
/// `copy_from_slice` of a variable length is a call to `memcpy`, dearer than the bytes.
#[inline]
fn tail8(r: &[u8]) -> u64 {
    let n = r.len();
    if let (Some(&[a, b, c, d]), Some(&[e, f, g, h])) = (r.get(..4), r.get(n.wrapping_sub(4)..)) {
        let (lo, hi) = (
            u32::from_le_bytes([a, b, c, d]),
            u32::from_le_bytes([e, f, g, h]),
        );
        return u64::from(lo) | (u64::from(hi) << (8 * (n - 4)));
    }
    match (r.first(), r.get(n / 2), r.last()) {
        (Some(&a), Some(&b), Some(&c)) => {
            u64::from(a) | (u64::from(b) << (8 * (n / 2))) | (u64::from(c) << (8 * (n - 1)))
        }
        _ => 0,
    }
}

/// Eight bytes (of a chunk of eight) as one number.
#[inline(always)]
fn word8(c: &[u8]) -> u64 {
    u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])
}

/// A map from strings to ids, for compiling lexicons and lists (keys from the lexicon files,
/// values given as each key comes): the keys in their order, and a [`WordTable`] of their
/// places, made twice as large, every key placed again, before it is half full. A key whose
/// run of slots is full (possible only for keys that collide on purpose) is kept in a list
/// searched one by one, so no key is ever lost. The .wasm's [`IdMap`], in place of a
/// `HashMap`: hashbrown's code was about 1.5 KB of the gzipped .wasm, and `WordTable` is there
/// anyway. Natively the `HashMap` stays: this map made start-up 2.6M instructions longer.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) struct TableMap {
    table: WordTable,
    keys: Vec<(String, u32)>,
    /// Indices into `keys` that have no slot.
    spill: Vec<u32>,
}

#[cfg(target_arch = "wasm32")]
pub(crate) type IdMap = TableMap;

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
impl TableMap {
    /// A map that holds `n` keys before it grows. Out of line: it was inlined into each of
    /// its six callers, all at start-up.
    #[inline(never)]
    pub fn with_capacity(n: usize) -> TableMap {
        TableMap {
            table: WordTable::with_capacity(n),
            keys: Vec::with_capacity(n),
            spill: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// The keys and their values, in the order they came.
    pub fn pairs(&self) -> &[(String, u32)] {
        &self.keys
    }

    /// Where in `keys` `key` (whose hash is `h`) is.
    fn index(&self, h: u64, key: &[u8]) -> Option<usize> {
        let key_of = |i: u32| {
            self.keys
                .get(i as usize)
                .map_or(&[][..], |k| k.0.as_bytes())
        };
        let i = match self.table.get(h, key, key_of) {
            Some(i) => i,
            None => self.spill.iter().copied().find(|&i| key_of(i) == key)?,
        };
        Some(i as usize)
    }

    /// The value of `key`.
    #[inline]
    pub fn get(&self, key: &str) -> Option<u32> {
        let i = self.index(hash(key.as_bytes()), key.as_bytes())?;
        self.keys.get(i).map(|k| k.1)
    }

    /// The value of `key`, or `value()`, which is then stored for it.
    pub fn get_or_insert_with(&mut self, key: String, value: impl FnOnce() -> u32) -> u32 {
        let h = hash(key.as_bytes());
        if let Some(k) = self.index(h, key.as_bytes()).and_then(|i| self.keys.get(i)) {
            return k.1;
        }
        let v = value();
        self.push(h, key, v);
        v
    }

    /// Stores `value` for `key`, in place of any value it had.
    pub fn insert(&mut self, key: String, value: u32) {
        let h = hash(key.as_bytes());
        match self.index(h, key.as_bytes()) {
            Some(i) => {
                if let Some(k) = self.keys.get_mut(i) {
                    k.1 = value;
                }
            }
            None => self.push(h, key, value),
        }
    }

    fn push(&mut self, h: u64, key: String, value: u32) {
        if !self.table.has_room() {
            self.table = WordTable::with_capacity(self.keys.len() * 2);
            self.spill.clear();
            for i in 0..self.keys.len() {
                let h = self.keys.get(i).map_or(0, |k| hash(k.0.as_bytes()));
                self.place(h, i as u32);
            }
        }
        let i = self.keys.len() as u32;
        self.keys.push((key, value));
        self.place(h, i);
    }

    fn place(&mut self, h: u64, i: u32) {
        if !self.table.insert(h, i) {
            self.spill.push(i);
        }
    }
}

/// The native [`IdMap`]: a `HashMap` over [`hash`], with [`TableMap`]'s methods.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct IdMap(std::collections::HashMap<String, u32, FastHash>);

#[cfg(not(target_arch = "wasm32"))]
impl IdMap {
    pub fn with_capacity(n: usize) -> IdMap {
        IdMap(std::collections::HashMap::with_capacity_and_hasher(
            n, FastHash,
        ))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn get(&self, key: &str) -> Option<u32> {
        self.0.get(key).copied()
    }

    pub fn get_or_insert_with(&mut self, key: String, value: impl FnOnce() -> u32) -> u32 {
        *self.0.entry(key).or_insert_with(value)
    }

    pub fn insert(&mut self, key: String, value: u32) {
        self.0.insert(key, value);
    }

    /// The keys and their values, in no order.
    pub fn into_pairs(self) -> std::collections::hash_map::IntoIter<String, u32> {
        self.0.into_iter()
    }
}

/// A [`std::hash::BuildHasher`] over [`hash`], for the native [`IdMap`].
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy, Default)]
pub(crate) struct FastHash;

#[cfg(not(target_arch = "wasm32"))]
impl std::hash::BuildHasher for FastHash {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(0)
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct FastHasher(u64);

#[cfg(not(target_arch = "wasm32"))]
impl std::hash::Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = (self.0.rotate_left(5) ^ hash(bytes)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn finish(&self) -> u64 {
        // hashbrown takes buckets from the low bits: fold the well-mixed high bits in.
        self.0 ^ (self.0 >> 32)
    }
}

/// Byte equality, inline (the words are a few bytes long).
#[inline]
pub(crate) fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    for (x, y) in a.chunks_exact(8).zip(b.chunks_exact(8)) {
        if word8(x) != word8(y) {
            return false;
        }
    }
    last8(a) == last8(b)
}

/// A fixed list of words kept as one string, each word after a byte that gives its length
/// (made with [`words!`]). The .wasm then holds the text alone: a `&[&str]` adds a pointer
/// and a length (eight bytes) for every word, which gzip codes in about three. The lengths
/// let a look-up step from word to word as it would through a slice, comparing lengths
/// first: with a separator to search for instead, the .wasm's look-ups read every byte (two
/// warm passes over 1 MB in Node took 75% more instructions). The sets asked of many words
/// are [`WordSet`]s, laid out by length.
#[derive(Clone, Copy)]
pub(crate) struct Words(pub(crate) &'static str);

impl Words {
    /// The words, in order.
    #[inline(always)]
    pub fn iter(self) -> WordsIter {
        WordsIter(self.0)
    }

    /// Whether `w` is one of the words.
    pub fn contains(self, w: &str) -> bool {
        self.any(|x| x == w.as_bytes())
    }

    /// The lengths of the words in bytes, as bits (63 for any of 63 or more): a word whose
    /// length's bit is clear is none of them. Made at compile time.
    pub const fn lengths(self) -> u64 {
        let b = self.0.as_bytes();
        let (mut bits, mut i) = (0u64, 0);
        while i < b.len() {
            let n = b[i] as usize;
            bits |= 1 << if n < 63 { n } else { 63 };
            i += 1 + n;
        }
        bits
    }

    /// Whether `f` holds for the bytes of some word: for the look-ups that only compare
    /// bytes, no `&str` is made of each word (its boundaries checked) as [`Words::iter`] does.
    #[inline]
    pub fn any(self, mut f: impl FnMut(&[u8]) -> bool) -> bool {
        let words = self.0.as_bytes();
        let mut at = 0;
        while let Some(&n) = words.get(at) {
            let end = at + 1 + usize::from(n);
            if words.get(at + 1..end).is_some_and(&mut f) {
                return true;
            }
            at = end;
        }
        false
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = WordsIter;
    fn into_iter(self) -> WordsIter {
        self.iter()
    }
}

/// The words of a [`Words`]: what is left of its text.
pub(crate) struct WordsIter(&'static str);

impl Iterator for WordsIter {
    type Item = &'static str;
    #[inline(always)]
    fn next(&mut self) -> Option<&'static str> {
        let end = 1 + usize::from(*self.0.as_bytes().first()?);
        let word = self.0.get(1..end)?;
        self.0 = self.0.get(end..).unwrap_or_default();
        Some(word)
    }
}

/// `text` (words each followed by a line break) with each word's length byte put before it
/// instead, at compile time; a word of 128 bytes or more stops the build (its length would
/// not be one character).
pub(crate) const fn length_prefixed<const N: usize>(text: &str) -> [u8; N] {
    let b = text.as_bytes();
    let mut out = [0u8; N];
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        if b[i] == b'\n' {
            let n = i - start;
            assert!(n < 128, "a word of 128 bytes or more in a word list");
            out[start] = n as u8;
            let mut k = 0;
            while k < n {
                out[start + 1 + k] = b[start + k];
                k += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    out
}

/// [`Words`] from string literals: `words!["a", "b"]`.
macro_rules! words {
    ($($w:literal),* $(,)?) => {{
        const TEXT: &str = concat!($($w, "\n"),*);
        const BYTES: [u8; TEXT.len()] = $crate::wordtable::length_prefixed(TEXT);
        const WORDS: &str = match ::std::str::from_utf8(&BYTES) {
            Ok(words) => words,
            Err(_) => panic!("a word list that is not UTF-8"),
        };
        $crate::wordtable::Words(WORDS)
    }};
}
pub(crate) use words;

/// A set of 256 bits, one for each value of a word's first two bytes mixed: a word whose bit
/// is not set is in none of the words the filter was made from. Made at compile time.
pub(crate) struct WordFilter([u64; 4]);

impl WordFilter {
    pub const fn new(words: Words) -> WordFilter {
        WordFilter([0; 4]).with(words)
    }

    /// The filter that also passes `words`.
    pub const fn with(mut self, words: Words) -> WordFilter {
        let b = words.0.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let end = i + 1 + b[i] as usize;
            let key = Self::key(b, i + 1, end);
            self.0[key / 64] |= 1 << (key % 64);
            i = end;
        }
        self
    }

    /// The key of the word `w[start..end]`.
    const fn key(w: &[u8], start: usize, end: usize) -> usize {
        let a = if end > start { w[start] } else { 0 };
        let b = if end > start + 1 { w[start + 1] } else { 0 };
        (a.wrapping_mul(31) ^ b) as usize
    }

    /// Whether `w` may be one of the filter's words (false: it is none of them).
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        let key = Self::key(w.as_bytes(), 0, w.len());
        self.0[key / 64] & (1 << (key % 64)) != 0
    }
}

/// A fixed list of words with a filter of 256 bits in front, keyed on a word's second byte
/// (the first letter's own byte in Cyrillic), its last byte and its length: most words are
/// turned away by one bit before the list is scanned. (Not the first two bytes alone, as
/// [`WordFilter`]: a Cyrillic letter is two bytes, and the filter let through every word that
/// began like one of the list's.) Made at compile time.
pub(crate) struct WordSet {
    bits: [u64; 4],
    /// The words by length ([`word_set!`]): for each length that some word has, shortest
    /// first, a byte with the length and a byte with the count, then those words one after
    /// another. A look-up steps over the runs of other lengths in one jump each and compares
    /// only the words of its own length.
    runs: &'static [u8],
}

impl WordSet {
    /// The set of the words in `runs` (as [`runs`] writes them).
    pub const fn new(runs: &'static [u8]) -> WordSet {
        let mut bits = [0u64; 4];
        let mut at = 0;
        while at + 1 < runs.len() {
            let (n, count) = (runs[at] as usize, runs[at + 1] as usize);
            let mut k = 0;
            while k < count {
                let start = at + 2 + k * n;
                let key = Self::key(runs, start, start + n);
                bits[key / 64] |= 1 << (key % 64);
                k += 1;
            }
            at += 2 + n * count;
        }
        WordSet { bits, runs }
    }

    /// The key of the word `w[start..end]`.
    #[inline]
    const fn key(w: &[u8], start: usize, end: usize) -> usize {
        let n = end - start;
        let (b, z) = match n {
            0 => (0, 0),
            _ => (w[start + if n > 1 { 1 } else { 0 }], w[end - 1]),
        };
        ((b as usize).wrapping_mul(5) ^ (z as usize).wrapping_mul(17) ^ n.wrapping_mul(41)) & 0xff
    }

    /// Whether `w` may be one of the words (false: it is none of them).
    #[inline]
    fn may_hold(&self, w: &[u8]) -> bool {
        let key = Self::key(w, 0, w.len());
        self.bits[key / 64] & (1 << (key % 64)) != 0
    }

    /// Whether `w` is one of the words.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.contains_bytes(w.as_bytes())
    }

    /// [`WordSet::contains`] for a word's bytes.
    #[inline]
    pub fn contains_bytes(&self, w: &[u8]) -> bool {
        self.may_hold(w) && self.holds(w)
    }

    fn holds(&self, w: &[u8]) -> bool {
        let mut rest = self.runs;
        while let [n, count, words @ ..] = rest {
            let (n, count) = (usize::from(*n), usize::from(*count));
            if n >= w.len() {
                // A run has one word or more; an empty word is a run of length 0.
                return n == w.len()
                    && words
                        .get(..n * count)
                        .is_some_and(|run| n == 0 || run.chunks_exact(n).any(|x| eq(x, w)));
            }
            rest = words.get(n * count..).unwrap_or_default();
        }
        false
    }
}

/// Whether two words of a [`WordSet`] run, of the same length, are the same: natively by
/// [`same`]'s eight-byte reads, inline (`==` of slices is a call to `memcmp`).
#[inline(always)]
fn eq(a: &[u8], b: &[u8]) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return same(a, b);
    #[cfg(target_arch = "wasm32")]
    return a == b;
}

/// The length of [`runs`]'s output for `words`: their bytes, less each word's length byte,
/// and two bytes for each length that some word has.
pub(crate) const fn runs_len(words: Words) -> usize {
    let b = words.0.as_bytes();
    let mut seen = [false; 128];
    let (mut len, mut at) = (0, 0);
    while at < b.len() {
        let n = b[at] as usize;
        if !seen[n] {
            seen[n] = true;
            len += 2;
        }
        len += n;
        at += 1 + n;
    }
    len
}

/// `words` as the runs of a [`WordSet`], at compile time: by length, shortest first, each
/// length's words in their order in `words`.
pub(crate) const fn runs<const N: usize>(words: Words) -> [u8; N] {
    let b = words.0.as_bytes();
    let mut out = [0u8; N];
    let (mut n, mut o) = (0, 0);
    while n < 128 {
        // The words of length n: counted, then copied after the run's two bytes.
        let (mut count, mut at) = (0, 0);
        while at < b.len() {
            if b[at] as usize == n {
                count += 1;
            }
            at += 1 + b[at] as usize;
        }
        if count > 0 {
            assert!(
                count < 128,
                "more than 127 words of one length in a word set"
            );
            out[o] = n as u8;
            out[o + 1] = count as u8;
            o += 2;
            at = 0;
            while at < b.len() {
                if b[at] as usize == n {
                    let mut k = 0;
                    while k < n {
                        out[o] = b[at + 1 + k];
                        o += 1;
                        k += 1;
                    }
                }
                at += 1 + b[at] as usize;
            }
        }
        n += 1;
    }
    out
}

/// A [`WordSet`] of the words of a [`Words`] constant, laid out at compile time.
macro_rules! word_set {
    ($words:expr) => {{
        const RUNS: [u8; $crate::wordtable::runs_len($words)] = $crate::wordtable::runs($words);
        $crate::wordtable::WordSet::new(&RUNS)
    }};
}
pub(crate) use word_set;

const EMPTY: u32 = u32::MAX;

/// The table: values are the caller's indices (below `u32::MAX`).
pub(crate) struct WordTable {
    /// (tag, value): eight bytes a slot, not sixteen with a whole hash. The memo's table
    /// outgrows the caches, and a look-up there mostly waits for its slot to be read.
    slots: Vec<(u32, u32)>,
    len: usize,
}

impl WordTable {
    pub fn new() -> WordTable {
        WordTable::with_capacity(32)
    }

    /// A table that holds `words` words before it grows.
    pub fn with_capacity(words: usize) -> WordTable {
        WordTable {
            slots: vec![(0, EMPTY); (words * 2).next_power_of_two().max(64)],
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether one more word keeps the table at most half full (so that
    /// [`WordTable::insert`] does not grow it).
    pub fn has_room(&self) -> bool {
        (self.len + 1) * 2 <= self.slots.len()
    }

    pub fn clear(&mut self) {
        self.slots.clear();
        self.slots.resize(64, (0, EMPTY));
        self.len = 0;
    }

    /// The value stored for `word` (whose hash is `h`); `word_of` gives the word of a value.
    #[inline]
    pub fn get<'a>(&self, h: u64, word: &[u8], word_of: impl Fn(u32) -> &'a [u8]) -> Option<u32> {
        self.find(h, word, word_of).ok()
    }

    /// The value stored for the word of hash `h` that `is` accepts (`is` is asked only of
    /// values whose slot has the hash's tag): [`WordTable::get`] for a caller that compares
    /// words its own way.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline]
    pub fn get_by(&self, h: u64, is: impl Fn(u32) -> bool) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let start = slot_of(h, self.slots.len());
        for k in 0..MAX_PROBE {
            let (tag, v) = self.slots[(start + k) & mask];
            if v == EMPTY {
                return None;
            }
            if tag == tag_of(h) && is(v) {
                return Some(v);
            }
        }
        None
    }

    /// [`WordTable::get`] that also tells, when the word is not there, the free slot where it
    /// would go (`None` if its run of slots is full), for [`WordTable::fill`]: one walk, not
    /// a second one to insert. For tables made big enough up front (it never grows them).
    #[inline]
    pub fn find<'a>(
        &self,
        h: u64,
        word: &[u8],
        word_of: impl Fn(u32) -> &'a [u8],
    ) -> Result<u32, Option<usize>> {
        let mask = self.slots.len() - 1;
        let start = slot_of(h, self.slots.len());
        for k in 0..MAX_PROBE {
            let at = (start + k) & mask;
            let (tag, v) = self.slots[at];
            if v == EMPTY {
                return Err(Some(at));
            }
            if tag == tag_of(h) && same(word_of(v), word) {
                return Ok(v);
            }
        }
        Err(None)
    }

    /// Puts `value` for a word of hash `h` in the free slot [`WordTable::find`] gave.
    pub fn fill(&mut self, slot: usize, h: u64, value: u32) {
        self.slots[slot] = (tag_of(h), value);
        self.len += 1;
    }

    /// Stores `value` for a word (hash `h`) that [`WordTable::get`] did not find. Returns
    /// false when the word's run of slots is full: it is then not stored (both tables are
    /// caches of a kind: an unstored word is looked up again, never wrongly).
    pub fn insert(&mut self, h: u64, value: u32) -> bool {
        if (self.len + 1) * 2 > self.slots.len() {
            let bigger = vec![(0, EMPTY); self.slots.len() * 2];
            let old = std::mem::replace(&mut self.slots, bigger);
            self.len = 0;
            for (tag, v) in old {
                if v != EMPTY && self.place(u64::from(tag) << 32, v) {
                    self.len += 1;
                }
            }
        }
        let placed = self.place(h, value);
        self.len += usize::from(placed);
        placed
    }

    fn place(&mut self, h: u64, value: u32) -> bool {
        let mask = self.slots.len() - 1;
        let start = slot_of(h, self.slots.len());
        for k in 0..MAX_PROBE {
            let slot = &mut self.slots[(start + k) & mask];
            if slot.1 == EMPTY {
                *slot = (tag_of(h), value);
                return true;
            }
        }
        false
    }
}

/// The tag of hash `h` in a slot: its high 32 bits, the ones [`slot_of`] reads (a table
/// never has 2^32 slots), so that a table that grows places its words again from their tags.
#[inline]
fn tag_of(h: u64) -> u32 {
    (h >> 32) as u32
}

/// The first slot of hash `h` in a table of `len` slots (a power of two): the hash's high
/// bits, which a product mixes from all of its input (its low bits see only low input bits).
#[inline]
fn slot_of(h: u64, len: usize) -> usize {
    (h >> (64 - len.trailing_zeros())) as usize
}

/// How far a look-up walks from a word's slot. With a good hash and the table at most half
/// full, runs this long do not happen; a text crafted so that many words share a hash gets
/// them unstored past this point, and each look-up stays short (no quadratic path).
const MAX_PROBE: usize = 32;

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_memo_compares_words_by_their_last_eight_bytes_and_chunks() {
        let words: Vec<Vec<u8>> = (0..20)
            .flat_map(|n| {
                [
                    vec![b'a'; n],
                    (0..n as u8).collect(),
                    "журналист".bytes().take(n).collect(),
                ]
            })
            .collect();
        for a in &words {
            let (h, last) = hash_last8(a);
            assert_eq!((h, last), (hash(a), last8(a)));
            for b in &words {
                let same_word = a.len() == b.len() && last == last8(b) && same_chunks(a, b);
                assert_eq!(same_word, a == b, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn a_word_list_gives_back_its_words_one_by_one() {
        const LIST: Words = words!["a", "", "bc", "вчера"];
        assert_eq!(LIST.iter().collect::<Vec<_>>(), ["a", "", "bc", "вчера"]);
        for w in ["a", "", "bc", "вчера"] {
            assert!(LIST.contains(w), "{w:?}");
        }
        // Neither a word's part nor two words run together.
        for w in ["b", "abc", "a\n", "вчер", "bcвчера"] {
            assert!(!LIST.contains(w), "{w:?}");
        }
        assert_eq!(LIST.lengths(), 1 << 1 | 1 << 0 | 1 << 2 | 1 << 10);
        let long = words![
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"
        ];
        assert_eq!(long.lengths(), 1 << 63);
        for list in [LIST, long] {
            for w in list.iter() {
                assert_ne!(list.lengths() & 1 << w.len().min(63), 0, "{w:?}");
            }
        }
        assert_eq!(words![].iter().count(), 0);
    }

    #[test]
    fn a_word_set_finds_words_among_others_of_their_length() {
        // Runs of one, two and three words of a length, the empty word, lengths out of order.
        static SET: WordSet = word_set!(words!["cd", "a", "", "xyz", "ab", "b", "ef", "жол"]);
        for w in ["cd", "a", "", "xyz", "ab", "b", "ef", "жол"] {
            assert!(SET.holds(w.as_bytes()), "{w:?}");
        }
        for w in ["c", "ac", "abc", "xy", "cde", "жо", "жолы", "abcdef"] {
            assert!(!SET.holds(w.as_bytes()), "{w:?}");
        }
        assert!(!word_set!(words![]).contains(""));
    }

    #[test]
    fn a_word_set_holds_its_words_only() {
        static SET: WordSet = word_set!(words!["today", "вчера", "a"]);
        for w in ["today", "вчера", "a"] {
            assert!(SET.contains(w), "{w}");
        }
        for w in ["tod", "вода", "todays", "journalist", ""] {
            assert!(!SET.contains(w), "{w}");
        }
        // Words the filter lets through that are not in the list: the list turns them away.
        // Among a few thousand made-up words some share a key with one of the three.
        let made: Vec<String> = (0..4000u32)
            .map(|k| format!("t{}{}", char::from(b'a' + (k % 26) as u8), k / 26))
            .collect();
        let through: Vec<&String> = made.iter().filter(|w| SET.may_hold(w.as_bytes())).collect();
        assert!(!through.is_empty());
        assert!(
            through.len() < made.len() / 8,
            "{} of {}",
            through.len(),
            made.len()
        );
        assert!(through.iter().all(|w| !SET.contains(w)));
    }

    #[test]
    fn a_word_filter_passes_its_words_and_stops_most_others() {
        const WORDS: Words = words!["today", "вчера", "a", ""];
        static FILTER: WordFilter = WordFilter::new(WORDS);
        for w in WORDS.iter() {
            assert!(FILTER.may_hold(w), "{w}");
        }
        let others = [
            "journalist",
            "журналист",
            "police",
            "арестован",
            "the",
            "и",
            "x1",
        ];
        let passed = others.iter().filter(|w| FILTER.may_hold(w)).count();
        assert!(
            passed <= 1,
            "{passed} of {} other words passed",
            others.len()
        );
    }

    #[test]
    fn a_tail_reads_as_its_bytes_little_endian() {
        let bytes = [0x11u8, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77];
        for n in 0..=bytes.len() {
            let want = bytes[..n]
                .iter()
                .rev()
                .fold(0u64, |v, &b| (v << 8) | u64::from(b));
            assert_eq!(tail8(&bytes[..n]), want, "{n} bytes");
        }
    }

    #[test]
    fn finds_what_was_stored_and_nothing_else() {
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        let mut t = WordTable::new();
        for (i, w) in words.iter().enumerate() {
            let h = hash(w.as_bytes());
            assert_eq!(
                t.get(h, w.as_bytes(), |v| words[v as usize].as_bytes()),
                None
            );
            t.insert(h, i as u32);
        }
        assert_eq!(t.len(), 5000);
        for (i, w) in words.iter().enumerate() {
            let h = hash(w.as_bytes());
            let got = t.get(h, w.as_bytes(), |v| words[v as usize].as_bytes());
            assert_eq!(got, Some(i as u32));
        }
        let h = hash(b"w5000");
        assert_eq!(t.get(h, b"w5000", |v| words[v as usize].as_bytes()), None);
        t.clear();
        assert_eq!(t.len(), 0);
        let h = hash(b"w1");
        assert_eq!(t.get(h, b"w1", |v| words[v as usize].as_bytes()), None);
    }

    #[test]
    fn equal_hashes_are_told_apart_by_the_words() {
        let words = ["abc", "abd"];
        let mut t = WordTable::new();
        t.insert(7, 0);
        assert_eq!(t.get(7, b"abd", |v| words[v as usize].as_bytes()), None);
        t.insert(7, 1);
        assert_eq!(t.get(7, b"abd", |v| words[v as usize].as_bytes()), Some(1));
        assert_eq!(t.get(7, b"abc", |v| words[v as usize].as_bytes()), Some(0));
    }

    #[test]
    fn words_that_share_a_hash_stay_cheap_and_correct() {
        // 10,000 words with one hash: only the first MAX_PROBE are stored, and every look-up
        // of the others walks MAX_PROBE slots, not thousands.
        let words: Vec<String> = (0..10_000).map(|i| format!("w{i}")).collect();
        let word_of = |v: u32| words[v as usize].as_bytes();
        let mut t = WordTable::new();
        let mut stored = 0;
        for (i, w) in words.iter().enumerate() {
            if t.get(7, w.as_bytes(), word_of).is_none() && t.insert(7, i as u32) {
                stored += 1;
            }
        }
        assert_eq!(stored, MAX_PROBE);
        assert_eq!(t.len(), MAX_PROBE);
        assert_eq!(t.get(7, b"w0", word_of), Some(0));
        assert_eq!(t.get(7, b"w9999", word_of), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn prefix_hashes_are_the_hashes_of_the_prefixes() {
        for w in [
            "",
            "a",
            " journalist",
            " журналистка",
            " abcdefgh",
            " abcdefghijklmnopq",
        ] {
            let b = w.as_bytes();
            let mut p = PrefixHashes::new(b);
            for end in 0..=b.len() {
                assert_eq!(p.of(end), Some((hash(&b[..end]), &b[..end])), "{w:?} {end}");
            }
            assert_eq!(p.of(b.len() + 1), None);
        }
    }

    #[test]
    fn same_compares_every_byte() {
        assert!(same(b"", b""));
        assert!(same(b"journalists", b"journalists"));
        assert!(!same(b"journalists", b"journalistz"));
        assert!(!same(b"journalist", b"journalists"));
        assert!(!same(b"abcdefgh", b"abcdefgi"));
        assert_ne!(hash(b"abcdefgh"), hash(b"abcdefgh\0"));
        assert_ne!(hash(b"a"), hash(b"a\0"));
    }

    #[test]
    fn an_id_map_keeps_every_key() {
        let mut m = TableMap::with_capacity(0);
        for i in 0..5000u32 {
            assert_eq!(m.get_or_insert_with(format!("k{i}"), || i * 2), i * 2);
        }
        assert_eq!(m.len(), 5000);
        for i in 0..5000u32 {
            assert_eq!(m.get(&format!("k{i}")), Some(i * 2));
            assert_eq!(m.get_or_insert_with(format!("k{i}"), || 0), i * 2);
        }
        assert_eq!(m.get("k5000"), None);
        m.insert("k7".to_string(), 1);
        m.insert("new".to_string(), 2);
        assert_eq!(
            (m.get("k7"), m.get("new"), m.len()),
            (Some(1), Some(2), 5001)
        );
        assert_eq!(m.pairs()[7], ("k7".to_string(), 1));
        // Keys of one hash: those past a full run of slots are kept aside and still found,
        // also after the table grows.
        let mut m = TableMap::with_capacity(1000);
        for i in 0..100u32 {
            m.push(7, format!("c{i}"), i);
        }
        assert_eq!(m.spill.len(), 100 - MAX_PROBE);
        for i in 0..100u32 {
            assert_eq!(m.index(7, format!("c{i}").as_bytes()), Some(i as usize));
        }
        // Grown, every key is placed again by its own hash.
        for i in 100..3000u32 {
            m.get_or_insert_with(format!("c{i}"), || i);
        }
        for i in 0..3000u32 {
            assert_eq!(m.get(&format!("c{i}")), Some(i));
        }
    }
}
