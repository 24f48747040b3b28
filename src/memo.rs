//! Per-word look-ups remembered across documents.
//!
//! What the lexicon and the fact lists find at a word depends on the word alone, and news
//! reuses a small vocabulary: a table from word to result turns the prefix look-ups, the
//! stemming and the suffix checks of a word into one hash look-up the second time the word is
//! seen, in this document or an earlier one.

#[cfg(not(target_arch = "wasm32"))]
use std::sync::RwLock;

/// The .wasm's lock of the table: a `RefCell`, as the module runs on one thread (std's
/// one-thread `RwLock` compiled the `assert_eq!` of its unlocking, and with it `Debug` for
/// `isize`, into `classify_text`).
#[cfg(target_arch = "wasm32")]
struct RwLock<T>(std::cell::RefCell<T>);

// SAFETY: wasm32-unknown-unknown runs this module on one thread (as `Pools` in src/wasm.rs
// says), so the table is never reached from two at once.
#[cfg(target_arch = "wasm32")]
unsafe impl<T> Sync for RwLock<T> {}

#[cfg(target_arch = "wasm32")]
impl<T> RwLock<T> {
    fn new(value: T) -> Self {
        Self(std::cell::RefCell::new(value))
    }

    /// The table to read and add to, or `None` if it is borrowed already (never: one thread,
    /// and `look_up` does not reach the memo).
    fn write(&self) -> Option<std::cell::RefMut<'_, T>> {
        self.0.try_borrow_mut().ok()
    }

    /// The table to read (a test holds it as another thread would).
    #[cfg(test)]
    fn read(&self) -> Result<std::cell::Ref<'_, T>, std::cell::BorrowError> {
        self.0.try_borrow()
    }
}

#[cfg(not(target_arch = "wasm32"))]
use crate::text::sub;
use crate::text::Doc;
use crate::wordtable::WordTable;

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// Per entry of the table (by its number), the thread's last document that met it and
    /// the word's number there; and that document's number. A stamp of another document,
    /// whatever the table held then, is never the current one's.
    static MET: std::cell::Cell<(Vec<(u32, u32)>, u32)> =
        const { std::cell::Cell::new((Vec::new(), 0)) };
}

/// Words remembered before the table starts over (entries of at most 11 + 48 bytes and 255
/// ids of four bytes, in practice about 45 bytes in all: a few MB).
const MAX_WORDS: usize = 1 << 16;
/// Longer words are looked up every time (they are rare, and would fill the table).
const MAX_WORD_BYTES: usize = 48;

/// A table from word to the ids a look-up gave for it, shared by the threads that classify at
/// the same time: each reads it while it looks a document's words up, and adds the words it
/// had to look up afresh when no other thread is reading (so a word is learnt once, not once a
/// thread).
pub(crate) struct Memo {
    table: RwLock<Table>,
}

struct Table {
    /// Word -> where its entry starts in `data`.
    index: WordTable,
    /// The entries, each a run of bytes: the word's length, its number of ids, where its
    /// [`SEP`] is among them (or that number), where its ids start in `ids` (four bytes,
    /// little-endian), its flags (four bytes, little-endian), then the word.
    data: Vec<u8>,
    /// The ids of all entries, one run after another: a word's are copied out as one slice.
    ids: Vec<u32>,
}

/// Separates the two parts of a word's ids: the lexicon's terms, then the fact lists' ids.
pub(crate) const SEP: u32 = u32::MAX - 1;

/// Where the [`SEP`] of one word's `ids` is, or their length if they have none.
fn sep_of(ids: &[u32]) -> usize {
    ids.iter().position(|&i| i == SEP).unwrap_or(ids.len())
}

/// The bytes of an entry's head: the word's length, the number of ids, where its `SEP` is,
/// where its ids start, and natively its flags (the .wasm makes none, [`Doc::flags_of`]), its
/// number among the entries ([`Memo::intern`]) and the word's last eight bytes
/// ([`crate::wordtable::hash_last8`]), so that a look-up compares them as one number.
#[cfg(not(target_arch = "wasm32"))]
const HEAD: usize = 23;
#[cfg(target_arch = "wasm32")]
const HEAD: usize = 7;

/// The ids of each distinct word of one document: `ids[at[w]..at[w + 1]]` for word `w`, in
/// two parts split by [`SEP`] (a look-up that writes no `SEP` has only the first).
pub(crate) struct WordIds {
    ids: Vec<u32>,
    at: Vec<u32>,
    /// Per word, where its [`SEP`] is (or its end, if it has none).
    sep: Vec<u32>,
    /// Per word, the flags its look-up returned (for [`Doc::word_flags`]; natively only).
    #[cfg(not(target_arch = "wasm32"))]
    pub flags: Vec<u32>,
}

