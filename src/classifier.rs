//! The public entry: [`Classifier`], its [`Builder`], and the [`Report`] it returns.

use crate::once::OnceLock;
use std::sync::Arc;

use serde::Serialize;

use crate::error::Error;
use crate::facts::{self, Facts};
use crate::html;
use crate::lexicon::{self, Lexicon, ParsedCue};
use crate::score;
use crate::taxonomy::TYPES;
use crate::text::{self, Doc, Lang};

/// The default `min_score`: a label needs a document score of at least this.
pub const DEFAULT_MIN_SCORE: f32 = 0.5;

/// What presswatch found in one article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The language of most of the text (or the one that was set).
    pub language: Lang,
    /// Whether any press-freedom incident was found (`labels` is not empty).
    pub incident: bool,
    /// The incident types found, highest score first.
    pub labels: Vec<Label>,
    /// Who, where, when and what penalty, with spans; empty lists when nothing was found.
    pub facts: Facts,
}

/// One incident type found in an article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Label {
    /// The incident id of TAXONOMY.md (`detention`, `blocking_shutdown`, ...).
    pub id: &'static str,
    /// Its family (`safety`, `liberty`, `legal`, `information`, `digital`, `property`).
    pub family: &'static str,
    /// How sure, in `0..=1`.
    pub score: f32,
    /// The sentences that show it, strongest first.
    pub evidence: Vec<Evidence>,
}

/// A sentence that supports a label.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    /// Byte offset where the sentence starts in the text.
    pub start: usize,
    /// Byte offset where the sentence ends.
    pub end: usize,
    /// The sentence itself.
    pub sentence: String,
    /// The lexicon cue that matched, as written in the lexicon.
    pub cue: String,
    /// Byte offset where the matched words start.
    pub cue_start: usize,
    /// Byte offset where the matched words end.
    pub cue_end: usize,
}

impl Report {
    /// The label with this id, if it was found.
    pub fn label(&self, id: &str) -> Option<&Label> {
        self.labels.iter().find(|l| l.id == id)
    }

    /// Calls `f` with every (start, end) offset pair in the report: evidence sentences, cues
    /// and facts. The one place that lists them: a new span in the report is one more line
    /// here, and both the HTML mapping and the wasm UTF-16 conversion follow.
    pub(crate) fn for_each_span(&mut self, f: &mut dyn FnMut(&mut usize, &mut usize)) {
        for l in &mut self.labels {
            for ev in &mut l.evidence {
                f(&mut ev.start, &mut ev.end);
                f(&mut ev.cue_start, &mut ev.cue_end);
            }
        }
        let facts = &mut self.facts;
        let spans = facts.victims.iter_mut().map(|x| (&mut x.start, &mut x.end));
        let spans = spans.chain(facts.outlets.iter_mut().map(|x| (&mut x.start, &mut x.end)));
        let spans = spans.chain(
            facts
                .perpetrators
                .iter_mut()
                .map(|x| (&mut x.start, &mut x.end)),
        );
        let spans = spans.chain(facts.legal.iter_mut().map(|x| (&mut x.start, &mut x.end)));
        let spans = spans.chain(facts.dates.iter_mut().map(|x| (&mut x.start, &mut x.end)));
        let spans = spans.chain(facts.places.iter_mut().map(|x| (&mut x.start, &mut x.end)));
        for (start, end) in spans {
            f(start, end);
        }
    }

    /// The ids of the labels found, highest score first.
    pub fn ids(&self) -> Vec<&'static str> {
        self.labels.iter().map(|l| l.id).collect()
    }
}

/// A configured classifier. Cheap to clone; the built-in lexicon is compiled once per process.
///
/// # Examples
/// ```
/// use presswatch::{Classifier, Lang};
///
/// let c = Classifier::builder().min_score(0.4).lang(Some(Lang::En)).build()?;
/// let report = c.classify("Police detained the journalist outside the court on Monday.");
/// assert_eq!(report.ids(), vec!["detention"]);
/// # Ok::<(), presswatch::Error>(())
/// ```
#[derive(Clone)]
pub struct Classifier {
    lexicon: Arc<Lexicon>,
    min_score: f32,
    lang: Option<Lang>,
    html: bool,
}

