//! JSON Lines batches: one `{"id": ..., "text": "..."}` object a line.
//!
//! [`Reader`] streams a batch: it holds one line at a time (and never more than
//! [`MAX_LINE`] bytes of it), so a 50 MB batch costs as much memory as its longest article.
//! Every line that is not blank becomes exactly one [`Item`], in order, with its 1-based line
//! number: an article, or a bad line with the reason. A bad line never costs its neighbours.
//!
//! # Examples
//! ```
//! use presswatch::jsonl::{Item, Reader};
//!
//! let batch = "{\"id\": 1, \"text\": \"Police detained the journalist.\"}\n\nnot json\n{\"text\": \"x\"}\n";
//! let items: Vec<Item> = Reader::new(batch.as_bytes()).collect::<Result<_, _>>()?;
//! assert_eq!(items.len(), 3);
//! assert!(matches!(&items[0], Item::Article { line: 1, text, .. } if text.starts_with("Police")));
//! assert!(matches!(&items[1], Item::Bad { line: 3, .. }));
//! assert!(matches!(&items[2], Item::Article { line: 4, id: serde_json::Value::Null, .. }));
//! # Ok::<(), std::io::Error>(())
//! ```

use std::io::{self, BufRead};

use serde::Deserialize;
use serde_json::Value;

use crate::text::sub;

// Lines are checked for UTF-8 as a whole: natively by simdutf8, several bytes an instruction
// (the standard library's check takes about six instructions a byte of Cyrillic text, 2.5% of
// `classify --jsonl`); the .wasm, which never reads JSON Lines, keeps the standard one.
#[cfg(not(target_arch = "wasm32"))]
use simdutf8::compat::from_utf8;
#[cfg(target_arch = "wasm32")]
use std::str::from_utf8;

/// The longest line [`Reader`] keeps: 64 MiB. A longer line is skipped (read, not stored)
/// and reported as bad.
pub const MAX_LINE: usize = 64 << 20;

/// One line of a batch.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// An article to classify.
    Article {
        /// The 1-based line number.
        line: usize,
        /// The `id` of the object as it was (any JSON value; `null` when there is none).
        id: Value,
        /// The `text` of the object.
        text: String,
    },
    /// A line that is not an article.
    Bad {
        /// The 1-based line number.
        line: usize,
        /// The `id`, when the line is JSON with an `id` but no usable `text`.
        id: Value,
        /// Why, e.g. `invalid UTF-8 at byte 17` or `missing field \`text\``.
        error: String,
    },
}

impl Item {
    /// The 1-based line number of the item.
    pub fn line(&self) -> usize {
        match self {
            Item::Article { line, .. } | Item::Bad { line, .. } => *line,
        }
    }
}

/// Streams the [`Item`]s of a JSON Lines batch; see the [module docs](self).
pub struct Reader<R> {
    inner: R,
    line: usize,
    buf: Vec<u8>,
    max_line: usize,
}

impl<R: BufRead> Reader<R> {
    /// Reads JSON Lines from `inner`, keeping lines up to [`MAX_LINE`] bytes.
    pub fn new(inner: R) -> Reader<R> {
        Reader::with_max_line(inner, MAX_LINE)
    }

    /// Reads JSON Lines from `inner`, keeping lines up to `max_line` bytes.
    pub fn with_max_line(inner: R, max_line: usize) -> Reader<R> {
        Reader {
            inner,
            line: 0,
            buf: Vec::new(),
            max_line,
        }
    }

    /// Reads one line into `buf` (without its `\n`), up to `max_line` bytes; the rest of a
    /// longer line is read and dropped. `Ok(None)` at the end of input, else whether the line
    /// was cut.
    fn read_line(&mut self) -> io::Result<Option<bool>> {
        self.buf.clear();
        let mut any = false;
        let mut cut = false;
        loop {
            let chunk = match self.inner.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                return Ok(any.then_some(cut));
            }
            any = true;
            let (take, done) = match newline(chunk) {
                Some(i) => (i, true),
                None => (chunk.len(), false),
            };
            let room = self.max_line.saturating_sub(self.buf.len());
            if take > room {
                cut = true;
            }
            self.buf.extend_from_slice(&chunk[..take.min(room)]);
            self.inner.consume(if done { take + 1 } else { take });
            if done {
                return Ok(Some(cut));
            }
        }
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = io::Result<Item>;

