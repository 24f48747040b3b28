//! The JavaScript face: the only file that names `wasm_bindgen` (and, in its tests, `js_sys`
//! and `serde_wasm_bindgen`). Reports and the taxonomy leave as a tape of numbers and one
//! string that src/report.js turns into objects.
//!
//! Nothing here may panic: options arrive as a `JsValue` and are checked here, so a bad
//! option becomes a thrown `Error`, and offsets leave as UTF-16 code units so that
//! `text.slice(start, end)` is exact in JavaScript.

use wasm_bindgen::prelude::*;

use crate::error::quoted;
use crate::{Classifier, Lang, Report};

/// The .wasm's allocator: free lists by size class over memory taken from the end of the
/// wasm memory (README "Speed and size"). Before, these lists stood in front of talc, whose
/// code (bins, merging of neighbours, `memory.grow` handling) weighed about 2 KB of the gzipped
/// .wasm; a freed block now always waits in its class's list for a block of the same class.
#[global_allocator]
static ALLOCATOR: Pools = Pools {
    free: std::cell::UnsafeCell::new([std::ptr::null_mut(); CLASSES]),
    heap: std::cell::UnsafeCell::new((0, 0)),
};

/// Blocks of up to `POOLS * GRAIN` bytes come in sizes that are multiples of `GRAIN`; larger
/// ones in powers of two, from 512 bytes to 2 GiB (`CLASSES` in all).
const GRAIN: usize = 8;
const POOLS: usize = 32;
const CLASSES: usize = POOLS + 23;

/// Free lists of blocks, one for each size class. A classification allocates and frees many
/// vectors and strings; taking one from a list is a few instructions. A freed block stays in
/// its list: memory that held blocks of a class is reused for blocks of that class, and a
/// program that allocates the same sizes over and over (one classification after another)
/// stops growing its memory. A block that changes size within its class stays where it is;
/// one that leaves its class moves (growth doubles, so the copies stay linear). New blocks
/// are cut from the top of the memory, grown by at least 1 MiB at a time.
struct Pools {
    /// The first free block of each class; a free block's first word points to the next.
    free: std::cell::UnsafeCell<[*mut u8; CLASSES]>,
    /// The free memory at the top: its first address and its end.
    heap: std::cell::UnsafeCell<(usize, usize)>,
}

// SAFETY: wasm32-unknown-unknown runs this module on one thread (no atomics, no workers
// sharing its memory), so the lists are never used from two at once.
unsafe impl Sync for Pools {}

impl Pools {
    /// The class of a block of `size` bytes and the size of its blocks (none over 2 GiB).
    fn class(size: usize) -> Option<(usize, usize)> {
        if size <= GRAIN * POOLS {
            let k = size.saturating_sub(1) / GRAIN;
            Some((k, (k + 1) * GRAIN))
        } else {
            // 2^bits is the least power of two >= size, bits in 9..=31.
            let bits = usize::BITS - (size - 1).leading_zeros();
            (bits < usize::BITS).then(|| (POOLS + bits as usize - 9, 1 << bits))
        }
    }

    /// A new block of `size` bytes aligned to `align`, cut from the top of the memory.
    fn cut(&self, size: usize, align: usize) -> *mut u8 {
        // SAFETY: one thread (see `Sync`), and no reference to `heap` outlives this call.
        let heap = unsafe { &mut *self.heap.get() };
        let up = |at: usize| (at + align - 1) & !(align - 1);
        let mut at = up(heap.0);
        if size > heap.1.saturating_sub(at) {
            let pages = (size + align) / 65536 + 16;
            let old = core::arch::wasm32::memory_grow(0, pages);
            if old == usize::MAX {
                return std::ptr::null_mut();
            }
            if old << 16 != heap.1 {
                heap.0 = old << 16;
            }
            heap.1 = (old + pages) << 16;
            at = up(heap.0);
        }
        heap.0 = at + size;
        at as *mut u8
    }
}

