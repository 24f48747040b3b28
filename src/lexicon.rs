//! Lexicon layer: cue files parsed once and compiled into word-start look-ups and cue lists.
//!
//! A lexicon file is plain UTF-8, one cue a line, `#` starts a comment:
//!
//! ```text
//! # category   weight  scope  cue
//! detention    0.9     media  arrest
//! detention    1.0     -      =jailed ~2 journalist*
//! media        1.0     -      journalist*
//! negation     1.0     before not
//! ```
//!
//! - `category`: an incident id of TAXONOMY.md, or one of the context classes `media` (the
//!   victim is media), `negation`, `hypothetical`, `boilerplate` (page furniture),
//!   `nonmedia` (the person acted on is not media: a suspect, an attacker), `attribution`
//!   (a media word that only names a source: "told reporters", "сообщает издание"; media
//!   words inside an attribution cue do not make the sentence about media), `withdrawn`
//!   (a bill withdrawn, rejected or shelved: the article's restrictive-law score keeps 0.3),
//!   `misconduct` (a worker's own misconduct: the article's economic-pressure and intimidation
//!   scores keep 0.3),
//!   `accident` (a road, air or mountain accident: the article's physical-attack and
//!   property-damage scores keep 0.3, and a killing in the accident's own sentence),
//!   `offence` (a private offence such as speeding or drunk driving: the article's
//!   prosecution, detention, economic-pressure and civil-case scores keep 0.3: the victims'
//!   claims are private too),
//!   `business` (a media company's own suit against a supplier, a printer or a contractor:
//!   the article's civil-case and information-refusal scores keep 0.3; scope `sentence` also
//!   negates its sentence),
//!   `outage` (a power cut, a severed cable or a storm named as a cause: a blocking-shutdown
//!   hit in its own sentence does not count), `border` (a border post, passport control:
//!   an access-obstruction hit in its own sentence keeps 0.3; a reporter not let into a
//!   country is a travel restriction), `device` (a reporter's phone or camera taken,
//!   unlocked, its gallery, a deletion forced, an account that intruders took over, a fake
//!   page, a wall or a fence removed: a censorship hit in its own sentence keeps 0.3; a video
//!   deleted there is footage destroyed, a raid's, and posts deleted by intruders are their
//!   attack's), `powers` (removal or blocking powers a law gives: "allows prosecutors to order
//!   platforms to remove content", "must remove", "power to order providers to restrict
//!   access": a censorship or blocking hit in its own sentence keeps 0.3, as with `device`;
//!   the law itself is restrictive_law), `claim` (a claimant's demands in a suit, removal
//!   beside damages: "требует удалить публикацию и взыскать компенсацию": a censorship hit in
//!   its own sentence keeps 0.3, as with `device`; the suit is civil_case),
//!   `bystander` (a journalist who witnessed an ordinary crime or a crash and testifies about
//!   it: the article's prosecution, detention, physical-attack, raid, intimidation and
//!   property-damage scores keep 0.3: the crime and the questioning are not about their work),
//!   `gambling` (blocked online casinos or betting sites: the article's blocking, detention,
//!   prosecution and raid scores keep 0.3), `commerce` (an online shop's, a bank's or a payment
//!   portal's site or customer data: the article's digital-attack score keeps 0.3); both only
//!   when two sentences of prose name them,
//!   `genre` (a film or novel retold, a training course: in two sentences or more they make
//!   every score of the article keep 0.3; a sentence alone is left as it is),
//!   `rumour` and `refuted` (a claim that circulates, and its refutation: with a refutation
//!   anywhere in the article's prose, each hit of a rumour's sentence keeps 0.3),
//!   `reported` (what a publication said, "the articles reported", "мақаласында ... жазған":
//!   the withdrawing classes above in that sentence take nothing from the rest of the
//!   article; those that act only in their own sentence still act there),
//!   and `past` (another era, "in Soviet times": the sentence and the undated sentences after
//!   it in its paragraph are background, each hit keeps 0.3; so are sentences dated only by
//!   years before 1986).
//! - `weight`: 0..=1, how sure one hit of the cue makes the label.
//! - `scope`: for incident cues `media` (counts only when media is named in the sentence or a
//!   neighbour), `probe` (as `media`, for an investigation or a case opened without saying
//!   against whom: it does not count when the article reports a crime against media, whose
//!   perpetrators such a case is taken to be about, a civil suit, whose trial it is taken
//!   to be, or media kept out, the proceeding they came to cover), `attack` (as `media`, for
//!   a bare word of attack: it does not count when the article reports a digital attack,
//!   which the word is then taken to name), `wound` (as `media`, for injuries seen on a body:
//!   they do not count when the article reports a killing, whose marks they are taken to be)
//!   or `-`;
//!   for `negation` and `hypothetical` where they reach: `before` (the three words before the
//!   cue, or inside it), `after` (inside the cue or the three words after it), `next` (the
//!   word right after the cue) or `sentence`;
//!   for `nonmedia` the same with six words, `-` meaning `sentence`, or `near` (a person who
//!   is not media, "protesters", "белсенді": an act within six words on either side is theirs
//!   unless a media word stands within eight words of the act) or `object` (as `near`, for a
//!   person who may as well be the actor, "officials": only in the object's place, at most
//!   three words after the act with no comma or clause word such as "by" between, or before a
//!   passive one; English); for `boilerplate` `-` or
//!   `line` (only a short line of its own: "Related:", "По теме:"); for `media` `-`,
//!   `sentence` (only in a sentence of the lexicon's own language: Kazakh "сайты", its site,
//!   spells Russian "sites") or `quoted` (only right before a name in quotation marks: "портал
//!   «Вести»", not "портал госуслуг"); `-` elsewhere.
//! - `cue`: words in order. `word` matches every inflection of the word (same Snowball stem in
//!   English and Russian; in Kazakh, the word as written followed by inflectional suffixes), `word*` every word that starts so, `=word` that exact word, `<n>` any
//!   number; `~N` between two words lets up to N other words stand between them; `a|b|c`
//!   is any one of the words; `@name` is any word of a class defined on an earlier line of
//!   the same file as `@name word word ...` (a class can be extended by a later `@name` line).
//!
//! ```text
//! @remove   remove withdraw =took =take
//! @content  article* post* video* report*
//! censorship  0.85  media  @remove ~3 @content
//! ```

use crate::error::Error;
// Only the native build's lexicon errors quote the words at fault (`lexicon_error!`).
#[cfg(not(target_arch = "wasm32"))]
use crate::error::quoted;
use crate::memo::{Memo, WordIds};
#[cfg(any(test, target_arch = "wasm32"))]
use crate::squeeze::restore;
use crate::taxonomy;
use crate::text::{fold, is_alphanumeric, kk_inflects, kk_voiced, sub, Doc, Lang, Stemmers};
#[cfg(not(target_arch = "wasm32"))]
use crate::wordtable::{hash, PrefixHashes, WordTable};
use crate::wordtable::{words, IdMap, Words};

/// The error of line `line` of lexicon `source`; the .wasm's names the line alone
/// ([`native_format`]).
macro_rules! lexicon_error {
    ($source:expr, $line:expr, $($why:tt)+) => {
        Error::lexicon($source, $line, native_format!("does not parse", $($why)+))
    };
}

/// The scopes a cue of `category` may have, for the message of a bad one (the arms of the
/// scope `match` in [`parse`] that accept them).
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
fn allowed_scopes(category: Category) -> &'static str {
    match category {
        Category::Negation | Category::Hypothetical => "before, after, next or sentence",
        Category::NonMedia => "before, after, sentence, near, object or -",
        Category::Incident(_) => "media, probe, attack, wound or -",
        Category::Boilerplate => "line or -",
        Category::Attribution => "before, after or -",
        Category::Media => "sentence, quoted or -",
        Category::Withdrawn(_) => "sentence or -",
        _ => "-",
    }
}

/// A weight written as a plain decimal (`1`, `0.9`, `.45`, at most seven digits) read without
/// the standard float parser, whose tables added 14 KB to the gzipped .wasm. The digits
/// become an integer and one division by a power of ten: both are exact in `f32`, so the
/// quotient is the correctly rounded value, the same one `str::parse` gives.
fn parse_weight(s: &str) -> Option<f32> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = int.len() + frac.len();
    if digits == 0 || digits > 7 || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = int
        .bytes()
        .chain(frac.bytes())
        .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    Some(n as f32 / 10u32.pow(frac.len() as u32) as f32)
}

/// The words with one space between ("a b c"): `[&str]::join` would add a generic copy of
/// itself to the .wasm. Natively sized first (1.8M fewer instructions at start-up, where the
/// string grew two or three times a line); in the .wasm that took 47 bytes of the gzipped
/// budget.
fn joined(words: &[&str]) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    let mut out = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    #[cfg(target_arch = "wasm32")]
    let mut out = String::new();
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// What a cue is evidence of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Category {
    /// An incident type, by index in the taxonomy.
    Incident(u8),
    Media,
    Negation,
    Hypothetical,
    Boilerplate,
    NonMedia,
    Attribution,
    /// What takes a type's evidence away anywhere in the article, by type index: a bill
    /// withdrawn, rejected or shelved (`withdrawn`: the restrictive-law evidence is about a
    /// measure that never came), a worker's own misconduct (`misconduct`: drunk on air,
    /// plagiarism, bullying staff; the article's dismissals are for that, not for the work,
    /// and its harassment is the worker's own), a road, air or mountain accident (`accident`:
    /// the article's injuries and broken gear, and the deaths of its own sentence, are the
    /// crash's, not an attack's), a private offence (`offence`: speeding, drunk driving; the
    /// article's case, detention, dismissal and damages claim are for that, not for the
    /// work), a media company's own business suit (`business`: the article's lawsuits are that
    /// one), an outage with a physical cause (`outage`: a power cut, a severed cable, a storm;
    /// the broadcast off the air or the site out of reach of its own sentence is that, not a
    /// shutdown), a border (`border`: not let in at a border post is kept out of the country,
    /// not from an event), a device (`device`: a video deleted from a reporter's phone or
    /// camera, or under force, is footage destroyed, not content censored; posts deleted by
    /// intruders who took an account over are their attack; a fake page taken down, a wall
    /// or a fence removed, are no content censored), removal or blocking powers a law
    /// gives (`powers`: "allows courts to order removal" is the law's, not a removal done), a
    /// claimant's demands in a suit (`claim`: removal asked beside damages is the suit's
    /// claim, not content censored). A mask of type indices.
    Withdrawn(u32),
    /// As `Withdrawn`, in the whole article even for the types that `Withdrawn` takes away
    /// only in its own sentence: blocked gambling sites (`gambling`: online casinos, betting;
    /// the article's blocking, its raids, arrests and cases are about those, and a digest
    /// sentence "the sites were blocked" need not say which), a business's site or customer
    /// data (`commerce`: the article's hacks and DDoS are on that business).
    WithdrawnWhole(u32),
    /// Another era ("in Soviet times", "ХІХ ғасырда"): the sentence, and the undated ones after
    /// it in its paragraph, are background to today's news.
    Past,
    /// A genre that reports no act: a film or novel retold, a training course ("the plot",
    /// "trainers showed"). Two such sentences make the whole article that genre.
    Genre,
    /// A claim that circulates ("posts claiming that", "сообщения о", "деген ақпарат тарады"):
    /// with a refutation in the article, what the sentence tells is that rumour, not an act.
    Rumour,
    /// A refutation ("the reports are untrue", "опроверг", "расталмады"): the article's rumour
    /// sentences tell no act.
    Refuted,
    /// What a publication said ("the articles reported", "мақаласында ... жазған"): a cause
    /// named there (a crash, a debt, a fence) is the story's subject, not the article's
    /// context, and takes nothing away outside its own sentence.
    Reported,
}

include!("lexicon_codes.rs");