impl WordIds {
    fn with_capacity(words: usize) -> WordIds {
        let mut at = Vec::with_capacity(words + 1);
        at.push(0);
        WordIds {
            // A few ids a word, as the built-in lexicon gives them: room enough not to grow.
            ids: Vec::with_capacity(words * 4),
            at,
            sep: Vec::with_capacity(words),
            #[cfg(not(target_arch = "wasm32"))]
            flags: Vec::with_capacity(words),
        }
    }

    /// Closes the ids of the word being written, whose flags are `flags`.
    fn end_word(&mut self, flags: u32) {
        let from = self.at.last().copied().unwrap_or(0) as usize;
        self.end_word_at(from + sep_of(&self.ids[from..]), flags);
    }

    /// [`WordIds::end_word`] for a word whose [`SEP`] is known to be at `sep` (or at the end).
    fn end_word_at(&mut self, sep: usize, _flags: u32) {
        self.sep.push(sep as u32);
        self.at.push(self.ids.len() as u32);
        #[cfg(not(target_arch = "wasm32"))]
        self.flags.push(_flags);
    }

    /// The first part of the ids of distinct word `w`.
    #[inline(always)]
    pub fn first_of_word(&self, w: usize) -> &[u32] {
        let (Some(&from), Some(&sep)) = (self.at.get(w), self.sep.get(w)) else {
            return &[];
        };
        self.ids.get(from as usize..sep as usize).unwrap_or(&[])
    }

    /// The first part of the ids of token `tok`.
    #[cfg(test)]
    pub fn first(&self, doc: &Doc<'_>, tok: usize) -> &[u32] {
        self.first_of_word(doc.word_of[tok] as usize)
    }

    /// The second part of the ids of token `tok`.
    #[inline(always)]
    pub fn second(&self, doc: &Doc<'_>, tok: usize) -> &[u32] {
        let w = doc.word_of[tok] as usize;
        let (sep, end) = (self.sep[w] as usize, self.at[w + 1] as usize);
        self.ids.get(sep + 1..end).unwrap_or(&[])
    }
}

impl Memo {
    pub fn new() -> Memo {
        Memo {
            table: RwLock::new(Table {
                index: WordTable::new(),
                data: Vec::new(),
                ids: Vec::new(),
            }),
        }
    }

    /// The ids `look_up` gives for every distinct word of `doc`. `look_up` receives the word
    /// with a space before it (the form the prefix look-ups take), appends its ids and returns
    /// its flags (kept in [`WordIds::flags`]); it must depend on the word alone, and be the
    /// same function at every call of one memo. Words looked up afresh are added afterwards if
    /// no other thread is reading the table then; otherwise a later document adds them (no
    /// thread waits for another's reading; a reader may wait for an addition, a few
    /// microseconds). Natively the classifier calls [`Memo::intern`] instead.
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub fn word_ids(&self, doc: &Doc<'_>, look_up: impl Fn(&str, &mut Vec<u32>) -> u32) -> WordIds {
        let mut out = WordIds::with_capacity(doc.words.len());
        let mut fresh: Vec<(u32, u64)> = Vec::new();
        {
            let table = self.table.read().ok();
            for w in 0..doc.words.len() as u32 {
                let (h, word) = (doc.word_hash[w as usize], doc.word_bytes(w));
                if table
                    .as_deref()
                    .is_some_and(|t| t.recall(h, word, &mut out))
                {
                    continue;
                }
                fresh.push((w, h));
                let flags = look_up(doc.spaced_word(w), &mut out.ids);
                out.end_word(flags);
            }
        }
        self.remember(doc, &out, fresh);
        out
    }

    /// Adds the words of `doc` looked up afresh (`fresh`, each word with its hash; their ids
    /// and flags in `out`) if no other thread is reading the table now; otherwise a later
    /// document adds them.
    #[cfg(not(target_arch = "wasm32"))]
    fn remember(&self, doc: &Doc<'_>, out: &WordIds, fresh: Vec<(u32, u64)>) {
        if fresh.is_empty() {
            return;
        }
        if let Ok(mut t) = self.table.try_write() {
            for (w, h) in fresh {
                let word = doc.word_bytes(w);
                let ids = &out.ids[out.at[w as usize] as usize..out.at[w as usize + 1] as usize];
                t.insert(h, word, ids, out.flags[w as usize]);
            }
        }
    }

