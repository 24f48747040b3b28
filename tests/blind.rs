//! Floors on the blind-written evaluation sets in `tests/data/` (written without sight of the
//! rules). The sets are listed once, in `tests/data/sets.tsv`: a line a set (or a set's
//! languages, where they differ in status) with its files and languages, whether it was never
//! tuned on or was read, the articles each language has, its micro-F1 floor, the most
//! incident-free articles a language may have labelled, and where, when and how it was written
//! and read. `scripts/accuracy.sh` builds its rows from the same lines.
//!
//! `every_set_stays_above_its_floors` holds each language of each line to its floors and names
//! every set below them in one failure; the floors of the sets never tuned on guard the figures
//! the README reports for unseen articles. `the_manifest_names_every_set_file_once` fails on a
//! set file the manifest does not name and on a name with no file. Adding a set is adding its
//! line to the manifest, nothing more. Run with `cargo test --test blind -- --nocapture` to see
//! each language's figures beside its floors, and the per-type table of a set that misses one.

use std::collections::BTreeSet;
use std::path::PathBuf;

use presswatch::eval::{Evaluation, GoldArticle};

/// The manifest's column line: changing the columns means changing this, `parse` and the
/// `sets` function of scripts/accuracy.sh.
const COLUMNS: &str = "set\tfiles\tlangs\tgroup\tstatus\trow\tarticles\tmicro\tnegatives\tnote";
const LANGS: [&str; 3] = ["en", "ru", "kk"];

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// One line of `tests/data/sets.tsv`, with the columns the floors need.
struct Set {
    /// Where it is in the manifest, for messages.
    line: usize,
    /// The set as rows and lists name it: `118`, `1-2`, `final`.
    name: String,
    /// File names in `tests/data/`.
    files: Vec<String>,
    langs: Vec<String>,
    /// The articles each language has, if checked.
    articles: Option<u32>,
    micro: f64,
    /// The most incident-free articles labelled, one a language of `langs`.
    negatives: Vec<u32>,
}

/// The manifest's sets, in its order; panics naming a line that does not parse.
fn manifest() -> Vec<Set> {
    let path = data().join("sets.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut columns = false;
    let mut sets = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if line.starts_with("set\t") {
            assert_eq!(
                line,
                COLUMNS,
                "tests/data/sets.tsv line {}: the columns",
                n + 1
            );
            columns = true;
            continue;
        }
        sets.push(
            parse(n + 1, line)
                .unwrap_or_else(|e| panic!("tests/data/sets.tsv line {}: {e}", n + 1)),
        );
    }
    assert!(columns, "tests/data/sets.tsv has no column line");
    sets
}

/// Line `line` of the manifest, or what is wrong with it.
fn parse(line: usize, text: &str) -> Result<Set, String> {
    let fields: Vec<&str> = text.split('\t').collect();
    let &[name, stems, langs, group, status, row, articles, micro, negatives, note] =
        fields.as_slice()
    else {
        return Err(format!("{} fields, not 10", fields.len()));
    };
    let langs: Vec<String> = langs.split_whitespace().map(str::to_owned).collect();
    if langs.is_empty()
        || langs.iter().any(|l| !LANGS.contains(&l.as_str()))
        || (1..langs.len()).any(|i| langs[..i].contains(&langs[i]))
    {
        return Err(format!(
            "langs {langs:?} are not some of en, ru, kk, once each"
        ));
    }
    if !["NEVER", "READ", "SPLIT"].contains(&group) {
        return Err(format!("group {group:?} is not NEVER, READ or SPLIT"));
    }
    if [name, stems, status, row, note]
        .iter()
        .any(|f| f.trim().is_empty())
    {
        return Err("an empty column".into());
    }
    let mut files = Vec::new();
    for stem in stems.split_whitespace() {
        if stem.ends_with(".jsonl") {
            files.push(stem.to_owned());
        } else {
            files.extend(langs.iter().map(|l| format!("{stem}-{l}.jsonl")));
        }
    }
    let articles = match articles {
        "-" => None,
        n => Some(n.parse().map_err(|e| format!("articles {n:?}: {e}"))?),
    };
    let micro: f64 = micro.parse().map_err(|e| format!("micro {micro:?}: {e}"))?;
    if !(0.0..=1.0).contains(&micro) {
        return Err(format!("micro {micro} is outside 0..=1"));
    }
    let mut negatives = negatives
        .split('/')
        .map(|n| n.parse().map_err(|e| format!("negatives {n:?}: {e}")))
        .collect::<Result<Vec<u32>, _>>()?;
    if negatives.len() == 1 {
        negatives = vec![negatives[0]; langs.len()];
    } else if negatives.len() != langs.len() {
        return Err(format!(
            "{} negatives for {} langs",
            negatives.len(),
            langs.len()
        ));
    }
    Ok(Set {
        line,
        name: name.to_owned(),
        files,
        langs,
        articles,
        micro,
        negatives,
    })
}