/// The categories that leave other incident types' scores at a part of themselves: each is
/// its name (with `*` after it for `WithdrawnWhole`) and then those types, separated by
/// spaces; `|` between categories. One string searched, not a `match` of string arms (a
/// comparison each in the .wasm); asked only about the lines of the context categories.
const WITHDRAWING: &str = "withdrawn restrictive_law|misconduct economic_pressure intimidation\
    |accident physical_attack killing property_damage\
    |offence prosecution detention economic_pressure civil_case\
    |business civil_case information_refusal|outage blocking_shutdown\
    |border access_obstruction|device censorship|powers censorship blocking_shutdown\
    |claim censorship\
    |bystander prosecution detention physical_attack raid_seizure intimidation property_damage\
    |gambling* blocking_shutdown detention prosecution raid_seizure|commerce* digital_attack";

/// The categories of a fixed meaning, in the order of `PLAIN_CATEGORIES`.
const PLAIN: Words = words![
    "media",
    "negation",
    "hypothetical",
    "boilerplate",
    "nonmedia",
    "attribution",
    "past",
    "genre",
    "rumour",
    "refuted",
    "reported",
];
const PLAIN_CATEGORIES: [Category; 11] = [
    Category::Media,
    Category::Negation,
    Category::Hypothetical,
    Category::Boilerplate,
    Category::NonMedia,
    Category::Attribution,
    Category::Past,
    Category::Genre,
    Category::Rumour,
    Category::Refuted,
    Category::Reported,
];

impl Category {
    fn parse(s: &str) -> Option<Category> {
        let name = decode(s, b'A', &CATEGORIES);
        // Incident types first: most lines are theirs.
        if let Some(i) = taxonomy::index_of(name) {
            return Some(Category::Incident(i as u8));
        }
        if let Some(i) = PLAIN.iter().position(|w| w == name) {
            return PLAIN_CATEGORIES.get(i).copied();
        }
        WITHDRAWING.split('|').find_map(|group| {
            let mut words = group.split(' ');
            let head = words.next()?;
            let whole = head.ends_with('*');
            if head.trim_end_matches(&['*'][..]) != name {
                return None;
            }
            let mask = words.try_fold(0, |mask, id| Some(mask | 1 << taxonomy::index_of(id)?))?;
            Some(if whole {
                Category::WithdrawnWhole(mask)
            } else {
                Category::Withdrawn(mask)
            })
        })
    }
}

/// Where a cue applies (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    None,
    Media,
    Before,
    After,
    Sentence,
    /// `boilerplate` only: the cue marks a sentence only when it is a short line of its own
    /// (a list header such as "Related:" or "По теме:"), not inside prose.
    Line,
    /// `nonmedia` only: a non-media person (protesters, a businessman) within six words on
    /// either side, who is the victim unless a media word stands within eight words.
    Near,
    /// Incident cues only: as `media`, and the cue says only that an investigation or a case
    /// was opened, without whom against. When the article reports a crime against media (an
    /// attack, a killing, damage, a hack, spying, threats), such a case is taken to be the
    /// one against the perpetrators, and the hit does not count; when it reports a civil
    /// suit, the trial or verdict is the suit's, and when it reports media kept out, the
    /// proceeding they came to cover: the hit does not count either.
    Probe,
    /// `negation` and `hypothetical` only: the word right after the cue ("обысков не было",
    /// "на допросы не вызывали"), where `after`'s three words would reach into the next clause
    /// ("задержали и не отпустили").
    Next,
    /// `nonmedia` only: a person who may as well act as be acted on ("officials", "the
    /// mayor"), and so is the victim only in the object's place: up to three words after the
    /// act with no comma or clause word ("by", "after", "who", ...) between ("questioned the
    /// heads of the agencies", "the arrest of two officials"), or just before a passive one
    /// ("the mayor was arrested"); then as `near`. The clause words are English.
    Object,
    /// Incident cues only: as `media`, for a bare word of attack ("шабуыл", "напали"). When
    /// the article reports a digital attack (a DDoS, a hacked account), the word is taken to
    /// name that one, and the hit does not count.
    Attack,
    /// Incident cues only: as `media`, for injuries seen on a body ("гематомы", "a broken
    /// nose"). When the article reports a killing, they are taken to be the killing's marks,
    /// not a separate attack, and the hit does not count.
    Wound,
    /// `media` only: a word that names media only right before a name in quotation marks
    /// ("портал «Вести»", "сайт «Курсив»"; a bare "портал" may be a state services portal).
    Quoted,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum TermKind {
    Prefix,
    Exact,
    Stem(Lang),
    Number,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Term {
    kind: TermKind,
    /// The folded word (for `Stem`, its stem); shared, as a class's words are copied into
    /// every cue that names the class.
    text: std::sync::Arc<str>,
}

impl Term {
    /// The term as one string, its kind in the first byte: the key of the compiler's maps.
    fn key(&self) -> String {
        let mut key = String::with_capacity(self.text.len() + 1);
        self.key_into(&mut key);
        key
    }

    /// [`Term::key`], written over `key`.
    fn key_into(&self, key: &mut String) {
        let kind = match self.kind {
            TermKind::Prefix => 'p',
            TermKind::Exact => 'e',
            TermKind::Stem(Lang::En) => 'E',
            TermKind::Stem(Lang::Ru) => 'R',
            TermKind::Stem(Lang::Kk) => 'K',
            TermKind::Number => 'n',
        };
        key.clear();
        key.push(kind);
        key.push_str(&self.text);
    }
}

/// One parsed cue line.
#[derive(Clone, Debug)]
pub(crate) struct Cue {
    pub category: Category,
    pub weight: f32,
    pub scope: Scope,
    pub lang: Lang,
    /// The cue as written, for evidence.
    pub source: String,
    /// A Russian or Kazakh cue written only in Latin letters ("pegasus", "slapp"): it speaks
    /// only for sentences of its own language, or it would label English text.
    pub latin: bool,
    /// Positions: the alternative terms at each, with the number of other words allowed
    /// before it (0 for the first).
    terms: Vec<(Vec<u32>, u8)>,
}

/// Number words that `<n>` matches besides digits (English, Russian, Kazakh; the inflected
/// Russian forms that follow a preposition or precede "суток"/"лет").
const NUMBER_WORDS: Words = words![
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "several",
    "dozens",
    "один",
    "одна",
    "одного",
    "два",
    "две",
    "двух",
    "три",
    "трех",
    "четыре",
    "четырех",
    "пять",
    "пяти",
    "шесть",
    "шести",
    "семь",
    "семи",
    "восемь",
    "восьми",
    "девять",
    "девяти",
    "десять",
    "десяти",
    "пятнадцать",
    "пятнадцати",
    "двадцать",
    "двадцати",
    "тридцать",
    "тридцати",
    "нескольких",
    "несколько",
    "бір",
    "екі",
    "үш",
    "төрт",
    "бес",
    "алты",
    "жеті",
    "сегіз",
    "тоғыз",
    "он",
    "жиырма",
    "отыз",
    "бірнеше",
];

/// A cue found in a document, spanning tokens `first..=last`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub cue: u32,
    pub first: u32,
    pub last: u32,
    pub sentence: u32,
}

/// Lists of ids, one after another in one vector (read in the hot loop: one place to look,
/// not a vector of vectors).
struct Lists {
    at: Vec<u32>,
    items: Vec<u32>,
}

impl Lists {
    /// `n` lists from (list, item) pairs, each list's items in the order of the pairs: one
    /// counting pass, not a small vector per list that grows item by item.
    fn from_pairs(n: usize, pairs: &[(u32, u32)]) -> Lists {
        let mut at = vec![0u32; n + 1];
        for &(l, _) in pairs {
            at[l as usize + 1] += 1;
        }
        for i in 0..n {
            at[i + 1] += at[i];
        }
        let mut next = at.clone();
        let mut items = vec![0u32; pairs.len()];
        for &(l, item) in pairs {
            let slot = &mut next[l as usize];
            items[*slot as usize] = item;
            *slot += 1;
        }
        Lists { at, items }
    }

    /// List `i`. Always inline: at the .wasm's opt-level "z" it stayed a call in the hot loop
    /// of `find_with`.
    #[inline(always)]
    fn get(&self, i: u32) -> &[u32] {
        let i = i as usize;
        // Both ends read by one bounds check, not two.
        match self.at.get(i..i + 2) {
            Some(&[from, to]) => self.items.get(from as usize..to as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The same lists with each item written out by `record` (any number of ids).
    #[cfg(target_arch = "wasm32")]
    fn records(lists: &Lists, record: impl Fn(u32, &mut Vec<u32>)) -> Lists {
        let mut at = Vec::with_capacity(lists.at.len());
        let mut items = Vec::with_capacity(lists.items.len() * 3);
        at.push(0);
        for i in 1..lists.at.len() {
            for &item in &lists.items[lists.at[i - 1] as usize..lists.at[i] as usize] {
                record(item, &mut items);
            }
            at.push(items.len() as u32);
        }
        Lists { at, items }
    }
}

/// A position of a cue after its first: its alternatives (a range of
/// `Lexicon::position_alts`), how many other words may stand before it, and the id of its
/// list of alternatives.
#[derive(Clone, Copy)]
struct Position {
    alts: (u32, u32),
    gap: u8,
    set: u32,
}

/// A cue that a term starts, natively: the first two of the lists its later positions need
/// (`n_sets`, a list every document has, for a cue of one word or of two) and the range of
/// the others in `Lexicon::start_more`. Most cues that a document's words start need a list
/// the document lacks, mostly their first: each is turned away by one look-up in a record of
/// fixed size, where the run `[cue, n, set × n]` took a dozen instructions more to step over.
/// The second list stands in the record too: most cues have at most two later positions, so
/// most that pass the first test are decided without a range of `start_more` read.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy)]
struct StartRec {
    cue: u32,
    first: u32,
    second: u32,
    more: (u32, u32),
}

/// Cue data compiled for matching.
pub(crate) struct Lexicon {
    pub cues: Vec<Cue>,
    terms: Vec<Term>,
    /// Anchor (prefix pattern) id -> term ids sharing that anchor.
    anchors: Lists,
    /// Term id -> the cues that start with it, each as a record `[cue, n, set × n]`: the
    /// ids of the lists of alternatives of its later positions ([`Position::set`]) stand
    /// beside the cue, so deciding whether it may match in a document reads one run of
    /// memory. The .wasm's (natively `start_recs`).
    #[cfg(target_arch = "wasm32")]
    starts: Lists,
    /// Natively, [`Lexicon::starts`] as records of one size ([`StartRec`]): `start_at[t]..
    /// start_at[t + 1]` are term `t`'s in `start_recs`, their lists after the first in
    /// `start_more`.
    #[cfg(not(target_arch = "wasm32"))]
    start_at: Vec<u32>,
    #[cfg(not(target_arch = "wasm32"))]
    start_recs: Vec<StartRec>,
    #[cfg(not(target_arch = "wasm32"))]
    start_more: Vec<u32>,
    /// The positions of every cue after its first, one after another: `cue_rest[c]` is the
    /// range of cue `c`'s in `positions`.
    cue_rest: Vec<(u32, u32)>,
    positions: Vec<Position>,
    position_alts: Vec<u32>,
    /// For each term, the ids of the lists of alternatives it is in (equal lists share an
    /// id; [`Position::set`]).
    sets_of_term: Lists,
    n_sets: usize,
    prefixes: Prefixes,
    stemmers: Stemmers,
    /// The look-ups of words seen before (see `Classifier::classify_text`, its one user).
    pub memo: Memo,
}

/// The lexicons shipped with the crate, one per language, as `build.rs` strips them of
/// comments, lines without a cue and extra white space (a test checks them against the files
/// as written), packs them one byte a letter ([`unpack`] reads them) and compresses them
/// (`coded` holds them; `squeeze::restore` undoes it).
pub(crate) const BUILTIN: [(Lang, &str); 3] = [
    (Lang::En, "data/lexicon/en.txt"),
    (Lang::Ru, "data/lexicon/ru.txt"),
    (Lang::Kk, "data/lexicon/kk.txt"),
];

/// The compressed built-in lexicon of `lang` (see [`BUILTIN`]); natively for the tests only.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn coded(lang: Lang) -> std::borrow::Cow<'static, [u8]> {
    std::borrow::Cow::Borrowed(match lang {
        Lang::En => include_bytes!(concat!(env!("OUT_DIR"), "/en.lex")),
        Lang::Ru => include_bytes!(concat!(env!("OUT_DIR"), "/ru.lex")),
        Lang::Kk => include_bytes!(concat!(env!("OUT_DIR"), "/kk.lex")),
    })
}

/// The compressed built-in lexicon of `lang` (see [`BUILTIN`]), kept in the .wasm as atomics
/// that nothing writes: as writable data the linker lays them after all the read-only data,
/// so their 86 KB, which deflate cannot shrink, no longer stand between the code and the rest
/// of the data, whose repeats deflate's 32 KB window then reaches (about 1.2 KB of the
/// gzipped .wasm by Node's zlib, 240 bytes by GNU gzip -9).
#[cfg(target_arch = "wasm32")]
pub(crate) fn coded(lang: Lang) -> std::borrow::Cow<'static, [u8]> {
    std::borrow::Cow::Owned(match lang {
        Lang::En => writable!("/en.lex"),
        Lang::Ru => writable!("/ru.lex"),
        Lang::Kk => writable!("/kk.lex"),
    })
}

/// The bytes of `file` in `OUT_DIR`, kept as atomics that nothing writes (see [`coded`]).
#[cfg(target_arch = "wasm32")]
macro_rules! writable {
    ($file:literal) => {{
        use std::sync::atomic::{AtomicU8, Ordering};
        const fn atomics<const N: usize>(bytes: &[u8; N]) -> [AtomicU8; N] {
            let mut out = [const { AtomicU8::new(0) }; N];
            let mut i = 0;
            while i < N {
                out[i] = AtomicU8::new(bytes[i]);
                i += 1;
            }
            out
        }
        const BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), $file));
        static WRITABLE: [AtomicU8; BYTES.len()] =
            atomics(include_bytes!(concat!(env!("OUT_DIR"), $file)));
        WRITABLE
            .iter()
            .map(|b| b.load(Ordering::Relaxed))
            .collect::<Vec<u8>>()
    }};
}
#[cfg(target_arch = "wasm32")]
use writable;

