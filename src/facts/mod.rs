//! Incident facts: who was targeted, by whom, where, when, under which article and with what
//! penalty, each with the span of text it came from.
//!
//! One look-up of the phrase lists a distinct word (`cues`) and one pass over the tokens
//! (`numbers`) per article. Rules, not lists of names: a name is a capitalised word sequence
//! next to a role word; an outlet is a quoted or web name next to a media word, or a
//! well-known outlet; places come from the gazetteer (`data/gazetteer.txt`).
//!
//! Victims and perpetrators are read only from sentences that are evidence of a label (they
//! are facts about an incident); legal facts, dates, outlets and places from the whole
//! article, minus page furniture ("Read also", tags, share buttons). A fact inside an evidence
//! sentence names the label it supports.

mod cues;
mod numbers;

use serde::Serialize;

use crate::classifier::Label;
use crate::memo::WordIds;
use crate::text::{find_str, fold, nth_char, sub, word_flag, Doc, EndsWithAny, Lang, Token};
use crate::wordtable::{word_set, words, WordFilter, WordSet, Words};

use cues::{Cat, Cues, Found};
use numbers::{currency_after, currency_sign, date_at, month_of, number_at, time_unit, TimeUnit};

/// The facts of an article. Every list is empty when nothing was found; offsets are bytes into
/// the text (UTF-16 code units in JavaScript).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Facts {
    /// Media workers or media targeted, from sentences that report an incident.
    pub victims: Vec<Victim>,
    /// Media outlets named in the article.
    pub outlets: Vec<Outlet>,
    /// Who acted against the media, one entry per actor type, from incident sentences.
    pub perpetrators: Vec<Perpetrator>,
    /// Code articles, charges, penalties and case status.
    pub legal: Vec<Legal>,
    /// Explicit dates.
    pub dates: Vec<Date>,
    /// Countries, regions and cities of the gazetteer, first mention of each.
    pub places: Vec<Place>,
}

impl Facts {
    /// Nothing was found.
    pub fn is_empty(&self) -> bool {
        self.victims.is_empty()
            && self.outlets.is_empty()
            && self.perpetrators.is_empty()
            && self.legal.is_empty()
            && self.dates.is_empty()
            && self.places.is_empty()
    }
}

/// A targeted media worker or outlet.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Victim {
    /// `journalist`, `editor`, `blogger`, `camera_operator`, `photographer`, `newspaper`,
    /// `tv_channel`, `website` or `outlet`.
    pub role: &'static str,
    /// The name next to the role word, as written (it may be inflected: "Думана Мухаммедкарима").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// How many, when a number stands before the role word ("16 journalists", "екі тілшісін").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// `female` or `male` where the language marks it (журналистка, she/he).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<&'static str>,
    /// The gender was inferred from grammar, not stated.
    pub gender_inferred: bool,
    /// The words the fact was read from.
    pub text: String,
    /// Byte offset where `text` starts.
    pub start: usize,
    /// Byte offset where `text` ends.
    pub end: usize,
    /// The label whose evidence sentence holds the fact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<&'static str>,
}

/// A media outlet named in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outlet {
    /// The name without quotes ("Власть", "Orda.kz", "Radio Azattyq").
    pub name: String,
    /// Byte offset where the name starts.
    pub start: usize,
    /// Byte offset where the name ends.
    pub end: usize,
    /// The label whose evidence sentence holds the fact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<&'static str>,
}

/// Who acted against the media.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Perpetrator {
    /// `police` (police and security services), `prosecutor` (prosecutors, investigators),
    /// `court`, `official` (ministries, government, officials), `regulator`,
    /// `unknown_assailants`, `private_individual` or `platform`.
    pub actor: &'static str,
    /// The words as written.
    pub text: String,
    /// Byte offset where `text` starts.
    pub start: usize,
    /// Byte offset where `text` ends.
    pub end: usize,
    /// The label whose evidence sentence holds the fact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<&'static str>,
}

/// A legal fact: an article of a code, a charge, a penalty or a case status.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Legal {
    /// `article`, `charge`, `detention_length`, `sentence`, `fine`, `damages` or `status`.
    pub kind: &'static str,
    /// The words as written.
    pub text: String,
    /// Charge id (`false_information`, `defamation`, ...) or status id (`case_opened`,
    /// `charged`, `suspect`, `convicted`, `acquitted`, `dismissed`, `appealed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<&'static str>,
    /// Article number as written with its dots: "274", "19.11".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// Part of the article: "2" for "часть 2 статьи 405".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// The code: `criminal`, `administrative`, `civil` or `constitution`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    /// The amount of a penalty: 4.5 (years), 10 (days), 1000000 (KZT).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Unit of a length: `hours`, `days`, `months` or `years`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'static str>,
    /// Currency of a fine or damages: ISO 4217 (`KZT`, `USD`, ...) or `MCI` (МРП, АЕК).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'static str>,
    /// Byte offset where `text` starts.
    pub start: usize,
    /// Byte offset where `text` ends.
    pub end: usize,
    /// The label whose evidence sentence holds the fact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<&'static str>,
}

/// An explicit date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Date {
    /// The date as written.
    pub text: String,
    /// `YYYY-MM-DD` when the year is written with the date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iso: Option<String>,
    /// The year, when written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// The month, 1..=12.
    pub month: u8,
    /// The day of the month.
    pub day: u8,
    /// Byte offset where `text` starts.
    pub start: usize,
    /// Byte offset where `text` ends.
    pub end: usize,
    /// The label whose evidence sentence holds the fact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<&'static str>,
}

/// A place of the gazetteer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    /// The English name of the gazetteer ("Almaty", "West Kazakhstan Region").
    pub name: &'static str,
    /// `country`, `region`, `city` or `capital`.
    pub kind: &'static str,
    /// ISO 3166-1 alpha-2 code of the country.
    pub country: &'static str,
    /// The words as written ("Уральске", "Астанада").
    pub text: String,
    /// Byte offset where `text` starts.
    pub start: usize,
    /// Byte offset where `text` ends.
    pub end: usize,
    /// The label whose evidence sentence holds the fact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<&'static str>,
}

/// At most this many facts of one kind (victims, outlets, legal facts, dates, places) per
/// article: a news article has a handful, and the cap keeps every duplicate check bounded
/// whatever the input.
pub(crate) const MAX_FACTS: usize = 64;

// ---------------------------------------------------------------------------------------
// Token helpers that never panic.

/// The normalised form of token `i`, or "" past the end.
pub(crate) fn norm<'d>(doc: &'d Doc<'_>, i: usize) -> &'d str {
    doc.tokens
        .get(i)
        .and_then(|t| doc.norm.get(t.norm_range()))
        .unwrap_or("")
}

/// The original text of token `i`, or "".
pub(super) fn surface<'t>(doc: &Doc<'t>, i: usize) -> &'t str {
    doc.tokens
        .get(i)
        .and_then(|t| doc.text.get(t.start as usize..t.end as usize))
        .unwrap_or("")
}

/// The text between token `i` and token `i + 1` (to the end of the text after the last).
pub(crate) fn gap<'t>(doc: &Doc<'t>, i: usize) -> &'t str {
    let Some(t) = doc.tokens.get(i) else {
        return "";
    };
    let end = doc
        .tokens
        .get(i + 1)
        .map_or(doc.text.len(), |n| n.start as usize);
    doc.text.get(t.end as usize..end).unwrap_or("")
}

/// The text before token `i` back to the previous token.
pub(crate) fn gap_before<'t>(doc: &Doc<'t>, i: usize) -> &'t str {
    if i == 0 {
        let end = doc.tokens.first().map_or(0, |t| t.start as usize);
        return doc.text.get(..end).unwrap_or("");
    }
    gap(doc, i - 1)
}

// Out of line in the .wasm: inlined, it was copied into each of its 21 calls.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn span(doc: &Doc<'_>, first: usize, last: usize) -> (usize, usize) {
    let s = doc.tokens.get(first).map_or(0, |t| t.start as usize);
    let e = doc
        .tokens
        .get(last.saturating_sub(1))
        .map_or(s, |t| t.end as usize);
    (s, e.max(s))
}

fn text_of(doc: &Doc<'_>, start: usize, end: usize) -> String {
    doc.text.get(start..end).unwrap_or("").to_string()
}

fn sentence_of(doc: &Doc<'_>, i: usize) -> usize {
    doc.tokens
        .get(i)
        .map_or(usize::MAX, |t| t.sentence as usize)
}

// ---------------------------------------------------------------------------------------

/// Which sentences are evidence of which labels, and where page furniture starts.
struct Context {
    lang: Lang,
    incident: bool,
    /// Per sentence: the labels it is evidence of, strongest label first.
    labels: Vec<Vec<&'static str>>,
    /// The first token of page furniture (everything from it on is skipped).
    stop: usize,
}

impl Context {
    fn new(doc: &Doc<'_>, lang: Lang, labels: &[Label]) -> Context {
        let mut per: Vec<Vec<_>> = crate::text::defaults(doc.sentences.len());
        for l in labels {
            for e in &l.evidence {
                if let Ok(s) = doc
                    .sentences
                    .binary_search_by_key(&(e.start as u32), |s| s.start)
                {
                    if let Some(v) = per.get_mut(s) {
                        if !v.contains(&l.id) {
                            v.push(l.id);
                        }
                    }
                }
            }
        }
        let stop = furniture_start(doc);
        Context {
            lang,
            incident: !labels.is_empty(),
            labels: per,
            stop,
        }
    }

    /// The label a fact in sentence `s` supports: the first of `prefer` that the sentence is
    /// evidence of, else its strongest.
    fn label(&self, s: usize, prefer: &[&str]) -> Option<&'static str> {
        let ls = self.labels.get(s)?;
        prefer
            .iter()
            .find_map(|p| ls.iter().copied().find(|l| l == p))
            .or_else(|| ls.first().copied())
    }

    fn evidence(&self, s: usize) -> bool {
        self.labels.get(s).is_some_and(|v| !v.is_empty())
    }
}