    /// The next non-blank line as an [`Item`]; `Err` only when reading itself fails.
    fn next(&mut self) -> Option<io::Result<Item>> {
        loop {
            let cut = match self.read_line() {
                Ok(Some(cut)) => cut,
                Ok(None) => return None,
                Err(e) => return Some(Err(e)),
            };
            self.line += 1;
            let line = self.line;
            let bad = |error: String| {
                Some(Ok(Item::Bad {
                    line,
                    id: Value::Null,
                    error,
                }))
            };
            if cut {
                return bad(format!("line is longer than {} bytes", self.max_line));
            }
            let text = match from_utf8(&self.buf) {
                Ok(t) => t,
                Err(e) => return bad(format!("invalid UTF-8 at byte {}", e.valid_up_to())),
            };
            let text = if line == 1 {
                text.trim_start_matches('\u{feff}')
            } else {
                text
            };
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            return Some(Ok(parse(line, text)));
        }
    }
}

/// Where the first `\n` of `bytes` is (a line is thousands of bytes long).
fn newline(bytes: &[u8]) -> Option<usize> {
    crate::text::first_byte(bytes, |b| b == b'\n')
}

#[derive(Deserialize)]
struct Object {
    #[serde(default)]
    id: Value,
    text: Option<String>,
}

/// Parses one non-blank line. JavaScript's `JSON.stringify` writes a lone surrogate as
/// `"\ud800"`, which is not Unicode: such a line is read with U+FFFD in its place rather
/// than lost.
fn parse(line: usize, text: &str) -> Item {
    if let Some((id, text)) = parse_plain(text) {
        return Item::Article { line, id, text };
    }
    let parsed =
        serde_json::from_str::<Object>(text).or_else(|e| match replace_lone_surrogates(text) {
            Some(fixed) => serde_json::from_str::<Object>(&fixed).map_err(|_| e),
            None => Err(e),
        });
    match parsed {
        Ok(Object {
            id,
            text: Some(text),
        }) => Item::Article { line, id, text },
        Ok(Object { id, text: None }) => Item::Bad {
            line,
            id,
            error: "missing field `text` (or it is null)".into(),
        },
        Err(e) => Item::Bad {
            line,
            id: Value::Null,
            error: e.to_string(),
        },
    }
}

/// The `id` and `text` of a line of the usual shape, read without serde: an object whose
/// members are `"text"`, a string, and maybe `"id"`, a string, each once, whose escapes are
/// among `\" \\ \/ \b \f \n \r \t`. Anything else gives `None`, and serde reads the line; a
/// unit test holds the two to the same result. Serde cost about five instructions a byte of
/// the batch, most of them in its string's scan and its copy out of a scratch buffer.
fn parse_plain(json: &str) -> Option<(Value, String)> {
    let mut c = Cursor { json, at: 0 };
    let (mut id, mut text) = (None, None);
    c.eat(b'{')?;
    loop {
        c.eat(b'"')?;
        let key = c.key()?;
        c.eat(b':')?;
        c.eat(b'"')?;
        match key {
            "id" if id.is_none() => id = Some(c.string(0)?),
            "text" if text.is_none() => text = Some(c.string(json.len() - c.at)?),
            _ => return None,
        }
        match c.next()? {
            b',' => {}
            b'}' => break,
            _ => return None,
        }
    }
    c.skip_space();
    (c.at == json.len()).then_some(())?;
    Some((id.map_or(Value::Null, Value::String), text?))
}

/// A place in a line, for [`parse_plain`].
struct Cursor<'a> {
    json: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn skip_space(&mut self) {
        let b = self.json.as_bytes();
        while matches!(b.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// The next byte after white space, stepped over.
    fn next(&mut self) -> Option<u8> {
        self.skip_space();
        let b = *self.json.as_bytes().get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn eat(&mut self, want: u8) -> Option<()> {
        (self.next()? == want).then_some(())
    }

    /// A key without escapes, after its opening quote.
    fn key(&mut self) -> Option<&'a str> {
        let b = self.json.as_bytes();
        let len = crate::text::first_byte(b.get(self.at..)?, |x| (x == b'"') | (x == b'\\'))?;
        let key = self.json.get(self.at..self.at + len)?;
        (b.get(self.at + len) == Some(&b'"')).then_some(())?;
        self.at += len + 1;
        Some(key)
    }

    /// A string after its opening quote, with room for `room` bytes: `None` at a control
    /// character, a `\u` escape or the end of the line.
    fn string(&mut self, room: usize) -> Option<String> {
        let b = self.json.as_bytes();
        let mut out = String::with_capacity(room);
        loop {
            let len = string_end(b.get(self.at..)?)?;
            out.push_str(self.json.get(self.at..self.at + len)?);
            self.at += len;
            match b.get(self.at)? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    out.push(match b.get(self.at + 1)? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        _ => return None,
                    });
                    self.at += 2;
                }
                _ => return None,
            }
        }
    }
}