    /// Natively: interns the words of `doc`, made by [`Doc::segmented`], through the table
    /// itself, and gives their ids as [`Memo::word_ids`] does. A token of a word the table
    /// knows takes the word's number in the document from the thread's [`MET`] by the
    /// entry's number: one probe a token, where interning in a table of the document's own
    /// and then looking each new word up here took two a new word. Words the table does not
    /// know are interned in a table of the document's own, looked up with `look_up` and
    /// added afterwards, as in [`Memo::word_ids`].
    #[cfg(not(target_arch = "wasm32"))]
    pub fn intern(
        &self,
        doc: &mut Doc<'_>,
        look_up: impl Fn(&str, &mut Vec<u32>) -> u32,
    ) -> WordIds {
        let n = doc.tokens.len();
        let mut out = WordIds::with_capacity(n);
        let mut word_of = Vec::with_capacity(n);
        // Most words of an article are new to it: sized for that, the lists never grow.
        let mut words: Vec<u32> = Vec::with_capacity(n);
        // Nothing reads a word's hash after this but `remember`, and only for the words looked
        // up afresh: those go in `fresh` with theirs, and `Doc::word_hash` stays empty.
        let mut fresh: Vec<(u32, u64)> = Vec::new();
        // The words the table does not know, made at the first of them (none in most
        // articles once the table has learnt the common words).
        let mut own: Option<WordTable> = None;
        let (mut met, last) = MET.take();
        let mut now = last.wrapping_add(1);
        if now == 0 {
            met.clear();
            now = 1;
        }
        {
            let table = self.table.read().ok();
            let (norm, tokens) = (doc.norm.as_bytes(), &doc.tokens);
            let word_at = |tok: u32| &norm[tokens[tok as usize].norm_range()];
            for (i, t) in tokens.iter().enumerate() {
                let w = &norm[t.norm_range()];
                let (h, last) = crate::wordtable::hash_last8(w);
                if let Some((t, at)) = table
                    .as_deref()
                    .and_then(|t| Some((t, t.find(h, w, last)?)))
                {
                    let e = t.number(at);
                    if met.len() <= e {
                        met.resize(e + 1, (0, 0));
                    }
                    if met[e].0 == now {
                        word_of.push(met[e].1);
                        continue;
                    }
                    let id = words.len() as u32;
                    met[e] = (now, id);
                    words.push(i as u32);
                    let from = out.ids.len();
                    let (sep, flags) = t.read_ids(at, &mut out.ids);
                    out.end_word_at(from + sep, flags);
                    word_of.push(id);
                    continue;
                }
                let own = own.get_or_insert_with(|| {
                    WordTable::with_capacity(n.min(crate::text::MAX_INTERNED))
                });
                let (id, new) = crate::text::intern_token(own, &mut words, word_at, i, h, w);
                if new {
                    fresh.push((id, h));
                    let spaced = sub(&doc.norm, t.nstart as usize - 1..t.nend as usize);
                    let flags = look_up(spaced, &mut out.ids);
                    out.end_word(flags);
                }
                word_of.push(id);
            }
        }
        MET.set((met, now));
        doc.word_of = word_of;
        doc.words = words;
        self.remember(doc, &out, fresh);
        out
    }

    /// [`Memo::word_ids`] on the one thread of the .wasm: each word looked up afresh is added
    /// at once, in one pass (the two passes above are for threads; on the .wasm they weighed
    /// 177 bytes of the gzipped file more than this one).
    #[cfg(target_arch = "wasm32")]
    pub fn word_ids(&self, doc: &Doc<'_>, look_up: impl Fn(&str, &mut Vec<u32>) -> u32) -> WordIds {
        let mut out = WordIds::with_capacity(doc.words.len());
        let mut table = self.table.write();
        for w in 0..doc.words.len() {
            let (h, word) = (doc.word_hash[w], doc.word_bytes(w as u32));
            if table
                .as_deref()
                .is_some_and(|t| t.recall(h, word, &mut out))
            {
                continue;
            }
            let flags = look_up(doc.spaced_word(w as u32), &mut out.ids);
            out.end_word(flags);
            if let Some(t) = table.as_deref_mut() {
                t.insert(h, word, &out.ids[out.at[w] as usize..], flags);
            }
        }
        out
    }
}