/// The facts' phrase lists as `build.rs` joined them, each after a NUL, as they are (the .wasm
/// restores them from a compressed copy).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn fact_lists() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/facts.txt"))
}

/// The facts' phrase lists as `build.rs` joined them, each after a NUL, restored from their
/// compressed copy, which lies after the read-only data with the lexicons' (see [`coded`]):
/// packed alone among the read-only data, gzip coded them in about 390 bytes more by Node's
/// zlib and 1.9 KB more by GNU gzip. Called once, by `facts::cues`.
#[cfg(target_arch = "wasm32")]
pub(crate) fn fact_lists() -> &'static str {
    Box::leak(unpack(&restore(&writable!("/facts.lex"))).into_boxed_str())
}

/// The stripped text of the built-in lexicon of `lang` as `build.rs` wrote it before
/// compressing and packing it: the native library reads it as it is (restoring the packed
/// copy was a third of the start-up; a unit test checks that it restores to this text). The
/// .wasm carries the compressed copy only.
#[cfg(not(target_arch = "wasm32"))]
fn builtin_text(lang: Lang) -> std::borrow::Cow<'static, str> {
    std::borrow::Cow::Borrowed(match lang {
        Lang::En => include_str!(concat!(env!("OUT_DIR"), "/en.lex.txt")),
        Lang::Ru => include_str!(concat!(env!("OUT_DIR"), "/ru.lex.txt")),
        Lang::Kk => include_str!(concat!(env!("OUT_DIR"), "/kk.lex.txt")),
    })
}

/// The stripped text of a built-in lexicon, restored from its compressed copy.
#[cfg(target_arch = "wasm32")]
fn builtin_text(lang: Lang) -> std::borrow::Cow<'static, str> {
    std::borrow::Cow::Owned(unpack(&restore(&coded(lang))))
}

/// The text of a lexicon that `build.rs` packed: its first line is the alphabet of letters
/// outside ASCII, and after it a byte 0x80 + i stands for letter i and the byte `packed_code(i)`
/// for `PACKED_RUNS[i]`, after the alternatives written as the start of the one before them
/// (`FRONT`) are spelled out. A text that starts with an ASCII letter or `@` was left as UTF-8
/// (an alphabet line starts with a letter outside ASCII, or is empty).
#[cfg(any(test, target_arch = "wasm32"))]
pub(crate) fn unpack(packed: &[u8]) -> String {
    if packed
        .first()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'@')
    {
        return utf8_chars(packed).collect();
    }
    let split = packed
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(packed.len());
    let mut alphabet: Vec<char> = Vec::new();
    for c in utf8_chars(&packed[..split]) {
        alphabet.push(c);
    }
    let body = &unfront(packed.get(split + 1..).unwrap_or_default());
    let mut out = String::with_capacity(body.len() * 2);
    // Where the line being spelled out starts in `out`, and the line above (a line starts
    // after a newline or a NUL).
    let (mut line, mut above) = (0, 0);
    // A copy of the key or field to spell out again (one buffer: an allocation each cost the
    // start-up about 0.3% more instructions).
    let mut again = String::new();
    for &b in body {
        if let Some(run) = packed_run(b) {
            out.push_str(run);
        } else if b == SAME_AS_KEY {
            // The line's key, as `build.rs` found it.
            let end = line + key_end(&out.as_bytes()[line..]).unwrap_or(0);
            again.clear();
            again.push_str(out.get(line..end).unwrap_or_default());
            out.push_str(&again);
        } else if b == SAME_AS_ABOVE {
            // The field at this place of the line above: as many spaces before it.
            let place = out.as_bytes()[line..]
                .iter()
                .filter(|&&c| c == b' ')
                .count();
            let row = out.get(above..line.saturating_sub(1)).unwrap_or_default();
            again.clear();
            again.push_str(row.split(' ').nth(place).unwrap_or_default());
            out.push_str(&again);
        } else if let Some(i) = b.checked_sub(0x80) {
            out.push(alphabet.get(usize::from(i)).copied().unwrap_or('\u{fffd}'));
        } else {
            out.push(char::from(b));
            if b == b'\n' || b == 0 {
                (above, line) = (line, out.len());
            }
        }
    }
    out
}

/// The packed bytes after the alphabet line with each `FRONT + k` spelled out as the start
/// of the alternative before it, less its last k bytes (`build.rs`'s `front_code`).
#[cfg(any(test, target_arch = "wasm32"))]
fn unfront(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + body.len() / 4);
    // Where the alternative being read starts in `out`, the one before it (if a bound that
    // parts two alternatives came between them), and whether the line is a `@class` line.
    let (mut start, mut before, mut class) = (0, 0..0, false);
    let mut line_start = true;
    for &b in body {
        if let Some(k) = b.checked_sub(FRONT) {
            let keep = before.len().saturating_sub(usize::from(k));
            out.extend_from_within(before.start..before.start + keep);
            continue;
        }
        if line_start {
            class = b == b'@';
        }
        line_start = b == b'\n' || b == 0;
        let bound = alternative_bound(b, class);
        if let Some(parts) = bound {
            before = if parts { start..out.len() } else { 0..0 };
        }
        out.push(b);
        if bound.is_some() {
            start = out.len();
        }
    }
    out
}

/// The characters of UTF-8 that `build.rs` wrote from a `&str`, decoded by their lead bytes
/// without validation: `String::from_utf8_lossy` cost about 1 KB of the .wasm. A sequence cut
/// short or out of range (never in what `build.rs` writes) reads as U+FFFD.
#[cfg(any(test, target_arch = "wasm32"))]
fn utf8_chars(bytes: &[u8]) -> impl Iterator<Item = char> + '_ {
    let mut rest = bytes.iter();
    std::iter::from_fn(move || {
        let lead = *rest.next()?;
        let len = lead.leading_ones().clamp(1, 4);
        let mut c = u32::from(if len == 1 { lead } else { lead & (0x7f >> len) });
        for _ in 1..len {
            match rest.next() {
                Some(b) => c = c << 6 | u32::from(b & 0x3f),
                None => return Some('\u{fffd}'),
            }
        }
        Some(char::from_u32(c).unwrap_or('\u{fffd}'))
    })
}

/// The fields of a lexicon line, split at white space as `str::split_whitespace` splits.
/// Natively by bytes when the line has none outside ASCII, as nearly every line, where
/// decoding each character took about a sixth of the lexicons' parsing; not in the .wasm, where
/// the second way took 190 bytes of the gzipped budget.
fn fields(line: &str) -> Vec<&str> {
    // The lead bytes of white space outside ASCII (U+0085, U+00A0, U+1680, U+2000 to U+205F,
    // U+3000), and the vertical tab, which `split_ascii_whitespace` does not split at.
    // Every byte looked at, without a branch a byte: the compiler makes vector code of it.
    #[cfg(not(target_arch = "wasm32"))]
    {
        let other = |b: u8| b == 0x0b || b == 0xc2 || b.wrapping_sub(0xe1) < 3;
        if !line.bytes().fold(false, |any, b| any | other(b)) {
            // Room for the fields of nearly every line: collected, the list grew two or three
            // times a line.
            let mut out = Vec::with_capacity(16);
            out.extend(line.split_ascii_whitespace());
            return out;
        }
    }
    line.split_whitespace().collect()
}

/// Parses one lexicon file into cues.
pub(crate) fn parse(source: &str, lang: Lang, data: &str) -> Result<Vec<ParsedCue>, Error> {
    parse_lines(source, lang, data, false)
}