const FURNITURE: Words = words![
    "читайте также",
    "еще по теме",
    "другие новости",
    "самое читаемое",
    "тағы оқыңыз",
    "тақырып бойынша",
    "теги",
    "тегтер",
    "read also",
    "read more",
    "related",
    "more:",
    "most read",
    "see also",
    "also read",
    "поделиться",
    "share",
    "комментарии",
    "пікір қосу",
    "tags",
    "subscribe",
    "подписаться",
    "подписывайтесь",
    "рубрика",
    "жаңалықтарға жазылыңыз",
    "материал подготовлен",
    "материалы по теме",
    "нашли ошибку",
    "реклама",
    "версия для печати",
    "мы в соцсетях",
    "перепечатка",
    "тағы да оқыңыз",
    "more on this story",
    "sign up",
    "advertisement",
    "©",
];

/// The first token of the trailing page furniture: a line that starts with "Read also",
/// "Теги", "Тағы оқыңыз"... and everything after it.
fn furniture_start(doc: &Doc<'_>) -> usize {
    static HEADS: WordFilter = WordFilter::new(FURNITURE);
    let mut head = String::with_capacity(64);
    for s in &doc.sentences {
        if !s.line_start {
            continue;
        }
        // The first three letters first: most lines start with some no marker starts with
        // (a marker shorter than that, "©", is one they start with).
        head.clear();
        let text = doc.sentence_text(s);
        // Natively three ASCII bytes, most lines' start, are folded as the bytes they are
        // (`fold` lower-cases ASCII and changes nothing else of it), not character by
        // character.
        #[cfg(not(target_arch = "wasm32"))]
        let ascii = text.as_bytes().get(..3).filter(|b| b.is_ascii());
        #[cfg(target_arch = "wasm32")]
        let ascii: Option<&[u8]> = None;
        match ascii {
            Some(b) => head.extend(b.iter().map(|&c| char::from(c.to_ascii_lowercase()))),
            None => crate::text::fold_into(text.chars().take(3), &mut head),
        }
        // No marker starts with the line's first two bytes: one bit tells (every marker has
        // two bytes or more, so a line of fewer goes on to the full test).
        if head.len() >= 2 && !HEADS.may_hold(&head) {
            continue;
        }
        // Their first two bytes first, inline: most markers differ there (and each
        // `starts_with` is a call to `memcmp`).
        let h = head.as_bytes();
        let lead = |m: &[u8]| m.iter().zip(h).take(2).all(|(a, b)| a == b);
        if !FURNITURE.any(|m| lead(m) && (m.starts_with(h) || h.starts_with(m))) {
            continue;
        }
        head.clear();
        crate::text::fold_into(doc.sentence_text(s).chars().take(32), &mut head);
        if FURNITURE.any(|m| head.as_bytes().starts_with(m)) {
            return s.first as usize;
        }
    }
    doc.tokens.len()
}

/// Appends the fact-list ids of the word `spaced` (a space, then the normalised word): the
/// second part of the [`WordIds`] that [`extract`] reads.
pub(crate) fn word_ids(spaced: &str, out: &mut Vec<u32>) {
    if let Some(cues) = cues::cues() {
        cues.word_ids(
            spaced,
            |w| numbers::may_start(w) || ARTICLE_WORDS.contains(w),
            out,
        );
    }
}

/// Compiles the fact lists now rather than at the first report.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn warm_up() {
    let _ = cues::cues();
}

/// Extracts the facts of `doc` given the labels the classifier found and the ids of its
/// words (their second part from [`word_ids`]).
pub(crate) fn extract(doc: &Doc<'_>, lang: Lang, labels: &[Label], ids: &WordIds) -> Facts {
    let mut facts = Facts::default();
    let Some(cues) = cues::cues() else {
        return facts;
    };
    let ctx = Context::new(doc, lang, labels);
    let found: Vec<Found> = cues
        .find(doc, ids)
        .into_iter()
        .filter(|f| (f.first as usize) < ctx.stop)
        .collect();

    places(doc, &ctx, cues, &found, &mut facts);
    outlets(doc, &ctx, cues, &found, &mut facts);
    if ctx.incident {
        victims(doc, &ctx, cues, &found, &mut facts);
        perpetrators(doc, &ctx, cues, &found, &mut facts);
    }
    charges_and_status(doc, &ctx, cues, &found, &mut facts);
    scan_tokens(doc, &ctx, ids, &mut facts);
    crate::order::sort_by(&mut facts.legal, |a, b| a.start.cmp(&b.start));
    facts
}

/// Keeps, among matches of one category, the longest at each start and drops overlaps and
/// matches that a negative form of the same id cancels.
fn select<'c>(cues: &'c Cues, found: &[Found], cat: Cat) -> Vec<(Found, &'c cues::Phrase)> {
    let mut out: Vec<(Found, &cues::Phrase)> = Vec::new();
    // Sorted for a binary search: a vector, not a hash set, keeps one table type fewer in
    // the .wasm.
    // Pushed, not collected (each `collect` is its own copy of `Vec`'s `from_iter` in the
    // .wasm), as `place_spans` in `outlets`.
    let mut negatives: Vec<(u32, &str)> = Vec::new();
    for f in found {
        if f.cat != cat {
            continue;
        }
        if let Some(p) = cues.phrase(f).filter(|p| p.negative) {
            negatives.push((f.first, p.id));
        }
    }
    crate::order::sort_by(&mut negatives, |a, b| a.cmp(b));
    let mut next_free = 0u32;
    for f in found {
        if f.cat != cat || f.first < next_free {
            continue;
        }
        let Some(p) = cues.phrase(f) else { continue };
        if p.negative {
            continue;
        }
        if negatives.binary_search(&(f.first, p.id)).is_ok() {
            continue;
        }
        out.push((*f, p));
        next_free = f.last;
    }
    out
}

fn places(doc: &Doc<'_>, ctx: &Context, cues: &Cues, found: &[Found], facts: &mut Facts) {
    let mut seen: Vec<u32> = Vec::new();
    for (f, p) in select(cues, found, Cat::Place) {
        let after_currency = (f.first as usize)
            .checked_sub(1)
            .is_some_and(|k| numbers::currency_after(norm(doc, k)).is_some());
        if seen.contains(&p.place) || after_currency || facts.places.len() >= MAX_FACTS {
            continue;
        }
        let Some(info) = cues.places.get(p.place as usize) else {
            continue;
        };
        seen.push(p.place);
        let (start, end) = span(doc, f.first as usize, f.last as usize);
        facts.places.push(Place {
            name: info.name,
            kind: info.kind,
            country: info.country,
            text: text_of(doc, start, end),
            start,
            end,
            label: ctx.label(sentence_of(doc, f.first as usize), &[]),
        });
    }
}

// ---------------------------------------------------------------------------------------
// Outlets

/// Words that say the next (or previous) name is a media outlet.
const MEDIA_NOUNS: Words = words![
    "газет",
    "издани",
    "телеканал",
    "канал",
    "сайт",
    "портал",
    "агентств",
    "радио",
    "ресурс",
    "медиа",
    "информагентств",
    "телерадиокомпани",
    "редакци",
    "басылым",
    "агенттіг",
    "агенттік",
    "арна",
    "телеарна",
    "newspaper",
    "outlet",
    "channel",
    "site",
    "website",
    "agency",
    "magazine",
    "portal",
    "publication",
    "broadcaster",
    "radio",
    "television",
    "tv",
    "weekly",
    "daily",
    "журнал",
    "тк",
    "проект",
];

pub(crate) fn is_media_noun(w: &str) -> bool {
    // Each noun is a word or a word's start of two bytes or more: a word whose first two
    // bytes start none of them is none.
    static HEADS: WordFilter = WordFilter::new(MEDIA_NOUNS);
    if !HEADS.may_hold(w) || w.starts_with("журналис") {
        return false;
    }
    // Every test below needs `w` to start with `m` (each `m` has two bytes or more): compare
    // two bytes before anything dearer.
    let w = w.as_bytes();
    let head = |m: &[u8]| w.len() >= 2 && w.first() == m.first() && w.get(1) == m.get(1);
    MEDIA_NOUNS.any(|m| {
        if !head(m) {
            false
        } else if m.is_ascii() {
            w == m || w.strip_prefix(m).is_some_and(|r| r == b"s")
        } else if m == "тк".as_bytes() {
            w == m
        } else {
            w.starts_with(m)
        }
    })
}

/// [`is_media_noun`] of token `k`'s word, by its [`word_flag`] where the document has them.
pub(crate) fn media_noun_at(doc: &Doc<'_>, k: usize) -> bool {
    doc.flagged(k, word_flag::MEDIA_NOUN, |_| is_media_noun(norm(doc, k)))
}

/// Names that are platforms or adjectives, never an outlet's name by themselves.
const NOT_OUTLET: Words = words![
    "youtube",
    "telegram",
    "facebook",
    "instagram",
    "tiktok",
    "whatsapp",
    "vkontakte",
    "x",
    "twitter",
    "kazakh",
    "russian",
    "kyrgyz",
    "uzbek",
    "tajik",
    "state",
    "the",
    "a",
    "an",
    "independent",
    "local",
    "online",
    "private",
    "news",
    "his",
    "her",
    "their",
    "its",
];

/// [`NOT_OUTLET`] as a [`WordSet`]: asked of every capitalised word.
static NOT_OUTLET_SET: WordSet = word_set!(NOT_OUTLET);

const WEB_TLDS: Words = words![
    "kz", "ru", "kg", "uz", "tj", "com", "org", "net", "media", "info", "tv", "news", "ua", "by",
];