// SAFETY: every block has at least the size and alignment asked for: a class's blocks have
// its full size, a block from a list is taken only when its address has the alignment asked
// for, and a block goes back to the list its layout's size names, which is its class.
unsafe impl std::alloc::GlobalAlloc for Pools {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        let Some((k, size)) = Pools::class(layout.size()) else {
            return std::ptr::null_mut();
        };
        let free = unsafe { &mut *self.free.get() };
        let block = free[k];
        if block.is_null() || block as usize & (layout.align() - 1) != 0 {
            self.cut(size, layout.align().max(GRAIN))
        } else {
            free[k] = unsafe { block.cast::<*mut u8>().read() };
            block
        }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: std::alloc::Layout) {
        if let Some((k, _)) = Pools::class(layout.size()) {
            let free = unsafe { &mut *self.free.get() };
            unsafe { block.cast::<*mut u8>().write(free[k]) };
            free[k] = block;
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: std::alloc::Layout, size: usize) -> *mut u8 {
        let new = unsafe { std::alloc::Layout::from_size_align_unchecked(size, layout.align()) };
        match (Pools::class(layout.size()), Pools::class(size)) {
            (Some((a, _)), Some((b, _))) if a == b => block,
            _ => {
                let moved = unsafe { self.alloc(new) };
                if !moved.is_null() {
                    unsafe {
                        std::ptr::copy_nonoverlapping(block, moved, layout.size().min(size));
                        self.dealloc(block, layout);
                    }
                }
                moved
            }
        }
    }
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A language the classifier knows. */
export type Lang = "en" | "ru" | "kk";

/** Options of `classify`; every key is optional and unknown keys throw. */
export interface Options {
  /** Lowest label score to report, in 0..=1. */
  minScore?: number;
  /** The article's language, or "auto" (the default) to detect it. */
  lang?: "auto" | Lang;
  /**
   * Read the text as HTML source (default false): tags, scripts, styles and comments are
   * ignored, entities decoded; offsets still point into the HTML as given.
   */
  html?: boolean;
}

/** One sentence that supports a label. Offsets are UTF-16 code units into the input. */
export interface Evidence {
  /** Start of the sentence: `text.slice(start, end) === sentence`. */
  start: number;
  /** End of the sentence (exclusive). */
  end: number;
  sentence: string;
  /** The matched cue as it appears in the text. */
  cue: string;
  /** Start of the cue: `text.slice(cue_start, cue_end)`. */
  cue_start: number;
  /** End of the cue (exclusive). */
  cue_end: number;
}

/** One incident type found in the article. */
export interface Label {
  /** Incident id from TAXONOMY.md, e.g. "detention". */
  id: string;
  family: string;
  /** Confidence in 0..=1. */
  score: number;
  evidence: Evidence[];
}

/** What `classify` returns. */
export interface Report {
  language: Lang;
  /** True when at least one label was found. */
  incident: boolean;
  labels: Label[];
  /** Who, where, when and what penalty; every list is empty when nothing was found. */
  facts: Facts;
}

/** Incident facts. Offsets are UTF-16 code units: `text.slice(start, end)` is the source. */
export interface Facts {
  victims: Victim[];
  outlets: Outlet[];
  perpetrators: Perpetrator[];
  legal: Legal[];
  dates: FactDate[];
  places: Place[];
}

/** A media worker or outlet targeted, from a sentence that reports an incident. */
export interface Victim {
  role: "journalist" | "editor" | "blogger" | "camera_operator" | "photographer"
    | "newspaper" | "tv_channel" | "website" | "outlet";
  /** The name next to the role word, as written (may be inflected). */
  name?: string;
  /** "16 journalists" gives 16. */
  count?: number;
  gender?: "female" | "male";
  /** True when the gender was read from grammar (журналистка, she), not stated. */
  gender_inferred: boolean;
  text: string;
  start: number;
  end: number;
  /** The label whose evidence sentence holds the fact. */
  label?: string;
}

/** A media outlet named in the text. */
export interface Outlet {
  name: string;
  start: number;
  end: number;
  label?: string;
}

/** Who acted against the media (one entry per actor type). */
export interface Perpetrator {
  actor: "police" | "prosecutor" | "court" | "official" | "regulator"
    | "unknown_assailants" | "private_individual" | "platform";
  text: string;
  start: number;
  end: number;
  label?: string;
}

/** A code article, charge, penalty or case status. */
export interface Legal {
  kind: "article" | "charge" | "detention_length" | "sentence" | "fine" | "damages" | "status";
  text: string;
  /** Charge id ("false_information", "defamation", ...) or status id ("charged", "convicted", ...). */
  name?: string;
  /** Article number with its dots: "274", "19.11". */
  article?: string;
  /** Part of the article: "2". */
  part?: string;
  code?: "criminal" | "administrative" | "civil" | "constitution";
  /** 4.5 (years), 10 (days), 1000000 (KZT). */
  value?: number;
  unit?: "hours" | "days" | "months" | "years";
  /** ISO 4217 code, or "MCI" for Kazakhstan's monthly calculation index (МРП, АЕК). */
  currency?: string;
  start: number;
  end: number;
  label?: string;
}

/** An explicit date; `iso` ("2025-07-15") only when the year is written. */
export interface FactDate {
  text: string;
  iso?: string;
  year?: number;
  month: number;
  day: number;
  start: number;
  end: number;
  label?: string;
}

/** A country, region or city of the gazetteer (first mention). */
export interface Place {
  /** English name: "Almaty", "West Kazakhstan Region". */
  name: string;
  kind: "country" | "region" | "city" | "capital";
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  text: string;
  start: number;
  end: number;
  label?: string;
}

/** Where an incident type sits in four monitors' schemes ("—" where it has no place). */
export interface Schemes {
  mapping_media_freedom: string;
  us_press_freedom_tracker: string;
  coe_platform: string;
  adil_soz: string;
}

/** One entry of the taxonomy (TAXONOMY.md), in its order. */
export interface IncidentType {
  /** The snake_case id, e.g. "detention". */
  id: string;
  /** "safety", "liberty", "legal", "information", "digital" or "property". */
  family: string;
  /** A short human name. */
  name: string;
  /** A one-line definition. */
  definition: string;
  schemes: Schemes;
}
"#;

/// The option keys JavaScript may pass; any other key throws.
const OPTION_KEYS: [&str; 3] = ["minScore", "lang", "html"];

/// Names a JS value in an error message: `string "en"`, `number 5`, or its `typeof`.
fn describe(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        format!("string {}", quoted(&s))
    } else if let Some(n) = value.as_f64() {
        format!("number {}", crate::error::plain_number(n))
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// Reads `options` by hand rather than through serde: serde-wasm-bindgen ignores unknown
/// keys even with `deny_unknown_fields`, and its messages do not name the option.
fn classifier(options: JsValue) -> Result<Classifier, JsError> {
    let mut builder = Classifier::builder();
    if options.is_undefined() || options.is_null() {
        return builder.build().map_err(|e| JsError::new(&e.to_string()));
    }
    if !options.is_object() || is_array(&options) || options.is_function() {
        let what = describe(&options);
        return Err(JsError::new(&format!(
            "options must be an object, not {what}"
        )));
    }
    let keys = object_keys(&options);
    for i in 0..keys.length() {
        let key = keys.at(i).as_string().unwrap_or_default();
        if !OPTION_KEYS.contains(&key.as_str()) {
            return Err(JsError::new(&format!(
                "unknown option {}, expected minScore, lang or html",
                quoted(&key)
            )));
        }
    }
    let get = |key: &str| reflect_get(&options, &JsValue::from_str(key)).ok();

    if let Some(value) = get("minScore").filter(|v| !v.is_undefined()) {
        let Some(min_score) = value.as_f64() else {
            let what = describe(&value);
            return Err(JsError::new(&format!(
                "minScore must be a number in 0..=1, not {what}"
            )));
        };
        if !(0.0..=1.0).contains(&min_score) {
            return Err(JsError::new(&format!(
                "minScore {} is outside 0..=1",
                crate::error::plain_number(min_score)
            )));
        }
        builder = builder.min_score(min_score as f32);
    }

    if let Some(value) = get("lang").filter(|v| !v.is_undefined()) {
        let lang = match value.as_string().as_deref() {
            Some("auto") => None,
            Some(code) => Some(Lang::from_code(code).ok_or_else(|| {
                JsError::new(&format!(
                    "lang {} is not one of auto, en, ru, kk",
                    quoted(code)
                ))
            })?),
            None => {
                let what = describe(&value);
                return Err(JsError::new(&format!(
                    "lang must be one of auto, en, ru, kk, not {what}"
                )));
            }
        };
        builder = builder.lang(lang);
    }

    if let Some(value) = get("html").filter(|v| !v.is_undefined()) {
        let Some(html) = value.as_bool() else {
            let what = describe(&value);
            return Err(JsError::new(&format!(
                "html must be true or false, not {what}"
            )));
        };
        builder = builder.html(html);
    }

    builder.build().map_err(|e| JsError::new(&e.to_string()))
}

/// Classifies `text` and returns the report as a plain object, offsets in UTF-16 code units.
///
/// # Errors
/// Throws an `Error` when `text` is not a string, or when `options` is not undefined, null or
/// an `Options` object.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn classify(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: JsValue,
) -> Result<JsValue, JsError> {
    let Some(string) = text.as_string() else {
        let what = describe(&text);
        return Err(JsError::new(&format!("text must be a string, not {what}")));
    };
    let report = classifier(options)?.classify(&string);
    let tape = Tape::of(&string, &report);
    Ok(build_report(&text, &tape.nums, &tape.pool))
}

// The three JavaScript built-ins the options need, declared here rather than taken from
// js-sys: linking js-sys compiles its JSPI task poller (an export of its own, with its waker
// and closures) into the .wasm. js-sys is a dependency of the wasm tests only.
#[wasm_bindgen]
extern "C" {
    /// `Array.isArray(value)`.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> bool;

    /// The array `Object.keys` returns.
    type Keys;

    /// `Object.keys(object)`: an array of strings.
    #[wasm_bindgen(js_namespace = Object, js_name = keys)]
    fn object_keys(object: &JsValue) -> Keys;

    /// `array.length`.
    #[wasm_bindgen(method, getter)]
    fn length(this: &Keys) -> u32;

    /// `array[index]`.
    #[wasm_bindgen(method, indexing_getter)]
    fn at(this: &Keys, index: u32) -> JsValue;

    /// `Reflect.get(object, key)`, which throws for a non-object.
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn reflect_get(object: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen(module = "/src/report.js")]
extern "C" {
    /// Builds the report object from the tape (src/report.js).
    #[wasm_bindgen(js_name = buildReport)]
    fn build_report(text: &JsValue, tape: &[f64], pool: &str) -> JsValue;

    /// Builds the taxonomy's objects from the tape (src/report.js).
    #[wasm_bindgen(js_name = buildTaxonomy)]
    fn build_taxonomy(tape: &[f64], pool: &str) -> JsValue;
}

/// The report as numbers and one string, for `buildReport` in src/report.js to turn into
/// objects (the format is described there). Offsets leave as UTF-16 code units.
struct Tape<'t> {
    text: &'t str,
    /// Whether a string equal to its span of `text` may be sliced from the caller's string.
    /// Not when `text` holds U+FFFD: it may stand for a lone surrogate that the caller's
    /// string still has, and the report's strings have U+FFFD.
    slices: bool,
    nums: Vec<f64>,
    /// Where in `nums` byte offsets into `text` wait to become UTF-16 offsets.
    offsets: Vec<usize>,
    pool: String,
    /// The length of `pool` in UTF-16 code units.
    pool_units: usize,
}

impl<'t> Tape<'t> {
    fn new(text: &'t str) -> Tape<'t> {
        Tape {
            text,
            // U+FFFD is EF BF BD in UTF-8: a byte search first, as most texts have no 0xEF.
            slices: !text.as_bytes().contains(&0xEF) || !text.chars().any(|c| c == '\u{FFFD}'),
            nums: Vec::with_capacity(256),
            offsets: Vec::with_capacity(64),
            pool: String::with_capacity(256),
            pool_units: 0,
        }
    }

    fn of(text: &'t str, report: &Report) -> Tape<'t> {
        let mut t = Tape::new(text);
        t.string(report.language.code());
        t.flag(report.incident);
        t.len(report.labels.len());
        for l in &report.labels {
            t.string(l.id);
            t.string(l.family);
            // Scores are rounded to three decimals in f32: as that decimal in f64, so that
            // JavaScript sees 0.6 (as the CLI prints it), not 0.6000000238418579.
            t.num((f64::from(l.score) * 1000.0).round() / 1000.0);
            t.len(l.evidence.len());
            for e in &l.evidence {
                t.offset(e.start);
                t.offset(e.end);
                t.string_at(&e.sentence, e.start, e.end);
                t.string(&e.cue);
                t.offset(e.cue_start);
                t.offset(e.cue_end);
            }
        }
        let f = &report.facts;
        t.len(f.victims.len());
        for v in &f.victims {
            t.string(v.role);
            t.option_str(v.name.as_deref());
            t.option(v.count, |t, n| t.num(f64::from(n)));
            t.option_str(v.gender);
            t.flag(v.gender_inferred);
            t.span_end(&v.text, v.start, v.end, v.label);
        }
        t.len(f.outlets.len());
        for o in &f.outlets {
            t.string_at(&o.name, o.start, o.end);
            t.span_end_only(o.start, o.end, o.label);
        }
        t.len(f.perpetrators.len());
        for p in &f.perpetrators {
            t.string(p.actor);
            t.span_end(&p.text, p.start, p.end, p.label);
        }
        t.len(f.legal.len());
        for l in &f.legal {
            t.string(l.kind);
            t.string_at(&l.text, l.start, l.end);
            t.option_str(l.name);
            t.option_str(l.article.as_deref());
            t.option_str(l.part.as_deref());
            t.option_str(l.code);
            t.option(l.value, Tape::num);
            t.option_str(l.unit);
            t.option_str(l.currency);
            t.span_end_only(l.start, l.end, l.label);
        }
        t.len(f.dates.len());
        for d in &f.dates {
            t.string_at(&d.text, d.start, d.end);
            t.option_str(d.iso.as_deref());
            t.option(d.year, |t, y| t.num(f64::from(y)));
            t.num(f64::from(d.month));
            t.num(f64::from(d.day));
            t.span_end_only(d.start, d.end, d.label);
        }
        t.len(f.places.len());
        for p in &f.places {
            t.string(p.name);
            t.string(p.kind);
            t.string(p.country);
            t.span_end(&p.text, p.start, p.end, p.label);
        }
        t.offsets_to_utf16();
        t
    }

    // `num`, `offset`, `string`, `string_at` and `span_end_only` are never inlined: `of` calls
    // them about a hundred times, and each inlined copy (a `Vec` push with its growth check)
    // was code in the .wasm: 186 bytes less gzipped, and the tape is a small part of a report.
    #[inline(never)]
    fn num(&mut self, n: f64) {
        self.nums.push(n);
    }

    fn flag(&mut self, b: bool) {
        self.num(if b { 1.0 } else { 0.0 });
    }

    fn len(&mut self, n: usize) {
        self.num(n as f64);
    }

    #[inline(never)]
    fn offset(&mut self, byte: usize) {
        self.offsets.push(self.nums.len());
        self.num(byte as f64);
    }

    /// A string from the pool.
    #[inline(never)]
    fn string(&mut self, s: &str) {
        let start = self.pool_units;
        self.pool.push_str(s);
        self.pool_units += utf16_units(s.as_bytes());
        self.num(-1.0 - start as f64);
        self.num(self.pool_units as f64);
    }

    /// A string that is usually the span `start..end` (bytes) of the text.
    #[inline(never)]
    fn string_at(&mut self, s: &str, start: usize, end: usize) {
        if self.slices && self.text.get(start..end) == Some(s) {
            self.offset(start);
            self.offset(end);
        } else {
            self.string(s);
        }
    }

    fn option<T>(&mut self, value: Option<T>, write: impl FnOnce(&mut Self, T)) {
        self.flag(value.is_some());
        if let Some(v) = value {
            write(self, v);
        }
    }

    /// [`Tape::option`] of a string, out of line: inlined, it was copied into each of its
    /// ten calls.
    #[inline(never)]
    fn option_str(&mut self, value: Option<&str>) {
        self.option(value, Tape::string);
    }

    /// The `text`, `start`, `end` and `label` that end most facts.
    fn span_end(&mut self, text: &str, start: usize, end: usize, label: Option<&str>) {
        self.string_at(text, start, end);
        self.span_end_only(start, end, label);
    }

    #[inline(never)]
    fn span_end_only(&mut self, start: usize, end: usize, label: Option<&str>) {
        self.offset(start);
        self.offset(end);
        self.option_str(label);
    }

    /// Rewrites the byte offsets as UTF-16 code unit offsets.
    /// In place, with no list of byte offsets collected and none of UTF-16 offsets returned
    /// (each `collect` was its own copy of `Vec`'s `from_iter` in the .wasm).
    fn offsets_to_utf16(&mut self) {
        let at = utf16_position(self.text);
        for &i in &self.offsets {
            if let Some(n) = self.nums.get_mut(i) {
                *n = at(*n as usize) as f64;
            }
        }
    }
}

/// The incident types the classifier knows, in taxonomy order.
#[wasm_bindgen(unchecked_return_type = "IncidentType[]")]
pub fn taxonomy() -> JsValue {
    let mut t = Tape::new("");
    t.len(crate::taxonomy().len());
    for ty in crate::taxonomy() {
        let s = &ty.schemes;
        for field in [ty.id, ty.family, ty.name, ty.definition] {
            t.string(field);
        }
        for field in [
            s.mapping_media_freedom,
            s.us_press_freedom_tracker,
            s.coe_platform,
            s.adil_soz,
        ] {
            t.string(field);
        }
    }
    build_taxonomy(&t.nums, &t.pool)
}

/// The crate version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// For each byte offset in `offsets` (in any order), the UTF-16 offset of the same position
/// (see [`utf16_position`]).
#[cfg(test)]
fn utf16_positions(text: &str, offsets: &[usize]) -> Vec<usize> {
    let at = utf16_position(text);
    offsets.iter().map(|&byte| at(byte)).collect()
}

/// The UTF-16 offset of a byte offset into `text`, for byte offsets in any order: the code
/// units before every 64th byte are counted in one walk over `text`, and each offset counts
/// at most 63 bytes more (no sort of the offsets, which cost about 2% of a report in Node).
/// An offset inside a character (never expected) rounds up to the character's end, and one
/// past the end maps to the end: no panic either way.
fn utf16_position(text: &str) -> impl Fn(usize) -> usize + '_ {
    const BLOCK: usize = 64;
    let bytes = text.as_bytes();
    let mut before = Vec::with_capacity(bytes.len() / BLOCK + 1);
    let mut units = 0;
    before.push(0);
    for block in bytes.chunks_exact(BLOCK) {
        units += utf16_units(block);
        before.push(units);
    }
    move |byte: usize| {
        let mut end = byte.min(bytes.len());
        while bytes.get(end).is_some_and(|&b| b & 0xC0 == 0x80) {
            end += 1;
        }
        let block = end / BLOCK;
        let rest = bytes.get(block * BLOCK..end).unwrap_or_default();
        before.get(block).copied().unwrap_or(units) + utf16_units(rest)
    }
}

/// The UTF-16 code units of UTF-8 `bytes`: one for each byte that is no continuation byte
/// (10xxxxxx), one more for each lead byte of a 4-byte character. Eight bytes at a time: at
/// the .wasm's opt-level "z" a walk over the characters decodes each one.
fn utf16_units(bytes: &[u8]) -> usize {
    let chunks = bytes.chunks_exact(8);
    let rest = chunks.remainder();
    let tail = rest
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0));
    chunks.map(units8).sum::<usize>() + tail.sum::<usize>()
}