/// [`parse`]; natively, if `stripped`, `data` is a built-in lexicon as `build.rs` writes it:
/// no comments, no blank lines and one space between fields, so a line is neither cut at `#`
/// nor trimmed and its fields are the parts between spaces (5M of the start-up's 86M
/// instructions went to finding that again).
fn parse_lines(
    source: &str,
    lang: Lang,
    data: &str,
    _stripped: bool,
) -> Result<Vec<ParsedCue>, Error> {
    // A cue a line of about a hundred bytes in the built-in lexicons: natively room for them
    // all, so the list is not copied as it grows.
    let mut out = room(data.len() / 64);
    // Class name -> index into `class_terms` (an `IdMap`, as the others here: in the .wasm a
    // map over the `WordTable` it has anyway, no hash-table crate).
    let mut classes = IdMap::with_capacity(0);
    let mut class_terms: Vec<Vec<Term>> = Vec::new();
    for (n, raw) in data.lines().enumerate() {
        #[cfg(not(target_arch = "wasm32"))]
        let line = match _stripped {
            true => raw,
            false => raw.split('#').next().unwrap_or("").trim(),
        };
        #[cfg(target_arch = "wasm32")]
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(def) = line.strip_prefix('@') {
            let mut parts = def.split_whitespace();
            let name = parts.next().unwrap_or("");
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(lexicon_error!(
                    source,
                    n + 1,
                    "bad class name {}",
                    quoted(&format!("@{name}"))
                ));
            }
            let mut words = Vec::new();
            for w in parts {
                words.push(
                    parse_term(w, lang)
                        .ok_or_else(|| lexicon_error!(source, n + 1, "bad word {}", quoted(w)))?,
                );
            }
            if words.is_empty() {
                return Err(lexicon_error!(source, n + 1, "class @{name} has no words"));
            }
            let next = class_terms.len() as u32;
            let k = classes.get_or_insert_with(name.to_string(), || next);
            if k == next {
                class_terms.push(Vec::new());
            }
            class_terms[k as usize].extend(words);
            continue;
        }
        #[cfg(not(target_arch = "wasm32"))]
        let fields = match _stripped {
            true => {
                // Room for the fields of nearly every line, as in `fields`.
                let mut out = Vec::with_capacity(16);
                out.extend(parts(line, b' '));
                out
            }
            false => fields(line),
        };
        #[cfg(target_arch = "wasm32")]
        let fields = fields(line);
        let (Some(&cat), Some(&weight), Some(&scope)) =
            (fields.first(), fields.get(1), fields.get(2))
        else {
            return Err(lexicon_error!(
                source,
                n + 1,
                "expected: category weight scope cue"
            ));
        };
        let category = Category::parse(cat)
            .ok_or_else(|| lexicon_error!(source, n + 1, "unknown category {}", quoted(cat)))?;
        let weight = parse_weight(weight)
            .filter(|w| (0.0..=1.0).contains(w))
            .ok_or_else(|| {
                lexicon_error!(
                    source,
                    n + 1,
                    "weight {} is not a number in 0..=1",
                    quoted(weight)
                )
            })?;
        // The scope by its place in `SCOPES` (its code letter's, or its name's in a lexicon
        // as written), not by its name: string arms compiled to a comparison each in the .wasm.
        // 0 media, 1 probe, 2 attack, 3 before, 4 after, 5 sentence, 6 near, 7 line, 8 next,
        // 9 object, 10 wound, 11 quoted.
        let index = match scope.as_bytes() {
            &[c] if c >= b'a' => Some(usize::from(c - b'a')),
            _ => SCOPES.iter().position(|w| *w == scope),
        };
        let scope = match (category, index) {
            (Category::Incident(_), Some(0)) => Scope::Media,
            (Category::Incident(_), Some(1)) => Scope::Probe,
            (Category::Incident(_), Some(2)) => Scope::Attack,
            (Category::Incident(_), Some(10)) => Scope::Wound,
            (Category::Negation | Category::Hypothetical | Category::NonMedia, Some(3)) => {
                Scope::Before
            }
            (
                Category::Negation
                | Category::Hypothetical
                | Category::NonMedia
                | Category::Attribution,
                Some(4),
            ) => Scope::After,
            (Category::Attribution, Some(3)) => Scope::Before,
            (Category::Negation | Category::Hypothetical | Category::NonMedia, Some(5)) => {
                Scope::Sentence
            }
            (Category::Negation | Category::Hypothetical, Some(8)) => Scope::Next,
            (Category::NonMedia, Some(6)) => Scope::Near,
            (Category::NonMedia, Some(9)) => Scope::Object,
            (Category::Boilerplate, Some(7)) => Scope::Line,
            // A withdrawing cue that also negates its own sentence (`business`); a media word
            // only in a sentence of its lexicon's language.
            (Category::Withdrawn(_) | Category::Media, Some(5)) => Scope::Sentence,
            (Category::Media, Some(11)) => Scope::Quoted,
            // Negation and hypothetical cues always reach somewhere: not even `-`.
            (c, None)
                if scope == "-" && !matches!(c, Category::Negation | Category::Hypothetical) =>
            {
                Scope::None
            }
            (_, _) => {
                return Err(lexicon_error!(
                    source,
                    n + 1,
                    "scope {} must be {}",
                    quoted(scope),
                    allowed_scopes(category)
                ))
            }
        };
        let words = fields.get(3..).unwrap_or_default();
        if words.is_empty() {
            return Err(lexicon_error!(source, n + 1, "the cue is empty"));
        }
        let mut terms = Vec::with_capacity(words.len());
        let mut gap: Option<u8> = None;
        for w in words {
            if let Some(num) = w.strip_prefix('~') {
                let g: u8 = num.parse().ok().filter(|g| *g <= 8).ok_or_else(|| {
                    lexicon_error!(source, n + 1, "gap {} must be ~0 to ~8", quoted(w))
                })?;
                if terms.is_empty() || gap.is_some() {
                    return Err(lexicon_error!(
                        source,
                        n + 1,
                        "gap {} must stand between two words",
                        quoted(w)
                    ));
                }
                gap = Some(g);
                continue;
            }
            // A hyphenated word is matched as the words the tokenizer splits it into.
            if !w.starts_with('@') && !w.as_bytes().contains(&b'|') && w.as_bytes().contains(&b'-')
            {
                let mut parts = w
                    .trim_start_matches('=')
                    .split('-')
                    .filter(|p| !p.is_empty())
                    .peekable();
                let exact = w.starts_with('=');
                while let Some(part) = parts.next() {
                    let word = if exact && (parts.peek().is_some() || !part.ends_with('*')) {
                        format!("={part}")
                    } else {
                        part.to_string()
                    };
                    let term = parse_term(&word, lang)
                        .ok_or_else(|| lexicon_error!(source, n + 1, "bad word {}", quoted(w)))?;
                    terms.push((
                        vec![term],
                        if terms.is_empty() {
                            0
                        } else {
                            gap.take().unwrap_or(0)
                        },
                    ));
                }
                continue;
            }
            // Alternatives `a|b|@class`: words, and whole classes defined above.
            // Room for most alternations without a class: grown from empty, these lists were
            // reallocated about 11,500 times while the built-in lexicons were parsed.
            let mut alternatives = Vec::with_capacity(4);
            #[cfg(not(target_arch = "wasm32"))]
            let alts = bars(w);
            #[cfg(target_arch = "wasm32")]
            let alts = w.split('|');
            for alt in alts {
                if let Some(name) = alt.strip_prefix('@') {
                    let class = classes.get(name).map(|k| &class_terms[k as usize]).ok_or_else(|| {
                        lexicon_error!(source, n + 1, "unknown class \"@{name}\" (define it above with `@{name} word word ...`)")
                    })?;
                    alternatives.extend(class.iter().cloned());
                } else {
                    let term = parse_term(alt, lang)
                        .ok_or_else(|| lexicon_error!(source, n + 1, "bad word {}", quoted(w)))?;
                    alternatives.push(term);
                }
            }
            terms.push((
                alternatives,
                if terms.is_empty() {
                    0
                } else {
                    gap.take().unwrap_or(0)
                },
            ));
        }
        if gap.is_some() {
            return Err(lexicon_error!(
                source,
                n + 1,
                "a gap must stand between two words"
            ));
        }
        out.push(ParsedCue {
            category,
            weight,
            scope,
            lang,
            source: joined(words),
            terms,
        });
    }
    Ok(out)
}

/// A cue before its terms are interned.
#[derive(Clone, Debug)]
pub(crate) struct ParsedCue {
    category: Category,
    weight: f32,
    scope: Scope,
    lang: Lang,
    source: String,
    terms: Vec<(Vec<Term>, u8)>,
}

fn parse_term(w: &str, lang: Lang) -> Option<Term> {
    if w == "<n>" {
        return Some(Term {
            kind: TermKind::Number,
            text: "".into(),
        });
    }
    let (kind, body) = if let Some(b) = w.strip_suffix('*') {
        (TermKind::Prefix, b.strip_prefix('=').unwrap_or(b))
    } else if let Some(b) = w.strip_prefix('=') {
        (TermKind::Exact, b)
    } else {
        (TermKind::Stem(lang), w)
    };
    // Most cue words are written folded already (lower case, no `ё`): no copy to fold them,
    // and every character they have is a word character.
    let body: std::borrow::Cow<str> = if is_folded(body) {
        body.into()
    } else {
        // ASCII and Cyrillic letters without the Unicode tables.
        let word_char = |c: char| c == '\'' || is_alphanumeric(c);
        let folded = fold(body);
        if !folded.chars().all(word_char) {
            return None;
        }
        folded.into()
    };
    if body.is_empty() {
        return None;
    }
    Some(Term {
        kind,
        text: body.as_ref().into(),
    })
}

/// The alternatives of a cue word, the parts of `w` between `|` bars. Natively found by a
/// test of each byte: `str::split` starts a `memchr` at each part, dearer than the few bytes
/// between two bars (2.6M of the start-up's 78M instructions). Not in the .wasm, where
/// it took 163 bytes of the gzipped budget.
#[cfg(not(target_arch = "wasm32"))]
fn bars(w: &str) -> impl Iterator<Item = &str> {
    parts(w, b'|')
}