fn push_outlet(doc: &Doc<'_>, ctx: &Context, facts: &mut Facts, start: usize, end: usize) {
    if facts.outlets.len() >= MAX_FACTS {
        return;
    }
    let name = text_of(doc, start, end);
    let key = fold(name.trim());
    if key.chars().count() < 2 {
        return;
    }
    let dup = facts.outlets.iter().any(|o| {
        let k = fold(&o.name);
        k == key || same_stem(&k, &key)
    });
    if dup {
        return;
    }
    let s = sentence_of(
        doc,
        doc.tokens.partition_point(|t| (t.start as usize) < start),
    );
    facts.outlets.push(Outlet {
        name,
        start,
        end,
        label: ctx.label(s, &[]),
    });
}

/// Two names are one when one is the other with a case ending (Азаттық, Азаттықтың).
fn same_stem(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 4
        && long.starts_with(short)
        && long.len() - short.len() <= 8
        && sub(long, short.len()..).chars().all(|c| c.is_alphabetic())
}

fn outlets(doc: &Doc<'_>, ctx: &Context, cues: &Cues, found: &[Found], facts: &mut Facts) {
    let n = doc.tokens.len().min(ctx.stop);
    let mut spans: Vec<(usize, usize)> = Vec::new();
    // Known outlets.
    for (f, _) in select(cues, found, Cat::Outlet) {
        spans.push(span(doc, f.first as usize, f.last as usize));
    }
    // Quoted names next to a media word, and web names.
    let mut list_end: Option<usize> = None;
    let mut i = 0;
    while i < n {
        // Natively a run of tokens at which none of the tests below can start a name is
        // passed over in a loop of its own (most tokens are such).
        #[cfg(not(target_arch = "wasm32"))]
        {
            i = next_maybe_outlet(doc, ctx.lang == Lang::En, i, n);
            if i >= n {
                break;
            }
        }
        // Most words are lower case: no quoted or brand name starts at them.
        let lower = lower_token(doc, i);
        // Natively the text before the token is read only if its last byte may end an
        // opening quote (`"`, and the last bytes of `«`, `“`, `„`): most capitalised words
        // follow a space.
        #[cfg(not(target_arch = "wasm32"))]
        let no_quote = !doc.tokens.get(i).is_some_and(|t| {
            let at = (t.start as usize).wrapping_sub(1);
            matches!(doc.text.as_bytes().get(at), Some(0x22 | 0xAB | 0x9C | 0x9E))
        });
        #[cfg(target_arch = "wasm32")]
        let no_quote = false;
        let before = if lower || no_quote {
            ""
        } else {
            gap_before(doc, i)
        };
        if let Some(open) = before
            .chars()
            .next_back()
            .filter(|c| matches!(c, '«' | '“' | '"' | '„'))
        {
            let close = match open {
                '«' => '»',
                '“' => '”',
                '„' => '“',
                _ => '"',
            };
            // Find the closing quote within six tokens.
            let mut j = i;
            let mut closed = None;
            while j < n && j < i + 6 && sentence_of(doc, j) == sentence_of(doc, i) {
                let g = gap(doc, j);
                if g.chars().any(|c| c == close)
                    && !(close == '"' && g.starts_with(char::is_alphanumeric))
                {
                    closed = Some(j);
                    break;
                }
                if g.contains(&['«', '»', '“', '”', '"', '\n', '(', ')'][..]) {
                    break;
                }
                j += 1;
            }
            if let Some(j) = closed {
                let first_char = surface(doc, i).chars().next().unwrap_or(' ');
                let media_before = i >= 1
                    && sentence_of(doc, i - 1) == sentence_of(doc, i)
                    && (media_noun_at(doc, i - 1)
                        || (i >= 2 && media_noun_at(doc, i - 2) && gap(doc, i - 2).trim() == "-"));
                let media_after = (j + 1..(j + 3).min(n))
                    .take_while(|&k| sentence_of(doc, k) == sentence_of(doc, i))
                    .any(|k| media_noun_at(doc, k));
                // «Не Взгляд» и «Взбрык»: a quoted name listed right after an outlet's.
                let listed = list_end.is_some_and(|e| {
                    e <= i
                        && i <= e + 3
                        && (e..i).all(|k| {
                            matches!(
                                norm(doc, k),
                                "и" | "and" | "және" | "мен" | "а" | "также" | "or" | "или"
                            )
                        })
                });
                if (first_char.is_uppercase() || first_char.is_ascii_digit())
                    && (media_before || media_after || listed)
                {
                    spans.push(span(doc, i, j + 1));
                    list_end = Some(j + 1);
                    i = j + 1;
                    continue;
                }
            }
        }
        // Orda.kz, Ulysmedia.kz, 24.kg
        if i + 1 < n && dot_after(doc, i) && WEB_TLDS.contains(norm(doc, i + 1)) {
            let first = surface(doc, i).chars().next().unwrap_or(' ');
            if first.is_alphanumeric() && norm(doc, i).chars().count() >= 2 {
                spans.push(span(doc, i, i + 2));
                i += 2;
                continue;
            }
        }
        if ctx.lang == Lang::En {
            if let Some((s, e)) = en_named_outlet(doc, i, n) {
                spans.push((s, e));
            }
        } else if !lower
            && i + 1 < n
            && sentence_of(doc, i + 1) == sentence_of(doc, i)
            && matches!(gap(doc, i), " " | "\u{a0}")
        {
            let w = surface(doc, i);
            let next = norm(doc, i + 1);
            // "GZT басылымының", "31 канале": a Latin name or a number before a media noun.
            let latin = w.is_ascii()
                && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && !NOT_OUTLET_SET.contains(norm(doc, i));
            let channel_no = w.len() <= 3
                && w.bytes().all(|b| b.is_ascii_digit())
                && (next.starts_with("канал") || next.starts_with("арна"));
            // "проекта ProTenge", "издания Orda": a media noun, then a Latin or brand name.
            // Counted only after the cheap tests below pass (it looks at every letter).
            let brand = || w.chars().filter(|c| c.is_uppercase()).count() >= 2 || latin;
            if i > 0
                && sentence_of(doc, i - 1) == sentence_of(doc, i)
                && matches!(gap(doc, i - 1), " " | "\u{a0}")
                && brand()
                && media_noun_at(doc, i - 1)
            {
                spans.push(span(doc, i, i + 1));
            } else if channel_no {
                spans.push(span(doc, i, i + 2));
            } else if latin && media_noun_at(doc, i + 1) && !next.starts_with("канал") {
                spans.push(span(doc, i, i + 1));
            }
        }
        i += 1;
    }
    // Sorted for a binary search (as `negatives` in `select`).
    let mut place_spans: Vec<(usize, usize)> = Vec::new();
    for f in found {
        if f.cat == Cat::Place {
            place_spans.push(span(doc, f.first as usize, f.last as usize));
        }
    }
    crate::order::sort_by(&mut place_spans, |a, b| a.cmp(b));
    // Longest first at each start; a span inside an accepted one is the same outlet.
    crate::order::sort_by(&mut spans, |a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut taken_end = 0;
    for (s, mut e) in spans {
        if s < taken_end {
            continue;
        }
        // "Ratel's website": the name without the possessive.
        if let Some(t) = doc.text.get(s..e) {
            if let Some(cut) = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")) {
                e = s + cut.len();
            }
        }
        // A place before a media noun is where it is published, not its name ("the Uralsk
        // newspaper").
        if place_spans.binary_search(&(s, e)).is_ok() {
            continue;
        }
        taken_end = e;
        push_outlet(doc, ctx, facts, s, e);
    }
    crate::order::sort_by(&mut facts.outlets, |a, b| a.start.cmp(&b.start));
}

/// The first token from `i` (below `n`) at which [`outlets`]' loop may find a name: one
/// not [`lower_token`], or followed by a full stop (a web name), or in English (`en`) an
/// outlet noun ([`en_named_outlet`]). At any other token that loop does nothing.
#[cfg(not(target_arch = "wasm32"))]
fn next_maybe_outlet(doc: &Doc<'_>, en: bool, mut i: usize, n: usize) -> usize {
    let bytes = doc.text.as_bytes();
    while i < n {
        let Some(t) = doc.tokens.get(i) else { break };
        if !lower_token(doc, i)
            || bytes.get(t.end as usize) == Some(&b'.')
            || (en && outlet_noun_at(doc, i))
        {
            break;
        }
        i += 1;
    }
    i
}

/// Token `i` is followed right away by a full stop (the gap is just ".").
fn dot_after(doc: &Doc<'_>, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| doc.text.as_bytes().get(t.end as usize) == Some(&b'.'))
        && gap(doc, i) == "."
}

/// Token `i` has no capital letter and does not start with a digit: no quoted, brand or
/// numbered outlet name starts at it.
fn lower_token(doc: &Doc<'_>, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.case == 0 && !doc.text.as_bytes()[t.start as usize].is_ascii_digit())
}

fn is_cap(doc: &Doc<'_>, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.case & Token::FIRST_UPPER != 0)
        && !doc.flagged(i, word_flag::NOT_OUTLET, |w| {
            NOT_OUTLET_SET.contains_bytes(w)
        })
}

/// The fact layer's [`word_flag`]s of normalised word `w`, whose ids (as [`word_ids`] wrote
/// them) end `ids`.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn word_flags(w: &str, ids: &[u32]) -> u32 {
    word_flag::when(OUTLET_NOUN.contains(w), word_flag::OUTLET_NOUN)
        | word_flag::when(NOT_OUTLET_SET.contains(w), word_flag::NOT_OUTLET)
        | word_flag::when(is_media_noun(w), word_flag::MEDIA_NOUN)
        | word_flag::when(ids.last() == Some(&cues::NUMERIC), word_flag::NUMERIC)
        | word_flag::when(
            // Its fact ids: those after its last `SEP`.
            ids.rsplit(|&id| id == crate::memo::SEP)
                .next()
                .is_some_and(|fact_ids| fact_ids.iter().any(|&id| id != cues::NUMERIC)),
            word_flag::PHRASE,
        )
}

