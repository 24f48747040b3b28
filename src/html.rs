//! HTML pasted as source: the text a browser would show, and a map from that text back into
//! the HTML.
//!
//! Not a full HTML parser, and it needs not be: it finds text, nothing is ever executed or
//! fetched, and the work is one linear pass. Tags are dropped; the content of `<script>`,
//! `<style>`, `<noscript>`, `<template>`, `<title>`, `<textarea>`, `<iframe>` and comments is
//! dropped; entities are decoded; runs of white space collapse to one space (not inside
//! `<pre>`); block tags become line breaks the way a browser's `innerText` makes them (`<p>`
//! a blank line, `<br>`, `<div>`, `<li>`, `<h1>`..`<h6>`, `<tr>` and the other blocks one
//! line break), so that sentences and headline lists split as they do in copied text.

use crate::text::{find_str, sub};
use crate::wordtable::{words, Words};

/// Text extracted from HTML, with the map back.
pub(crate) struct Extracted {
    pub text: String,
    /// Pieces of `text` in order; each says where it came from.
    segs: Vec<Seg>,
}

/// A piece of the extracted text. A verbatim piece is a byte-for-byte copy of `src..src+len`;
/// any other piece (a decoded entity, a line break made from a tag, collapsed white space)
/// stands for the whole source span `src..src+src_len`.
#[derive(Clone, Copy, Debug)]
struct Seg {
    out: u32,
    src: u32,
    src_len: u32,
    verbatim: bool,
}

impl Extracted {
    /// The HTML offset where text starting at `o` starts.
    pub fn start(&self, o: usize) -> usize {
        let i = self.segs.partition_point(|s| s.out as usize <= o);
        match i.checked_sub(1).and_then(|i| self.segs.get(i)) {
            Some(s) if s.verbatim => s.src as usize + (o - s.out as usize).min(s.src_len as usize),
            Some(s) => s.src as usize,
            None => 0,
        }
    }

    /// The HTML offset where text ending at `o` (exclusive) ends.
    pub fn end(&self, o: usize) -> usize {
        if o == 0 {
            return self.start(0);
        }
        let i = self.segs.partition_point(|s| (s.out as usize) < o);
        match i.checked_sub(1).and_then(|i| self.segs.get(i)) {
            Some(s) if s.verbatim => s.src as usize + (o - s.out as usize).min(s.src_len as usize),
            Some(s) => (s.src + s.src_len) as usize,
            None => 0,
        }
    }

    fn push_verbatim(&mut self, html: &str, from: usize, to: usize) {
        if from >= to {
            return;
        }
        let out = self.text.len() as u32;
        self.text.push_str(sub(html, from..to));
        if let Some(last) = self.segs.last_mut() {
            if last.verbatim
                && last.src + last.src_len == from as u32
                && last.out + last.src_len == out
            {
                last.src_len += (to - from) as u32;
                return;
            }
        }
        self.segs.push(Seg {
            out,
            src: from as u32,
            src_len: (to - from) as u32,
            verbatim: true,
        });
    }

    fn push_replaced(&mut self, s: &str, src: usize, src_len: usize) {
        if s.is_empty() {
            return;
        }
        let out = self.text.len() as u32;
        self.text.push_str(s);
        self.segs.push(Seg {
            out,
            src: src as u32,
            src_len: src_len as u32,
            verbatim: false,
        });
    }
}

/// White space and line breaks waiting for the next visible character.
#[derive(Default)]
struct Pending {
    space: bool,
    newlines: u8,
}

/// Elements whose content is never shown as text.
const HIDDEN: Words = words![
    "script", "style", "noscript", "template", "title", "textarea", "iframe", "xmp", "noembed",
    "noframes",
];