/// [`utf16_units`] of eight bytes in one register: after the XOR a byte is zero only if it
/// was a continuation byte, and a lead byte of four has its top four bits set.
#[inline(always)]
fn units8(chunk: &[u8]) -> usize {
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    const LOW: u64 = u64::from_le_bytes([0x7F; 8]);
    let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
    let y = (x & (HIGH | HIGH >> 1)) ^ HIGH;
    let starts = (((y & LOW) + LOW) | y) & HIGH;
    let fours = x & (x << 1) & (x << 2) & (x << 3) & HIGH;
    (starts.count_ones() + fours.count_ones()) as usize
}

// These call the exports and inspect what JavaScript receives (plain objects, UTF-16
// offsets, `Error`s). They live here, not in tests/, because the exports are private to the
// crate and compiling this file twice would export the same symbols twice.
#[cfg(test)]
mod tests {
    use super::{classifier, classify, taxonomy, utf16_positions, version};
    use js_sys::{Array, JsString, Reflect};
    use serde::Serialize;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn pooled_blocks_keep_their_bytes_through_growth_and_reuse() {
        // Blocks of every pooled size and a few larger, filled with a pattern, grown and
        // shrunk across pool sizes; half are freed each round and the next round takes
        // blocks from the pools while the other half live on: no two live blocks may share
        // a byte.
        let pattern = |tag: usize, k: usize| (tag * 31 + k * 7) as u8;
        let mut live: Vec<(usize, Vec<u8>)> = Vec::new();
        for round in 0..4 {
            for i in 0..(super::POOLS * super::GRAIN + 40) {
                let tag = round * 1000 + i;
                let mut v: Vec<u8> = (0..i).map(|k| pattern(tag, k)).collect();
                if i % 3 == 0 {
                    v.extend((i..2 * i + 5).map(|k| pattern(tag, k)));
                }
                if i % 5 == 0 {
                    v.truncate(i / 2);
                    v.shrink_to_fit();
                }
                live.push((tag, v));
            }
            for (tag, v) in &live {
                let intact = v.iter().enumerate().all(|(k, &b)| b == pattern(*tag, k));
                assert!(intact, "round {round}, block {tag}");
            }
            let mut n = 0;
            live.retain(|_| {
                n += 1;
                n % 2 == 0
            });
        }
        // Over-aligned blocks keep their alignment (a list's block is taken only when aligned).
        #[repr(align(32))]
        struct Wide([u8; 32]);
        let wide: Vec<Box<Wide>> = (0..50u8).map(|i| Box::new(Wide([i; 32]))).collect();
        for (i, w) in (0..50u8).zip(&wide) {
            assert_eq!(std::ptr::from_ref::<Wide>(w) as usize % 32, 0);
            assert!(w.0.iter().all(|&b| b == i));
        }
    }