/// English nouns that name an outlet's kind ("the outlet Temirov Live").
const OUTLET_NOUNS: Words = words![
    "outlet",
    "newspaper",
    "website",
    "magazine",
    "portal",
    "broadcaster",
    "channel",
    "site",
];

/// [`OUTLET_NOUNS`] as a [`WordSet`]: asked of every word of an English article.
static OUTLET_NOUN: WordSet = word_set!(OUTLET_NOUNS);

/// The lengths of [`OUTLET_NOUNS`]: most words of an article are turned away by their length
/// alone, before their text is read.
const OUTLET_NOUN_LENGTHS: u64 = OUTLET_NOUNS.lengths();

/// Token `i`'s word is one of [`OUTLET_NOUNS`].
#[inline(always)]
fn outlet_noun_at(doc: &Doc<'_>, i: usize) -> bool {
    let len = doc
        .tokens
        .get(i)
        .map_or(0, |t| t.nend.saturating_sub(t.nstart).min(63));
    doc.flagged(i, word_flag::OUTLET_NOUN, |w| {
        OUTLET_NOUN_LENGTHS & (1 << len) != 0 && OUTLET_NOUN.contains_bytes(w)
    })
}

/// English: "the outlet Temirov Live", "the Elmedia television channel", "ProTenge, an outlet".
fn en_named_outlet(doc: &Doc<'_>, i: usize, n: usize) -> Option<(usize, usize)> {
    let t = doc.tokens.get(i)?;
    let s = sentence_of(doc, i);
    let same = |k: usize| k < n && sentence_of(doc, k) == s;
    let plain = |k: usize| matches!(gap(doc, k), " " | "\u{a0}");
    if outlet_noun_at(doc, i) && plain(i) {
        let mut k = i + 1;
        while same(k) && k < i + 4 && is_cap(doc, k) {
            if !plain(k) && k > i + 1 {
                k += 1;
                break;
            }
            k += 1;
        }
        if k > i + 1 {
            return Some(span(doc, i + 1, k));
        }
        return None;
    }
    // A capitalised name right before a media noun, not at the start of the sentence. The
    // word lists of `is_cap` are asked last.
    let upper = t.case & Token::FIRST_UPPER != 0;
    if upper
        && i > 0
        && same(i)
        && sentence_of(doc, i - 1) == s
        && !is_cap(doc, i - 1)
        && is_cap(doc, i)
    {
        let mut k = i;
        while same(k) && k < i + 3 && is_cap(doc, k) && plain(k) {
            k += 1;
        }
        if k > i && same(k) && media_noun_at(doc, k) && norm(doc, k) != "radio" {
            return Some(span(doc, i, k));
        }
        // "ProTenge, an outlet that ..."
        if k == i + 1
            && gap(doc, i).trim() == ","
            && same(i + 2)
            && matches!(norm(doc, i + 1), "a" | "an" | "the")
        {
            let mut m = i + 2;
            while same(m) && m < i + 5 && !media_noun_at(doc, m) && !is_cap(doc, m) {
                m += 1;
            }
            if same(m) && OUTLET_NOUN.contains(norm(doc, m)) && norm(doc, m) != "site" {
                return Some(span(doc, i, i + 1));
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Victims

const ROLE_PREFER: &[&str] = &[];

fn is_name_token(doc: &Doc<'_>, i: usize, cues_place: &[bool]) -> bool {
    let s = surface(doc, i);
    let mut cs = s.chars();
    let Some(c0) = cs.next() else { return false };
    if !c0.is_uppercase() || !c0.is_alphabetic() {
        return false;
    }
    // Acronyms (МВД, CPJ) are not names; one capital (an initial) is.
    let upper = s.chars().filter(|c| c.is_uppercase()).count();
    if upper > 1 && upper * 2 >= s.chars().count() {
        return false;
    }
    if cues_place.get(i).copied().unwrap_or(false) || month_of(norm(doc, i)).is_some() {
        return false;
    }
    !NOT_NAME_SET.contains(norm(doc, i))
}

/// Capitalised words that follow role words and are not names.
const NOT_NAME: Words = words![
    "center",
    "centre",
    "committee",
    "foundation",
    "union",
    "watch",
    "court",
    "police",
    "ministry",
    "office",
    "council",
    "agency",
    "service",
    "department",
    "institute",
    "university",
    "association",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "for",
    "and",
    "of",
    "from",
    "who",
    "with",
    "he",
    "she",
    "his",
    "her",
    "they",
    "it",
    "this",
    "radio",
    "telegram",
    "youtube",
    "facebook",
    "instagram",
    "tiktok",
    "whatsapp",
    "but",
    "after",
    "when",
    "if",
    "as",
];
static NOT_NAME_SET: WordSet = word_set!(NOT_NAME);

/// A name after role word ending at token `after`: up to three capitalised words joined by
/// single spaces (or an initial's dot). None in a headline written in title case
/// ("Journalist Detained In Almaty"), where every word looks like a name.
fn name_after(doc: &Doc<'_>, after: usize, n: usize, is_place: &[bool]) -> Option<(usize, usize)> {
    let s = sentence_of(doc, after.checked_sub(1)?);
    if title_case(doc, s) {
        return None;
    }
    let mut k = after;
    while k < n && k < after + 3 && sentence_of(doc, k) == s && is_name_token(doc, k, is_place) {
        let g = gap(doc, k.checked_sub(1)?);
        let single_letter = surface(doc, k - 1).chars().count() == 1;
        let ok_gap = matches!(g, " " | "\u{a0}")
            || (k == after && matches!(g, " — " | " – " | ": "))
            || (single_letter && matches!(g, ". " | "."));
        if !ok_gap {
            break;
        }
        k += 1;
    }
    (k > after).then_some((after, k))
}

/// Does sentence `s` capitalise every word of four bytes or more that is not a number, and
/// have at least three of them?
fn title_case(doc: &Doc<'_>, s: usize) -> bool {
    let Some(sentence) = doc.sentences.get(s) else {
        return false;
    };
    let mut words = 0;
    for t in doc
        .tokens
        .get(sentence.first as usize..sentence.last as usize)
        .unwrap_or(&[])
    {
        let first = doc.text.as_bytes().get(t.start as usize);
        if t.end - t.start < 4 || first.is_some_and(u8::is_ascii_digit) {
            continue;
        }
        if t.case & Token::FIRST_UPPER == 0 {
            return false;
        }
        words += 1;
    }
    words >= 3
}

/// A name after a role word and the outlet it works for: "главный редактор КазТАГ Амир
/// Касенов", "корреспондент «Зеркала» Павел Поповкин", "editor of Orda.kz Gulnara ...".
fn name_after_outlet(
    doc: &Doc<'_>,
    after: usize,
    n: usize,
    is_place: &[bool],
) -> Option<(usize, usize)> {
    let s = sentence_of(doc, after.checked_sub(1)?);
    let same = |k: usize| k < n && sentence_of(doc, k) == s;
    let mut k = after;
    // Up to two lowercase words, the last a media word: "информационного агентства".
    let mut lower = 0;
    while lower < 2
        && same(k)
        && surface(doc, k)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    {
        k += 1;
        lower += 1;
    }
    if lower > 0 && !media_noun_at(doc, k - 1) {
        return None;
    }
    if !same(k) {
        return None;
    }
    let before = gap(doc, k.checked_sub(1)?);
    if before.ends_with_any(&['«', '"', '“', '„']) {
        let mut j = k;
        while same(j) && j < k + 6 {
            if gap(doc, j).contains(&['»', '"', '”', '“'][..]) {
                return name_after(doc, j + 1, n, is_place);
            }
            j += 1;
        }
        return None;
    }
    let w = surface(doc, k);
    // КазТАГ, CPJ, ProTenge: two capitals make a brand; a known outlet too.
    let acronym = w.chars().count() >= 2 && w.chars().filter(|c| c.is_uppercase()).count() >= 2
        || is_place.get(k).copied().unwrap_or(false);
    // A Latin name in a Russian or Kazakh sentence is an outlet or a brand, not a person.
    let latin_in_cyrillic = w.is_ascii()
        && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && doc
            .sentence_text(doc.sentences.get(s)?)
            .chars()
            .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
            .count()
            > 20;
    if !(acronym || latin_in_cyrillic) {
        return None;
    }
    let mut next = k + 1;
    if next < n && gap(doc, k) == "." && WEB_TLDS.contains(norm(doc, next)) {
        next += 1;
    }
    name_after(doc, next, n, is_place)
}

/// A Kazakh plural (журналистер, тілшілерді): a name after it is not an apposition.
fn kk_plural(w: &str) -> bool {
    // The word after its first four characters, sliced rather than collected (no copy of
    // `String`'s `Extend<char>` for `Skip<Chars>` in the .wasm).
    let tail = nth_char(w, 4).map_or("", |(i, _)| sub(w, i..));
    ["лар", "лер", "дар", "дер", "тар", "тер"]
        .iter()
        .any(|p| find_str(tail, p).is_some())
}

/// A name before a role word that starts at token `role`: "Daniyar Adilbekov, an
/// investigative journalist", "Лукпан Ахмедьяров, корреспондент газеты".
fn name_before(doc: &Doc<'_>, role: usize, is_place: &[bool]) -> Option<(usize, usize)> {
    let s = sentence_of(doc, role);
    // Up to three lowercase words between the comma and the role word.
    let mut k = role;
    let mut steps = 0;
    loop {
        let prev = k.checked_sub(1)?;
        if sentence_of(doc, prev) != s {
            return None;
        }
        if gap(doc, prev).trim() == "," {
            break;
        }
        if steps >= 3 || !matches!(gap(doc, prev), " " | "\u{a0}") {
            return None;
        }
        let c = surface(doc, prev).chars().next()?;
        if !c.is_lowercase() {
            return None;
        }
        steps += 1;
        k = prev;
    }
    // k is the first word after the comma: "a", "an", "the", or one Russian or Kazakh
    // adjective ("собственный корреспондент"); "X, said no journalist" is no apposition.
    if steps > 0 {
        let w = norm(doc, k);
        let title = matches!(
            w,
            "a" | "an"
                | "the"
                | "founder"
                | "co"
                | "owner"
                | "publisher"
                | "chief"
                | "deputy"
                | "former"
                | "senior"
                | "veteran"
                | "independent"
                | "freelance"
        );
        if !(title || (steps == 1 && !w.is_ascii())) {
            return None;
        }
    }
    let end = k;
    let mut b = end;
    while b > 0 && end - b < 3 {
        let p = b - 1;
        if sentence_of(doc, p) != s || !is_name_token(doc, p, is_place) {
            break;
        }
        if p + 1 < end && !matches!(gap(doc, p), " " | "\u{a0}") {
            break;
        }
        b = p;
    }
    // Two words or more, so that "Astana, journalist" is not a name.
    (end - b >= 2).then_some((b, end))
}

/// The number right before a role word: "16 journalists", "two Azattyq reporters",
/// "шестнадцать журналистов", "екі тілшісін".
fn count_before(doc: &Doc<'_>, role: usize, lang: Lang) -> Option<u32> {
    let s = sentence_of(doc, role);
    for back in 1..=4 {
        let Some(k) = role.checked_sub(back) else {
            break;
        };
        if sentence_of(doc, k) != s {
            break;
        }
        if let Some(num) = number_at(doc, k, lang) {
            let between_ok = num.last == role
                || (num.last + 1 == role
                    && lang == Lang::En
                    && surface(doc, num.last)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase));
            if between_ok && num.value >= 1.0 && num.value < 10000.0 && num.value.fract() == 0.0 {
                // Not a year or a day of a date ("2024 journalists" does not happen).
                if num.digits && (1900.0..=2100.0).contains(&num.value) {
                    return None;
                }
                return Some(num.value as u32);
            }
            if num.last == role || num.last + 1 == role {
                return None;
            }
        }
    }
    None
}

fn female_role(w: &str) -> bool {
    [
        "журналистк",
        "корреспондентк",
        "блогерш",
        "редакторш",
        "фотографш",
        "camerawoman",
        "newswoman",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// English: the first he/she after the mention, in its sentence or the next.
fn en_pronoun_gender(doc: &Doc<'_>, from: usize) -> Option<&'static str> {
    let s = sentence_of(doc, from);
    let mut k = from;
    while k < doc.tokens.len() && k < from + 40 && sentence_of(doc, k) <= s + 1 {
        match norm(doc, k) {
            "she" | "her" | "hers" | "herself" => return Some("female"),
            "he" | "him" | "his" | "himself" => return Some("male"),
            _ => {}
        }
        k += 1;
    }
    None
}

/// Russian: a feminine past or short participle right after the name ("задержана", "заявила").
fn ru_verb_gender(doc: &Doc<'_>, from: usize) -> Option<&'static str> {
    let s = sentence_of(doc, from);
    for k in from..(from + 3).min(doc.tokens.len()) {
        if sentence_of(doc, k) != s {
            break;
        }
        let w = norm(doc, k);
        let fem = [
            "задержана",
            "арестована",
            "осуждена",
            "оштрафована",
            "избита",
            "заявила",
            "сообщила",
            "была",
        ];
        let masc = [
            "задержан",
            "арестован",
            "осужден",
            "оштрафован",
            "избит",
            "заявил",
            "сообщил",
            "был",
        ];
        if fem.contains(&w) {
            return Some("female");
        }
        if masc.contains(&w) {
            return Some("male");
        }
    }
    None
}

fn victims(doc: &Doc<'_>, ctx: &Context, cues: &Cues, found: &[Found], facts: &mut Facts) {
    let n = doc.tokens.len().min(ctx.stop);
    let mut is_place = vec![false; doc.tokens.len()];
    for f in found {
        if matches!(f.cat, Cat::Place | Cat::Outlet) {
            for t in f.first..f.last {
                if let Some(x) = is_place.get_mut(t as usize) {
                    *x = true;
                }
            }
        }
    }
    let mut generic: Vec<Victim> = Vec::new();
    for (f, p) in select(cues, found, Cat::Role) {
        let (first, last) = (f.first as usize, f.last as usize);
        let s = sentence_of(doc, first);
        // Incident sentences, the sentence before one ("Our reporter X was at the court. He
        // was detained."), and the headline.
        if !(ctx.evidence(s) || ctx.evidence(s + 1) || s < 2) {
            continue;
        }
        let label = ctx.label(s, ROLE_PREFER);
        let role_word = norm(doc, first);
        let mut gender = female_role(role_word).then_some("female");
        let media_role = matches!(p.id, "newspaper" | "tv_channel" | "website" | "outlet");
        let mut names: Vec<(usize, usize)> = Vec::new();
        if !media_role {
            let plural_kk = ctx.lang == Lang::Kk && kk_plural(role_word);
            let after = if plural_kk {
                None
            } else {
                name_after(doc, last, n, &is_place)
                    .or_else(|| name_after_outlet(doc, last, n, &is_place))
            };
            if let Some((a, b)) = after {
                names.push((a, b));
                // "Сәния Тойкен мен Санат Нұрбековті", "X and Y"
                let mut k = b;
                while names.len() < 4
                    && k + 1 < n
                    && matches!(norm(doc, k), "мен" | "и" | "and" | "және")
                {
                    match name_after(doc, k + 1, n, &is_place) {
                        Some((c, d)) => {
                            names.push((c, d));
                            k = d;
                        }
                        _ => break,
                    }
                }
            } else if let Some((a, b)) = name_before(doc, first, &is_place) {
                names.push((a, b));
            }
        }
        if names.is_empty() {
            let count = count_before(doc, first, ctx.lang);
            let (start, end) = span(doc, first, last);
            let v = Victim {
                role: p.id,
                name: None,
                count,
                gender,
                gender_inferred: gender.is_some(),
                text: text_of(doc, start, end),
                start,
                end,
                label,
            };
            if count.is_some() {
                push_victim(facts, v);
            } else if ctx.evidence(s) && !generic.iter().any(|g| g.role == p.id) {
                generic.push(v);
            }
            continue;
        }
        for (a, b) in names {
            if gender.is_none() {
                gender = match ctx.lang {
                    Lang::En => en_pronoun_gender(doc, b),
                    Lang::Ru => ru_verb_gender(doc, b),
                    Lang::Kk => None,
                };
            }
            let (ns, ne) = span(doc, a, b);
            let (rs, re) = span(doc, first, last);
            let (start, end) = (rs.min(ns), re.max(ne));
            push_victim(
                facts,
                Victim {
                    role: p.id,
                    name: Some(text_of(doc, ns, ne)),
                    count: None,
                    gender,
                    gender_inferred: gender.is_some(),
                    text: text_of(doc, start, end),
                    start,
                    end,
                    label,
                },
            );
        }
    }
    // A role word without a name or number says who was targeted only when no named or
    // counted victim does.
    if facts.victims.is_empty() {
        facts.victims.extend(generic);
    }
    crate::order::sort_by(&mut facts.victims, |a, b| a.start.cmp(&b.start));
}

/// The surname key of a name: its last word, folded, cut to five letters so that case
/// endings meet (Ахмедьяров, Ахмедьярова).
pub(crate) fn name_key(name: &str) -> String {
    let last = name.split_whitespace().next_back().unwrap_or("");
    // Its first five characters, cut in place rather than collected (no copy of `String`'s
    // `Extend<char>` for `Take<Chars>` in the .wasm).
    let mut key = fold(last);
    if let Some((i, _)) = nth_char(&key, 5) {
        key.truncate(i);
    }
    key
}

fn push_victim(facts: &mut Facts, v: Victim) {
    if facts.victims.len() >= MAX_FACTS {
        return;
    }
    let dup = facts.victims.iter().any(|o| {
        o.role == v.role
            && match (&o.name, &v.name) {
                (Some(a), Some(b)) => name_key(a) == name_key(b),
                (None, None) => o.count == v.count,
                _ => false,
            }
    });
    // A name seen under another role (journalist X, then editor X) is one person.
    let same_person = v.name.as_ref().is_some_and(|b| {
        facts
            .victims
            .iter()
            .any(|o| o.name.as_ref().is_some_and(|a| name_key(a) == name_key(b)))
    });
    if !dup && !same_person {
        facts.victims.push(v);
    }
}

// ---------------------------------------------------------------------------------------
// Perpetrators, charges, statuses

fn perpetrators(doc: &Doc<'_>, ctx: &Context, cues: &Cues, found: &[Found], facts: &mut Facts) {
    for (f, p) in select(cues, found, Cat::Actor) {
        let s = sentence_of(doc, f.first as usize);
        if !ctx.evidence(s) || facts.perpetrators.iter().any(|x| x.actor == p.id) {
            continue;
        }
        if p.id == "platform" {
            let ls = ctx.labels.get(s).map(Vec::as_slice).unwrap_or(&[]);
            if !ls
                .iter()
                .any(|l| matches!(*l, "censorship" | "blocking_shutdown"))
            {
                continue;
            }
        }
        let (start, end) = span(doc, f.first as usize, f.last as usize);
        facts.perpetrators.push(Perpetrator {
            actor: p.id,
            text: text_of(doc, start, end),
            start,
            end,
            label: ctx.label(s, &[]),
        });
    }
}

const NEGATORS: Words = words!["не", "not", "no", "без", "without", "never", "нет"];

fn negated(doc: &Doc<'_>, first: usize) -> bool {
    let s = sentence_of(doc, first);
    (1..=2).any(|b| {
        first
            .checked_sub(b)
            .is_some_and(|k| sentence_of(doc, k) == s && NEGATORS.contains(norm(doc, k)))
    })
}

fn charges_and_status(
    doc: &Doc<'_>,
    ctx: &Context,
    cues: &Cues,
    found: &[Found],
    facts: &mut Facts,
) {
    for (cat, kind) in [(Cat::Charge, "charge"), (Cat::Status, "status")] {
        for (f, p) in select(cues, found, cat) {
            let first = f.first as usize;
            if negated(doc, first)
                || facts
                    .legal
                    .iter()
                    .any(|l| l.kind == kind && l.name == Some(p.id))
            {
                continue;
            }
            let (start, end) = span(doc, first, f.last as usize);
            let prefer: &[&str] = if p.id == "dismissed" {
                &["civil_case", "prosecution"]
            } else {
                &["prosecution", "civil_case"]
            };
            facts.legal.push(Legal {
                kind,
                name: Some(p.id),
                ..legal(doc, ctx, start, end, first, prefer)
            });
        }
    }
}

fn legal(
    doc: &Doc<'_>,
    ctx: &Context,
    start: usize,
    end: usize,
    first: usize,
    prefer: &[&str],
) -> Legal {
    Legal {
        kind: "",
        text: text_of(doc, start, end),
        name: None,
        article: None,
        part: None,
        code: None,
        value: None,
        unit: None,
        currency: None,
        start,
        end,
        label: ctx.label(sentence_of(doc, first), prefer),
    }
}

// ---------------------------------------------------------------------------------------
// The token pass: dates, code articles, penalties.

fn scan_tokens(doc: &Doc<'_>, ctx: &Context, ids: &WordIds, facts: &mut Facts) {
    let n = doc.tokens.len().min(ctx.stop);
    let mut i = 0;
    while i < n {
        // `NUMERIC` comes last among a word's ids, if at all (`Cues::word_ids`).
        if !doc.flagged(i, word_flag::NUMERIC, |_| {
            ids.second(doc, i).last() == Some(&cues::NUMERIC)
        }) {
            i += 1;
            continue;
        }
        if let Some(d) = date_at(doc, i) {
            push_date(doc, ctx, facts, d);
            i = d.last.max(i + 1);
            continue;
        }
        if let Some(next) = article_at(doc, ctx, i, n, facts) {
            i = next.max(i + 1);
            continue;
        }
        if let Some(next) = penalty_at(doc, ctx, i, n, facts) {
            i = next.max(i + 1);
            continue;
        }
        i += 1;
    }
}

fn push_date(doc: &Doc<'_>, ctx: &Context, facts: &mut Facts, d: numbers::DateAt) {
    if facts.dates.len() >= MAX_FACTS {
        return;
    }
    if facts
        .dates
        .iter()
        .any(|x| x.year == d.year && x.month == d.month && x.day == d.day)
    {
        return;
    }
    let (start, end) = span(doc, d.first, d.last);
    facts.dates.push(Date {
        text: text_of(doc, start, end),
        iso: d.year.map(|y| {
            let mut iso = String::with_capacity(10);
            crate::error::push_digits(&mut iso, y.into(), 4);
            iso.push('-');
            crate::error::push_digits(&mut iso, d.month.into(), 2);
            iso.push('-');
            crate::error::push_digits(&mut iso, d.day.into(), 2);
            iso
        }),
        year: d.year,
        month: d.month,
        day: d.day,
        start,
        end,
        label: ctx.label(sentence_of(doc, d.first), &[]),
    });
}

/// An article number: "405", "19.11". Returns the number and the token after it.
fn article_number(doc: &Doc<'_>, i: usize, n: usize) -> Option<(String, usize)> {
    let w = norm(doc, i);
    if w.is_empty() || w.len() > 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut num = w.to_string();
    let mut k = i + 1;
    if k < n
        && gap(doc, i) == "."
        && norm(doc, k).bytes().all(|b| b.is_ascii_digit())
        && norm(doc, k).len() <= 3
    {
        num.push('.');
        num.push_str(norm(doc, k));
        k += 1;
    } else if k < n
        && gap(doc, i) == "-"
        && norm(doc, k).bytes().all(|b| b.is_ascii_digit())
        && norm(doc, k).len() <= 2
    {
        // Russian "статья 456-2"; the Kazakh "158-бабы" has a word after the hyphen.
        num.push('-');
        num.push_str(norm(doc, k));
        k += 1;
    }
    (num != "0").then_some((num, k))
}

fn code_word(w: &str) -> Option<&'static str> {
    let starts = |ps: &[&str]| ps.iter().any(|p| w.starts_with(p));
    if matches!(w, "ук" | "қк" | "uk") || starts(&["уголовн", "criminal", "қылмыстық"])
    {
        Some("criminal")
    } else if matches!(w, "коап" | "әқбтк")
        || starts(&["административн", "administrative", "әкімшілік"])
    {
        Some("administrative")
    } else if matches!(w, "гк") || starts(&["гражданск", "civil", "азаматтық"])
    {
        Some("civil")
    } else if starts(&["конституци", "constitution", "ата заң"]) {
        Some("constitution")
    } else {
        None
    }
}

/// The code named near tokens `first..last`: a few words after, or a few before.
fn code_near(doc: &Doc<'_>, first: usize, last: usize, n: usize) -> Option<&'static str> {
    let s = sentence_of(doc, first);
    let after = (last..(last + 6).min(n)).take_while(|&k| sentence_of(doc, k) == s);
    let before = (first.saturating_sub(5)..first)
        .rev()
        .take_while(|&k| sentence_of(doc, k) == s);
    after.chain(before).find_map(|k| code_word(norm(doc, k)))
}

const ARTICLE_WORDS: Words = words![
    "статья",
    "статьи",
    "статье",
    "статью",
    "статьей",
    "статьям",
    "статьями",
    "статей",
    "ст",
    "article",
    "articles",
    "art",
];

/// "часть 2 статьи 405", "ч. 1 ст. 274", "part 2 of Article 174", "2-бөлігі".
fn part_before(doc: &Doc<'_>, art: usize) -> Option<String> {
    let s = sentence_of(doc, art);
    for back in 1..=4 {
        let k = art.checked_sub(back)?;
        if sentence_of(doc, k) != s {
            return None;
        }
        let w = norm(doc, k);
        if matches!(w, "часть" | "части" | "частью" | "ч" | "part" | "paragraph") {
            let d = norm(doc, k + 1);
            if !d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()) {
                return Some(d.to_string());
            }
        }
    }
    None
}

fn article_at(
    doc: &Doc<'_>,
    ctx: &Context,
    i: usize,
    n: usize,
    facts: &mut Facts,
) -> Option<usize> {
    let w = norm(doc, i);
    let s = sentence_of(doc, i);
    let mut numbers: Vec<(String, usize, usize)> = Vec::new();
    let mut part = None;
    let first;
    let mut after;
    if ARTICLE_WORDS.contains(w) {
        if (w == "ст" || w == "art") && !gap(doc, i).starts_with('.') {
            return None;
        }
        first = i;
        after = i + 1;
        // "статьям 258 и 405", "Articles 258 and 405"
        while after < n && sentence_of(doc, after) == s && numbers.len() < 6 {
            let Some((num, next)) = article_number(doc, after, n) else {
                break;
            };
            numbers.push((num, after, next));
            after = next;
            if after + 1 < n && matches!(norm(doc, after), "и" | "and" | "және") {
                if article_number(doc, after + 1, n).is_some() {
                    after += 1;
                    continue;
                }
            } else if gap(doc, after - 1).trim() == "," && article_number(doc, after, n).is_some() {
                continue;
            }
            break;
        }
        part = part_before(doc, i);
        if part.is_none() && after < n && matches!(norm(doc, after), "part" | "часть" | "части")
        {
            let d = norm(doc, after + 1);
            if !d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()) {
                part = Some(d.to_string());
            }
        }
    } else if i + 1 < n
        && gap(doc, i).trim() == "-"
        && (norm(doc, i + 1).starts_with("бап") || norm(doc, i + 1).starts_with("баб"))
    {
        // Kazakh: "158-бабының 2-бөлігі"
        let (num, _) = article_number(doc, i, n)?;
        first = i;
        after = i + 2;
        numbers.push((num, i, i + 2));
        if after + 1 < n
            && gap(doc, after).trim() == "-"
            && norm(doc, after + 1).starts_with("бөлі")
        {
            let d = norm(doc, after);
            if d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()) {
                part = Some(d.to_string());
                after += 2;
            }
        }
    } else {
        return None;
    }
    if numbers.is_empty() {
        return None;
    }
    let code = code_near(doc, first, after, n);
    // "ARTICLE 19" is a press-freedom organisation, not a code article.
    if code.is_none() && ctx.lang == Lang::En && numbers.len() == 1 && numbers[0].0 == "19" {
        return Some(after);
    }
    if surface(doc, first) == "ARTICLE" {
        return Some(after);
    }
    for (num, a, b) in numbers {
        if facts
            .legal
            .iter()
            .any(|l| l.kind == "article" && l.article.as_deref() == Some(num.as_str()))
            || facts.legal.len() >= MAX_FACTS
        {
            continue;
        }
        let (start, _) = span(doc, first, first + 1);
        let (_, end) = span(doc, a, b);
        facts.legal.push(Legal {
            kind: "article",
            article: Some(num),
            part: part.clone(),
            code,
            ..legal(doc, ctx, start, end, first, &["prosecution", "civil_case"])
        });
    }
    Some(after)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cue {
    Sentence,
    Detention,
    Ban,
    Fine,
    Damages,
    Other,
}

/// The starts of words that say what a number near them is (see [`cue_of`]); the last list
/// is of whole words.
const SENTENCE_CUES: Words = words![
    "sentenc",
    "prison",
    "imprison",
    "jail",
    "colony",
    "penal",
    "serving",
    "serve",
    "received",
    "gave",
    "given",
    "приговор",
    "осужд",
    "осуди",
    "лишени",
    "заключени",
    "колони",
    "решетк",
    "срок",
    "получил",
    "назначил",
    "назначен",
    "отбыва",
    "сотталд",
    "сотталған",
    "бостандығынан",
    "жаза",
    "үкім",
];
const DETENTION_CUES: Words = words![
    "arrest",
    "detain",
    "detention",
    "custody",
    "held",
    "арест",
    "страж",
    "задерж",
    "изолятор",
    "сизо",
    "домашн",
    "қамау",
    "қамал",
    "ұстал",
    "тұтқын",
];
const BAN_CUES: Words = words![
    "ban",
    "barred",
    "prohibit",
    "запрет",
    "запрещ",
    "тыйым",
    "права",
];
const FINE_CUES: Words = words!["fine", "penalt", "штраф", "оштраф", "айыппұл"];
const DAMAGES_CUES: Words = words![
    "damages",
    "awarded",
    "suit",
    "compensation",
    "claim",
    "sued",
    "lawsuit",
    "моральн",
    "иск",
    "взыск",
    "возмещ",
    "компенсац",
    "өтемақы",
    "талап",
    "шығын",
];
const OTHER_CUES: Words = words![
    "ago",
    "old",
    "aged",
    "назад",
    "бұрын",
    "since",
    "жаста",
    "age",
    "возрасте",
    "after",
    "спустя",
    "через",
    "кейін",
];

fn cue_of(w: &str) -> Option<Cue> {
    // Every start has two bytes or more: a word whose first two bytes begin none is none.
    static HEADS: WordFilter = WordFilter::new(SENTENCE_CUES)
        .with(DETENTION_CUES)
        .with(BAN_CUES)
        .with(FINE_CUES)
        .with(DAMAGES_CUES)
        .with(OTHER_CUES);
    if !HEADS.may_hold(w) {
        return None;
    }
    // Natively each list has its own filter too, and a start's first two bytes are compared
    // inline before the rest (each `starts_with` is a call to `memcmp`): a word that begins
    // like some start (a Russian word after "по", "на" or "за") is checked only against the
    // starts that begin so. The .wasm keeps its plain search (the filters took 65 bytes of
    // its gzipped budget).
    #[cfg(not(target_arch = "wasm32"))]
    static LISTS: [WordFilter; 5] = [
        WordFilter::new(SENTENCE_CUES),
        WordFilter::new(DETENTION_CUES),
        WordFilter::new(BAN_CUES),
        WordFilter::new(FINE_CUES),
        WordFilter::new(DAMAGES_CUES),
    ];
    #[cfg(not(target_arch = "wasm32"))]
    let starts = |k: usize, ps: Words| {
        let (b, head) = (w.as_bytes(), w.as_bytes().get(..2));
        LISTS[k].may_hold(w) && ps.any(|p| p.get(..2) == head && b.starts_with(p))
    };
    #[cfg(target_arch = "wasm32")]
    let starts = |_: usize, ps: Words| ps.any(|p| w.as_bytes().starts_with(p));
    if starts(0, SENTENCE_CUES) {
        Some(Cue::Sentence)
    } else if starts(1, DETENTION_CUES) {
        Some(Cue::Detention)
    } else if starts(2, BAN_CUES) {
        Some(Cue::Ban)
    } else if starts(3, FINE_CUES) {
        Some(Cue::Fine)
    } else if starts(4, DAMAGES_CUES) {
        Some(Cue::Damages)
    } else if OTHER_CUES.contains(w) {
        Some(Cue::Other)
    } else {
        None
    }
}

/// The nearest penalty cue to tokens `first..last` within eight words in the sentence.
fn nearest_cue(doc: &Doc<'_>, first: usize, last: usize, n: usize) -> Option<Cue> {
    let s = sentence_of(doc, first);
    for d in 0..=8 {
        let after = last + d;
        if after < n && sentence_of(doc, after) == s {
            if let Some(c) = cue_of(norm(doc, after)) {
                return Some(c);
            }
        }
        if let Some(before) = first.checked_sub(d + 1) {
            if sentence_of(doc, before) == s {
                if let Some(c) = cue_of(norm(doc, before)) {
                    return Some(c);
                }
            }
        }
    }
    None
}

/// "до трёх лет", "up to 3,000 MCI", "от десяти лет": a legal maximum or a range, not a
/// penalty given.
fn bound_before(doc: &Doc<'_>, i: usize) -> bool {
    let s = sentence_of(doc, i);
    let prev = |b: usize| {
        i.checked_sub(b)
            .filter(|&k| sentence_of(doc, k) == s)
            .map_or("", |k| norm(doc, k))
    };
    matches!(
        prev(1),
        "до" | "от" | "за" | "from" | "between" | "maximum" | "максимум"
    ) || (prev(2) == "up" && prev(1) == "to")
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// A penalty that starts at token `i`: a length of detention or a sentence (number + unit of
/// time) or a fine or damages (number + currency). Returns the token after it.
fn penalty_at(
    doc: &Doc<'_>,
    ctx: &Context,
    i: usize,
    n: usize,
    facts: &mut Facts,
) -> Option<usize> {
    let num = number_at(doc, i, ctx.lang)?;
    if num.last > n {
        return None;
    }
    let s = sentence_of(doc, i);
    let same = |k: usize| k < n && sentence_of(doc, k) == s;
    // A length of time.
    let mut unit_at = num.last;
    let mut listed = None;
    if same(unit_at)
        && time_unit(norm(doc, unit_at)).is_none()
        && matches!(norm(doc, unit_at), "и" | "and" | "or" | "или" | "және")
    {
        // "20 и 10 суток": the first number takes the unit of the second.
        if let Some(second) = number_at(doc, unit_at + 1, ctx.lang) {
            if same(second.last) && time_unit(norm(doc, second.last)).is_some() {
                listed = Some(second);
                unit_at = second.last;
            }
        }
    }
    if same(unit_at)
        && !gap(doc, unit_at.saturating_sub(1))
            .as_bytes()
            .contains(&b'-')
    {
        if let Some((unit, arrest_word)) = time_unit(norm(doc, unit_at)) {
            let (mut value, mut end_tok) = (
                num.value,
                if listed.is_some() {
                    num.last
                } else {
                    unit_at + 1
                },
            );
            // "2 years and 6 months"
            if listed.is_none()
                && unit == TimeUnit::Years
                && same(unit_at + 2)
                && matches!(norm(doc, unit_at + 1), "and" | "и")
            {
                if let Some(m) = number_at(doc, unit_at + 2, ctx.lang) {
                    if same(m.last)
                        && time_unit(norm(doc, m.last)).map(|u| u.0) == Some(TimeUnit::Months)
                    {
                        value += m.value / 12.0;
                        end_tok = m.last + 1;
                    }
                }
            }
            if num.digits && (1900.0..=2100.0).contains(&num.value) {
                return Some(unit_at + 1);
            }
            let cue = nearest_cue(doc, i, unit_at + 1, n);
            if bound_before(doc, i) {
                // "up to between three and seven years": a range in the law, both numbers.
                return Some(unit_at + 1);
            }
            let kind = match (cue, unit, arrest_word) {
                (Some(Cue::Ban | Cue::Other), _, _) => None,
                (_, _, true) => Some("detention_length"),
                (Some(Cue::Detention), _, _) => Some("detention_length"),
                (Some(Cue::Sentence), TimeUnit::Days | TimeUnit::Hours, _) => {
                    Some("detention_length")
                }
                (Some(Cue::Sentence), _, _) => Some("sentence"),
                _ => None,
            };
            if let Some(kind) = kind {
                push_penalty(
                    doc,
                    ctx,
                    facts,
                    kind,
                    round2(value),
                    Some(unit.name()),
                    None,
                    i,
                    end_tok,
                );
            }
            return Some(if listed.is_some() { num.last } else { end_tok });
        }
    }
    // An amount of money.
    let sign = currency_sign(gap_before(doc, i));
    let word = if same(num.last) {
        currency_after(norm(doc, num.last))
    } else {
        None
    };
    let currency = sign.or(word);
    let currency = currency?;
    let end_tok = if word.is_some() && sign.is_none() {
        num.last + 1
    } else {
        num.last
    };
    // "150,000 tenge ($312)": the amount in brackets is a conversion.
    let bracketed = gap_before(doc, i).as_bytes().contains(&b'(')
        && facts.legal.last().is_some_and(|l| {
            matches!(l.kind, "fine" | "damages")
                && doc
                    .tokens
                    .get(i)
                    .is_some_and(|t| (t.start as usize).saturating_sub(l.end) <= 4)
        });
    if bracketed {
        return Some(end_tok);
    }
    if bound_before(doc, i) {
        return Some(end_tok);
    }
    let kind = match nearest_cue(doc, i, end_tok, n) {
        Some(Cue::Fine) => Some("fine"),
        Some(Cue::Damages) => Some("damages"),
        _ if currency == "MCI" => Some("fine"),
        _ => None,
    };
    if let Some(kind) = kind {
        let start_tok = i;
        push_penalty(
            doc,
            ctx,
            facts,
            kind,
            round2(num.value),
            None,
            Some(currency),
            start_tok,
            end_tok,
        );
        if sign.is_some() {
            // Include the sign in the text.
            if let Some(l) = facts.legal.last_mut() {
                let g = gap_before(doc, i);
                let sign_len = g.trim_end().chars().next_back().map_or(0, char::len_utf8);
                let trailing = g.len() - g.trim_end().len();
                if l.kind == kind && l.start >= sign_len + trailing {
                    let new_start = l.start - sign_len - trailing;
                    if doc.text.is_char_boundary(new_start) {
                        l.start = new_start;
                        l.text = text_of(doc, l.start, l.end);
                    }
                }
            }
        }
    }
    Some(end_tok)
}

#[allow(clippy::too_many_arguments)]
fn push_penalty(
    doc: &Doc<'_>,
    ctx: &Context,
    facts: &mut Facts,
    kind: &'static str,
    value: f64,
    unit: Option<&'static str>,
    currency: Option<&'static str>,
    first: usize,
    last: usize,
) {
    // One penalty said twice ("на два месяца", then "сроком на два месяца") is one fact.
    let dup = facts
        .legal
        .iter()
        .any(|l| l.value == Some(value) && l.unit == unit && l.currency == currency);
    if dup || value <= 0.0 || facts.legal.len() >= MAX_FACTS {
        return;
    }
    let (start, end) = span(doc, first, last);
    let prefer: &[&str] = match kind {
        "detention_length" | "sentence" => &["detention", "prosecution"],
        "damages" => &["civil_case"],
        _ => &["prosecution", "civil_case"],
    };
    facts.legal.push(Legal {
        kind,
        value: Some(value),
        unit,
        currency,
        ..legal(doc, ctx, start, end, first, prefer)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify;

    #[test]
    fn every_number_cue_is_found() {
        // The two-byte filter in front of the lists must let each of their words through.
        for list in [
            SENTENCE_CUES,
            DETENTION_CUES,
            BAN_CUES,
            FINE_CUES,
            DAMAGES_CUES,
            OTHER_CUES,
        ] {
            for w in list {
                assert!(cue_of(w).is_some(), "{w}");
            }
        }
        assert!(cue_of("journalist").is_none());
    }

    #[test]
    fn furniture_lines_pass_the_filter() {
        // Every marker has two bytes for the filter to key on, and a line that starts with
        // one (in any case, with text after it) is furniture.
        for m in FURNITURE {
            assert!(m.len() >= 2, "{m}: the filter keys on two bytes");
            let text = format!("Body of the story.\n\n{} more\nNext line", m.to_uppercase());
            let doc = Doc::new(&text);
            assert!(furniture_start(&doc) < doc.tokens.len(), "{m}");
        }
        let doc = Doc::new("Body of the story.\n\nReady for more.");
        assert_eq!(furniture_start(&doc), doc.tokens.len());
    }

    #[test]
    fn every_media_noun_is_one() {
        // The two-byte filter in front of the list must let each of its nouns through.
        for m in MEDIA_NOUNS {
            assert!(is_media_noun(m), "{m}");
            assert!(m.len() >= 2, "{m}: the filter keys on two bytes");
        }
        assert!(is_media_noun("газетой") && is_media_noun("outlets"));
        assert!(!is_media_noun("журналиста") && !is_media_noun("police"));
    }

    fn facts(text: &str) -> Facts {
        classify(text).facts
    }

    fn penalties(
        f: &Facts,
    ) -> Vec<(
        &'static str,
        f64,
        Option<&'static str>,
        Option<&'static str>,
    )> {
        f.legal
            .iter()
            .filter(|l| matches!(l.kind, "detention_length" | "sentence" | "fine" | "damages"))
            .map(|l| (l.kind, l.value.unwrap_or(0.0), l.unit, l.currency))
            .collect()
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_outlet_loop_passes_over_only_tokens_where_no_name_starts() {
        // the editor of orda . kz said the newspaper 24 times « vlast »
        let doc = Doc::new("the editor of orda.kz said the newspaper 24 times «Vlast»");
        let n = doc.tokens.len();
        assert_eq!(n, 11);
        let next = |en, i| next_maybe_outlet(&doc, en, i, n);
        // A web name's first half, an English outlet noun, a number, a capital.
        assert_eq!([0, 4, 8, 9, 11].map(|i| next(true, i)), [3, 7, 8, 10, 11]);
        // Outside English an outlet noun starts nothing.
        assert_eq!(next(false, 4), 8);
        assert_eq!(next_maybe_outlet(&doc, true, 0, 2), 2);
    }

    #[test]
    fn lower_tokens_have_no_capital_and_no_leading_digit() {
        let doc = Doc::new("journalist Journalist eGOV журналиСт ёлка Ёлка 1tv әділет Әділет");
        let lower: Vec<bool> = (0..doc.tokens.len())
            .map(|i| lower_token(&doc, i))
            .collect();
        assert_eq!(
            lower,
            [true, false, false, false, true, false, false, true, false]
        );
        let caps: Vec<bool> = (0..doc.tokens.len()).map(|i| is_cap(&doc, i)).collect();
        assert_eq!(
            caps,
            [false, true, false, false, false, true, false, false, true]
        );
    }

    #[test]
    fn penalties_are_normalised() {
        let f = facts(
            "The court sentenced journalist Daniyar Adilbekov to four and a half years in prison.",
        );
        assert_eq!(penalties(&f), vec![("sentence", 4.5, Some("years"), None)]);
        let f = facts("Суд приговорил журналиста к четырём с половиной годам лишения свободы. Журналистку арестовали на 10 суток.");
        assert!(
            penalties(&f).contains(&("detention_length", 10.0, Some("days"), None)),
            "{f:?}"
        );
        let f = facts("Журналиста оштрафовали на 200 МРП. Редакцию обязали выплатить 1 млн тенге морального вреда.");
        assert_eq!(
            penalties(&f),
            vec![
                ("fine", 200.0, None, Some("MCI")),
                ("damages", 1e6, None, Some("KZT"))
            ]
        );
        let f = facts("The outlet was fined $160,000 for the report about the journalist.");
        assert_eq!(penalties(&f), vec![("fine", 160000.0, None, Some("USD"))]);
        let f = facts("Two activists were detained and jailed for 20 and 10 days for supporting the journalist.");
        assert_eq!(
            penalties(&f),
            vec![
                ("detention_length", 20.0, Some("days"), None),
                ("detention_length", 10.0, Some("days"), None)
            ]
        );
        // Ages, years and bans are not penalties.
        let f = facts("The 55-year-old journalist has worked for 20 years since 2004; he was banned for three years.");
        assert!(penalties(&f).is_empty(), "{f:?}");
    }

    #[test]
    fn articles_dates_and_places() {
        let text = "Журналиста задержали 15 июля 2025 года в Уральске по ч. 2 ст. 274 УК РК.";
        let f = facts(text);
        let a = f
            .legal
            .iter()
            .find(|l| l.kind == "article")
            .expect("article");
        assert_eq!(
            (a.article.as_deref(), a.part.as_deref(), a.code),
            (Some("274"), Some("2"), Some("criminal"))
        );
        assert_eq!(f.dates[0].iso.as_deref(), Some("2025-07-15"));
        assert_eq!(&text[f.dates[0].start..f.dates[0].end], "15 июля 2025");
        assert_eq!(f.places[0].name, "Oral");
        assert_eq!(&text[f.places[0].start..f.places[0].end], "Уральске");
        let f = facts("He was fined under Article 19.11 of the Code of Administrative Offences.");
        let a = f
            .legal
            .iter()
            .find(|l| l.kind == "article")
            .expect("article");
        assert_eq!(
            (a.article.as_deref(), a.code),
            (Some("19.11"), Some("administrative"))
        );
        let f = facts("Журналисті Қылмыстық кодекстің 274-бабы бойынша 2025 жылғы 15 шілде күні Астанада ұстады.");
        let a = f
            .legal
            .iter()
            .find(|l| l.kind == "article")
            .expect("article");
        assert_eq!(
            (a.article.as_deref(), a.code),
            (Some("274"), Some("criminal"))
        );
        assert_eq!(f.dates[0].iso.as_deref(), Some("2025-07-15"));
        assert_eq!(f.places[0].name, "Astana");
    }

    #[test]
    fn a_title_case_headline_names_no_one() {
        let names = |text: &str| -> Vec<Option<String>> {
            facts(text).victims.into_iter().map(|v| v.name).collect()
        };
        assert_eq!(
            names("Reporter Beaten By Police At Rally\n\nA reporter was beaten by police."),
            vec![None]
        );
        assert_eq!(
            names("Journalist Detained In Almaty\n\nPolice detained journalist Anna Petrova."),
            vec![Some("Anna Petrova".to_string())]
        );
        // A sentence-case headline still gives the name after the role word.
        assert_eq!(
            names("Police detain journalist Anna Petrova at the Rally"),
            vec![Some("Anna Petrova".to_string())]
        );
    }

    #[test]
    fn victims_with_names_counts_and_gender() {
        let f = facts("Police detained journalist Aigerim Tleuzhanova in Almaty on Monday. She was released later.");
        let v = &f.victims[0];
        assert_eq!(
            (v.role, v.name.as_deref(), v.gender),
            ("journalist", Some("Aigerim Tleuzhanova"), Some("female"))
        );
        assert!(v.gender_inferred);
        assert_eq!(f.perpetrators[0].actor, "police");
        let f = facts("В Алматы полиция задержала шестнадцать журналистов.");
        assert_eq!(
            (f.victims[0].role, f.victims[0].count),
            ("journalist", Some(16))
        );
        let f = facts("Полиция задержала журналистку Гульнару Бажкенову.");
        assert_eq!(f.victims[0].gender, Some("female"));
    }

    #[test]
    fn outlets_by_quotes_web_names_and_known_names() {
        let f = facts("Полиция провела обыск в редакции издания «Власть» и сайта Orda.kz, сообщает Радио Азаттык.");
        let names: Vec<&str> = f.outlets.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, vec!["Власть", "Orda.kz", "Радио Азаттык"]);
    }

    #[test]
    fn nothing_found_is_empty_and_nothing_panics() {
        assert!(facts("").is_empty());
        assert!(facts("The central bank raised its key rate.")
            .victims
            .is_empty());
        for text in [
            "«",
            "«»",
            "\"",
            "ст.",
            "статья 1.",
            "1.",
            "$",
            "15",
            "15 июля",
            "2025 жылғы",
            "article 19.",
            "«Власть",
            "1,",
            "1 000",
            "99999999999999999999 тенге",
            "7.",
            "$$$1",
            "« » « »",
            "журналист «",
            "— А. Б.",
        ] {
            let _ = facts(text);
        }
    }
}