/// Options for a [`Classifier`].
#[derive(Clone, Debug, Default)]
pub struct Builder {
    min_score: Option<f32>,
    lang: Option<Lang>,
    extra: Vec<(Lang, String, String)>,
    html: bool,
}

fn builtin() -> Option<Arc<Lexicon>> {
    static LEXICON: OnceLock<Option<Arc<Lexicon>>> = OnceLock::new();
    LEXICON
        .get_or_init(|| compile(&[]).ok().map(Arc::new))
        .clone()
}

/// The lexicons of all languages plus `extra`. The first report needs the fact lists too:
/// natively they compile meanwhile on a thread of their own.
fn compile(extra: &[ParsedCue]) -> Result<Lexicon, Error> {
    #[cfg(not(target_arch = "wasm32"))]
    return std::thread::scope(|scope| {
        scope.spawn(facts::warm_up);
        Lexicon::build(&Lang::ALL, extra)
    });
    #[cfg(target_arch = "wasm32")]
    Lexicon::build(&Lang::ALL, extra)
}

impl Builder {
    /// The lowest document score that makes a label, in `0..=1` (default 0.5).
    pub fn min_score(mut self, min_score: f32) -> Builder {
        self.min_score = Some(min_score);
        self
    }

    /// Fix the language instead of detecting it: the report names it and only that
    /// language's cues are used. `None` (the default) detects the language and uses the cues
    /// of all three, so mixed pages work.
    pub fn lang(mut self, lang: Option<Lang>) -> Builder {
        self.lang = lang;
        self
    }

    /// Read the text as HTML source (default `false`): tags and the content of `<script>`,
    /// `<style>` and comments are ignored, entities decoded, block tags end lines. Every
    /// offset in the report points into the HTML as given; `sentence` and the facts' `text`
    /// are the extracted text.
    ///
    /// # Examples
    /// ```
    /// let c = presswatch::Classifier::builder().html(true).build()?;
    /// let html = "<p>Police <b>detained</b> the&nbsp;journalist.</p><script>alert(1)</script>";
    /// let report = c.classify(html);
    /// let e = &report.label("detention").unwrap().evidence[0];
    /// assert_eq!(e.sentence, "Police detained the\u{a0}journalist.");
    /// assert_eq!(&html[e.start..e.end], "Police <b>detained</b> the&nbsp;journalist.");
    /// # Ok::<(), presswatch::Error>(())
    /// ```
    pub fn html(mut self, html: bool) -> Builder {
        self.html = html;
        self
    }

    /// Adds cues in the lexicon format (see `data/lexicon/*.txt`) for `lang` to the built-in
    /// ones. `name` is used in error messages.
    pub fn lexicon(mut self, lang: Lang, name: &str, data: &str) -> Builder {
        self.extra.push((lang, name.to_string(), data.to_string()));
        self
    }

    /// Builds the classifier.
    ///
    /// # Errors
    /// A `min_score` outside `0..=1`, or an added lexicon line that does not parse.
    ///
    /// # Examples
    /// ```
    /// let err = presswatch::Classifier::builder().min_score(1.7).build().err().unwrap();
    /// assert_eq!(err.to_string(), "min_score 1.7 is outside 0..=1");
    /// ```
    pub fn build(self) -> Result<Classifier, Error> {
        let min_score = self.min_score.unwrap_or(DEFAULT_MIN_SCORE);
        if !(0.0..=1.0).contains(&min_score) {
            return Err(Error::min_score(min_score));
        }
        let lexicon = if self.extra.is_empty() {
            match builtin() {
                Some(l) => l,
                None => Arc::new(Lexicon::build(&Lang::ALL, &[])?),
            }
        } else {
            let mut extra: Vec<ParsedCue> = Vec::new();
            for (lang, name, data) in &self.extra {
                extra.extend(lexicon::parse(name, *lang, data)?);
            }
            Arc::new(compile(&extra)?)
        };
        Ok(Classifier {
            lexicon,
            min_score,
            lang: self.lang,
            html: self.html,
        })
    }
}

impl Default for Classifier {
    fn default() -> Classifier {
        Classifier {
            lexicon: builtin().unwrap_or_else(|| Arc::new(empty_lexicon())),
            min_score: DEFAULT_MIN_SCORE,
            lang: None,
            html: false,
        }
    }
}