    #[wasm_bindgen_test]
    fn utf16_positions_count_code_units() {
        // "ә" is 2 bytes / 1 unit, "🙂" is 4 bytes / 2 units, "a" is 1 / 1.
        let text = "әa🙂b";
        let offsets = [0, 2, 3, 7, 8];
        assert_eq!(utf16_positions(text, &offsets), vec![0, 1, 2, 4, 5]);
    }

    #[wasm_bindgen_test]
    fn utf16_units_agree_with_chars() {
        // Longer than two of the 64-byte blocks `utf16_positions` counts ahead.
        let text = "Журналист 🙂 задержан, said Ål. 𝄞ә—x".repeat(3);
        let text = text.as_str();
        let mut ends: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        ends.push(text.len());
        let units = |end: usize| -> usize { text[..end].chars().map(char::len_utf16).sum() };
        // All at once, in reverse order.
        let expected: Vec<usize> = ends.iter().rev().map(|&e| units(e)).collect();
        let backwards: Vec<usize> = ends.iter().rev().copied().collect();
        assert_eq!(utf16_positions(text, &backwards), expected);
        for (end, _) in text.char_indices().chain([(text.len(), ' ')]) {
            for start in (0..=end).filter(|&i| text.is_char_boundary(i)) {
                let s = &text[start..end];
                let units: usize = s.chars().map(char::len_utf16).sum();
                assert_eq!(super::utf16_units(s.as_bytes()), units, "{s}");
            }
            let units: usize = text[..end].chars().map(char::len_utf16).sum();
            assert_eq!(utf16_positions(text, &[0, end]), vec![0, units], "{end}");
        }
    }