/// Block elements: one line break before and after, like `innerText`.
const BLOCKS: Words = words![
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "option",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// Extracts the visible text of `html`. Linear in its length; never panics.
pub(crate) fn extract(html: &str) -> Extracted {
    // Offsets are u32, as in the text layer; the text is never longer than the HTML.
    let html = crate::text::truncate_to_boundary(html, u32::MAX as usize - 1);
    let b = html.as_bytes();
    let mut x = Extracted {
        text: String::with_capacity(html.len()),
        segs: Vec::new(),
    };
    let mut pending = Pending::default();
    let mut pre = 0u32;
    let mut i = 0usize;
    while i < b.len() {
        match b[i] {
            b'<' => {
                let Some(tag) = tag_at(html, i) else {
                    flush(&mut x, &mut pending, i);
                    x.push_verbatim(html, i, i + 1);
                    i += 1;
                    continue;
                };
                i = tag.end;
                let Some(name) = tag.name else { continue };
                if !tag.closing && HIDDEN.iter().any(|h| is_named(name, h)) {
                    i = raw_text_end(html, i, name);
                    continue;
                }
                if is_named(name, "br") {
                    pending.newlines = (pending.newlines + 1).min(2);
                } else if is_named(name, "p") {
                    pending.newlines = pending.newlines.max(2);
                } else if BLOCKS.iter().any(|t| is_named(name, t)) {
                    pending.newlines = pending.newlines.max(1);
                    if is_named(name, "pre") {
                        pre = if tag.closing {
                            pre.saturating_sub(1)
                        } else {
                            pre.saturating_add(1)
                        };
                    }
                } else if is_named(name, "td") || is_named(name, "th") {
                    pending.space = true;
                }
            }
            b'&' => match entity(sub(html, i..)) {
                Some((decoded, len)) => {
                    let mut buf = [0u8; 4];
                    let decoded = match decoded {
                        Decoded::Str(s) => s,
                        Decoded::Char(c) => c.encode_utf8(&mut buf),
                    };
                    if !decoded.is_empty() {
                        flush(&mut x, &mut pending, i);
                        x.push_replaced(decoded, i, len);
                    }
                    i += len;
                }
                None => {
                    flush(&mut x, &mut pending, i);
                    x.push_verbatim(html, i, i + 1);
                    i += 1;
                }
            },
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' if pre == 0 => {
                pending.space = true;
                i += 1;
            }
            _ => {
                // A run of ordinary text, copied as it is.
                let from = i;
                while i < b.len()
                    && b[i] != b'<'
                    && b[i] != b'&'
                    && (pre > 0 || !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
                {
                    i += 1;
                }
                flush(&mut x, &mut pending, from);
                x.push_verbatim(html, from, i);
            }
        }
    }
    x
}

/// Whether a tag's name is `want`, in any case. Out of line in the .wasm: each of the eight
/// comparisons in `extract` had a copy of `eq_ignore_ascii_case`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_named(name: &str, want: &str) -> bool {
    name.eq_ignore_ascii_case(want)
}

/// Writes pending white space before the visible text that starts at `at`; nothing at the
/// start of the text. Out of line in the .wasm: inlined, it was copied into each of its four
/// callers.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn flush(x: &mut Extracted, p: &mut Pending, at: usize) {
    let ws = match (p.newlines, p.space) {
        (0, false) => "",
        (0, true) => " ",
        (1, _) => "\n",
        _ => "\n\n",
    };
    if !x.text.is_empty() && !ws.is_empty() {
        x.push_replaced(ws, at, 0);
    }
    *p = Pending::default();
}

struct Tag<'h> {
    /// The element name of a start or end tag; `None` for comments, doctypes and the like.
    name: Option<&'h str>,
    closing: bool,
    /// Just past the tag.
    end: usize,
}

/// The tag, comment or declaration at `<` = `html[i]`, or `None` when this `<` is text
/// (`a < b`). A tag that never closes runs to the end of the input, as in a browser.
fn tag_at(html: &str, i: usize) -> Option<Tag<'_>> {
    let b = html.as_bytes();
    let rest = sub(html, i..);
    let to_gt = |from: usize| {
        b.get(from..)
            .and_then(|s| s.iter().position(|&c| c == b'>'))
            .map_or(b.len(), |p| from + p + 1)
    };
    if rest.starts_with("<!--") {
        let end = find_str(sub(html, i + 2..), "-->").map_or(b.len(), |p| i + 2 + p + 3);
        return Some(Tag {
            name: None,
            closing: false,
            end,
        });
    }
    let (closing, name_at) = if rest.starts_with("</") {
        (true, i + 2)
    } else {
        (false, i + 1)
    };
    match b.get(name_at) {
        Some(c) if c.is_ascii_alphabetic() => {}
        Some(b'!' | b'?') if !closing => {
            return Some(Tag {
                name: None,
                closing,
                end: to_gt(name_at),
            })
        }
        // `</>` is dropped; `</ x>` and `</3` are bogus comments.
        Some(_) if closing => {
            return Some(Tag {
                name: None,
                closing,
                end: to_gt(name_at),
            })
        }
        _ => return None,
    }
    let name_end = b[name_at..]
        .iter()
        .position(|c| !(c.is_ascii_alphanumeric() || *c == b'-' || *c == b':'))
        .map_or(b.len(), |p| name_at + p);
    // Attributes: skip to the `>` that is not inside a quoted value.
    let mut j = name_end;
    let mut end = b.len();
    while j < b.len() {
        match b[j] {
            b'>' => {
                end = j + 1;
                break;
            }
            b'=' => {
                j += 1;
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                if let Some(&q @ (b'"' | b'\'')) = b.get(j) {
                    j = b[j + 1..]
                        .iter()
                        .position(|&c| c == q)
                        .map_or(b.len(), |p| j + 1 + p + 1);
                }
            }
            _ => j += 1,
        }
    }
    Some(Tag {
        name: Some(sub(html, name_at..name_end)),
        closing,
        end,
    })
}

