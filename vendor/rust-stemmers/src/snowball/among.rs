/// One table of suffixes (or prefixes): their text one after the other, and a record of each.
/// presswatch's cut: the released crate gives each record its own `&'static str` and an
/// optional routine (no English or Russian record has one), 24 bytes a record of pointers
/// that the gzipped .wasm kept at about 4 bytes each.
pub struct Amongs(pub &'static str, pub &'static [Among]);

/// A record: the byte offset and length of its text in the table's, then the index of the
/// record whose text is its longest proper prefix (or -1) and the result it gives. Four bytes:
/// every table's text is shorter than 256 bytes (the longest offset is 216), and a `u16` offset
/// made a record 6 bytes with its alignment.
pub struct Among(pub u8, pub u8, pub i8, pub i8);

impl Amongs {
    /// The text of record `i`.
    pub fn text(&self, i: usize) -> &'static [u8] {
        let w = &self.1[i];
        let start = w.0 as usize;
        &self.0.as_bytes()[start..start + w.1 as usize]
    }
}