impl Table {
    /// Appends the remembered ids of `word` as the next word of `out`; false if it has none.
    #[cfg(any(test, target_arch = "wasm32"))]
    fn recall(&self, h: u64, word: &[u8], out: &mut WordIds) -> bool {
        let Some(at) = self.get(h, word) else {
            return false;
        };
        let from = out.ids.len();
        let (sep, flags) = self.read_ids(at, &mut out.ids);
        out.end_word_at(from + sep, flags);
        true
    }

    #[cfg(any(test, target_arch = "wasm32"))]
    fn get(&self, h: u64, word: &[u8]) -> Option<u32> {
        let data = &self.data;
        self.index.get(h, word, |at| {
            let at = at as usize;
            let len = data[at] as usize;
            &data[at + HEAD..at + HEAD + len]
        })
    }

    /// Natively [`Table::get`] given the word's [`crate::wordtable::hash_last8`]: an entry is
    /// turned away on its length and last eight bytes, read from its head, before its other
    /// bytes are compared.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline(always)]
    fn find(&self, h: u64, word: &[u8], last: u64) -> Option<u32> {
        let data = self.data.as_slice();
        self.index.get_by(h, |at| {
            let at = at as usize;
            let Some(&[len, .., l0, l1, l2, l3, l4, l5, l6, l7]) = data.get(at..at + HEAD) else {
                return false;
            };
            usize::from(len) == word.len()
                && u64::from_le_bytes([l0, l1, l2, l3, l4, l5, l6, l7]) == last
                && data
                    .get(at + HEAD..at + HEAD + word.len())
                    .is_some_and(|stored| crate::wordtable::same_chunks(stored, word))
        })
    }

    /// The number of the entry at `at`: the entries are numbered from 0 as they come, and
    /// again from 0 when the table starts over.
    #[cfg(not(target_arch = "wasm32"))]
    fn number(&self, at: u32) -> usize {
        let head = &self.data[at as usize..at as usize + HEAD];
        u32::from_le_bytes([head[11], head[12], head[13], head[14]]) as usize
    }

    /// Appends the ids of the entry at `at`; returns where its [`SEP`] is among them, and its
    /// flags.
    fn read_ids(&self, at: u32, out: &mut Vec<u32>) -> (usize, u32) {
        let head = &self.data[at as usize..at as usize + HEAD];
        let n = usize::from(head[1]);
        let from = u32::from_le_bytes([head[3], head[4], head[5], head[6]]) as usize;
        out.extend_from_slice(&self.ids[from..from + n]);
        #[cfg(not(target_arch = "wasm32"))]
        let flags = u32::from_le_bytes([head[7], head[8], head[9], head[10]]);
        #[cfg(target_arch = "wasm32")]
        let flags = 0;
        (usize::from(head[2]), flags)
    }