/// Only reached if the built-in lexicon failed to compile, which a unit test rules out.
fn empty_lexicon() -> Lexicon {
    match Lexicon::build(&[], &[]) {
        Ok(l) => l,
        Err(_) => unreachable_lexicon(),
    }
}

#[allow(clippy::panic)]
fn unreachable_lexicon() -> Lexicon {
    // An empty pattern set always compiles; there is no input that reaches this.
    panic!("an empty lexicon failed to compile")
}

impl Classifier {
    /// Options for a classifier.
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// Classifies one article. Never fails: empty or garbage text gives an empty report.
    pub fn classify(&self, text: &str) -> Report {
        if !self.html {
            return self.classify_text(text);
        }
        let extracted = html::extract(text);
        let mut report = self.classify_text(&extracted.text);
        map_offsets(&mut report, &|o| extracted.start(o), &|o| extracted.end(o));
        report
    }

    fn classify_text(&self, text: &str) -> Report {
        // Each distinct word once: the lexicon's terms, then what facts it may start, and the
        // fixed word lists it is in. This is the one look-up the lexicon's memo ever remembers.
        let look_up = |spaced: &str, out: &mut Vec<u32>| {
            self.lexicon.word_terms(spaced, out);
            out.push(crate::memo::SEP);
            facts::word_ids(spaced, out);
            word_flags(text::sub(spaced, 1..), out)
        };
        // Natively the memo interns the words too, and they take their flags.
        #[cfg(not(target_arch = "wasm32"))]
        let (doc, ids) = {
            let mut doc = Doc::segmented(text);
            let mut ids = self.lexicon.memo.intern(&mut doc, look_up);
            doc.word_flags = std::mem::take(&mut ids.flags);
            (doc, ids)
        };
        #[cfg(target_arch = "wasm32")]
        let doc = Doc::new(text);
        #[cfg(target_arch = "wasm32")]
        let ids = self.lexicon.memo.word_ids(&doc, look_up);
        let language = self.lang.unwrap_or_else(|| text::detect_doc(&doc));
        let hits = self.lexicon.find_with(&doc, &ids);
        let scores = score::score(&doc, &self.lexicon, &hits, self.lang);
        let mut labels: Vec<Label> = scores
            .into_iter()
            .filter(|s| s.score >= self.min_score && s.score > 0.0)
            .map(|s| {
                let t = &TYPES[s.type_index];
                Label {
                    id: t.id,
                    family: t.family,
                    score: (s.score * 1000.0).round() / 1000.0,
                    evidence: s
                        .evidence
                        .iter()
                        .map(|e| evidence(&doc, &self.lexicon, e))
                        .collect(),
                }
            })
            .collect();
        crate::order::sort_by(&mut labels, |a, b| {
            b.score.total_cmp(&a.score).then(a.id.cmp(b.id))
        });
        let facts = facts::extract(&doc, language, &labels, &ids);
        Report {
            language,
            incident: !labels.is_empty(),
            labels,
            facts,
        }
    }
}

/// The [`text::word_flag`]s of normalised word `w`, whose ids end `ids`: natively, what each
/// layer asks of many tokens, found once a word; the .wasm makes none ([`Doc::flags_of`]).
#[cfg(not(target_arch = "wasm32"))]
fn word_flags(w: &str, ids: &[u32]) -> u32 {
    text::word_flags(w.as_bytes()) | score::word_flags(w) | facts::word_flags(w, ids)
}

#[cfg(target_arch = "wasm32")]
fn word_flags(_: &str, _: &[u32]) -> u32 {
    0
}

/// Rewrites every offset of the report: span starts with `start`, span ends with `end`.
fn map_offsets(r: &mut Report, start: &dyn Fn(usize) -> usize, end: &dyn Fn(usize) -> usize) {
    r.for_each_span(&mut |s, e| {
        *s = start(*s);
        *e = end(*e);
    });
}

