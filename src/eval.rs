//! Scoring presswatch against gold articles in the format of TAXONOMY.md.
//!
//! Used by `presswatch eval` and by the corpus tests; `optional` labels are neither rewarded
//! nor penalised.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::taxonomy::TYPES;
use crate::Report;

/// One gold article (a line of a `.jsonl` corpus file).
#[derive(Clone, Debug, Deserialize)]
pub struct GoldArticle {
    /// The article id.
    pub id: String,
    /// `en`, `ru` or `kk`.
    #[serde(default)]
    pub lang: String,
    /// The incident ids the article reports.
    #[serde(default)]
    pub labels: Vec<String>,
    /// Ids an annotator could go either way on.
    #[serde(default)]
    pub optional: Vec<String>,
    /// The article text.
    pub text: String,
}

/// Counts for one incident type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Counts {
    /// Found and in the gold labels.
    pub tp: u32,
    /// Found but not in the gold labels.
    pub fp: u32,
    /// In the gold labels but not found.
    pub fn_: u32,
}

impl Counts {
    /// Precision (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// Recall (1 when there was nothing to find).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// F1 of precision and recall.
    pub fn f1(&self) -> f64 {
        let d = 2 * self.tp + self.fp + self.fn_;
        ratio(2 * self.tp, d)
    }
    fn add(&mut self, o: &Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 {
        1.0
    } else {
        f64::from(a) / f64::from(b)
    }
}

/// Scores of one group of articles (all, or one language).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Scores {
    /// How many articles.
    pub articles: u32,
    /// Per incident id, for the types that occur (gold or predicted).
    pub types: BTreeMap<&'static str, Counts>,
    /// Articles whose labels were all right.
    pub exact: u32,
    /// Articles with no gold label.
    pub negatives: u32,
    /// Articles with no gold label that got a label.
    pub negatives_labelled: u32,
}

impl Scores {
    /// Micro-averaged F1 over all types.
    pub fn micro_f1(&self) -> f64 {
        let mut all = Counts::default();
        for c in self.types.values() {
            all.add(c);
        }
        all.f1()
    }
    /// Macro-averaged F1 over the types that occur in the gold labels.
    pub fn macro_f1(&self) -> f64 {
        let f: Vec<f64> = self
            .types
            .values()
            .filter(|c| c.tp + c.fn_ > 0)
            .map(Counts::f1)
            .collect();
        if f.is_empty() {
            1.0
        } else {
            f.iter().sum::<f64>() / f.len() as f64
        }
    }
    /// Share of articles whose labels were all right.
    pub fn exact_rate(&self) -> f64 {
        ratio(self.exact, self.articles)
    }
    /// Share of articles without incidents that got a label.
    pub fn false_positive_rate(&self) -> f64 {
        if self.negatives == 0 {
            0.0
        } else {
            f64::from(self.negatives_labelled) / f64::from(self.negatives)
        }
    }
}

/// The outcome for one article.
#[derive(Clone, Debug, Serialize)]
pub struct Outcome {
    /// The article id.
    pub id: String,
    /// Its gold language.
    pub lang: String,
    /// Gold labels not found.
    pub missed: Vec<String>,
    /// Labels found that are not gold (nor optional).
    pub extra: Vec<&'static str>,
}

/// The whole evaluation.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Evaluation {
    /// Every article.
    pub all: Scores,
    /// Per gold language.
    pub by_lang: BTreeMap<String, Scores>,
    /// One entry per article, in input order.
    pub outcomes: Vec<Outcome>,
}

impl Evaluation {
    /// Adds one article and the report presswatch gave for it.
    pub fn add(&mut self, gold: &GoldArticle, report: &Report) {
        let optional = |id: &str| gold.optional.iter().any(|o| o == id);
        let predicted: Vec<&'static str> = report
            .labels
            .iter()
            .map(|l| l.id)
            .filter(|id| !optional(id))
            .collect();
        let wanted: Vec<&str> = gold
            .labels
            .iter()
            .map(String::as_str)
            .filter(|id| !optional(id))
            .collect();
        let mut outcome = Outcome {
            id: gold.id.clone(),
            lang: gold.lang.clone(),
            missed: Vec::new(),
            extra: Vec::new(),
        };
        let mut per: Vec<(&'static str, Counts)> = Vec::new();
        for t in TYPES {
            let p = predicted.contains(&t.id);
            let g = wanted.contains(&t.id);
            let c = Counts {
                tp: u32::from(p && g),
                fp: u32::from(p && !g),
                fn_: u32::from(g && !p),
            };
            if p && !g {
                outcome.extra.push(t.id);
            }
            if g && !p {
                outcome.missed.push(t.id.to_string());
            }
            per.push((t.id, c));
        }
        let exact = outcome.missed.is_empty() && outcome.extra.is_empty();
        let negative = gold.labels.is_empty();
        let lang_scores = self.by_lang.entry(gold.lang.clone()).or_default();
        for s in [&mut self.all, lang_scores] {
            s.articles += 1;
            s.exact += u32::from(exact);
            s.negatives += u32::from(negative);
            s.negatives_labelled += u32::from(negative && !predicted.is_empty());
            for (id, c) in &per {
                if c.tp + c.fp + c.fn_ > 0 {
                    s.types.entry(id).or_default().add(c);
                }
            }
        }
        self.outcomes.push(outcome);
    }

    /// A plain-text table: per type, then micro/macro F1, exact match and false positives,
    /// overall and per language.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<20} {:>4} {:>4} {:>4} {:>9} {:>7} {:>6}",
            "type", "tp", "fp", "fn", "precision", "recall", "f1"
        );
        for t in TYPES {
            if let Some(c) = self.all.types.get(t.id) {
                let _ = writeln!(
                    out,
                    "{:<20} {:>4} {:>4} {:>4} {:>9.3} {:>7.3} {:>6.3}",
                    t.id,
                    c.tp,
                    c.fp,
                    c.fn_,
                    c.precision(),
                    c.recall(),
                    c.f1()
                );
            }
        }
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{:<8} {:>8} {:>8} {:>8} {:>8} {:>16}",
            "group", "articles", "micro-F1", "macro-F1", "exact", "negatives w/label"
        );
        let mut row = |name: &str, s: &Scores| {
            let _ = writeln!(
                out,
                "{:<8} {:>8} {:>8.3} {:>8.3} {:>8.3} {:>7}/{:<3} {:>4.0}%",
                name,
                s.articles,
                s.micro_f1(),
                s.macro_f1(),
                s.exact_rate(),
                s.negatives_labelled,
                s.negatives,
                100.0 * s.false_positive_rate()
            );
        };
        row("all", &self.all);
        for (lang, s) in &self.by_lang {
            row(lang, s);
        }
        out
    }
}

/// Whether an article id falls in the held-out fifth of a corpus: a fixed hash of the id, so
/// the split is the same on every machine and for every new article.
///
/// # Examples
/// ```
/// let held: usize = (1..=100).filter(|i| presswatch::eval::held_out(&format!("x-{i:03}"))).count();
/// assert!((10..=30).contains(&held));
/// ```
pub fn held_out(id: &str) -> bool {
    let mut h: u32 = 0x811c_9dc5;
    for b in id.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h % 5 == 0
}