/// Where the content of a hidden element that starts at `from` ends: at its end tag
/// (`</script`, any case, then white space, `/` or `>`), or the end of the input.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let b = html.as_bytes();
    let mut at = from;
    while let Some(p) = html.get(at..).and_then(|s| find_str(s, "</")) {
        let start = at + p;
        let name_end = start + 2 + name.len();
        if b.get(start + 2..name_end)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && b.get(name_end)
                .is_none_or(|c| c.is_ascii_whitespace() || *c == b'/' || *c == b'>')
        {
            return start;
        }
        at = start + 2;
    }
    b.len()
}

/// What an entity stands for.
enum Decoded {
    Str(&'static str),
    Char(char),
}

/// The entity at the start of `s` (which starts with `&`): its text and its length in `s`.
/// `None` when this `&` is just an ampersand.
fn entity(s: &str) -> Option<(Decoded, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let (hex, digits_at) = match b.get(2) {
            Some(b'x' | b'X') => (true, 3),
            _ => (false, 2),
        };
        let radix = if hex { 16 } else { 10 };
        let digits = b[digits_at..]
            .iter()
            .take_while(|c| (**c as char).is_digit(radix))
            .count();
        if digits == 0 {
            return None;
        }
        // Saturate: a million digits is one (invalid) code point, read once.
        let value = b[digits_at..digits_at + digits].iter().fold(0u32, |v, c| {
            v.saturating_mul(radix)
                .saturating_add((*c as char).to_digit(radix).unwrap_or(0))
        });
        let mut len = digits_at + digits;
        if b.get(len) == Some(&b';') {
            len += 1;
        }
        return Some((numeric(value), len));
    }
    let name_len = b[1..]
        .iter()
        .take(32)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let name = s.get(1..1 + name_len)?;
    let text = Decoded::Str(named(name)?);
    if b.get(1 + name_len) == Some(&b';') {
        Some((text, name_len + 2))
    } else if matches!(
        name,
        "amp" | "lt" | "gt" | "quot" | "nbsp" | "AMP" | "LT" | "GT" | "QUOT"
    ) {
        // The few that browsers also read without the `;`.
        Some((text, name_len + 1))
    } else {
        None
    }
}

/// A numeric character reference, as browsers read it: Windows-1252 for 0x80..0x9F, U+FFFD
/// for zero, surrogates and anything past U+10FFFF.
fn numeric(v: u32) -> Decoded {
    // The characters of 0x80..0x9F, one each (a list of strings would add a pointer and a
    // length for each to the .wasm).
    const CP1252: &str = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8d}Ž\u{8f}\u{90}‘’“”•–—˜™š›œ\u{9d}žŸ";
    if let Some(c) = v
        .checked_sub(0x80)
        .and_then(|i| crate::text::nth_char(CP1252, i as usize))
    {
        return Decoded::Char(c.1);
    }
    Decoded::Char(
        char::from_u32(v)
            .filter(|&c| c != '\0')
            .unwrap_or('\u{fffd}'),
    )
}

/// The named character references presswatch decodes, each its name and then what it stands
/// for (never an ASCII letter or digit; nothing for the invisible ones, dropped so that
/// `jour&shy;nalist` stays one word), separated by spaces: one string rather than a `match`
/// of sixty-odd arms, which compiled to a comparison each in the .wasm.
const NAMED: &str = "amp& AMP& lt< LT< gt> GT> quot\" QUOT\" apos' nbsp\u{a0} ensp\u{2002} \
    emsp\u{2003} thinsp\u{2009} laquo« raquo» lsaquo‹ rsaquo› ldquo“ rdquo” bdquo„ lsquo‘ \
    rsquo’ sbquo‚ mdash— ndash– minus− hyphen‐ dash‐ hellip… bull• middot· copy© reg® \
    trade™ deg° plusmn± times× divide÷ sect§ para¶ euro€ pound£ yen¥ cent¢ numero№ prime′ \
    Prime″ frac12½ frac14¼ frac34¾ larr← rarr→ uarr↑ darr↓ shy zwnj zwj lrm rlm ZeroWidthSpace \
    NoBreak InvisibleTimes";