fn evidence(doc: &Doc<'_>, lex: &Lexicon, e: &score::SentenceEvidence) -> Evidence {
    let s = &doc.sentences[e.sentence as usize];
    let first = &doc.tokens[e.hit.first as usize];
    let last = &doc.tokens[e.hit.last as usize];
    Evidence {
        start: s.start as usize,
        end: s.end as usize,
        sentence: doc.sentence_text(s).to_string(),
        cue: lex.cues[e.hit.cue as usize].source.clone(),
        cue_start: first.start as usize,
        cue_end: last.end as usize,
    }
}

/// Classifies one article with the default options.
///
/// # Examples
/// ```
/// let report = presswatch::classify("Журналиста задержали и поместили под арест на 10 суток.");
/// assert_eq!(report.language, presswatch::Lang::Ru);
/// assert!(report.label("detention").is_some());
/// let none = presswatch::classify("The central bank raised its key rate to 16.75 percent.");
/// assert!(!none.incident);
/// ```
pub fn classify(text: &str) -> Report {
    default_classifier().classify(text)
}

fn default_classifier() -> &'static Classifier {
    static DEFAULT: OnceLock<Classifier> = OnceLock::new();
    DEFAULT.get_or_init(Classifier::default)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_do_not_depend_on_what_was_read_before() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<Classifier>();
        let texts = [
            "Police detained the journalist outside the court. The editor denied the charges.",
            "Журналиста задержали у здания суда. Редакция сайта сообщила о блокировке.",
            "Журналист сот ғимаратының алдында ұсталды. Сайт бұғатталды.",
            "The central bank raised its key rate. Police detained a suspect.",
        ];
        // A classifier of its own (an extra cue that matches nothing), so nothing is shared.
        let fresh = |t: &str| {
            Classifier::builder()
                .lexicon(Lang::En, "none", "detention 0.1 - zzqqxx")
                .build()
                .map(|c| c.classify(t))
                .ok()
        };
        let expected: Vec<Option<Report>> = texts.iter().map(|t| fresh(t)).collect();
        let shared = Classifier::default();
        for _ in 0..2 {
            for (t, e) in texts.iter().zip(&expected) {
                assert_eq!(Some(shared.classify(t)), *e, "{t}");
            }
        }
        std::thread::scope(|scope| {
            for k in 0..4 {
                let (shared, texts, expected) = (&shared, &texts, &expected);
                scope.spawn(move || {
                    for i in 0..40 {
                        let j = (i + k) % texts.len();
                        assert_eq!(Some(shared.classify(texts[j])), expected[j]);
                    }
                });
            }
        });
    }

    #[test]
    fn evidence_spans_point_at_the_sentence_and_cue() {
        let text = "Headline\n\nPolice detained the reporter on Monday. Nothing else happened.";
        let r = classify(text);
        let l = r.label("detention").expect("detention found");
        let e = &l.evidence[0];
        assert_eq!(
            &text[e.start..e.end],
            "Police detained the reporter on Monday."
        );
        assert_eq!(e.sentence, "Police detained the reporter on Monday.");
        assert!(
            text[e.cue_start..e.cue_end].starts_with("detained"),
            "{e:?}"
        );
    }

    #[test]
    fn generic_acts_need_media_negation_and_boilerplate_drop_hits() {
        assert!(
            classify("Police detained two burglars in Almaty on Monday.")
                .labels
                .is_empty()
        );
        assert!(
            classify("Police detained two burglars on Monday, officials told reporters.")
                .labels
                .is_empty()
        );
        assert!(classify("The journalist was not detained, police said.")
            .label("detention")
            .is_none());
        let footer =
            "Markets rose on Monday.\n\nREAD ALSO\n- Journalist detained in Almaty\n- Rates up";
        assert!(classify(footer).labels.is_empty(), "{:?}", classify(footer));
    }

    #[test]
    fn min_score_is_checked() {
        assert!(Classifier::builder().min_score(-0.1).build().is_err());
        assert!(Classifier::builder().min_score(f32::NAN).build().is_err());
        assert!(Classifier::builder().min_score(1.0).build().is_ok());
    }

    #[test]
    fn empty_and_garbage_give_empty_reports() {
        for text in ["", " \n\t ", "\u{0}\u{200b}\u{202e}", "😀😀😀", "||||"] {
            let r = classify(text);
            assert!(!r.incident && r.labels.is_empty(), "{text:?}");
        }
    }
}