/// The parts of `w` between bytes `sep` (an ASCII character), as `str::split` gives them.
/// Eight bytes are looked at together ([`crate::text::first_byte`]): a byte at a time, the
/// search was 4.7M of the start-up's 75M instructions.
#[cfg(not(target_arch = "wasm32"))]
fn parts(w: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(w);
    std::iter::from_fn(move || {
        let r = rest?;
        match crate::text::first_byte(r.as_bytes(), |b| b == sep) {
            Some(i) => {
                rest = r.get(i + 1..);
                r.get(..i)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Whether `w` is written folded: only ASCII lower-case letters, digits, `'`, `а` to `я` and,
/// natively, the Kazakh lower-case letters (`fold` leaves each as it is; a Kazakh cue word
/// went the long way, folded and checked again, for one of them: 3.6M of the start-up's 70M
/// instructions; the .wasm, where it took 54 bytes of the gzipped budget, still does). Read
/// on the bytes (`а`..`п` are D0 B0..BF, `р`..`я` D1 80..8F): decoding each character,
/// twice, was 5M of the start-up's 82M instructions.
fn is_folded(w: &str) -> bool {
    let b = w.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let ok = if c < 0x80 {
            i += 1;
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'\''
        } else {
            let pair = u16::from_be_bytes([c, b.get(i + 1).copied().unwrap_or(0)]);
            i += 2;
            let letter = (pair.wrapping_sub(0xD0B0) < 0x10) | (pair.wrapping_sub(0xD180) < 0x10);
            // і ғ қ ң ү ұ һ ә ө
            #[cfg(not(target_arch = "wasm32"))]
            let letter = letter
                || matches!(
                    pair,
                    0xD196 | 0xD293 | 0xD29B | 0xD2A3 | 0xD2AF | 0xD2B1 | 0xD2BB | 0xD399 | 0xD3A9
                );
            letter
        };
        if !ok {
            return false;
        }
    }
    true
}

/// Natively an empty list with room for `n` items; in the .wasm an empty list (there the
/// sizes of the start-up's lists took 130 bytes of the gzipped budget).
#[inline(always)]
fn room<T>(_n: usize) -> Vec<T> {
    #[cfg(not(target_arch = "wasm32"))]
    return Vec::with_capacity(_n);
    #[cfg(target_arch = "wasm32")]
    Vec::new()
}

/// `word` with a space before it, the form prefix patterns take.
fn spaced(word: &str) -> String {
    let mut s = String::with_capacity(word.len() + 1);
    s.push(' ');
    s.push_str(word);
    s
}

impl Lexicon {
    /// Compiles the built-in lexicons (all languages, or one) plus extra user cues.
    pub fn build(langs: &[Lang], extra: &[ParsedCue]) -> Result<Lexicon, Error> {
        // Its lines are not the file's: the error names none.
        let builtin = |(lang, source): (Lang, &str)| {
            parse_lines(source, lang, &builtin_text(lang), true).map_err(|e| e.unlined(source))
        };
        let wanted = BUILTIN.into_iter().filter(|(lang, _)| langs.contains(lang));
        let mut parsed = Vec::new();
        // Natively the languages' lexicons are parsed at the same time, each on a thread of its
        // own (half of the start-up, which a command-line run waits for before its first
        // article).
        #[cfg(not(target_arch = "wasm32"))]
        std::thread::scope(|scope| {
            // The first on this thread, which would otherwise wait: a thread fewer to start,
            // and its blocks are freed by the thread that made them (3M of the start-up's 75M
            // instructions).
            let mut wanted = wanted;
            let first = wanted.next();
            let handles: Vec<_> = wanted.map(|b| scope.spawn(move || builtin(b))).collect();
            if let Some(b) = first {
                parsed.extend(builtin(b)?);
            }
            for h in handles {
                let list = h.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
                parsed.extend(list?);
            }
            Ok::<(), Error>(())
        })?;
        // The .wasm has one thread.
        #[cfg(target_arch = "wasm32")]
        for b in wanted {
            parsed.extend(builtin(b)?);
        }
        parsed.extend(extra.iter().cloned());
        Lexicon::compile(parsed)
    }

    fn compile(parsed: Vec<ParsedCue>) -> Result<Lexicon, Error> {
        let stemmers = Stemmers::new();
        // Natively this list and those below are sized for the built-in lexicons' counts a cue
        // (about 3 terms, 5 starts and lists of terms, 2 later positions with 7 alternatives),
        // so that they are not copied as they grow: 78 copies of up to half a megabyte were
        // 1.2M of the start-up's instructions.
        let mut terms: Vec<Term> = room(parsed.len() * 4);
        // Sized for the built-in lexicons' counts (about 4 terms and 2 sets a cue), so the maps
        // do not regrow while they fill.
        // Keyed by `Term::key` (an `IdMap`, as the others here).
        let mut term_ids = IdMap::with_capacity(parsed.len() * 4);
        // Terms as written -> id: a class used by many cues is stemmed once, not once a use.
        let mut written_ids = IdMap::with_capacity(parsed.len() * 4);
        let mut cues = Vec::with_capacity(parsed.len());
        // The key of each term as written, made in one buffer: most terms are met before (a
        // class's words come again in every cue that names it), and a key a term was 90,000
        // allocations.
        let mut written = String::new();
        for p in parsed {
            let latin = p.lang != Lang::En
                && p.terms
                    .iter()
                    .flat_map(|(alts, _)| alts)
                    .all(|t| t.text.is_ascii());
            let mut ids = Vec::with_capacity(p.terms.len());
            for (alternatives, gap) in p.terms {
                let mut alt_ids = Vec::with_capacity(alternatives.len());
                for mut term in alternatives {
                    term.key_into(&mut written);
                    if let Some(id) = written_ids.get(written.as_str()) {
                        alt_ids.push(id);
                        continue;
                    }
                    if let TermKind::Stem(lang @ (Lang::En | Lang::Ru)) = term.kind {
                        term.text = stemmers.stem(lang, &term.text).into();
                        if term.text.is_empty() {
                            term.kind = TermKind::Exact;
                        }
                    }
                    let id = term_ids.get_or_insert_with(term.key(), || {
                        terms.push(term);
                        terms.len() as u32 - 1
                    });
                    written_ids.insert(written.clone(), id);
                    alt_ids.push(id);
                }
                crate::order::sort_dedup(&mut alt_ids, 0);
                ids.push((alt_ids, gap));
            }
            cues.push(Cue {
                category: p.category,
                weight: p.weight,
                scope: p.scope,
                lang: p.lang,
                source: p.source,
                latin,
                terms: ids,
            });
        }
        // Anchors: the text a token must start with for the term to be possible.
        let mut anchor_ids = IdMap::with_capacity(terms.len());
        // (anchor, term) pairs.
        let mut anchors: Vec<(u32, u32)> = room(terms.len() + terms.len() / 8);
        for (id, term) in terms.iter().enumerate() {
            let keys: Vec<String> = match term.kind {
                // Pushed, not collected: each `collect` is its own copy of `Vec`'s
                // `from_iter` in the .wasm.
                TermKind::Number => {
                    let mut keys = Vec::new();
                    // u32, whose `Display` the .wasm has anyway (panic messages): an i32 here
                    // compiled a second integer formatter (304 bytes raw).
                    for d in 0..10u32 {
                        keys.push(format!(" {d}"));
                    }
                    for w in NUMBER_WORDS.iter() {
                        keys.push(spaced(w));
                    }
                    keys
                }
                // An English Snowball stem may end in a letter the word does not have
                // ("happy" -> "happi"), so anchor on all but its last letter; the stem itself
                // is checked per word. Russian stems are always a prefix of the word.
                TermKind::Stem(Lang::En) => {
                    let n = term.text.chars().count();
                    let keep = n.saturating_sub(1).max(2).min(n);
                    let end =
                        crate::text::nth_char(&term.text, keep).map_or(term.text.len(), |(i, _)| i);
                    vec![spaced(term.text.get(..end).unwrap_or(""))]
                }
                // A Kazakh stem also appears with its final consonant voiced (көлік, көлігі).
                TermKind::Stem(Lang::Kk) => {
                    let mut keys = vec![spaced(&term.text)];
                    if let Some(t) = kk_voiced(&term.text) {
                        keys.push(spaced(&t));
                    }
                    keys
                }
                _ => vec![spaced(&term.text)],
            };
            for key in keys {
                let next = anchor_ids.len() as u32;
                let a = anchor_ids.get_or_insert_with(key, || next);
                anchors.push((a, id as u32));
            }
        }
        // (term, cue) pairs.
        let mut starts = room(cues.len() * 5);
        for (c, cue) in cues.iter().enumerate() {
            if let Some((alts, _)) = cue.terms.first() {
                for &t in alts {
                    starts.push((t, c as u32));
                }
            }
        }
        // Keyed by `ids_key` (an `IdMap`, as the others here); natively by the lists
        // themselves, with no key made and allocated a position (3M of the start-up's 75M
        // instructions).
        #[cfg(target_arch = "wasm32")]
        let mut set_ids = IdMap::with_capacity(cues.len() * 2);
        #[cfg(not(target_arch = "wasm32"))]
        let mut set_ids: std::collections::HashMap<
            &[u32],
            u32,
            crate::wordtable::FastHash,
        > = std::collections::HashMap::with_capacity_and_hasher(cues.len() * 2, Default::default());
        // (term, set) pairs.
        let mut sets_of_term = room(cues.len() * 5);
        let (mut cue_rest, mut positions, mut position_alts) =
            (room(cues.len()), room(cues.len() * 2), room(cues.len() * 8));
        for cue in &cues {
            let from = positions.len() as u32;
            for (alts, gap) in cue.terms.iter().skip(1) {
                let next = set_ids.len() as u32;
                let new_set = || {
                    for &t in alts {
                        sets_of_term.push((t, next));
                    }
                    next
                };
                #[cfg(target_arch = "wasm32")]
                let set = set_ids.get_or_insert_with(ids_key(alts), new_set);
                #[cfg(not(target_arch = "wasm32"))]
                let set = *set_ids.entry(alts).or_insert_with(new_set);
                let a = position_alts.len() as u32;
                position_alts.extend_from_slice(alts);
                positions.push(Position {
                    alts: (a, position_alts.len() as u32),
                    gap: *gap,
                    set,
                });
            }
            cue_rest.push((from, positions.len() as u32));
        }
        let n_sets = set_ids.len();
        drop(set_ids);
        let anchors = Lists::from_pairs(anchor_ids.len(), &anchors);
        let starts = Lists::from_pairs(terms.len(), &starts);
        #[cfg(target_arch = "wasm32")]
        let starts = Lists::records(&starts, |c, out| {
            let (a, b) = cue_rest[c as usize];
            let rest = &positions[a as usize..b as usize];
            out.push(c);
            out.push(rest.len() as u32);
            out.extend(rest.iter().map(|p| p.set));
        });
        let sets_of_term = Lists::from_pairs(terms.len(), &sets_of_term);
        #[cfg(not(target_arch = "wasm32"))]
        let (start_at, start_recs, start_more) = {
            let mut recs = Vec::with_capacity(starts.items.len());
            let mut more = Vec::with_capacity(starts.items.len());
            for &c in &starts.items {
                let (a, b) = cue_rest[c as usize];
                let rest = &positions[a as usize..b as usize];
                let first = rest.first().map_or(n_sets as u32, |p| p.set);
                let second = rest.get(1).map_or(n_sets as u32, |p| p.set);
                let from = more.len() as u32;
                more.extend(rest.iter().skip(2).map(|p| p.set));
                recs.push(StartRec {
                    cue: c,
                    first,
                    second,
                    more: (from, more.len() as u32),
                });
            }
            // One record an item: the lists' bounds are the same.
            (starts.at, recs, more)
        };
        let prefixes = Prefixes::new(anchor_ids);
        Ok(Lexicon {
            cues,
            terms,
            anchors,
            #[cfg(target_arch = "wasm32")]
            starts,
            #[cfg(not(target_arch = "wasm32"))]
            start_at,
            #[cfg(not(target_arch = "wasm32"))]
            start_recs,
            #[cfg(not(target_arch = "wasm32"))]
            start_more,
            cue_rest,
            positions,
            position_alts,
            sets_of_term,
            n_sets,
            prefixes,
            stemmers,
            memo: Memo::new(),
        })
    }

    /// Finds every cue in the document, in token order.
    #[cfg(test)]
    pub fn find(&self, doc: &Doc<'_>) -> Vec<Hit> {
        // A memo of its own: the lexicon's is kept for the look-up the classifier makes.
        let ids = Memo::new().word_ids(doc, |s, out| {
            self.word_terms(s, out);
            0
        });
        self.find_with(doc, &ids)
    }

    /// Finds every cue in the document, in token order, given the terms of its words (the
    /// first part of `ids`, as [`Lexicon::word_terms`] writes them).
    pub fn find_with(&self, doc: &Doc<'_>, ids: &WordIds) -> Vec<Hit> {
        // A cue of several words is tried only if each of its words is somewhere in the
        // document: most cues that start at a common word ("the", a number, "journalist")
        // stop there, once a document instead of once an occurrence. `in_doc[s]`: some
        // term of the list of alternatives `s` is in the document.
        // Natively one list more, `n_sets`, which every document has ([`StartRec`]).
        #[cfg(not(target_arch = "wasm32"))]
        let mut in_doc = SetsInDoc::new(self.n_sets + 1);
        #[cfg(not(target_arch = "wasm32"))]
        in_doc.mark(self.n_sets as u32);
        #[cfg(target_arch = "wasm32")]
        let mut in_doc = SetsInDoc::new(self.n_sets);
        let lists_of_word = self.mark_lists(doc.words.len(), ids, &mut in_doc);
        let live = self.live_starts(doc, ids, &in_doc);
        // Room for a hit every eighth word: the list seldom regrows.
        let mut hits = Vec::with_capacity(doc.tokens.len() / 8 + 1);
        for (tok, &w) in (0..).zip(&doc.word_of) {
            let cues = live.get(w);
            if cues.is_empty() {
                continue;
            }
            // The sentence's tokens end at `end` (tokens are in sentence order): one bound a
            // token, not each token's sentence read.
            let sentence = doc.tokens[tok as usize].sentence;
            let end = doc.sentences.get(sentence as usize).map_or(0, |s| s.last);
            for &c in cues {
                let (a, b) = self.cue_rest[c as usize];
                let positions = &self.positions[a as usize..b as usize];
                // Natively most live cues fail at their second word: none of the few tokens
                // it may be has a term in its list, which each word's bits tell without a
                // search or a call (`extend` would find the same).
                #[cfg(not(target_arch = "wasm32"))]
                if let Some(p) = positions.first() {
                    let stop = (tok + 2 + u32::from(p.gap)).min(end);
                    let window = doc.word_of.get(tok as usize + 1..stop as usize);
                    if !window
                        .unwrap_or_default()
                        .iter()
                        .any(|&v| lists_of_word.may_hold(v as usize, p.set))
                    {
                        continue;
                    }
                }
                let rest = Rest {
                    positions,
                    alts: &self.position_alts,
                    lists_of_word: &lists_of_word,
                };
                if let Some(last) = extend(doc, ids, &rest, tok, end) {
                    hits.push(Hit {
                        cue: c,
                        first: tok,
                        last,
                        sentence,
                    });
                }
            }
        }
        hits
    }

    /// Marks in `in_doc` the lists of alternatives that the terms of the document's `words`
    /// distinct words are in, and gives each word's bits of them. Natively out of line: inlined
    /// into `classify_text`, its inner loop kept the stamps and the document's number on the
    /// stack and read them again for every list.
    #[cfg_attr(not(target_arch = "wasm32"), inline(never))]
    fn mark_lists(&self, words: usize, ids: &WordIds, in_doc: &mut SetsInDoc) -> WordLists {
        let mut lists_of_word = WordLists::with_capacity(words);
        for w in 0..words {
            let mut bits = 0;
            for &t in ids.first_of_word(w) {
                for &set in self.sets_of_term.get(t) {
                    in_doc.mark(set);
                    bits |= WordLists::bit(set);
                }
            }
            lists_of_word.push(bits);
        }
        lists_of_word
    }

    /// Per distinct word of `doc`, the cues that may start at it, in the order of its terms
    /// and then of [`Lexicon::starts`]: those whose later words all have some alternative in
    /// the document (`in_doc`). Worked out once a word, so that a token of a common word
    /// ("the", a number) walks only its few live cues, not every cue that starts with it.
    #[cfg_attr(not(target_arch = "wasm32"), inline(never))]
    fn live_starts(&self, doc: &Doc<'_>, ids: &WordIds, in_doc: &SetsInDoc) -> Lists {
        let mut at = Vec::with_capacity(doc.words.len() + 1);
        // Room for a live cue a distinct word: grown from empty, the list was reallocated
        // five or six times a document.
        let mut items = Vec::with_capacity(doc.words.len());
        at.push(0);
        for w in 0..doc.words.len() {
            #[cfg(not(target_arch = "wasm32"))]
            for &term in ids.first_of_word(w) {
                let t = term as usize;
                let Some(&[a, b]) = self.start_at.get(t..t + 2) else {
                    continue;
                };
                for r in self.start_recs.get(a as usize..b as usize).unwrap_or(&[]) {
                    if !in_doc.has(r.first) || !in_doc.has(r.second) {
                        continue;
                    }
                    // Most cues have no third list: `start_more` is read only for the rest.
                    let rest = || self.start_more.get(r.more.0 as usize..r.more.1 as usize);
                    if r.more.0 == r.more.1 || rest().unwrap_or(&[]).iter().all(|&s| in_doc.has(s))
                    {
                        items.push(r.cue);
                    }
                }
            }
            #[cfg(target_arch = "wasm32")]
            for &term in ids.first_of_word(w) {
                let mut recs = self.starts.get(term);
                // [cue, n, set × n], one after another.
                while let [c, n, rest @ ..] = recs {
                    let (sets, next) = rest.split_at((*n as usize).min(rest.len()));
                    if sets.iter().all(|&s| in_doc.has(s)) {
                        items.push(*c);
                    }
                    recs = next;
                }
            }
            at.push(items.len() as u32);
        }
        Lists { at, items }
    }

    /// Appends the terms that `spaced` (a space and one normalised word) matches, sorted.
    pub fn word_terms(&self, spaced: &str, out: &mut Vec<u32>) {
        let from = out.len();
        self.terms_of(spaced, out);
        crate::order::sort_dedup(out, from);
    }

    /// Appends the terms that `spaced` matches, shortest anchor first, repeats included.
    fn terms_of(&self, spaced: &str, out: &mut Vec<u32>) {
        let word = sub(spaced, 1..);
        // Computed at most once a word, and only when a stem term's anchor matched.
        let mut stems: [Option<String>; 2] = [None, None];
        for (anchor, end) in self.prefixes.matches(spaced) {
            for &term_id in self.anchors.get(anchor) {
                let term = &self.terms[term_id as usize];
                let ok = match &term.kind {
                    TermKind::Prefix => true,
                    TermKind::Exact => end == spaced.len(),
                    TermKind::Number => {
                        word.bytes().all(|b| b.is_ascii_digit()) || NUMBER_WORDS.contains(word)
                    }
                    TermKind::Stem(Lang::Kk) => kk_inflects(word, &term.text),
                    TermKind::Stem(lang) => {
                        let slot = &mut stems[usize::from(*lang != Lang::En)];
                        let stem = slot
                            .get_or_insert_with(|| self.stemmers.stem(*lang, word).into_owned());
                        **stem == *term.text
                    }
                };
                if ok {
                    out.push(term_id);
                }
            }
        }
    }
}

/// A list of term ids as one string, for a map keyed by strings: each id in three characters
/// of eleven bits (U+0100 to U+08FF, never a surrogate).
#[cfg(any(test, target_arch = "wasm32"))]
fn ids_key(ids: &[u32]) -> String {
    let mut key = String::with_capacity(ids.len() * 6);
    for &id in ids {
        for shift in [0, 11, 22] {
            key.extend(char::from_u32(0x100 + (id >> shift & 0x7ff)));
        }
    }
    key
}

/// The word starts that the cue and fact look-ups key on, each a space and the start of one
/// word (the form [`Doc::spaced_word`] gives). Every pattern starts at the word's start, so
/// finding them is a look-up of each prefix of the word: no automaton to build, and with
/// words remembered across documents ([`crate::memo`]) the look-ups are rare.
///
/// Natively the prefixes' hashes are made one from the other ([`PrefixHashes`]) and looked
/// up in a [`WordTable`] (2.7M fewer instructions over the first 2 MB of the bench, spent
/// where an article is read for the first time); the .wasm keeps the `HashMap`, whose
/// prefixes are hashed afresh: the table took 762 bytes of its gzipped budget.
pub(crate) struct Prefixes {
    #[cfg(not(target_arch = "wasm32"))]
    table: WordTable,
    /// The patterns, by id.
    #[cfg(not(target_arch = "wasm32"))]
    patterns: Vec<String>,
    #[cfg(target_arch = "wasm32")]
    ids: IdMap,
    /// The longest pattern, in bytes.
    longest: usize,
}

impl Prefixes {
    /// The patterns of `ids` (pattern -> id, the ids `0..ids.len()`), the map their compiler
    /// built as it numbered them.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn new(ids: IdMap) -> Prefixes {
        let mut longest = 0;
        let mut patterns: Vec<String> = crate::text::defaults(ids.len());
        for (p, id) in ids.into_pairs() {
            longest = longest.max(p.len());
            if let Some(slot) = patterns.get_mut(id as usize) {
                *slot = p;
            }
        }
        // A table at most half full; a pattern whose run of slots is full (the table keeps
        // none past its longest walk) makes it twice as large, every pattern placed again.
        let mut size = patterns.len();
        let table = loop {
            let mut table = WordTable::with_capacity(size);
            if (0..)
                .zip(&patterns)
                .all(|(id, p)| table.insert(hash(p.as_bytes()), id))
            {
                break table;
            }
            size *= 2;
        };
        Prefixes {
            table,
            patterns,
            longest,
        }
    }

    /// The patterns of `ids` (pattern -> id), the map their compiler built as it numbered
    /// them (taken as it is: no second map of copied keys).
    #[cfg(target_arch = "wasm32")]
    pub fn new(ids: IdMap) -> Prefixes {
        let longest = ids.pairs().iter().map(|k| k.0.len()).max().unwrap_or(0);
        Prefixes { ids, longest }
    }

    /// The (id, end) of every pattern that `spaced` starts with, shortest first.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn matches<'a>(&'a self, spaced: &'a str) -> impl Iterator<Item = (u32, usize)> + 'a {
        let mut hashes = PrefixHashes::new(spaced.as_bytes());
        let pattern = |id: u32| {
            self.patterns
                .get(id as usize)
                .map_or(&[][..], |p| p.as_bytes())
        };
        self.ends(spaced).filter_map(move |end| {
            let (h, prefix) = hashes.of(end)?;
            self.table.get(h, prefix, pattern).map(|id| (id, end))
        })
    }

    /// The (id, end) of every pattern that `spaced` starts with, shortest first.
    #[cfg(target_arch = "wasm32")]
    pub fn matches<'a>(&'a self, spaced: &'a str) -> impl Iterator<Item = (u32, usize)> + 'a {
        self.ends(spaced)
            .filter_map(|end| self.ids.get(sub(spaced, ..end)).map(|id| (id, end)))
    }

    /// The ends of the prefixes of `spaced` (after its space) that a pattern may have.
    /// Natively read on the bytes: each end after the space and its first byte up to the
    /// longest pattern where a character starts (or the word ends), with no character
    /// decoded (4.4M instructions over the first 2 MB of the bench, spent on new words).
    #[cfg(not(target_arch = "wasm32"))]
    #[inline(always)]
    fn ends<'a>(&'a self, spaced: &'a str) -> impl Iterator<Item = usize> + 'a {
        let b = spaced.as_bytes();
        (2..b.len().min(self.longest) + 1)
            .filter(move |&end| b.get(end).is_none_or(|&c| c as i8 >= -0x40))
    }

    /// The ends of the prefixes of `spaced` (after its space) that a pattern may have.
    #[cfg(target_arch = "wasm32")]
    #[inline(always)]
    fn ends<'a>(&'a self, spaced: &'a str) -> impl Iterator<Item = usize> + 'a {
        spaced
            .char_indices()
            .skip(1)
            .map(|(i, c)| i + c.len_utf8())
            .take_while(|&end| end <= self.longest)
    }
}

/// Which lists of alternatives some word of one document has a term in
/// ([`Lexicon::find_with`]). The .wasm makes a list of flags a document.
#[cfg(target_arch = "wasm32")]
struct SetsInDoc(Vec<bool>);

#[cfg(target_arch = "wasm32")]
impl SetsInDoc {
    fn new(n_sets: usize) -> SetsInDoc {
        SetsInDoc(vec![false; n_sets])
    }

    #[inline(always)]
    fn mark(&mut self, set: u32) {
        self.0[set as usize] = true;
    }

    #[inline(always)]
    fn has(&self, set: u32) -> bool {
        self.0[set as usize]
    }
}

/// Natively a list is in the document when its stamp is the document's number: the stamps
/// are kept by each thread from one document to the next, so no list of flags is allocated
/// and zeroed a document (zeroing them was 1% of the instructions of a run).
#[cfg(not(target_arch = "wasm32"))]
struct SetsInDoc {
    stamps: Vec<u32>,
    now: u32,
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The stamps of the thread's last document, and its number.
    static STAMPS: std::cell::Cell<(Vec<u32>, u32)> = const { std::cell::Cell::new((Vec::new(), 0)) };
}

#[cfg(not(target_arch = "wasm32"))]
impl SetsInDoc {
    fn new(n_sets: usize) -> SetsInDoc {
        let (mut stamps, last) = STAMPS.take();
        let mut now = last.wrapping_add(1);
        // Another lexicon's lists, or the numbers run out: all stamps start over.
        if stamps.len() != n_sets || now == 0 {
            stamps.clear();
            stamps.resize(n_sets, 0);
            now = 1;
        }
        SetsInDoc { stamps, now }
    }

    #[inline(always)]
    fn mark(&mut self, set: u32) {
        self.stamps[set as usize] = self.now;
    }

    #[inline(always)]
    fn has(&self, set: u32) -> bool {
        self.stamps[set as usize] == self.now
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Drop for SetsInDoc {
    fn drop(&mut self) {
        STAMPS.set((std::mem::take(&mut self.stamps), self.now));
    }
}

/// Per distinct word of a document, the lists of alternatives its terms are in, as bits of
/// their ids modulo 64: a word whose bit for a list is clear has no term in it, so most words
/// that a cue's later position looks at are turned away without a search. Native builds
/// only: in the .wasm, where it would take 145 bytes of the gzipped budget, every word may
/// hold every list and is searched.
struct WordLists {
    #[cfg(not(target_arch = "wasm32"))]
    bits: Vec<u64>,
}

impl WordLists {
    fn with_capacity(_words: usize) -> WordLists {
        WordLists {
            #[cfg(not(target_arch = "wasm32"))]
            bits: Vec::with_capacity(_words),
        }
    }

    /// The bit of list `set` in a word's bits.
    #[inline(always)]
    fn bit(set: u32) -> u64 {
        1 << (set % 64)
    }

    /// Adds the next distinct word, with the bits of its lists.
    #[inline(always)]
    fn push(&mut self, _bits: u64) {
        #[cfg(not(target_arch = "wasm32"))]
        self.bits.push(_bits);
    }

    /// Whether distinct word `w` may have a term in list `set` (if false, it has none).
    #[inline(always)]
    fn may_hold(&self, _w: usize, _set: u32) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        return self
            .bits
            .get(_w)
            .is_none_or(|b| b & WordLists::bit(_set) != 0);
        #[cfg(target_arch = "wasm32")]
        true
    }
}

/// The rest of a cue to match: its positions after the first, their alternatives as ranges
/// into `alts`, and each distinct word's lists.
struct Rest<'a> {
    positions: &'a [Position],
    alts: &'a [u32],
    lists_of_word: &'a WordLists,
}

/// Matches the rest of a cue after its first word at token `first`, within its sentence,
/// whose tokens end at `end`.
fn extend(doc: &Doc<'_>, ids: &WordIds, rest: &Rest<'_>, first: u32, end: u32) -> Option<u32> {
    // Depth-first over the candidate positions of each word, so "questioned for about an
    // hour over a post" finds `~4 over|about ~2 post` through "over" after "about" failed.
    // The budget bounds the work for any cue on any text.
    let mut budget = 64u32;
    // Whether some term of token `tok` is among the alternatives of `pos` (sorted).
    let has = |tok: u32, pos: &Position| -> bool {
        let w = doc.word_of[tok as usize] as usize;
        if !rest.lists_of_word.may_hold(w, pos.set) {
            return false;
        }
        let alts = rest
            .alts
            .get(pos.alts.0 as usize..pos.alts.1 as usize)
            .unwrap_or(&[]);
        let terms = ids.first_of_word(w);
        terms.iter().any(|t| alts.binary_search(t).is_ok())
    };
    fn step(
        rest: &[Position],
        at: u32,
        end: u32,
        has: &impl Fn(u32, &Position) -> bool,
        budget: &mut u32,
    ) -> Option<u32> {
        let Some((pos, rest)) = rest.split_first() else {
            return Some(at);
        };
        for tok in at + 1..(at + 2 + u32::from(pos.gap)).min(end) {
            if *budget == 0 {
                return None;
            }
            *budget -= 1;
            if has(tok, pos) {
                if let Some(last) = step(rest, tok, end, has, budget) {
                    return Some(last);
                }
            }
        }
        None
    }
    step(rest.positions, first, end, &has, &mut budget)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_in_a_document_start_empty_for_each_document() {
        let mut a = SetsInDoc::new(3);
        a.mark(1);
        assert!(a.has(1) && !a.has(0) && !a.has(2));
        drop(a);
        // The next document, of the same lexicon or of another, has none yet.
        for n in [3, 3, 5, 3] {
            let mut b = SetsInDoc::new(n);
            assert!((0..n as u32).all(|s| !b.has(s)), "{n}");
            b.mark(n as u32 - 1);
            assert!(b.has(n as u32 - 1));
        }
    }

    #[test]
    fn prefix_ends_are_the_character_ends_after_the_space() {
        for word in [" abc", " журнал", " a", " ж", " жa", " aж€😀b", " "] {
            for longest in 0..=16 {
                let p = Prefixes {
                    longest,
                    ..Prefixes::new(IdMap::with_capacity(0))
                };
                let want: Vec<usize> = word
                    .char_indices()
                    .skip(1)
                    .map(|(i, c)| i + c.len_utf8())
                    .take_while(|&end| end <= longest)
                    .collect();
                assert_eq!(p.ends(word).collect::<Vec<_>>(), want, "{word:?} {longest}");
            }
        }
    }

    #[test]
    fn fields_split_as_split_whitespace() {
        let lines = [
            "detention 0.9 media =detained journalist",
            "задержание 0.9 media задержан* журналист*",
            "a\tb\x0bc\x0cd\re",
            "a\u{a0}b\u{85}c\u{1680}d\u{2003}e\u{2028}f\u{202f}g\u{205f}h\u{3000}i",
            "«a» b’s — c\u{200b}d",
            "  lead  and  trail  ",
            "",
        ];
        for line in lines {
            assert_eq!(
                fields(line),
                line.split_whitespace().collect::<Vec<_>>(),
                "{line:?}"
            );
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn bars_split_as_str_split() {
        for w in [
            "a",
            "",
            "|",
            "a|b",
            "=ab|cd*|@x",
            "|a||b|",
            "журналист|репортёр",
            "a-b|c",
        ] {
            assert_eq!(
                bars(w).collect::<Vec<_>>(),
                w.split('|').collect::<Vec<_>>(),
                "{w:?}"
            );
        }
    }

    #[test]
    fn is_folded_reads_the_characters_on_the_bytes() {
        let folded = |c: char| {
            c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || c == '\''
                || ('а'..='я').contains(&c)
                || (cfg!(not(target_arch = "wasm32")) && "іғқңүұһәө".contains(c))
        };
        for w in [
            "journalist",
            "don't",
            "covid19",
            "журналист",
            "пресс",
            "ёлка",
            "Журнал",
            "ѐ",
            "ѯ",
            "Ӏ",
            "пѐ",
            "қазақ",
            "ҚАЗАҚ",
            "өңірі",
            "ұлттық",
            "һ",
            "Ә",
            "ѳ",
            "aB",
            "a-b",
            "a|b",
            "й",
            "ь",
            "ю",
            "я",
            "а",
            "п",
            "р",
            "",
            "\u{430}\u{301}",
        ] {
            assert_eq!(is_folded(w), w.chars().all(folded), "{w:?}");
        }
    }

    /// The files as people edit them, not the copies `build.rs` strips for the binary.
    const AS_WRITTEN: [&str; 3] = [
        include_str!("../data/lexicon/en.txt"),
        include_str!("../data/lexicon/ru.txt"),
        include_str!("../data/lexicon/kk.txt"),
    ];

    #[test]
    fn every_category_and_scope_has_a_code() {
        // Each incident id of the taxonomy and each context category has a code, and the
        // codes read back as the words they stand for.
        for t in crate::taxonomy::TYPES {
            assert!(CATEGORIES.contains(&t.id), "{} has no code", t.id);
        }
        assert_eq!(CATEGORIES.len(), crate::taxonomy::TYPES.len() + 24);
        for (i, word) in CATEGORIES.iter().enumerate() {
            let code = [b'A' + i as u8];
            let code = std::str::from_utf8(&code).unwrap_or_default();
            assert_eq!(Category::parse(code), Category::parse(word), "{word}");
            assert!(Category::parse(word).is_some(), "{word}");
        }
        for (i, word) in SCOPES.iter().enumerate() {
            let code = [b'a' + i as u8];
            assert_eq!(
                decode(
                    std::str::from_utf8(&code).unwrap_or_default(),
                    b'a',
                    &SCOPES
                ),
                *word
            );
        }
    }

    #[test]
    fn weights_read_as_the_float_parser_reads_them() {
        // Every decimal with up to four fraction digits in 0..=1, in each spelling.
        for n in 0..=10_000u32 {
            let frac = format!("{:04}", n % 10_000);
            let int = n / 10_000;
            for s in [
                format!("{int}.{frac}"),
                format!("{int}.{}", frac.trim_end_matches('0')),
                format!(".{frac}"),
            ] {
                let want: Option<f32> = s.parse().ok();
                assert_eq!(parse_weight(&s), want, "{s:?}");
            }
        }
        assert_eq!(parse_weight("1"), Some(1.0));
        assert_eq!(parse_weight("0.123456"), "0.123456".parse().ok());
        for bad in [
            "",
            ".",
            "-0.5",
            "0.5x",
            "1e-1",
            "0.12345678",
            "0,5",
            "+1",
            "NaN",
        ] {
            assert_eq!(parse_weight(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn lists_from_pairs_keep_the_order_of_the_pairs() {
        let lists = Lists::from_pairs(3, &[(2, 7), (0, 1), (2, 5)]);
        assert_eq!(lists.get(0), &[1]);
        assert_eq!(lists.get(1), &[] as &[u32]);
        assert_eq!(lists.get(2), &[7, 5]);
    }

    #[test]
    fn unpack_reads_packed_and_plain_text() {
        // Left as UTF-8 (build.rs does so where that codes smaller): read as it is.
        for plain in [
            "detention 0.9 - =held",
            "@j журналист*\nprosecution 0.9 - @j",
        ] {
            assert_eq!(unpack(plain.as_bytes()), plain);
        }
        // Packed: the alphabet line, then a letter as 0x80 + its index and a run as its byte.
        let packed: Vec<u8> = "жу\n".bytes().chain([1, 0x80, 0x81]).collect();
        assert_eq!(unpack(&packed), "|=жу");
        assert_eq!(unpack(&[b'\n', 1, b'x']), "|=x");
        // A field as it is at its place in the line above; a line's key again.
        assert_eq!(unpack(b"\nA 1 a x\n\t \t b y"), "A 1 a x\nA 1 b y");
        assert_eq!(unpack(b"\n\0k | \x7f, m"), "\0k | k, m");
        // An alternative as the start of the one before it less its last k bytes, in a place
        // and in a class line (parted by spaces there), not after a place's end.
        assert_eq!(unpack(b"\n=abcd|\xe1xy"), "=abcd|=abcxy");
        assert_eq!(unpack(b"\n@c =abcd \xe0s"), "@c =abcd =abcds");
        assert_eq!(unpack(b"\nA =abcd \xe0s"), "A =abcd s");
    }

    #[test]
    fn fact_lists_restore_from_their_coded_copy() {
        let coded = include_bytes!(concat!(env!("OUT_DIR"), "/facts.lex"));
        assert_eq!(unpack(&restore(coded)), fact_lists());
        assert_eq!(fact_lists().split('\0').count(), 7);
    }

    #[test]
    fn utf8_chars_reads_every_char() {
        let all: String = (0..=0x10ffff).filter_map(char::from_u32).collect();
        assert!(utf8_chars(all.as_bytes()).eq(all.chars()));
        assert_eq!(utf8_chars("жу".as_bytes()).collect::<String>(), "жу");
        assert!(utf8_chars(&[0xd0]).eq(['\u{fffd}']));
    }

    #[test]
    fn builtin_lexicons_parse() {
        for ((lang, source), written) in BUILTIN.into_iter().zip(AS_WRITTEN) {
            let stripped = &unpack(&restore(&coded(lang)));
            // The native library's plain copy is the text the .wasm restores.
            assert_eq!(builtin_text(lang), stripped.as_str(), "{source}");
            let cues = parse(source, lang, written).unwrap_or_else(|e| panic!("{e}"));
            assert!(cues.len() > 20, "{source} has only {} cues", cues.len());
            let built = parse(source, lang, stripped).unwrap_or_else(|e| panic!("{e}"));
            // The same cues; the stripped copy groups them by category and sorts each class's
            // words (build.rs), so a place's alternatives are compared as a set (their order as
            // written is in each cue's source).
            let sorted = |cues: &[ParsedCue]| {
                let mut v: Vec<String> = cues
                    .iter()
                    .map(|c| {
                        let mut c = c.clone();
                        for (alts, _) in &mut c.terms {
                            alts.sort_by_cached_key(|t| format!("{t:?}"));
                        }
                        format!("{c:?}")
                    })
                    .collect();
                v.sort();
                v
            };
            assert_eq!(sorted(&built), sorted(&cues), "{source}");
            // Read as the stripped copy it is, as the native library reads it: the same cues.
            let fast = parse_lines(source, lang, stripped, true).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(sorted(&fast), sorted(&built), "{source}");
            // One line a cue or class: no blank or comment lines.
            assert!(stripped.lines().all(|l| !l.trim().is_empty()), "{source}");
        }
    }

    #[test]
    fn no_stem_cue_word_stems_to_fewer_than_three_letters() {
        // A stem that short matches unrelated words: "sued" stems to "su", which is also the
        // name "Su". Such a word is written exact (`=sued`) or as a prefix instead; a short
        // word that is its own stem ("it", "в") matches only itself.
        let stemmers = crate::text::Stemmers::new();
        for ((lang, source), written) in BUILTIN.into_iter().zip(AS_WRITTEN) {
            let cues = parse(source, lang, written).unwrap_or_else(|e| panic!("{e}"));
            let mut short: Vec<String> = cues
                .iter()
                .flat_map(|c| &c.terms)
                .flat_map(|(alts, _)| alts)
                .filter_map(|t| match t.kind {
                    TermKind::Stem(l @ (Lang::En | Lang::Ru)) => {
                        let stem = stemmers.stem(l, &t.text);
                        (stem.chars().count() < 3 && stem != t.text.as_ref())
                            .then(|| format!("{} -> {stem}", t.text))
                    }
                    _ => None,
                })
                .collect();
            short.sort();
            short.dedup();
            assert!(short.is_empty(), "{source}: {short:?}");
        }
    }

    #[test]
    fn no_cue_uses_a_class_that_a_later_line_extends() {
        // build.rs puts every class line before the cues; a cue must see the same words there.
        for (source, written) in ["en", "ru", "kk"].into_iter().zip(AS_WRITTEN) {
            let code = |l: &'static str| l.split('#').next().unwrap_or("").trim();
            let lines: Vec<&str> = written.lines().collect();
            let last_def = |name: &str| {
                lines.iter().rposition(|l| {
                    code(l)
                        .strip_prefix('@')
                        .and_then(|d| d.split_whitespace().next())
                        == Some(name)
                })
            };
            for (i, line) in written.lines().enumerate() {
                let line = code(line);
                let uses = line.split(|c: char| c.is_whitespace() || c == '|');
                for name in uses
                    .skip(usize::from(line.starts_with('@')))
                    .filter_map(|w| w.strip_prefix('@'))
                {
                    let last = last_def(name);
                    assert!(
                        last.is_some_and(|d| d <= i),
                        "{source}.txt:{}: @{name} is extended later",
                        i + 1
                    );
                }
            }
        }
    }

    /// The alternative of `alts` that already matches every word `alts[i]` matches, if any:
    /// a prefix `x*` matches all that `=xy` or `xy*` do, and an exact word or prefix may not
    /// stand twice. Stems, classes and numbers are left alone (their matches are not spelled
    /// out).
    fn covered_by<'a>(i: usize, alts: &[&'a str]) -> Option<&'a str> {
        let form = |a: &'a str| -> (bool, &'a str) {
            let a = a.strip_prefix('=').unwrap_or(a);
            match a.strip_suffix('*') {
                Some(p) => (true, p),
                None => (false, a),
            }
        };
        let alt = alts[i];
        let (prefix, body) = form(alt);
        if !(prefix || alt.starts_with('=')) || body.is_empty() {
            return None;
        }
        alts.iter().enumerate().find_map(|(j, &other)| {
            let (other_prefix, other_body) = form(other);
            let earlier_twin = other == alt && j < i;
            let wider = other_prefix && !other_body.is_empty() && other != alt;
            ((wider && body.starts_with(other_body)) || earlier_twin).then_some(other)
        })
    }

    /// The places of a lexicon as written, each with its line's 1-based number: a class line's
    /// words are one place; a cue's places are what follows its category, weight and scope,
    /// each split into its alternatives.
    fn places_as_written(written: &str) -> Vec<(usize, Vec<&str>)> {
        let mut out = Vec::new();
        for (n, line) in written.lines().enumerate() {
            let code = line.split('#').next().unwrap_or("");
            let words: Vec<&str> = code.split_whitespace().collect();
            match words.first() {
                None => {}
                Some(w) if w.starts_with('@') => out.push((n + 1, words[1..].to_vec())),
                Some(_) => out.extend(
                    words
                        .iter()
                        .skip(3)
                        .map(|place| (n + 1, place.split('|').collect())),
                ),
            }
        }
        out
    }

    /// Fails with every redundant alternative that a lexicon check found, one a line.
    fn assert_none_redundant(found: &[String]) {
        assert!(
            found.is_empty(),
            "{} redundant:\n{}",
            found.len(),
            found.join("\n")
        );
    }

    #[test]
    fn no_alternative_is_matched_by_another_of_its_place() {
        // An alternative that another one of the same place (or class line) already matches
        // changes no label and no score, and costs bytes of the .wasm: 1.7 KB gzipped when
        // this test came, almost all in Russian forms listed beside their prefix.
        let mut found = Vec::new();
        for (written, name) in AS_WRITTEN.into_iter().zip(["en", "ru", "kk"]) {
            for (line, alts) in places_as_written(written) {
                for (i, alt) in alts.iter().enumerate() {
                    if let Some(other) = covered_by(i, &alts) {
                        found.push(format!("{name}.txt:{line}: {alt} (by {other})"));
                    }
                }
            }
        }
        assert_none_redundant(&found);
    }

    #[test]
    fn no_exact_word_is_matched_by_a_stem_of_its_place() {
        // "=reporting" beside "report", "=иска" beside "иск": the stem already matches every
        // word that stems as it does, so the exact word only costs bytes of the .wasm.
        let stemmers = crate::text::Stemmers::new();
        let mut found = Vec::new();
        for ((lang, written), name) in [Lang::En, Lang::Ru]
            .into_iter()
            .zip(AS_WRITTEN)
            .zip(["en", "ru"])
        {
            for (line, alts) in places_as_written(written) {
                let plain = |a: &&&str| !a.starts_with(['=', '@', '<', '~']) && !a.ends_with('*');
                let stems: Vec<String> = alts
                    .iter()
                    .filter(plain)
                    .map(|a| stemmers.stem(lang, a).to_string())
                    .collect();
                for alt in &alts {
                    let Some(word) = alt.strip_prefix('=').filter(|w| !w.ends_with('*')) else {
                        continue;
                    };
                    if stems.iter().any(|s| *s == stemmers.stem(lang, word)) {
                        found.push(format!("{name}.txt:{line}: {alt}"));
                    }
                }
            }
        }
        assert_none_redundant(&found);
    }

    #[test]
    fn covered_by_knows_prefixes_exact_words_and_twins() {
        assert_eq!(covered_by(1, &["arrest*", "=arrested"]), Some("arrest*"));
        assert_eq!(
            covered_by(0, &["arrested*", "=arrested", "arrest*"]),
            Some("arrest*")
        );
        assert_eq!(covered_by(1, &["=jail", "=jail"]), Some("=jail"));
        assert_eq!(covered_by(0, &["=jail", "=jail"]), None);
        assert_eq!(covered_by(1, &["=jailed", "=jail"]), None);
        assert_eq!(covered_by(0, &["arrest*", "=arrest"]), None);
        // A stem word matches inflections that no prefix spells out.
        assert_eq!(covered_by(1, &["arrest*", "arrested"]), None);
        assert_eq!(covered_by(1, &["@media", "@media"]), None);
    }

    #[test]
    fn bad_lines_are_errors_that_name_the_line() {
        let bad = [
            ("killing 0.5 - ", "the cue is empty"),
            ("kiling 0.5 - shot", "unknown category \"kiling\""),
            (
                "killing 1.5 - shot",
                "weight \"1.5\" is not a number in 0..=1",
            ),
            (
                "killing 0.5 before shot",
                "scope \"before\" must be media, probe, attack, wound or -",
            ),
            (
                "negation 0.5 - not",
                "scope \"-\" must be before, after, next or sentence",
            ),
            (
                "killing 0.5 - ~2 shot",
                "gap \"~2\" must stand between two words",
            ),
            ("killing 0.5 - shot ~9 dead", "gap \"~9\" must be ~0 to ~8"),
            (
                "killing 0.5 - shot ~1",
                "a gap must stand between two words",
            ),
            ("killing 0.5 - sh+ot", "bad word \"sh+ot\""),
            ("killing", "expected: category weight scope cue"),
            (
                "killing 0.5 - @shot",
                "unknown class \"@shot\" (define it above with `@shot word word ...`)",
            ),
            ("@bad-name x", "bad class name \"@bad-name\""),
            ("@empty", "class @empty has no words"),
            ("killing 0.5 - shot|", "bad word \"shot|\""),
        ];
        for (line, why) in bad {
            let err = parse("test", Lang::En, &format!("# header\n{line}\n")).err();
            assert_eq!(
                err.map(|e| e.to_string()),
                Some(format!("test line 2: {why}")),
                "{line}"
            );
        }
    }

    #[test]
    fn cues_match_inflections_prefixes_gaps_and_numbers() {
        let data = "detention 1 - arrest\ndetention 1 - =jailed ~2 reporter*\ndetention 1 - <n> суток\nkilling 1 - убит\n";
        let mut cues = parse("t", Lang::En, data).unwrap_or_default();
        cues.extend(parse("t", Lang::Ru, "killing 1 - убийство журналиста\n").unwrap_or_default());
        let lex = Lexicon::compile(cues).expect("compiles");
        let found = |text: &str| -> Vec<String> {
            let doc = Doc::new(text);
            lex.find(&doc)
                .iter()
                .map(|h| lex.cues[h.cue as usize].source.clone())
                .collect()
        };
        assert_eq!(
            found("Police arrested him; the arrests went on."),
            vec!["arrest", "arrest"]
        );
        assert_eq!(
            found("They jailed the two reporters."),
            vec!["=jailed ~2 reporter*"]
        );
        assert_eq!(
            found("They jailed the two young local reporters."),
            Vec::<String>::new()
        );
        assert_eq!(found("Он получил 10 суток."), vec!["<n> суток"]);
        assert_eq!(
            found("Расследуют убийства журналистов."),
            vec!["убийство журналиста"]
        );
        // Words of a cue never join across a sentence end.
        assert_eq!(
            found("They jailed him. Reporters saw it."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn map_keys_tell_terms_and_id_lists_apart() {
        let term = |kind, text: &str| Term {
            kind,
            text: text.into(),
        };
        let keys = [
            term(TermKind::Prefix, "арест"),
            term(TermKind::Exact, "арест"),
            term(TermKind::Stem(Lang::Ru), "арест"),
            term(TermKind::Stem(Lang::Kk), "арест"),
            term(TermKind::Stem(Lang::En), "арест"),
            term(TermKind::Number, ""),
        ]
        .map(|t| t.key());
        for (i, a) in keys.iter().enumerate() {
            assert!(keys[i + 1..].iter().all(|b| a != b), "{a}");
        }
        let lists: [&[u32]; 6] = [&[], &[0], &[0, 0x7ff], &[0x7ff, 0], &[0x800], &[u32::MAX]];
        let keys = lists.map(ids_key);
        for (i, a) in keys.iter().enumerate() {
            assert_eq!(a.chars().count(), lists[i].len() * 3);
            assert!(keys[i + 1..].iter().all(|b| a != b), "{:?}", lists[i]);
        }
    }

    #[test]
    fn classes_and_alternatives() {
        let data = "@remove remove =took\n@content article* video*\n@content post*\ncensorship 1 - @remove ~2 @content\ncensorship 1 - =ban|=banned book*\n";
        let lex = Lexicon::compile(parse("t", Lang::En, data).expect("parses")).expect("compiles");
        let found = |text: &str| lex.find(&Doc::new(text)).len();
        assert_eq!(found("They removed the article."), 1);
        assert_eq!(found("They took down the posts."), 1);
        assert_eq!(found("They took the car."), 0);
        assert_eq!(found("They banned books."), 1);
        assert_eq!(found("They ban books."), 1);
        let data = "@remove remove\ncensorship 1 - @remove|=spiked ~1 article*\n";
        let lex = Lexicon::compile(parse("t", Lang::En, data).expect("parses")).expect("compiles");
        assert_eq!(lex.find(&Doc::new("Editors spiked the article.")).len(), 1);
        assert_eq!(lex.find(&Doc::new("Editors removed the article.")).len(), 1);
    }

    #[test]
    fn hyphens_prefixes_and_number_words() {
        let data = "detention 1 - =pre-trial detention\ndetention 1 - =jail* <n> days\n";
        let lex = Lexicon::compile(parse("t", Lang::En, data).expect("parses")).expect("compiles");
        let found = |text: &str| lex.find(&Doc::new(text)).len();
        assert_eq!(found("He was placed in pre-trial detention."), 1);
        assert_eq!(found("He was jailed ten days later."), 1);
        assert_eq!(found("He was jailed 10 days later."), 1);
        assert_eq!(found("He was jailed many days later."), 0);
    }
}