fn evaluate(files: &[String]) -> Evaluation {
    let mut ev = Evaluation::default();
    for file in files {
        let path = data().join(file);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let gold: GoldArticle =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{file} line {}: {e}", n + 1));
            ev.add(&gold, &presswatch::classify(&gold.text));
        }
    }
    ev
}

#[test]
fn every_set_stays_above_its_floors() {
    let sets = manifest();
    let (mut checked, mut failures) = (0, Vec::new());
    for set in &sets {
        let ev = evaluate(&set.files);
        let before = failures.len();
        for (lang, &negatives) in set.langs.iter().zip(&set.negatives) {
            checked += 1;
            let at = format!("set {} {lang} (sets.tsv line {})", set.name, set.line);
            let Some(s) = ev.by_lang.get(lang) else {
                failures.push(format!("{at}: no articles"));
                continue;
            };
            println!(
                "{at}: {} articles, micro-F1 {:.3} (floor {}), {} of {} negatives labelled \
                 (at most {negatives})",
                s.articles,
                s.micro_f1(),
                set.micro,
                s.negatives_labelled,
                s.negatives
            );
            if let Some(n) = set.articles.filter(|&n| n != s.articles) {
                failures.push(format!(
                    "{at}: {} articles, the manifest says {n}",
                    s.articles
                ));
            }
            if s.micro_f1() < set.micro {
                failures.push(format!(
                    "{at}: micro-F1 {:.3} < {}",
                    s.micro_f1(),
                    set.micro
                ));
            }
            if s.negatives_labelled > negatives {
                failures.push(format!(
                    "{at}: {} of {} incident-free articles got a label (at most {negatives})",
                    s.negatives_labelled, s.negatives
                ));
            }
        }
        // The per-type table only where it explains a failure: 118 of them would bury it.
        if failures.len() > before {
            println!("{}", ev.table());
        }
    }
    assert!(
        failures.is_empty(),
        "{} floors missed ({checked} languages of {} sets checked):\n{}",
        failures.len(),
        sets.len(),
        failures.join("\n")
    );
}

#[test]
fn the_manifest_names_every_set_file_once() {
    let mut named = BTreeSet::new();
    let mut twice = Vec::new();
    for set in manifest() {
        for file in set.files {
            if !named.insert(file.clone()) {
                twice.push(file);
            }
        }
    }
    let on_disk: BTreeSet<String> = std::fs::read_dir(data())
        .expect("tests/data")
        .map(|entry| {
            entry
                .expect("tests/data")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    // A set file by its name: `written*`, `kk-written*` or `final-*`, in JSON Lines.
    let unnamed: Vec<&String> = on_disk
        .iter()
        .filter(|f| {
            f.ends_with(".jsonl")
                && ["written", "kk-written", "final-"]
                    .iter()
                    .any(|p| f.starts_with(p))
        })
        .filter(|f| !named.contains(*f))
        .collect();
    let missing: Vec<&String> = named.difference(&on_disk).collect();
    assert!(
        unnamed.is_empty() && missing.is_empty() && twice.is_empty(),
        "tests/data/sets.tsv does not name {unnamed:?}, names {missing:?} that are not in \
         tests/data, and names {twice:?} twice"
    );
}