fn named(name: &str) -> Option<&'static str> {
    NAMED.split(' ').find_map(|entry| {
        let at = entry
            .bytes()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(entry.len());
        (sub(entry, ..at) == name).then(|| sub(entry, at..))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $($html:expr => $text:expr),+ $(,)?) => {
            #[test]
            fn $name() {
                $( assert_eq!(extract($html).text, $text, "html {:?}", $html); )+
            }
        };
    }

    t!(tags_scripts_styles_and_comments_are_dropped,
        "<p>Police <b>detained</b> him.</p>" => "Police detained him.",
        "a<script>x = '</p>'; if (a<b) {}</script>b" => "ab",
        "a<SCRIPT type=x>alert(1)</scRipt >b" => "ab",
        "a<style>p{color:red}</style><!-- <p>hidden</p> -->b" => "ab",
        "<title>T</title><noscript><img src=x></noscript>body" => "body",
        "a<img alt='x > y' src=\"q>r\">b" => "ab",
        "<!DOCTYPE html><?xml x?>a</>b</ 3>c" => "abc",
        "a < b and c<3" => "a < b and c<3",
        "unclosed <!-- comment" => "unclosed",
        "unclosed <script>alert(1)" => "unclosed",
        "tail <a href='x" => "tail",
    );

    t!(entities_are_decoded,
        "&laquo;A&raquo;&nbsp;&mdash; &amp; &lt;p&gt; &quot;q&quot; &#1046;&#x416;&#X416" => "«A»\u{a0}— & <p> \"q\" ЖЖЖ",
        "&#150; &#0; &#xD800; &#99999999999999999999; &#x110000;" => "– \u{fffd} \u{fffd} \u{fffd} \u{fffd}",
        "jour&shy;nalist AT&T &unknown; &amp &nbsp &copy" => "journalist AT&T &unknown; & \u{a0} &copy",
        "& &# &#x &#;" => "& &# &#x &#;",
    );

    t!(blocks_make_lines_like_inner_text,
        "<h3>Read also:</h3><ul><li>One</li><li>Two</li></ul><p>Body.</p><p>Next.</p>" => "Read also:\nOne\nTwo\n\nBody.\n\nNext.",
        "a<br>b<br><br>c" => "a\nb\n\nc",
        "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>" => "a b\nc",
        "<p>The reporter was\n   detained.</p>" => "The reporter was detained.",
        "<pre>a\n  b</pre>c" => "a\n  b\nc",
        "  \n <div> </div> " => "",
    );

    #[test]
    fn offsets_map_back_into_the_html() {
        let html = "<p>Police <b>det</b>ained&nbsp;the &laquo;reporter&raquo;.</p>\n<p>Next</p>";
        let x = extract(html);
        assert_eq!(x.text, "Police detained\u{a0}the «reporter».\n\nNext");
        let find = |s: &str| x.text.find(s).map(|i| (i, i + s.len())).unwrap_or_default();
        let map = |(s, e): (usize, usize)| &html[x.start(s)..x.end(e)];
        assert_eq!(map(find("Police")), "Police");
        assert_eq!(map(find("detained")), "det</b>ained");
        assert_eq!(map(find("«reporter»")), "&laquo;reporter&raquo;");
        assert_eq!(map(find("the «")), "the &laquo;");
        assert_eq!(map(find("Next")), "Next");
        assert_eq!(map((0, x.text.len())), &html[3..html.len() - 4]);
        // Offsets outside any piece stay inside the HTML.
        assert!(x.end(usize::MAX) <= html.len() && x.start(usize::MAX) <= html.len());
        assert_eq!((extract("").start(0), extract("").end(0)), (0, 0));
    }

    #[test]
    fn work_is_linear_in_nested_and_unclosed_markup() {
        // Each of these would take minutes with a rescan per `<` or per `&` (4e10 steps);
        // linear, all of them take milliseconds. The thread only guards against a hang.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(linear_inputs());
        });
        let done = rx.recv_timeout(std::time::Duration::from_secs(60));
        assert_eq!(done, Ok(6), "extraction did not finish in 60 s");
    }

    fn linear_inputs() -> usize {
        let mut n = 0;
        for html in [
            "<".repeat(200_000),
            "<a ".repeat(100_000),
            "&#".repeat(100_000) + &"9".repeat(100_000),
            "<script>".to_string() + &"</scrip".repeat(100_000),
            "<!--".repeat(100_000),
            "<a b='".repeat(100_000),
        ] {
            let x = extract(&html);
            assert!(x.text.len() <= html.len());
            assert!(x.segs.len() <= html.len());
            n += 1;
        }
        n
    }
}