    /// Remembers `ids` for `word`, unless the word is too long or has too many ids to be
    /// worth it (they are then looked up each time).
    fn insert(&mut self, h: u64, word: &[u8], ids: &[u32], _flags: u32) {
        if word.len() > MAX_WORD_BYTES || ids.len() > usize::from(u8::MAX) {
            return;
        }
        if self.index.len() >= MAX_WORDS {
            self.index.clear();
            self.data.clear();
            self.ids.clear();
        }
        let (at, from) = (self.data.len() as u32, self.ids.len() as u32);
        self.data.push(word.len() as u8);
        self.data.push(ids.len() as u8);
        self.data.push(sep_of(ids) as u8);
        self.data.extend_from_slice(&from.to_le_bytes());
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.data.extend_from_slice(&_flags.to_le_bytes());
            self.data
                .extend_from_slice(&(self.index.len() as u32).to_le_bytes());
            self.data
                .extend_from_slice(&crate::wordtable::hash_last8(word).1.to_le_bytes());
        }
        self.data.extend_from_slice(word);
        self.ids.extend_from_slice(ids);
        if !self.index.insert(h, at) {
            self.data.truncate(at as usize);
            self.ids.truncate(from as usize);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn words_are_looked_up_once_across_documents() {
        let memo = Memo::new();
        let calls = Cell::new(0);
        let look_up = |spaced: &str, out: &mut Vec<u32>| {
            calls.set(calls.get() + 1);
            assert!(spaced.starts_with(' '));
            out.extend(spaced.bytes().skip(1).take(2).map(u32::from));
            0
        };
        let doc = Doc::new("Arrest the arrest. Arrest!");
        let ids = memo.word_ids(&doc, look_up);
        assert_eq!(calls.get(), 2, "two distinct words");
        assert_eq!(ids.first(&doc, 0), &[u32::from(b'a'), u32::from(b'r')]);
        assert_eq!(ids.first(&doc, 1), &[u32::from(b't'), u32::from(b'h')]);
        assert_eq!(ids.first(&doc, 3), ids.first(&doc, 0));

        // A later document: known words come from the table, with the same ids.
        let long = "x".repeat(MAX_WORD_BYTES + 1);
        let text = format!("the {long} arrest {long} new");
        let doc = Doc::new(&text);
        let ids = memo.word_ids(&doc, look_up);
        assert_eq!(calls.get(), 4, "only the long word and \"new\"");
        assert_eq!(ids.first(&doc, 2), &[u32::from(b'a'), u32::from(b'r')]);
        assert_eq!(ids.first(&doc, 4), &[u32::from(b'n'), u32::from(b'e')]);
        // The long word is not kept.
        memo.word_ids(&Doc::new(&long), look_up);
        assert_eq!(calls.get(), 5);
    }

    #[test]
    fn ids_split_in_two_parts_and_flags_come_back() {
        let doc = Doc::new("ab c");
        let look_up = |s: &str, out: &mut Vec<u32>| {
            out.push(s.len() as u32);
            if s.len() > 2 {
                out.extend([SEP, 7, 8]);
            }
            0x8000_0001 + s.len() as u32
        };
        // Looked up, then read back from the table: the same two parts and flags.
        let memo = Memo::new();
        for ids in [memo.word_ids(&doc, look_up), memo.word_ids(&doc, look_up)] {
            assert_eq!(ids.first(&doc, 0), &[3]);
            assert_eq!(ids.second(&doc, 0), &[7, 8]);
            assert_eq!(ids.first(&doc, 1), &[2]);
            assert_eq!(ids.second(&doc, 1), &[] as &[u32]);
            #[cfg(not(target_arch = "wasm32"))]
            assert_eq!(ids.flags, [0x8000_0004, 0x8000_0003]);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn interning_through_the_table_gives_what_the_document_would() {
        let look_up = |s: &str, out: &mut Vec<u32>| {
            out.push(s.len() as u32);
            out.extend([SEP, u32::from(s.as_bytes()[1])]);
            s.len() as u32 * 3
        };
        let long = "y".repeat(MAX_WORD_BYTES + 1);
        let texts = [
            "Arrest the arrest. Arrest!".to_string(),
            format!("the {long} arrest {long} new the new"),
            "new words, old words: the arrest".to_string(),
        ];
        let (memo, plain) = (Memo::new(), Memo::new());
        for t in &texts {
            let want = Doc::new(t);
            let want_ids = plain.word_ids(&want, look_up);
            let mut got = Doc::segmented(t);
            let ids = memo.intern(&mut got, look_up);
            assert_eq!(got.word_of, want.word_of, "{t}");
            assert_eq!(got.words, want.words, "{t}");
            assert!(got.word_hash.is_empty(), "{t}");
            assert_eq!(ids.flags, want_ids.flags, "{t}");
            for tok in 0..got.tokens.len() {
                assert_eq!(ids.first(&got, tok), want_ids.first(&want, tok), "{t}");
                assert_eq!(ids.second(&got, tok), want_ids.second(&want, tok), "{t}");
            }
        }
        // The table learnt every word but the long one, each once.
        let count = memo.table.read().map(|t| t.index.len()).unwrap_or(0);
        assert_eq!(count, 5);
    }

    #[test]
    fn a_busy_table_is_read_but_not_waited_for() {
        let memo = Memo::new();
        let doc = Doc::new("one two one");
        let count = |memo: &Memo| memo.table.read().map(|t| t.index.len()).unwrap_or(99);
        // Another reader: the words are looked up, but not added.
        let held = memo.table.read();
        let ids = memo.word_ids(&doc, |s, out| {
            out.push(s.len() as u32);
            0
        });
        assert_eq!(ids.first(&doc, 2), &[4]);
        drop(held);
        assert_eq!(count(&memo), 0, "nothing stored while another thread read");
        // Free: they are added, and the next document reads them.
        memo.word_ids(&doc, |s, out| {
            out.push(s.len() as u32);
            0
        });
        assert_eq!(count(&memo), 2, "the table learnt the two words");
        let ids = memo.word_ids(&doc, |_, _| panic!("looked up again"));
        assert_eq!(ids.first(&doc, 1), &[4]);
    }
}