    #[wasm_bindgen_test]
    fn utf16_positions_never_panic_on_bad_offsets() {
        // Inside "ә" rounds up to its end; past the end maps to the end.
        assert_eq!(utf16_positions("әa", &[1, 99]), vec![1, 2]);
        assert_eq!(utf16_positions("", &[0, 5]), vec![0, 0]);
        // Two whole blocks of 64 bytes; inside a character at a block's edge and at the end.
        let text = "ә".repeat(64);
        let got = utf16_positions(&text, &[127, 128, 1, 63, 65, 64, 200]);
        assert_eq!(got, vec![64, 64, 1, 32, 33, 32, 64]);
    }

    fn get(obj: &JsValue, key: &str) -> JsValue {
        Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    fn offset(obj: &JsValue, key: &str) -> u32 {
        let v = get(obj, key)
            .as_f64()
            .unwrap_or_else(|| panic!("{key} is not a number"));
        assert!(v >= 0.0 && v.fract() == 0.0, "{key} = {v} is not an offset");
        v as u32
    }

    fn string(obj: &JsValue, key: &str) -> String {
        get(obj, key)
            .as_string()
            .unwrap_or_else(|| panic!("{key} is not a string"))
    }

    fn options(json: &str) -> JsValue {
        js_sys::JSON::parse(json).expect("test options are valid JSON")
    }

    /// Classifies, checks the report's shape and every offset against the JS string, and
    /// returns the labels.
    fn classify_checked(text: &str, opts: JsValue) -> Array {
        let report =
            classify(JsValue::from_str(text), opts).unwrap_or_else(|_| panic!("classify threw"));
        assert!(report.is_object());
        assert!(matches!(
            string(&report, "language").as_str(),
            "en" | "ru" | "kk"
        ));
        let incident = get(&report, "incident")
            .as_bool()
            .expect("incident is a boolean");
        let labels: Array = get(&report, "labels")
            .dyn_into()
            .expect("labels is an array");
        assert_eq!(incident, labels.length() > 0);

        let js_text = JsString::from(text);
        for label in labels.iter() {
            assert!(!string(&label, "id").is_empty());
            assert!(!string(&label, "family").is_empty());
            let score = get(&label, "score").as_f64().expect("score is a number");
            assert!((0.0..=1.0).contains(&score), "score {score}");
            let evidence: Array = get(&label, "evidence")
                .dyn_into()
                .expect("evidence is an array");
            assert!(evidence.length() > 0, "a label without evidence");
            for ev in evidence.iter() {
                let (start, end) = (offset(&ev, "start"), offset(&ev, "end"));
                let (cue_start, cue_end) = (offset(&ev, "cue_start"), offset(&ev, "cue_end"));
                assert!(start < end && end <= js_text.length());
                assert!(start <= cue_start && cue_start < cue_end && cue_end <= end);
                let sentence = string(&ev, "sentence");
                assert_eq!(String::from(js_text.slice(start, end)), sentence);
                // `cue` names the lexicon entry (e.g. "журналист* ~4 задержали"), not the text.
                assert!(!string(&ev, "cue").is_empty());
            }
        }
        labels
    }

    #[wasm_bindgen_test]
    fn report_shape_and_offsets_after_cyrillic_kazakh_and_emoji() {
        let cases = [
            (
                "Қазақстан: әғқңөұүһі ӘҒҚҢӨҰҮҺІ 🙂📰👩🏽‍💻. Журналиста Ивана Петрова задержали \
                 полицейские в Алматы 🚓.",
                r#"{"lang": "ru"}"#,
            ),
            (
                "Әкім 🎉 сөйледі. Привет 👋🏾. Police arrested journalist John Smith 📷 in \
                 Almaty on Monday.",
                r#"{"lang": "en"}"#,
            ),
            (
                "🙂 Police arrested the journalist 📷 at the protest.",
                "null",
            ),
        ];
        for (text, opts) in cases {
            let labels = classify_checked(text, options(opts));
            assert!(labels.length() > 0, "no label for {text:?}");
        }
    }

    #[wasm_bindgen_test]
    fn empty_and_plain_text_give_empty_reports() {
        for text in [
            "",
            "   ",
            "🙂🙂🙂",
            "The weather in Almaty was sunny on Monday.",
        ] {
            let labels = classify_checked(text, JsValue::UNDEFINED);
            assert_eq!(labels.length(), 0, "labels for {text:?}");
        }
    }

    #[wasm_bindgen_test]
    fn accepted_options() {
        let cases = [
            "null",
            "{}",
            r#"{"minScore": 0}"#,
            r#"{"minScore": 1, "lang": "auto"}"#,
            r#"{"lang": "kk"}"#,
            r#"{"html": true, "lang": "en"}"#,
        ];
        for opts in cases {
            assert!(
                classify(JsValue::from_str("text"), options(opts)).is_ok(),
                "{opts} threw"
            );
        }
    }

    fn thrown_message(opts: &str) -> String {
        let text = JsValue::from_str("Police arrested a journalist.");
        let err = match classify(text, options(opts)) {
            Ok(_) => panic!("bad options {opts} did not throw"),
            Err(e) => JsValue::from(e),
        };
        let err: js_sys::Error = err.dyn_into().expect("thrown value is an Error");
        String::from(err.message())
    }

    #[wasm_bindgen_test]
    fn bad_options_throw_clear_errors() {
        let cases = [
            (r#"{"minScore": 1.7}"#, "1.7"),
            (r#"{"minScore": -0.1}"#, "-0.1"),
            (r#"{"minScore": "high"}"#, "high"),
            (r#"{"lang": "xx"}"#, "xx"),
            (r#"{"lang": 5}"#, "5"),
            (r#"{"html": "yes"}"#, "yes"),
            (r#"{"minscore": 0.5}"#, "minscore"),
            (r#"{"colour": "red"}"#, "colour"),
            ("5", "options"),
            (r#""en""#, "options"),
        ];
        for (opts, needle) in cases {
            let message = thrown_message(opts);
            assert!(
                message.contains(needle),
                "{opts}: {message:?} does not name {needle:?}"
            );
            assert!(
                !message.ends_with('.'),
                "{opts}: {message:?} ends with a period"
            );
            let first = message.chars().next().unwrap_or(' ');
            assert!(
                !first.is_uppercase(),
                "{opts}: {message:?} is not lowercase"
            );
        }
    }

    /// The report as the CLI writes it (serde_json, field by field), read by JavaScript's
    /// JSON.parse, offsets turned into UTF-16 code units the slow, obvious way. Scores are
    /// f32: serde_json writes the shortest decimal that reads back as the same f32 ("0.6"), as
    /// the tape must give it (serde-wasm-bindgen would give 0.6000000238418579).
    fn reference(text: &str, opts: &str) -> String {
        let mut report = classifier(options(opts))
            .unwrap_or_else(|_| panic!("{opts} threw"))
            .classify(text);
        report.for_each_span(&mut |start, end| {
            for o in [start, end] {
                *o = text[..*o].encode_utf16().count();
            }
        });
        let written = serde_json::to_string(&report).expect("serde_json");
        json(&js_sys::JSON::parse(&written).expect("JSON.parse"))
    }

    #[wasm_bindgen_test]
    fn the_report_equals_the_one_serde_writes() {
        let texts = [
            "On 15 July 2025 police in Almaty detained journalist Anna Ivanova of the newspaper \
             Uralskaya Nedelya. A court sentenced her to four and a half years under Article 274 \
             of the Criminal Code for spreading false information and fined the outlet \
             1,000,000 tenge.",
            "15 июля 2025 года полицейские задержали журналистку Анну Иванову в Алматы 🚓. Суд \
             оштрафовал редакцию газеты «Уральская неделя» на 100 МРП по части 2 статьи 274 УК, \
             дело о клевете.",
            "Алматыда 3 наурызда полиция 16 журналисті ұстады. Сот «Азаттық» тілшісін 10 \
             тәулікке қамауға алды. 🙂",
            // U+FFFD may stand for a lone surrogate: strings then come from the pool.
            "Police \u{FFFD} detained journalist Anna Ivanova in Almaty on 15 July 2025.",
            "<p>Police <b>detained</b> journalist Anna Ivanova &amp; two reporters in Almaty.</p>",
            "",
            "The weather in Almaty was sunny on Monday.",
        ];
        let mut seen = std::collections::BTreeSet::new();
        for text in texts {
            for opts in ["null", r#"{"minScore": 0.1}"#, r#"{"html": true}"#] {
                let got = classify(JsValue::from_str(text), options(opts))
                    .unwrap_or_else(|_| panic!("classify threw"));
                let got = String::from(js_sys::JSON::stringify(&got).expect("stringify"));
                assert_eq!(got, reference(text, opts), "{opts} {text}");
                for key in [
                    "\"sentence\"",
                    "\"victims\":[{",
                    "\"outlets\":[{",
                    "\"perpetrators\":[{",
                    "\"dates\":[{",
                    "\"places\":[{",
                    "\"name\"",
                    "\"count\"",
                    "\"gender\"",
                    "\"article\"",
                    "\"part\"",
                    "\"code\"",
                    "\"value\"",
                    "\"unit\"",
                    "\"currency\"",
                    "\"iso\"",
                    "\"year\"",
                    "\"label\"",
                    "\u{FFFD}",
                ] {
                    if got.contains(key) {
                        seen.insert(key);
                    }
                }
            }
        }
        // Every optional field and every fact list was compared at least once.
        assert_eq!(seen.len(), 19, "only {seen:?}");
    }

    #[wasm_bindgen_test]
    fn text_that_is_not_a_string_throws() {
        for (value, needle) in [(JsValue::from(5), "number 5"), (JsValue::NULL, "object")] {
            let err = match classify(value, JsValue::UNDEFINED) {
                Ok(_) => panic!("{needle} did not throw"),
                Err(e) => JsValue::from(e),
            };
            let err: js_sys::Error = err.dyn_into().expect("thrown value is an Error");
            let message = String::from(err.message());
            assert!(message.starts_with("text must be a string"), "{message}");
            assert!(message.contains(needle), "{message}");
        }
    }

    fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
        value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .unwrap_or_else(|_| panic!("serde failed"))
    }

    fn json(value: &JsValue) -> String {
        String::from(js_sys::JSON::stringify(value).expect("stringify"))
    }

    #[wasm_bindgen_test]
    fn the_taxonomy_equals_the_one_serde_writes() {
        assert_eq!(json(&taxonomy()), json(&to_js(crate::taxonomy())));
    }

    #[wasm_bindgen_test]
    fn taxonomy_and_version() {
        let types: Array = taxonomy().dyn_into().expect("taxonomy is an array");
        assert_eq!(types.length(), 18);
        let ids: Vec<String> = types.iter().map(|t| string(&t, "id")).collect();
        for id in ["killing", "physical_attack", "detention", "prosecution"] {
            assert!(ids.iter().any(|i| i == id), "{id} missing from {ids:?}");
        }
        for t in types.iter() {
            for key in ["family", "name", "definition"] {
                assert!(!string(&t, key).is_empty(), "{key} of {t:?}");
            }
            assert!(get(&t, "schemes").is_object());
        }
        assert_eq!(version(), env!("CARGO_PKG_VERSION"));
    }
}
