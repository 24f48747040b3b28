//! The JavaScript face: the only file that names `wasm_bindgen`, `js_sys` or
//! `serde_wasm_bindgen`.
//!
//! Nothing here may panic: options arrive as a `JsValue` and are checked here, so a bad
//! option becomes a thrown `Error`, and offsets leave as UTF-16 code units so that
//! `text.slice(start, end)` is exact in JavaScript.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::{Classifier, Lang, Report};

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

/// Options as JavaScript spells them.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Options {
    min_score: Option<f32>,
    lang: Option<String>,
}

fn classifier(options: JsValue) -> Result<Classifier, JsError> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    let mut builder = Classifier::builder();
    if let Some(min_score) = options.min_score {
        builder = builder.min_score(min_score);
    }
    let lang = match options.lang.as_deref() {
        None | Some("auto") => None,
        Some(code) => Some(
            code.parse::<Lang>()
                .map_err(|e| JsError::new(&e.to_string()))?,
        ),
    };
    builder
        .lang(lang)
        .build()
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Classifies `text` and returns the report as a plain object, offsets in UTF-16 code units.
///
/// # Errors
/// Throws an `Error` when `options` is not undefined, null or an `Options` object.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn classify(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "Options | null | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let mut report = classifier(options)?.classify(text);
    to_utf16_offsets(text, &mut report);
    to_js(&report)
}

/// The incident types the classifier knows, in taxonomy order.
#[wasm_bindgen(unchecked_return_type = "IncidentType[]")]
pub fn taxonomy() -> JsValue {
    // Static data that serialises to plain objects; null only if serde itself fails.
    to_js(crate::taxonomy()).unwrap_or(JsValue::NULL)
}

/// The crate version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Visits every byte offset that the report hands to JavaScript. A new field with offsets
/// (e.g. facts) is one more line here.
fn for_each_offset(report: &mut Report, f: &mut dyn FnMut(&mut usize)) {
    for label in &mut report.labels {
        for ev in &mut label.evidence {
            f(&mut ev.start);
            f(&mut ev.end);
            f(&mut ev.cue_start);
            f(&mut ev.cue_end);
        }
    }
    let facts = &mut report.facts;
    let spans = facts.victims.iter_mut().map(|x| (&mut x.start, &mut x.end));
    let spans = spans.chain(facts.outlets.iter_mut().map(|x| (&mut x.start, &mut x.end)));
    let spans = spans.chain(facts.perpetrators.iter_mut().map(|x| (&mut x.start, &mut x.end)));
    let spans = spans.chain(facts.legal.iter_mut().map(|x| (&mut x.start, &mut x.end)));
    let spans = spans.chain(facts.dates.iter_mut().map(|x| (&mut x.start, &mut x.end)));
    let spans = spans.chain(facts.places.iter_mut().map(|x| (&mut x.start, &mut x.end)));
    for (start, end) in spans {
        f(start);
        f(end);
    }
}

/// Rewrites the report's byte offsets into `text` as UTF-16 code unit offsets.
fn to_utf16_offsets(text: &str, report: &mut Report) {
    let mut offsets = Vec::new();
    for_each_offset(report, &mut |o| offsets.push(*o));
    offsets.sort_unstable();
    offsets.dedup();
    let units = utf16_positions(text, &offsets);
    for_each_offset(report, &mut |o| {
        if let Ok(i) = offsets.binary_search(o) {
            if let Some(&u) = units.get(i) {
                *o = u;
            }
        }
    });
}

/// For each byte offset in `sorted` (ascending), the UTF-16 offset of the same position,
/// in one walk over `text`. An offset inside a character (never expected) rounds up to the
/// character's end, and one past the end maps to the end: no panic either way.
fn utf16_positions(text: &str, sorted: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sorted.len());
    let mut chars = text.chars();
    let (mut byte, mut unit) = (0usize, 0usize);
    for &target in sorted {
        while byte < target {
            match chars.next() {
                Some(c) => {
                    byte += c.len_utf8();
                    unit += c.len_utf16();
                }
                None => break,
            }
        }
        out.push(unit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::utf16_positions;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn utf16_positions_count_code_units() {
        // "ә" is 2 bytes / 1 unit, "🙂" is 4 bytes / 2 units, "a" is 1 / 1.
        let text = "әa🙂b";
        let offsets = [0, 2, 3, 7, 8];
        assert_eq!(utf16_positions(text, &offsets), vec![0, 1, 2, 4, 5]);
    }

    #[wasm_bindgen_test]
    fn utf16_positions_never_panic_on_bad_offsets() {
        // Inside "ә" rounds up to its end; past the end maps to the end.
        assert_eq!(utf16_positions("әa", &[1, 99]), vec![1, 2]);
        assert_eq!(utf16_positions("", &[0, 5]), vec![0, 0]);
    }
}