/// Where the first quote, backslash or control character of `bytes` is: sixteen bytes are
/// tested together (`|`, not `||`, so that the compiler makes one vector test of them), as
/// a string's run of plain bytes is long. `text::first_byte` tests eight: through it, the
/// first 2 MB of the bench's input took 0.2% more instructions.
fn string_end(bytes: &[u8]) -> Option<usize> {
    let stop = |x: u8| (x == b'"') | (x == b'\\') | (x < 0x20);
    let mut at = 0;
    for chunk in bytes.chunks_exact(16) {
        if chunk.iter().fold(false, |any, &x| any | stop(x)) {
            break;
        }
        at += 16;
    }
    Some(at + bytes.get(at..)?.iter().position(|&x| stop(x))?)
}

/// The line with every `\uXXXX` escape of a lone surrogate replaced by `\ufffd`, or `None` if
/// there is none. Linear; it only looks inside JSON strings.
fn replace_lone_surrogates(json: &str) -> Option<String> {
    let b = json.as_bytes();
    let hex = |at: usize| -> Option<u32> {
        let h = b.get(at..at + 4)?;
        u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    };
    let escape_at = |at: usize| -> Option<u32> {
        (b.get(at) == Some(&b'\\') && b.get(at + 1) == Some(&b'u'))
            .then(|| hex(at + 2))
            .flatten()
    };
    let mut out = String::with_capacity(json.len());
    let (mut from, mut i, mut in_string, mut changed) = (0usize, 0usize, false, false);
    while i < b.len() {
        match b[i] {
            b'"' => {
                in_string = !in_string;
                i += 1;
            }
            b'\\' if in_string => match escape_at(i) {
                // A well-formed pair stays as it is.
                Some(0xD800..=0xDBFF) if matches!(escape_at(i + 6), Some(0xDC00..=0xDFFF)) => {
                    i += 12
                }
                Some(0xD800..=0xDFFF) => {
                    out.push_str(sub(json, from..i));
                    out.push_str("\\ufffd");
                    changed = true;
                    i += 6;
                    from = i;
                }
                _ => i += 2,
            },
            _ => i += 1,
        }
    }
    out.push_str(json.get(from..).unwrap_or(""));
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(input: &[u8], max: usize) -> Vec<Item> {
        Reader::with_max_line(input, max)
            .collect::<io::Result<Vec<_>>>()
            .unwrap_or_default()
    }

    #[test]
    fn every_line_is_one_item_in_order() {
        let input = b"\xef\xbb\xbf{\"id\":\"a\",\"text\":\"one\"}\r\n  \n{\"id\":2,\"text\":\"\xff\"}\n[1,2]\n{\"id\":3}\n{\"id\":4,\"text\":\"four\"}";
        let got = items(input, 1000);
        let lines: Vec<usize> = got.iter().map(Item::line).collect();
        assert_eq!(lines, vec![1, 3, 4, 5, 6]);
        assert!(matches!(&got[0], Item::Article { text, .. } if text == "one"));
        assert!(matches!(&got[1], Item::Bad { error, .. } if error == "invalid UTF-8 at byte 16"));
        assert!(matches!(&got[2], Item::Bad { .. }));
        assert!(matches!(&got[3], Item::Bad { id, .. } if id == 3));
        assert!(matches!(&got[4], Item::Article { id, text, .. } if id == 4 && text == "four"));
    }

    #[test]
    fn a_read_error_comes_after_the_lines_read_before_it() {
        // Gives its bytes, then fails on every later read.
        struct Failing(&'static [u8]);
        impl io::Read for Failing {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.0.is_empty() {
                    return Err(io::Error::other("disk gone"));
                }
                let n = buf.len().min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let input = b"{\"id\":1,\"text\":\"one\"}\n{\"id\":2,\"text\":\"two\"}\n{\"id\":3,\"te";
        let mut reader = Reader::new(io::BufReader::with_capacity(8, Failing(input)));
        let lines: Vec<usize> = reader
            .by_ref()
            .map_while(|r| r.ok().map(|item| item.line()))
            .collect();
        assert_eq!(lines, [1, 2]);
        // The unfinished third line is not passed off as an article.
        let mut again = Reader::new(io::BufReader::with_capacity(8, Failing(input)));
        let results: Vec<io::Result<Item>> = again.by_ref().take(3).collect();
        assert!(results[..2].iter().all(Result::is_ok));
        assert_eq!(
            results[2]
                .as_ref()
                .map_err(ToString::to_string)
                .err()
                .as_deref(),
            Some("disk gone")
        );
    }

    #[test]
    fn a_newline_is_found_wherever_it_stands() {
        for len in 0..20 {
            let mut line = vec![b'x'; len];
            assert_eq!(newline(&line), None);
            for at in 0..len {
                line[at] = b'\n';
                assert_eq!(newline(&line), Some(at), "{at} of {len}");
                line[at] = b'x';
            }
        }
    }

    #[test]
    fn long_lines_are_bad_and_skipped_whole() {
        let long = format!("{{\"text\":\"{}\"}}", "x".repeat(5000));
        let input = format!("{long}\n{{\"id\":9,\"text\":\"ok\"}}\n");
        let got = items(input.as_bytes(), 100);
        assert_eq!(got.len(), 2);
        assert!(
            matches!(&got[0], Item::Bad { line: 1, error, .. } if error == "line is longer than 100 bytes")
        );
        assert!(matches!(&got[1], Item::Article { line: 2, id, .. } if id == 9));
    }

    /// What serde makes of a line, as `parse_plain` gives it.
    fn by_serde(json: &str) -> Option<(Value, String)> {
        match serde_json::from_str::<Object>(json) {
            Ok(Object {
                id,
                text: Some(text),
            }) => Some((id, text)),
            _ => None,
        }
    }

    #[test]
    fn plain_lines_read_as_serde_reads_them() {
        // (line, whether the plain reader takes it)
        let cases = [
            (
                r#"{"id": "a0", "text": "Police \"detained\" him.\n\nДа \\ \/ \t\r\b\f"}"#,
                true,
            ),
            (r#"{"text":"x","id":"b"}"#, true),
            (r#"  { "text" : "x" }  "#, true),
            ("{\"text\":\"x\"}\n\t", true),
            (r#"{"text":""}"#, true),
            (r#"{"id":"\"q\"","text":"é"}"#, true),
            (r#"{"id":1,"text":"x"}"#, false),
            (r#"{"id":null,"text":"x"}"#, false),
            (r#"{"text":"\u0041"}"#, false),
            (r#"{"text":"a\qb"}"#, false),
            ("{\"text\":\"a\u{1}b\"}", false),
            (r#"{"text":"x","text":"y"}"#, false),
            (r#"{"id":"a","id":"b","text":"x"}"#, false),
            (r#"{"text":"x","other":1}"#, false),
            (r#"{"te\u0078t":"x"}"#, false),
            (r#"{"text":"x",}"#, false),
            (r#"{"text":"x"} {"#, false),
            (r#"{"text":"x""#, false),
            (r#"{"text":"x}"#, false),
            (r#"{"text":null}"#, false),
            (r#"{"id":"a"}"#, false),
            (r#"{}"#, false),
            (r#"["text","x"]"#, false),
            (r#"{"text" "x"}"#, false),
            (r#"{"text":"x"}}"#, false),
            (r#"{"text":"x\"}"#, false),
            (r#"{"text":"x\"#, false),
        ];
        for (line, plain) in cases {
            let got = parse_plain(line);
            assert_eq!(got.is_some(), plain, "{line}");
            if got.is_some() {
                assert_eq!(got, by_serde(line), "{line}");
            }
        }
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn plain_lines_never_differ_from_serde(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "{", "}", "\"", "\\", ":", ",", " ", "\n", "\t", "\u{1}", "id", "text", "x",
                "é", "n", "u0041", "/", "b", "null", "1",
            ]), 0..24)
        ) {
            let line: String = parts.concat();
            if let Some(got) = parse_plain(&line) {
                proptest::prop_assert_eq!(Some(got), by_serde(&line), "{}", line);
            }
        }

        #[test]
        fn texts_read_as_serde_reads_them(text in "[a-z\"\\\\/\n\t\u{8}\u{c}\r é\u{1}-\u{1f}]{0,80}") {
            let line = serde_json::json!({"id": "a", "text": text}).to_string();
            let got = parse_plain(&line);
            if got.is_some() {
                proptest::prop_assert_eq!(got.clone(), by_serde(&line));
            }
            // serde writes control characters but these as \uXXXX: those lines go to serde.
            let plain = !text.chars().any(|c| c < ' ' && !matches!(c, '\n' | '\t' | '\u{8}' | '\u{c}' | '\r'));
            proptest::prop_assert_eq!(got.is_some(), plain);
        }
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let got = items(
            br#"{"id":1,"text":"a\ud800b \udc00 \ud83d\ude00 \\ud800"}"#,
            1000,
        );
        assert!(
            matches!(&got[0], Item::Article { text, .. } if text == "a\u{fffd}b \u{fffd} 😀 \\ud800"),
            "{got:?}"
        );
        assert_eq!(replace_lone_surrogates(r#"{"text":"\ud83d\ude00"}"#), None);
        assert_eq!(
            replace_lone_surrogates(r#"{"text":"\ud83d"#),
            Some(r#"{"text":"\ufffd"#.into())
        );
    }
}
