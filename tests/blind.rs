//! Floors on the blind-written evaluation sets in `tests/data/` (written without sight of the
//! rules). Sets 1 to 4 (`written*`, `kk-written`) were tuned on through their `tune` split,
//! sets 5, 6, 8 to 20, 24, 26 and 27 through all of it, set 7 had its misses read; `final-*` and sets
//! 21 to 23 and 25 (`written21-*` to `written23-*`, `written25-*`) never were (only their
//! totals were looked at), so their floors guard the figures the README reports for unseen
//! articles. Run with
//! `cargo test --test blind -- --nocapture` to see the tables.

use std::path::PathBuf;

use presswatch::eval::{Evaluation, GoldArticle};

fn evaluate(files: &[&str]) -> Evaluation {
    let mut ev = Evaluation::default();
    for file in files {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(file);
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
    println!("{}", ev.table());
    ev
}

/// micro-F1 at least `micro`, and at most `negatives` incident-free articles labelled.
fn assert_floor(ev: &Evaluation, lang: &str, micro: f64, negatives: u32) {
    let s = &ev.by_lang[lang];
    assert!(
        s.micro_f1() >= micro,
        "{lang}: micro-F1 {:.3} < {micro}",
        s.micro_f1()
    );
    assert!(
        s.negatives_labelled <= negatives,
        "{lang}: {} of {} incident-free articles got a label (at most {negatives})",
        s.negatives_labelled,
        s.negatives
    );
}

#[test]
fn final_blind_sets_stay_above_their_floors() {
    let ev = evaluate(&["final-en.jsonl", "final-ru.jsonl", "final-kk.jsonl"]);
    for lang in ["en", "ru", "kk"] {
        assert_eq!(ev.by_lang[lang].articles, 30);
        assert_floor(&ev, lang, 0.70, 3);
    }
}

#[test]
fn written_sets_stay_above_their_floors() {
    let ev = evaluate(&[
        "written-en.jsonl",
        "written2-en.jsonl",
        "written-ru.jsonl",
        "written2-ru.jsonl",
        "written-kk.jsonl",
        "written2-kk.jsonl",
        "kk-written.jsonl",
    ]);
    for (lang, negatives) in [("en", 40u32), ("ru", 40), ("kk", 38)] {
        // About a tenth of the incident-free articles may still get a label.
        assert_floor(&ev, lang, 0.88, negatives / 10);
    }
}

/// Every language of `files` has `articles` articles and stays above the floors.
fn each_language_above(files: &[&str], articles: u32, micro: f64, negatives: u32) {
    languages_above(files, &["en", "ru", "kk"], articles, micro, negatives);
}

/// [`each_language_above`] for a set written in only some of the three languages: each of
/// `langs` has `articles` articles and stays above the floors.
fn languages_above(files: &[&str], langs: &[&str], articles: u32, micro: f64, negatives: u32) {
    let ev = evaluate(files);
    for &lang in langs {
        assert_eq!(ev.by_lang[lang].articles, articles, "{lang}");
        assert_floor(&ev, lang, micro, negatives);
    }
}

#[test]
fn written_sets_3_and_4_stay_above_their_floors() {
    // Hard negatives (withdrawn bills, outages, other victims): at most half labelled.
    each_language_above(
        &[
            "written3-en.jsonl",
            "written4-en.jsonl",
            "written3-ru.jsonl",
            "written4-ru.jsonl",
            "written3-kk.jsonl",
            "written4-kk.jsonl",
        ],
        66,
        0.75,
        11,
    );
}

#[test]
fn written_set_5_stays_above_its_floors() {
    // Read whole while tuning (2026-12-01): other writers, other countries.
    each_language_above(
        &[
            "written5-en.jsonl",
            "written5-ru.jsonl",
            "written5-kk.jsonl",
        ],
        40,
        0.85,
        4,
    );
}

#[test]
fn written_set_6_stays_above_its_floors() {
    // Tuned on whole by the lexicon helpers on 2026-12-01 (first measure 0.67 to 0.78 micro-F1,
    // 20 of 42 hard negatives labelled; after: 0.91 to 0.99, 5 of 42).
    each_language_above(
        &[
            "written6-en.jsonl",
            "written6-ru.jsonl",
            "written6-kk.jsonl",
        ],
        40,
        0.88,
        4,
    );
}

#[test]
fn written_set_7_stays_above_its_floors() {
    // Its misses were read by the maintainer on 2026-12-02 after the set 6 tuning, which moved
    // it little (0.71 / 0.66 / 0.88 micro-F1 before, 0.76 / 0.66 / 0.90 after).
    each_language_above(
        &[
            "written7-en.jsonl",
            "written7-ru.jsonl",
            "written7-kk.jsonl",
        ],
        40,
        0.62,
        8,
    );
}

#[test]
fn written_set_8_stays_above_its_floors() {
    // Never tuned on until 2026-12-02 (0.74 / 0.73 / 0.79 micro-F1, with 4 to 5 of 14 hard
    // negatives labelled); then its misses were read, as set 7's were.
    each_language_above(
        &[
            "written8-en.jsonl",
            "written8-ru.jsonl",
            "written8-kk.jsonl",
        ],
        40,
        0.68,
        7,
    );
}

#[test]
fn written_set_9_stays_above_its_floors() {
    // Never tuned on until 2026-12-02 (0.75 / 0.86 / 0.71 micro-F1, with 2 to 6 of 14 hard
    // negatives labelled); then tuned on whole by the lexicon helpers (0.95 / 0.96 / 0.95,
    // none labelled).
    each_language_above(
        &[
            "written9-en.jsonl",
            "written9-ru.jsonl",
            "written9-kk.jsonl",
        ],
        40,
        0.88,
        3,
    );
}

#[test]
fn written_set_10_stays_above_its_floors() {
    // Never tuned on until 2026-12-02 (0.72 / 0.88 / 0.75 micro-F1 when it arrived, with 8 / 2
    // / 5 of 14 hard negatives labelled); then tuned on whole by the lexicon helpers (0.95 /
    // 0.96 / 0.96, 2 / 1 / 0 labelled).
    each_language_above(
        &[
            "written10-en.jsonl",
            "written10-ru.jsonl",
            "written10-kk.jsonl",
        ],
        40,
        0.88,
        3,
    );
}

#[test]
fn written_set_11_stays_above_its_floors() {
    // Never tuned on until 2026-12-02 (0.67 / 0.78 / 0.73 micro-F1 when it arrived, with 4 / 4
    // / 6 of 14 hard negatives labelled); then tuned on whole by the lexicon helpers (0.93 /
    // 0.99 / 0.89, 1 / 0 / 2 labelled).
    each_language_above(
        &[
            "written11-en.jsonl",
            "written11-ru.jsonl",
            "written11-kk.jsonl",
        ],
        40,
        0.85,
        3,
    );
}

#[test]
fn written_set_12_stays_above_its_floors() {
    // Never tuned on until 2026-12-02 (0.85 / 0.78 / 0.76 micro-F1 when it arrived, with 1 / 4
    // / 4 of 14 hard negatives labelled); then tuned on whole by the lexicon helpers (0.99 /
    // 0.95 / 0.98, 0 / 0 / 1 labelled).
    each_language_above(
        &[
            "written12-en.jsonl",
            "written12-ru.jsonl",
            "written12-kk.jsonl",
        ],
        40,
        0.88,
        3,
    );
}

#[test]
fn written_set_13_stays_above_its_floors() {
    // Never tuned on until 2026-12-02 (0.67 / 0.71 / 0.74 micro-F1 when it arrived, with 4 / 5
    // / 7 of 14 hard negatives labelled); then tuned on whole by the lexicon helpers (0.85 /
    // 0.93 / 0.92, 3 / 1 / 3 labelled).
    each_language_above(
        &[
            "written13-en.jsonl",
            "written13-ru.jsonl",
            "written13-kk.jsonl",
        ],
        40,
        0.80,
        4,
    );
}

#[test]
fn written_set_14_stays_above_its_floors() {
    // Never tuned on until 2026-12-02 (0.74 / 0.72 / 0.85 micro-F1 when it arrived, with 6 / 4
    // / 3 of 14 hard negatives labelled); then tuned on whole by the lexicon helpers (0.90 /
    // 0.90 / 1.00, 1 / 1 / 0 labelled).
    each_language_above(
        &[
            "written14-en.jsonl",
            "written14-ru.jsonl",
            "written14-kk.jsonl",
        ],
        40,
        0.85,
        3,
    );
}

#[test]
fn written_set_15_stays_above_its_floors() {
    // Never tuned on until 2026-12-02 (0.88 / 0.875 / 0.886 micro-F1 when it arrived, with 1
    // / 1 / 3 of 14 hard negatives labelled); then tuned on whole by the lexicon helpers (0.96
    // / 0.96 / 0.95, 0 / 1 / 1 labelled).
    each_language_above(
        &[
            "written15-en.jsonl",
            "written15-ru.jsonl",
            "written15-kk.jsonl",
        ],
        40,
        0.90,
        2,
    );
}

#[test]
fn written_set_16_stays_above_its_floors() {
    // Never tuned on until 2026-12-02 (0.833 / 0.825 / 0.833 micro-F1 when it arrived, with 2
    // / 3 / 2 of 14 hard negatives labelled); then tuned on whole by the lexicon helpers
    // (0.947 / 0.961 / 0.974, 1 / 1 / 0 labelled).
    each_language_above(
        &[
            "written16-en.jsonl",
            "written16-ru.jsonl",
            "written16-kk.jsonl",
        ],
        40,
        0.92,
        2,
    );
}

#[test]
fn written_set_17_stays_above_its_floors() {
    // Never tuned on until 2026-12-02 (0.809 / 0.870 / 0.822 micro-F1 when it arrived, with 4
    // / 4 / 4 of 14 hard negatives labelled); then tuned on whole by the lexicon helpers
    // (0.976 / 1.000 / 0.988, 1 / 0 / 0 labelled).
    each_language_above(
        &[
            "written17-en.jsonl",
            "written17-ru.jsonl",
            "written17-kk.jsonl",
        ],
        40,
        0.94,
        2,
    );
}

#[test]
fn written_set_18_stays_above_its_floors() {
    // Never tuned on until 2026-12-02 (0.733 / 0.756 / 0.791 micro-F1 when it arrived, with 7
    // / 9 / 4 of 14 hard negatives labelled); then tuned on whole by the lexicon helpers
    // (0.901 / 0.963 / 0.951, 2 / 2 / 0 labelled).
    each_language_above(
        &[
            "written18-en.jsonl",
            "written18-ru.jsonl",
            "written18-kk.jsonl",
        ],
        40,
        0.87,
        3,
    );
}

#[test]
fn written_set_19_stays_above_its_floors() {
    // Never tuned on until 2026-12-02 (0.688 / 0.759 / 0.822 micro-F1 when it arrived, with 8
    // / 8 / 6 of 14 hard negatives labelled); then tuned on whole by the lexicon helpers
    // (0.805 / 0.900 / 0.940, 4 / 4 / 2 labelled).
    each_language_above(
        &[
            "written19-en.jsonl",
            "written19-ru.jsonl",
            "written19-kk.jsonl",
        ],
        40,
        0.78,
        5,
    );
}

#[test]
fn written_set_20_stays_above_its_floors() {
    // Never tuned on until the evening of 2026-12-02 (0.667 / 0.809 / 0.830 micro-F1 at
    // 1ad4d18, 0.680 / 0.809 / 0.817 after the afternoon's rounds, with 8 / 9 / 7 of 14 hard
    // negatives labelled); then tuned on whole by the lexicon helpers, for causes that recur in
    // other sets only (0.813 / 0.916 / 0.911, 5 / 3 / 4 labelled).
    each_language_above(
        &[
            "written20-en.jsonl",
            "written20-ru.jsonl",
            "written20-kk.jsonl",
        ],
        40,
        0.78,
        6,
    );
}

#[test]
fn written_set_21_stays_above_its_floors() {
    // Never tuned on: written on 2026-12-02 (evening) from TAXONOMY.md alone by three helpers
    // that saw no rule and no other set; 0.741 / 0.739 / 0.812 micro-F1 when it arrived (at
    // 3d63dc7), with 6 / 8 / 6 of 14 hard negatives labelled; 0.741 / 0.773 / 0.830 (6 / 7 / 5)
    // after the evening's rounds on set 20 and on vocabulary.
    each_language_above(
        &[
            "written21-en.jsonl",
            "written21-ru.jsonl",
            "written21-kk.jsonl",
        ],
        40,
        0.70,
        9,
    );
}

#[test]
fn written_set_22_stays_above_its_floors() {
    // Never tuned on: written on 2026-12-03 (night) from TAXONOMY.md alone by three helpers
    // that saw no rule and no other set, with the brief of sets 18 to 21; 0.800 / 0.750 /
    // 0.769 micro-F1 by the build of the evening before (eaaadfc), with 4 / 9 / 7 of 14 hard
    // negatives labelled.
    each_language_above(
        &[
            "written22-en.jsonl",
            "written22-ru.jsonl",
            "written22-kk.jsonl",
        ],
        40,
        0.72,
        10,
    );
}

#[test]
fn written_set_23_stays_above_its_floors() {
    // Never tuned on: written at the end of the night of 2026-12-03 by three new helpers with
    // set 22's brief; 0.784 / 0.704 / 0.796 micro-F1 by the build of the evening before
    // (eaaadfc), 0.792 / 0.704 / 0.808 by the build it arrived at (6aef612), with 5 / 9 / 4 of
    // 14 hard negatives labelled.
    each_language_above(
        &[
            "written23-en.jsonl",
            "written23-ru.jsonl",
            "written23-kk.jsonl",
        ],
        40,
        0.65,
        10,
    );
}

#[test]
fn written_set_24_stays_above_its_floors() {
    // Written on 2026-12-03 (morning) from TAXONOMY.md alone by three new helpers, with 20
    // incident articles and 20 hard negatives a language: 0.756 / 0.773 / 0.699 micro-F1 by
    // the build it arrived at (f3a960c), with 7 / 5 / 9 of 20 hard negatives labelled; then the
    // dev set of the genre rule and of lexicon round 7 (0.976 / 0.986 / 0.914, 0 / 1 / 3).
    each_language_above(
        &[
            "written24-en.jsonl",
            "written24-ru.jsonl",
            "written24-kk.jsonl",
        ],
        40,
        0.88,
        4,
    );
}

#[test]
fn written_set_25_stays_above_its_floors() {
    // Never tuned on: written on 2026-12-03 (morning) by three other new helpers with set 23's
    // brief, at the same time as set 24; 0.718 / 0.759 / 0.800 micro-F1 by the build it
    // arrived at (f3a960c), with 10 / 8 / 6 of 14 hard negatives labelled. Set 24's brief
    // listed the same kinds of hard negative (fiction, training courses, media suing a
    // supplier), so rules made on set 24 are not blind to set 25's kinds, only to its words.
    each_language_above(
        &[
            "written25-en.jsonl",
            "written25-ru.jsonl",
            "written25-kk.jsonl",
        ],
        40,
        0.68,
        10,
    );
}

#[test]
fn written_set_26_stays_above_its_floors() {
    // Written on 2026-12-03 (morning) by three new helpers, with 16 incident articles and 24
    // hard negatives of as many kinds a language (crime, courts, sport, business, the media's
    // own news): 0.633 / 0.780 / 0.774 micro-F1 by the build it arrived at (ceaea0f), with 5 /
    // 9 / 5 of 24 hard negatives labelled; then the dev set of lexicon round 8 (0.981 / 0.980 /
    // 0.943, 0 / 0 / 2).
    each_language_above(
        &[
            "written26-en.jsonl",
            "written26-ru.jsonl",
            "written26-kk.jsonl",
        ],
        40,
        0.90,
        3,
    );
}

#[test]
fn written_set_27_stays_above_its_floors() {
    // Written on 2026-12-03 (morning) by three new helpers asked to tell incidents the way
    // reporters do (indirect verbs, officialese, euphemisms, the act implied by its
    // consequence), 20 incident articles and 20 hard negatives a language: 0.638 / 0.738 /
    // 0.690 micro-F1 by the build it arrived at (01471a7), with 9 / 7 / 7 of 20 hard negatives
    // labelled; then the dev set of lexicon round 9 (0.849 / 0.906 / 0.943, 7 / 3 / 0).
    each_language_above(
        &[
            "written27-en.jsonl",
            "written27-ru.jsonl",
            "written27-kk.jsonl",
        ],
        40,
        0.82,
        8,
    );
}

#[test]
fn written_set_28_stays_above_its_floors() {
    // Written on 2026-12-03 (second session) by three new helpers asked for the texts monitors
    // read: alerts of press-freedom groups with their boilerplate, weekly digests, incidents
    // inside longer stories, bookish translations; 20 incident articles and 20 hard negatives
    // a language: 0.812 / 0.809 / 0.766 micro-F1 (en / ru / kk) by the build it arrived at
    // (7ba2c77), with 5 / 5 / 8 of 20 hard negatives labelled; then, with set 29, the dev set
    // of lexicon round 10 and of the session's code rules (0.968 / 0.905 / 0.851, 1 / 2 / 7).
    each_language_above(
        &[
            "written28-en.jsonl",
            "written28-ru.jsonl",
            "written28-kk.jsonl",
        ],
        40,
        0.80,
        8,
    );
}

#[test]
fn written_set_29_stays_above_its_floors() {
    // Written on 2026-12-03 (second session) by three new helpers asked for 28 hard negatives
    // that read like incidents sentence by sentence (a mayor detained while a TV crew films, an
    // editor fined for speeding, an April Fool front page, a channel blocking trolls) and 12
    // incident articles a language: 0.630 / 0.500 / 0.586 micro-F1 by the build it arrived at
    // (7ba2c77), with 11 / 16 / 14 of 28 hard negatives labelled; then a dev set with set 28
    // (0.837 / 0.655 / 0.692, 3 / 10 / 8).
    each_language_above(
        &[
            "written29-en.jsonl",
            "written29-ru.jsonl",
            "written29-kk.jsonl",
        ],
        40,
        0.62,
        11,
    );
}

#[test]
fn written_set_30_stays_above_its_floors() {
    // Written on 2026-12-03 (second session) by three new helpers asked for short local and
    // wire news from countries one would not expect, with a local reporter's verbs and
    // officials' euphemisms; 20 incident articles and 20 hard negatives from the same feed a
    // language: 0.811 / 0.771 / 0.744 micro-F1 (en / ru / kk) by the build the session started
    // from (7ba2c77), with 5 / 7 / 7 of 20 hard negatives labelled (0.811 / 0.806 / 0.744 when
    // it arrived, at 0c1d06d); then the dev set of lexicon round 11 (0.939 / 0.969 / 0.904,
    // 0 / 0 / 3).
    each_language_above(
        &[
            "written30-en.jsonl",
            "written30-ru.jsonl",
            "written30-kk.jsonl",
        ],
        40,
        0.88,
        4,
    );
}

#[test]
fn written_set_31_stays_above_its_floors() {
    // Never tuned on: written on 2026-12-03 (second session) by three new helpers with set
    // 27's brief (incidents told the way reporters tell them, 20 incident articles and 20
    // hard negatives a language), while sets 28 to 30 were the dev sets: 0.667 / 0.810 / 0.853
    // micro-F1 (en / ru / kk) by the build the session started from (7ba2c77), with 7 / 7 / 4
    // of 20 hard negatives labelled; 0.667 / 0.831 / 0.853 and 7 / 5 / 4 at 0c1d06d. Only its
    // totals were looked at.
    each_language_above(
        &[
            "written31-en.jsonl",
            "written31-ru.jsonl",
            "written31-kk.jsonl",
        ],
        40,
        0.62,
        9,
    );
}

#[test]
fn written_set_32_stays_above_its_floors() {
    // Written on 2026-12-03 (second session) by three new helpers with set 26's brief (16
    // incident articles and 24 hard negatives of as many kinds a language), at the end of the
    // session: 0.738 / 0.746 / 0.667 micro-F1 (en / ru / kk) by the build the session started
    // from (7ba2c77), with 6 / 10 / 5 of 24 hard negatives labelled, 0.738 / 0.746 / 0.645 at
    // ee99f6c when it arrived; then the dev set of two code rules (an accident's death only in
    // its own sentence, a media company's business suit) and of eleven lexicon lines (role
    // plays, live broadcasts as witnesses, party leaders and diplomats): 0.750 / 0.781 /
    // 0.677, 5 / 8 / 5. No lexicon round was made on it.
    each_language_above(
        &[
            "written32-en.jsonl",
            "written32-ru.jsonl",
            "written32-kk.jsonl",
        ],
        40,
        0.64,
        11,
    );
}

#[test]
fn written_set_33_stays_above_its_floors() {
    // Written on 2026-12-03 (third session) by three new helpers with set 31's brief, a third
    // of the articles from places earlier writers seldom chose (Southeast Asia, the Balkans,
    // Africa, the Andes, the Gulf, the Pacific) and incidents told by the people involved:
    // 0.714 / 0.722 / 0.742 micro-F1 (en / ru / kk) by the build the session started from
    // (ca00d58), with 5 / 5 / 6 of 20 hard negatives labelled. The dev set of the session's
    // code rules (an outage's physical cause); no lexicon round was made on it.
    each_language_above(
        &[
            "written33-en.jsonl",
            "written33-ru.jsonl",
            "written33-kk.jsonl",
        ],
        40,
        0.68,
        8,
    );
}

#[test]
fn written_set_34_stays_above_its_floors() {
    // Never tuned on: written on 2026-12-03 (third session) by three new helpers with set
    // 31's brief and the genres earlier writers seldom chose (a regional weekly's item, a
    // monitoring digest, a court brief, a live blog, a radio bulletin, a Q&A): 0.780 / 0.781
    // / 0.737 micro-F1 (en / ru / kk) by the build the session started from (ca00d58), with
    // 3 / 5 / 8 of 20 hard negatives labelled. Only its totals were looked at.
    each_language_above(
        &[
            "written34-en.jsonl",
            "written34-ru.jsonl",
            "written34-kk.jsonl",
        ],
        40,
        0.70,
        10,
    );
}

#[test]
fn written_set_35_stays_above_its_floors() {
    // Written on 2026-12-03 (fourth session) by three new helpers with a new brief (hard
    // negatives in each language: denials, courses and awards, film reviews, non-media hacks
    // and arrests; places from South Asia and the Balkans to the Caucasus and Xinjiang): 0.730
    // / 0.814 / 0.786 micro-F1 (en / ru / kk) by the build the session started from (f1e610d),
    // with 5 / 6 / 5 of 14 hard negatives labelled. The dev set of the session's lexicon round:
    // every miss read.
    each_language_above(
        &[
            "written35-en.jsonl",
            "written35-ru.jsonl",
            "written35-kk.jsonl",
        ],
        40,
        0.78,
        5,
    );
}

#[test]
fn written_set_36_stays_above_its_floors() {
    // Written with set 35 (Latin America, Africa, the Middle East, Hong Kong; Russia, occupied
    // Ukraine, Serbia, Latvia, Israel; Kazakhstan and the diaspora press): 0.748 / 0.828 /
    // 0.760 micro-F1 by f1e610d, with 5 / 5 / 2 of 14 hard negatives labelled. Kept untouched
    // for the session's first rules, then read as a second dev set.
    each_language_above(
        &[
            "written36-en.jsonl",
            "written36-ru.jsonl",
            "written36-kk.jsonl",
        ],
        40,
        0.74,
        5,
    );
}

#[test]
fn written_set_37_stays_above_its_floors() {
    // Never tuned on: written on 2026-12-03 (fourth session) by three more helpers with set
    // 35's brief (Eastern Europe, Central Asia, the Gulf and North Africa; Russian regions,
    // Abkhazia, Transnistria; Kazakhstan's regions and Kazakh coverage of its neighbours):
    // 0.784 / 0.889 / 0.891 micro-F1 (en / ru / kk) by f1e610d, with 4 / 2 / 3 of 14 hard
    // negatives labelled. Only its totals were looked at.
    each_language_above(
        &[
            "written37-en.jsonl",
            "written37-ru.jsonl",
            "written37-kk.jsonl",
        ],
        40,
        0.75,
        6,
    );
}

#[test]
fn written_set_38_stays_above_its_floors() {
    // Written on 2026-12-03 (fourth session) with set 35's brief, each language asked for the
    // hard negatives earlier builds got wrong most (a media company's own business dispute,
    // accidents that kill or injure journalists, a crew filming a raid on others, blocked
    // casino sites): 0.677 / 0.793 / 0.818 micro-F1 (en / ru / kk) by f1e610d, with 9 / 6 /
    // 5 of 14 hard negatives labelled. A dev set: its misses were read.
    each_language_above(
        &[
            "written38-en.jsonl",
            "written38-ru.jsonl",
            "written38-kk.jsonl",
        ],
        40,
        0.66,
        7,
    );
}

#[test]
fn written_set_39_stays_above_its_floors() {
    // Never tuned on: written with set 38 (Western Europe, Central America and the
    // Caribbean, South Asia; Russian cities, the Caucasus, the Baltics, Germany's
    // Russian-language press; Kazakh towns and neighbours), lengths from short briefs to long
    // pieces: 0.754 / 0.851 / 0.814 micro-F1 by f1e610d, with 3 / 4 / 3 of 14 hard negatives
    // labelled. Only its totals were looked at.
    each_language_above(
        &[
            "written39-en.jsonl",
            "written39-ru.jsonl",
            "written39-kk.jsonl",
        ],
        40,
        0.71,
        5,
    );
}

#[test]
fn written_set_40_stays_above_its_floors() {
    // Written on 2026-12-03 (fifth session) with set 35's brief, each language asked for about
    // 15 hard negatives where a media word stands next to an act on someone else (a crew
    // filming arrests, a paper reporting an official's arrest, blocked casino sites, a rumour
    // denied, an annual report's "no detentions"): 0.697 / 0.850 / 0.844 micro-F1 (en / ru /
    // kk) by 0ee0cc0, with 6 / 6 / 5 of 15 hard negatives labelled, before any rule saw it. A
    // dev set since: its misses were read.
    each_language_above(
        &[
            "written40-en.jsonl",
            "written40-ru.jsonl",
            "written40-kk.jsonl",
        ],
        40,
        0.70,
        6,
    );
}

#[test]
fn written_set_41_stays_above_its_floors() {
    // Written on 2026-12-03 (sixth session) with set 35's brief: Southern and East Africa,
    // Southeast Asia, the Andes and the Western Balkans (en); Belarus, Moldova, Central Asia,
    // Armenia, Russia's regions and outlets in exile (ru); Kazakhstan's regions and Kazakh
    // coverage of its neighbours (kk). 0.763 / 0.829 / 0.887 micro-F1 (en / ru / kk) by
    // 2a6aaad, with 2 / 0 / 1 of 14 hard negatives labelled, before any rule saw it. A dev set
    // since (round 14): its misses were read.
    each_language_above(
        &[
            "written41-en.jsonl",
            "written41-ru.jsonl",
            "written41-kk.jsonl",
        ],
        40,
        0.74,
        3,
    );
}

#[test]
fn written_set_42_stays_above_its_floors() {
    // Written on 2026-12-03 (sixth session) with set 35's brief, after round 14, and never read:
    // the Middle East and North Africa, South Asia, Central America, Mexico and Turkey (en);
    // Georgia, Azerbaijan, Uzbekistan, Turkmenistan, Russian-language media in Ukraine and
    // Israel, Russia's cities and the North Caucasus (ru); Kazakhstan's cities and Kazakh
    // communities abroad (kk). 0.787 / 0.832 / 0.878 micro-F1 (en / ru / kk) by 87a004a, with
    // 5 / 6 / 2 of 14 hard negatives labelled. Only these totals were looked at.
    each_language_above(
        &[
            "written42-en.jsonl",
            "written42-ru.jsonl",
            "written42-kk.jsonl",
        ],
        40,
        0.74,
        7,
    );
}

#[test]
fn written_set_43_stays_above_its_floors() {
    // Written on 2026-12-03 (seventh session) with set 35's brief: Latin America, the
    // Caribbean and the Pacific islands (en); Georgia, Armenia, Azerbaijan, the Baltic states,
    // Mongolia and Russia's Volga and Urals (ru); Mangystau, Abai, Zhetysu, Turkistan and
    // Kostanay, Kyrgyzstan and Uzbekistan (kk). 0.764 / 0.827 / 0.830 micro-F1 (en / ru / kk)
    // at 7579c7f, with 7 / 4 / 1 of 14 hard negatives labelled, before any rule saw it. A dev
    // set since (round 15): its misses were read; 0.825 / 0.882 / 0.887 and 6 / 3 / 1 after it.
    each_language_above(
        &[
            "written43-en.jsonl",
            "written43-ru.jsonl",
            "written43-kk.jsonl",
        ],
        40,
        0.74,
        7,
    );
}

#[test]
fn written_set_44_stays_above_its_floors() {
    // Written on 2026-12-03 (seventh session) with set 35's brief, beside set 43, and never
    // read: Southern and East Africa, the Middle East and Eastern Europe (en); Siberia and the
    // Far East, Belarus, Moldova, Tajikistan and Turkmenistan (ru); western and northern
    // Kazakhstan, Astana, Shymkent, Xinjiang and Bayan-Olgii (kk). 0.812 / 0.807 / 0.871
    // micro-F1 (en / ru / kk) after round 15 (b10bb6b), the same as at the session's start
    // (ccb6814), with 2 / 5 / 2 of 14 hard negatives labelled. Only these totals were looked
    // at.
    each_language_above(
        &[
            "written44-en.jsonl",
            "written44-ru.jsonl",
            "written44-kk.jsonl",
        ],
        40,
        0.76,
        6,
    );
}

#[test]
fn written_set_45_stays_above_its_floors() {
    // Written on 2026-12-03 (seventh session) with set 35's brief during the vocabulary round,
    // and never read: South and Southeast Asia (en); Kazakhstan's Russian-language press,
    // Kyrgyzstan, Uzbekistan, Azerbaijan, Russia's North-West and South (ru); Almaty, Karaganda,
    // East Kazakhstan, Kyzylorda, Zhambyl, Kazakhs in Russia and Turkey (kk). 0.687 / 0.860 /
    // 0.835 micro-F1 (en / ru / kk) after the vocabulary round (154b335; 0.682 / 0.860 / 0.835
    // at the session's start), with 5 / 2 / 5 of 14 hard negatives labelled. Only these totals
    // were looked at.
    each_language_above(
        &[
            "written45-en.jsonl",
            "written45-ru.jsonl",
            "written45-kk.jsonl",
        ],
        40,
        0.66,
        7,
    );
}

#[test]
fn written_set_46_stays_above_its_floors() {
    // Written on 2026-12-04 (eighth session) with set 35's brief: the Philippines, Nigeria,
    // Mexico, Hungary, Pakistan, Georgia, India and Kenya (en); Belarus, Azerbaijan, Tajikistan,
    // Russia's regions, Armenia and Kazakhstan (ru); Kazakhstan's regions, Kyrgyzstan, Uzbekistan
    // and Xinjiang (kk). 0.776 / 0.867 / 0.876 micro-F1 (en / ru / kk) at e333c61, with 4 / 3 / 1
    // of 14 hard negatives labelled, before any rule saw it. A dev set since (round 16): its
    // misses were read; 0.857 / 0.911 / 0.913 and 2 / 1 / 1 after it.
    each_language_above(
        &[
            "written46-en.jsonl",
            "written46-ru.jsonl",
            "written46-kk.jsonl",
        ],
        40,
        0.76,
        5,
    );
}

#[test]
fn written_set_47_stays_above_its_floors() {
    // Written on 2026-12-04 (eighth session) with set 35's brief, beside set 46, and never
    // read: Bangladesh, Ethiopia, Serbia, Guatemala, Sri Lanka, Cambodia, Zimbabwe and Turkey
    // (en); Kyrgyzstan, Uzbekistan, Moldova, Turkmenistan, Georgia, Russia and Ukraine's
    // occupied territories (ru); Kazakhstan's north, west and centre, Bayan-Olgii, Orenburg and
    // Omsk, Kazakhs in Turkey (kk). 0.832 / 0.843 / 0.917 micro-F1 (en / ru / kk) at e333c61,
    // 0.832 / 0.850 / 0.917 after round 16, with 3 / 3 / 2 of 14 hard negatives labelled. Only
    // these totals were looked at.
    each_language_above(
        &[
            "written47-en.jsonl",
            "written47-ru.jsonl",
            "written47-kk.jsonl",
        ],
        40,
        0.78,
        5,
    );
}

#[test]
fn written_set_48_stays_above_its_floors() {
    // Written on 2026-12-04 (ninth session) with set 35's brief by three new helpers: the
    // Philippines, Indonesia, Myanmar, Cambodia, Malaysia, Papua New Guinea, Timor-Leste, Sri
    // Lanka and Bangladesh (en); Armenia, Azerbaijan, Georgia, Moldova, Belarus, Ukraine's
    // occupied territories and Russia's regions (ru); Kazakhstan's regions, Kyrgyzstan and
    // Turkey (kk). 0.717 / 0.862 / 0.906 micro-F1 (en / ru / kk) at 8b1eb4c, with 4 / 3 / 2 of
    // 14 hard negatives labelled, before any rule saw it. The dev set of round 17 since: its
    // misses were read; 0.812 / 0.918 / 0.923 and 2 / 2 / 1 after it.
    each_language_above(
        &[
            "written48-en.jsonl",
            "written48-ru.jsonl",
            "written48-kk.jsonl",
        ],
        40,
        0.76,
        5,
    );
}

#[test]
fn written_set_49_stays_above_its_floors() {
    // Written on 2026-12-04 (ninth session) with set 35's brief, beside set 48, and never
    // read: Honduras, Guatemala, Bolivia, Ecuador, Venezuela, Nicaragua, Zambia, Uganda,
    // Cameroon, Senegal, Ethiopia and Zimbabwe (en); Central Asia, Russia and the Baltic
    // states' Russian-language press (ru); Kazakhstan, Russia, Xinjiang and Bayan-Olgii (kk).
    // 0.784 / 0.870 / 0.876 micro-F1 (en / ru / kk) at 8b1eb4c, with 5 / 1 / 1 of 14 hard
    // negatives labelled. Only these totals are looked at.
    each_language_above(
        &[
            "written49-en.jsonl",
            "written49-ru.jsonl",
            "written49-kk.jsonl",
        ],
        40,
        0.76,
        6,
    );
}

#[test]
fn written_set_50_stays_above_its_floors() {
    // Written on 2026-12-04 (tenth session) with set 35's brief by three new helpers: India,
    // Pakistan, Nepal, Afghanistan, Iraq, Lebanon, Jordan, Egypt and Tunisia (en); Russia's
    // regions, Belarus, Tajikistan, Kyrgyzstan and Uzbekistan (ru); Kazakhstan's regions,
    // Kyrgyzstan and Karakalpakstan (kk). 0.800 / 0.830 / 0.913 micro-F1 (en / ru / kk) at
    // 6da0726, with 5 / 4 / 1 of 14 hard negatives labelled, before any rule saw it. The dev
    // set of round 18 since: its misses were read; 0.911 / 0.893 / 0.940 and 2 / 3 / 1 after.
    each_language_above(
        &[
            "written50-en.jsonl",
            "written50-ru.jsonl",
            "written50-kk.jsonl",
        ],
        40,
        0.85,
        4,
    );
}

#[test]
fn written_set_51_stays_above_its_floors() {
    // Written beside set 50 and never read: Nigeria, Ghana, Kenya, Tanzania, Rwanda, Mexico,
    // Colombia, Peru, Brazil and Haiti (en); Azerbaijan, Armenia, Georgia, Ukraine, Moldova,
    // Kazakhstan and exiled outlets (ru); Kazakhstan, Mongolia, Russia's border regions and
    // China (kk). 0.828 / 0.810 / 0.871 at 6da0726, 3 / 4 / 0 of 14 negatives labelled.
    each_language_above(
        &[
            "written51-en.jsonl",
            "written51-ru.jsonl",
            "written51-kk.jsonl",
        ],
        40,
        0.76,
        6,
    );
}

#[test]
fn written_sets_52_and_53_stay_above_their_floors() {
    // Written after round 18's first rules and never read: the UK, Ireland, France, Italy,
    // Greece, Hungary, Poland, Serbia and the US; Australia, New Zealand, Fiji, Japan, South
    // Korea, Hong Kong, Vietnam, Thailand and Singapore (en); Russia's capitals and republics,
    // exiled Belarusian outlets; Central Asia, Mongolia, Azerbaijan, Israel's Russian press (ru);
    // Kazakhstan's regions, Altai, Tatarstan, Uzbekistan's and Turkey's Kazakhs (kk). Set 52
    // 0.718 / 0.850 / 0.851 and set 53 0.836 / 0.843 / 0.845 at 6da0726.
    each_language_above(
        &[
            "written52-en.jsonl",
            "written52-ru.jsonl",
            "written52-kk.jsonl",
        ],
        40,
        0.70,
        6,
    );
    each_language_above(
        &[
            "written53-en.jsonl",
            "written53-ru.jsonl",
            "written53-kk.jsonl",
        ],
        40,
        0.78,
        5,
    );
}

#[test]
fn written_set_54_stays_above_its_floors() {
    // Written on 2026-12-04 (eleventh session) by three new helpers with a new brief (forms,
    // hard negatives and traps named, no word lists): Kyrgyzstan, Uzbekistan, Tajikistan,
    // Turkmenistan and regional Kazakhstan, in each language. 0.736 / 0.850 / 0.881 micro-F1
    // (en / ru / kk) at 4c0c178, with 8 / 5 / 7 of 14 hard negatives labelled, before any rule
    // saw it. The dev set of round 19 since: its misses were read.
    each_language_above(
        &[
            "written54-en.jsonl",
            "written54-ru.jsonl",
            "written54-kk.jsonl",
        ],
        40,
        0.74,
        8,
    );
}

#[test]
fn written_sets_55_and_56_stay_above_their_floors() {
    // Written beside set 54 and never read: Georgia, Armenia, Azerbaijan, Belarus, Moldova,
    // Serbia, Hungary and Russia's regions (55); Turkey, Iran, India, Pakistan, Mexico, the
    // Philippines, Ethiopia, Hong Kong and Nicaragua, and in Kazakh mostly Kazakhstan's regions
    // (56). Set 55 0.832 / 0.832 / 0.819 and set 56 0.683 / 0.752 / 0.818 at 4c0c178 and
    // after round 19.
    each_language_above(
        &[
            "written55-en.jsonl",
            "written55-ru.jsonl",
            "written55-kk.jsonl",
        ],
        40,
        0.78,
        7,
    );
    each_language_above(
        &[
            "written56-en.jsonl",
            "written56-ru.jsonl",
            "written56-kk.jsonl",
        ],
        40,
        0.64,
        5,
    );
}

#[test]
fn written_sets_57_and_59_stay_above_their_floors() {
    // Written on 2026-12-04 (twelfth session) with set 54's brief: Nigeria, Ghana, Kenya,
    // Uganda, Zimbabwe, Cameroon, Senegal and local US and UK news (57 en); Russia's regions,
    // Belarus, Moldova, Kyrgyzstan and Tajikistan (57 ru); Serbia, Greece, Poland, Slovakia,
    // Italy, France, Pakistan, Bangladesh, Sri Lanka and the Pacific (59, English only).
    // 0.721 / 0.790 (57 en / ru) and 0.696 (59) before any rule saw them; the dev sets of
    // round 20 since: their misses were read.
    languages_above(
        &["written57-en.jsonl", "written57-ru.jsonl"],
        &["en", "ru"],
        40,
        0.74,
        7,
    );
    languages_above(&["written59-en.jsonl"], &["en"], 40, 0.70, 5);
    // Set 57's Kazakh articles came in from a second writer after the round and were never
    // read: 0.850, 4 of 14 negatives labelled, at the round's final code.
    languages_above(&["written57-kk.jsonl"], &["kk"], 40, 0.80, 6);
}

#[test]
fn written_set_58_stays_above_its_floors() {
    // Written beside sets 57 and 59 and never read: Brazil, Colombia, Venezuela, Guatemala,
    // Honduras, Iraq, Lebanon, Egypt, Myanmar, Cambodia, Vietnam and Indonesia (en); Azerbaijan,
    // Armenia, Georgia, Turkmenistan, Uzbekistan, the Baltic states' Russian-language media,
    // Serbia and Israel (ru); Kazakhstan's cities and news of Russia, Turkey, China and
    // Afghanistan (kk). 0.783 / 0.785 / 0.809 before round 20, 0.776 / 0.785 / 0.809 after.
    each_language_above(
        &[
            "written58-en.jsonl",
            "written58-ru.jsonl",
            "written58-kk.jsonl",
        ],
        40,
        0.74,
        8,
    );
}

#[test]
fn written_sets_60_and_62_stay_above_their_floors() {
    // Written on 2026-12-04 (thirteenth session) with set 54's brief: Mexico, Brazil, Colombia,
    // Honduras, Guatemala, Venezuela, Nicaragua, Peru, Haiti, Cuba and local US news (60 en);
    // the South Caucasus, Central Asia and Russian-language media of the Baltic states and
    // Israel (60 ru); Kazakhstan's regions (60 kk); Turkey, Egypt, Iraq, Lebanon, Jordan, the
    // Maghreb, Iran and the Gulf (62, English only). 0.774 / 0.867 / 0.887 (60 en / ru / kk)
    // and 0.807 (62) before any rule saw them; the dev sets of round 21 since: their misses
    // were read.
    each_language_above(
        &[
            "written60-en.jsonl",
            "written60-ru.jsonl",
            "written60-kk.jsonl",
        ],
        40,
        0.80,
        5,
    );
    languages_above(&["written62-en.jsonl"], &["en"], 40, 0.82, 5);
}

#[test]
fn written_set_61_stays_above_its_floors() {
    // Written beside sets 60 and 62 and never read: the Philippines, Indonesia, Myanmar,
    // Cambodia, Vietnam, Thailand, Malaysia, Hong Kong and Mongolia (en); Kazakhstan,
    // Kyrgyzstan and Russia in Russian (ru); Kazakhstan and its neighbours in Kazakh (kk).
    // 0.783 / 0.775 / 0.821 before round 21, 0.793 / 0.775 / 0.821 after.
    each_language_above(
        &[
            "written61-en.jsonl",
            "written61-ru.jsonl",
            "written61-kk.jsonl",
        ],
        40,
        0.72,
        8,
    );
}

#[test]
fn written_sets_63_and_64_stay_above_their_floors() {
    // Written on 2026-12-04 (thirteenth session) with set 54's brief, after round 21: India,
    // Nepal, Bangladesh, Pakistan, Sri Lanka, the Maldives, Afghanistan, Ukraine, Hungary and
    // Georgia (63 en); Belarus, Ukraine, Moldova, Transnistria, the North Caucasus and Siberia
    // (63 ru); Kazakhstan's regions and courts (63 kk); the Sahel, West, East and Central Africa
    // and Central Asia (64, English only). 0.734 / 0.810 / 0.876 (63 en / ru / kk) and 0.809
    // (64) before round 22 saw them; its dev sets since: their misses were read.
    each_language_above(
        &[
            "written63-en.jsonl",
            "written63-ru.jsonl",
            "written63-kk.jsonl",
        ],
        40,
        0.78,
        6,
    );
    languages_above(&["written64-en.jsonl"], &["en"], 40, 0.82, 4);
}

#[test]
fn written_set_65_stays_above_its_floors() {
    // Written beside sets 63 and 64 and never read: the Balkans, Central and Southern Europe,
    // the UK, Ireland and Australia (en); Russia, Belarus and Russian-language media in exile
    // (ru); Kazakhstan's cities, courts and online media (kk). 0.734 / 0.833 / 0.733 before
    // round 22, 0.734 / 0.843 / 0.748 after.
    each_language_above(
        &[
            "written65-en.jsonl",
            "written65-ru.jsonl",
            "written65-kk.jsonl",
        ],
        40,
        0.68,
        9,
    );
}

#[test]
fn written_set_66_stays_above_its_floors() {
    // Written on 2026-12-04 (seventeenth session) with set 54's brief: Canada, the United
    // States, Mexico, Spain, France, Italy, Greece, Serbia, Turkey, Azerbaijan and Kyrgyzstan
    // (en); Kazakhstan, Kyrgyzstan, Uzbekistan and Russia's regions (ru); Kazakhstan's regions
    // and Kazakh coverage of Kyrgyzstan and Uzbekistan (kk). 0.738 / 0.825 / 0.847 before
    // round 23 read its misses, 0.850 / 0.862 / 0.947 after.
    each_language_above(
        &[
            "written66-en.jsonl",
            "written66-ru.jsonl",
            "written66-kk.jsonl",
        ],
        40,
        0.80,
        6,
    );
}

#[test]
fn written_set_67_stays_above_its_floors() {
    // Written beside set 66 and never read: East and Southern Africa, Ghana, Cameroon, Sri
    // Lanka, Bangladesh, Cambodia and Indonesia (en); Belarus, Russia, Tajikistan,
    // Turkmenistan, Armenia and Kazakhstan (ru); Kazakhstan's cities and Kazakhs abroad (kk).
    // 0.824 / 0.807 / 0.839 at the session's start, 0.833 / 0.807 / 0.847 after round 23,
    // 0.826 / 0.807 / 0.847 at its end.
    each_language_above(
        &[
            "written67-en.jsonl",
            "written67-ru.jsonl",
            "written67-kk.jsonl",
        ],
        40,
        0.76,
        6,
    );
}

#[test]
fn written_set_68_stays_above_its_floors() {
    // Written on 2026-12-04 (seventeenth session), after round 23: the UK, Ireland, Germany,
    // Poland, Hungary, Slovakia, Romania, Georgia, Armenia, Israel and Palestine, Lebanon and
    // India (en); Kazakhstan, Kyrgyzstan, Russia's south, Siberia and Urals, Azerbaijan and
    // Georgia (ru); Kazakhstan's cities and Kazakh coverage of Kyrgyzstan, Russia and Turkey
    // (kk). 0.713 / 0.739 / 0.870 before round 24 read its misses, 0.761 / 0.783 / 0.937 after.
    each_language_above(
        &[
            "written68-en.jsonl",
            "written68-ru.jsonl",
            "written68-kk.jsonl",
        ],
        40,
        0.70,
        7,
    );
}

#[test]
fn written_set_69_stays_above_its_floors() {
    // Written beside set 68 and never read: Latin America, the Caribbean, the Philippines,
    // Malaysia, Thailand, Pakistan, Nigeria and Senegal (en); Russia, Belarus, Moldova,
    // Uzbekistan and Kazakhstan (ru); Kazakhstan's cities and Kazakh coverage of Uzbekistan,
    // Kyrgyzstan and China (kk). 0.806 / 0.823 / 0.877 before and after round 24.
    each_language_above(
        &[
            "written69-en.jsonl",
            "written69-ru.jsonl",
            "written69-kk.jsonl",
        ],
        40,
        0.76,
        8,
    );
}

#[test]
fn written_set_70_stays_above_its_floors() {
    // Written on 2026-12-04 (seventeenth session), after round 24: the United States, Canada,
    // Australia, New Zealand, the Pacific, Southern Africa, Egypt, Tunisia, Iraq and Jordan
    // (en); Kazakhstan, Kyrgyzstan, Tajikistan and Russia's regions (ru); Kazakhstan's regions
    // and Kazakh coverage of Kyrgyzstan, Uzbekistan and Mongolia (kk). 0.720 / 0.807 / 0.908
    // before round 25 read its misses, 0.784 / 0.829 / 0.917 after; its English incident-free
    // articles are hard (9 of 14 labelled).
    each_language_above(
        &[
            "written70-en.jsonl",
            "written70-ru.jsonl",
            "written70-kk.jsonl",
        ],
        40,
        0.72,
        10,
    );
}

#[test]
fn written_set_71_stays_above_its_floors() {
    // Written beside set 70 and never read: Southeast and East Asia, South Asia, Iran, the
    // Gulf, the Horn of Africa, the Great Lakes and the Sahel (en); Russia's north-west and
    // Siberia, Belarus, the South Caucasus and Kazakhstan (ru); Kazakhstan's south and west and
    // Kazakh coverage of Russia, Turkey and Kyrgyzstan (kk). 0.742 / 0.820 / 0.857 before and
    // after round 25.
    each_language_above(
        &[
            "written71-en.jsonl",
            "written71-ru.jsonl",
            "written71-kk.jsonl",
        ],
        40,
        0.68,
        6,
    );
}

#[test]
fn written_set_72_stays_above_its_floors() {
    // Written on 2026-12-04 (seventeenth session), after round 25, in English and Russian only
    // (the Kazakh helper failed): Central Asia, Mongolia, Russia, Belarus, Ukraine, Moldova and
    // the western Balkans (en); Kazakhstan, Kyrgyzstan and Russia's cities (ru). 0.758 / 0.824
    // before round 26 read its misses, 0.784 / 0.852 after.
    languages_above(
        &["written72-en.jsonl", "written72-ru.jsonl"],
        &["en", "ru"],
        40,
        0.72,
        6,
    );
}

#[test]
fn written_set_73_stays_above_its_floors() {
    // Written on 2026-12-05 (eighteenth session), before round 27: Zambia, Indonesia, Serbia,
    // Ecuador and Pakistan (en); Kyrgyzstan, Belarus, Armenia, Tajikistan and Russia's regions
    // (ru); Kazakhstan's regions, Kyrgyzstan and Mongolia (kk). 0.748 / 0.852 / 0.875 before
    // round 27 read its misses, 0.783 / 0.897 / 0.916 after.
    each_language_above(
        &[
            "written73-en.jsonl",
            "written73-ru.jsonl",
            "written73-kk.jsonl",
        ],
        40,
        0.73,
        6,
    );
}

#[test]
fn written_set_74_stays_above_its_floors() {
    // Written beside set 73 and never read: Ghana, Cambodia, Hungary, Honduras and Sri Lanka
    // (en); Azerbaijan, Uzbekistan, Georgia, Moldova and Russia's regions (ru); Kazakhstan's
    // west, north and east, Almaty, Astana and Karakalpakstan (kk). 0.793 / 0.871 / 0.828 at
    // the session's start, 0.793 / 0.885 / 0.835 at its end.
    each_language_above(
        &[
            "written74-en.jsonl",
            "written74-ru.jsonl",
            "written74-kk.jsonl",
        ],
        40,
        0.74,
        10,
    );
}

#[test]
fn written_sets_75_and_78_stay_above_their_floors() {
    // Written on 2026-12-05, in English and Russian only: Nigeria, Myanmar, Slovakia,
    // Guatemala and Bangladesh; Tanzania, Nicaragua, Georgia, Malaysia and Ethiopia (en);
    // Kazakhstan, Turkmenistan, Abkhazia, Crimea and Russia's regions; Tajikistan, Armenia,
    // Moldova, the Russian Far East and Kyrgyzstan (ru). Read by round 27: set 75 0.782 /
    // 0.895 before, 0.870 / 0.947 after; set 78 0.745 / 0.825 before, 0.784 / 0.855 after.
    languages_above(
        &["written75-en.jsonl", "written75-ru.jsonl"],
        &["en", "ru"],
        40,
        0.8,
        6,
    );
    languages_above(
        &["written78-en.jsonl", "written78-ru.jsonl"],
        &["en", "ru"],
        40,
        0.73,
        6,
    );
}

#[test]
fn written_set_76_stays_above_its_floors() {
    // Written on 2026-12-05: Kenya, the Philippines, Turkey, Mexico and India (en); the North
    // Caucasus, Siberia, Uzbekistan and Azerbaijan (ru); Kazakhstan's west, north and centre
    // and Shymkent (kk). 0.791 / 0.783 / 0.847 before round 27 read its misses, 0.822 / 0.803 /
    // 0.887 after.
    each_language_above(
        &[
            "written76-en.jsonl",
            "written76-ru.jsonl",
            "written76-kk.jsonl",
        ],
        40,
        0.75,
        8,
    );
}

#[test]
fn written_set_77_stays_above_its_floors() {
    // Written beside set 76 and never read: Uganda, Venezuela, Bosnia and Herzegovina, Vietnam
    // and Egypt (en); Belarus, Moscow and St Petersburg, the Urals, Kazakhstan and Georgia
    // (ru); Almaty and Turkistan regions, Kyzylorda, Astana, Kyrgyzstan and Uzbekistan (kk).
    // 0.785 / 0.824 / 0.847 when written, 0.797 / 0.845 / 0.855 at the session's end.
    each_language_above(
        &[
            "written77-en.jsonl",
            "written77-ru.jsonl",
            "written77-kk.jsonl",
        ],
        40,
        0.74,
        7,
    );
}

#[test]
fn written_set_79_stays_above_its_floors() {
    // Written on 2026-12-05, after round 27: Zimbabwe, Thailand, Poland, Colombia and Nepal
    // (en); the Volga, the North-West, Belarus and Kazakhstan (ru); Kazakhstan's cities (kk).
    // Read by round 28: 0.769 / 0.859 / 0.852 before, 0.793 / 0.873 / 0.860 after.
    each_language_above(
        &[
            "written79-en.jsonl",
            "written79-ru.jsonl",
            "written79-kk.jsonl",
        ],
        40,
        0.74,
        9,
    );
}

#[test]
fn written_set_80_stays_above_its_floors() {
    // Written beside set 79 and never read: Cameroon, Azerbaijan, Greece, El Salvador and
    // Afghanistan (en); Kyrgyzstan, Uzbekistan, the Russian South and Belarus (ru); Kazakhstan's
    // west and north-east and Bayan-Ölgii (kk). 0.840 / 0.843 / 0.808 at the session's end.
    each_language_above(
        &[
            "written80-en.jsonl",
            "written80-ru.jsonl",
            "written80-kk.jsonl",
        ],
        40,
        0.75,
        8,
    );
}

#[test]
fn written_set_81_stays_above_its_floors() {
    // Written beside set 79, in English and Kazakh: Rwanda, Sri Lanka, Bulgaria, Peru and
    // Jordan (en); Kazakhstan's south and centre, Uzbekistan and Kyrgyzstan (kk). Read by round
    // 28: 0.743 / 0.800 before, 0.792 / 0.800 after.
    languages_above(
        &["written81-en.jsonl", "written81-kk.jsonl"],
        &["en", "kk"],
        40,
        0.74,
        9,
    );
}

#[test]
fn written_set_82_stays_above_its_floors() {
    // Written on 2026-12-05, after round 28: Senegal, Bangladesh, Romania, Bolivia and Iraq
    // (en); Kazakhstan, Kyrgyzstan, the Urals, Bashkortostan and Armenia (ru); Kazakhstan's
    // east and north, Xinjiang and Altai (kk). Read by round 29: 0.816 / 0.812 / 0.862 at the
    // session's start, 0.824 / 0.819 / 0.870 before round 29, 0.848 / 0.819 / 0.870 after.
    each_language_above(
        &[
            "written82-en.jsonl",
            "written82-ru.jsonl",
            "written82-kk.jsonl",
        ],
        40,
        0.77,
        9,
    );
}

#[test]
fn written_set_83_stays_above_its_floors() {
    // Written beside set 82 and never read: Mozambique, Pakistan, Serbia, Brazil and Lebanon
    // (en); Belarus, Russia's centre, Tajikistan, Georgia and Azerbaijan (ru); Kazakhstan's
    // cities (kk). 0.752 / 0.855 / 0.811 by the session's first build, 0.766 / 0.862 / 0.811 by
    // its last.
    each_language_above(
        &[
            "written83-en.jsonl",
            "written83-ru.jsonl",
            "written83-kk.jsonl",
        ],
        40,
        0.72,
        8,
    );
}

#[test]
fn written_set_84_stays_above_its_floors() {
    // Written on 2026-12-05 (nineteenth session): Nigeria, Ghana, Kenya and Uganda (en);
    // Belarus, Moldova and Transnistria, Armenia (ru); Mangystau, Atyrau, West Kazakhstan and
    // Kyrgyzstan (kk). Read by round 30: 0.723 / 0.867 / 0.852 at the session's start, 0.813 /
    // 0.867 / 0.860 at its end.
    each_language_above(
        &[
            "written84-en.jsonl",
            "written84-ru.jsonl",
            "written84-kk.jsonl",
        ],
        40,
        0.77,
        7,
    );
}

#[test]
fn written_set_85_stays_above_its_floors() {
    // Written beside set 84 and never read: the Philippines, Indonesia, Cambodia and Myanmar
    // (en); Siberia, the Urals, the North Caucasus and Georgia (ru); Almaty region, Zhetysu,
    // Abai, Shymkent and Uzbekistan (kk). 0.738 / 0.891 / 0.814 by the session's first build,
    // 0.744 / 0.899 / 0.828 by its last.
    each_language_above(
        &[
            "written85-en.jsonl",
            "written85-ru.jsonl",
            "written85-kk.jsonl",
        ],
        40,
        0.70,
        9,
    );
}

#[test]
fn written_set_86_stays_above_its_floors() {
    // Written beside set 84: Mexico, Honduras, Colombia and Venezuela (en); Kazakhstan and
    // Kyrgyzstan (ru); Karaganda, Ulytau, Kostanay, North Kazakhstan, Bayan-Ölgii and Xinjiang
    // (kk). Read by round 30: 0.699 / 0.829 / 0.721 at the session's start, 0.808 / 0.899 /
    // 0.775 at its end.
    each_language_above(
        &[
            "written86-en.jsonl",
            "written86-ru.jsonl",
            "written86-kk.jsonl",
        ],
        40,
        0.73,
        5,
    );
}

#[test]
fn written_set_87_stays_above_its_floors() {
    // Written beside set 86 and never read: Egypt, Tunisia, Jordan and Lebanon (en);
    // Uzbekistan, Tajikistan and Turkmenistan (ru); Astana, Akmola, Pavlodar, East Kazakhstan
    // and Kyzylorda (kk). 0.812 / 0.813 / 0.839 by the session's first build, 0.810 / 0.803 /
    // 0.836 by its last.
    each_language_above(
        &[
            "written87-en.jsonl",
            "written87-ru.jsonl",
            "written87-kk.jsonl",
        ],
        40,
        0.76,
        6,
    );
}

#[test]
fn written_set_88_stays_above_its_floors() {
    // Written on 2026-12-05: India, Nepal, Sri Lanka and the Maldives (en); Azerbaijan,
    // Ukraine's occupied territories and Russia's Far East (ru); Aktobe, Turkistan, Zhambyl,
    // Orenburg and Astrakhan (kk). Read by round 31: 0.727 / 0.803 / 0.889 at the session's
    // start, 0.800 / 0.879 / 0.897 at its end.
    each_language_above(
        &[
            "written88-en.jsonl",
            "written88-ru.jsonl",
            "written88-kk.jsonl",
        ],
        40,
        0.76,
        7,
    );
}

#[test]
fn written_set_89_stays_above_its_floors() {
    // Written beside set 88 and never read: Ethiopia, Somalia, Sudan and Tanzania (en); the
    // Volga, Moscow, St Petersburg and the Baltic states (ru); Almaty, Kostanay, Mangystau,
    // Turkey and Kazakhs in Europe (kk). 0.796 / 0.841 / 0.782 by the session's first build,
    // 0.775 / 0.848 / 0.782 by its last.
    each_language_above(
        &[
            "written89-en.jsonl",
            "written89-ru.jsonl",
            "written89-kk.jsonl",
        ],
        40,
        0.73,
        8,
    );
}

#[test]
fn written_set_90_stays_above_its_floors() {
    // Written on 2026-12-05: Pakistan, Bangladesh and Sri Lanka (en); Belarus and Armenia (ru);
    // Atyrau and Mangystau (kk). Read by round 32: 0.667 / 0.825 / 0.829 at the session's
    // start, 0.755 / 0.864 / 0.860 at its end.
    each_language_above(
        &[
            "written90-en.jsonl",
            "written90-ru.jsonl",
            "written90-kk.jsonl",
        ],
        40,
        0.72,
        6,
    );
}

#[test]
fn written_set_91_stays_above_its_floors() {
    // Written beside set 90 and never read: Kenya, Uganda and Zimbabwe (en); Kyrgyzstan and
    // Tajikistan (ru); Almaty and Zhetysu regions (kk). 0.748 / 0.848 / 0.867 by the
    // session's first build and by its last.
    each_language_above(
        &[
            "written91-en.jsonl",
            "written91-ru.jsonl",
            "written91-kk.jsonl",
        ],
        40,
        0.71,
        5,
    );
}

#[test]
fn written_set_92_stays_above_its_floors() {
    // Written on 2026-12-05: Mexico, Honduras and Guatemala (en); the Urals, the Volga and
    // Azerbaijan (ru); Kostanay and North Kazakhstan (kk). Read by round 32: 0.786 / 0.835 /
    // 0.821 at the session's start, 0.832 / 0.835 / 0.832 at its end.
    each_language_above(
        &[
            "written92-en.jsonl",
            "written92-ru.jsonl",
            "written92-kk.jsonl",
        ],
        40,
        0.79,
        4,
    );
}

#[test]
fn written_set_93_stays_above_its_floors() {
    // Written beside set 92 and never read: the Philippines, Indonesia and Cambodia (en);
    // Georgia and Moldova (ru); Turkestan and Kyzylorda (kk). 0.764 / 0.840 / 0.836 by the
    // session's first build and by its last.
    each_language_above(
        &[
            "written93-en.jsonl",
            "written93-ru.jsonl",
            "written93-kk.jsonl",
        ],
        40,
        0.73,
        5,
    );
}

#[test]
fn written_set_94_stays_above_its_floors() {
    // Written on 2026-12-05: Turkey, Serbia and Hungary (en); Uzbekistan and Turkmenistan
    // (ru); East Kazakhstan and Abai (kk). Read by round 32: 0.789 / 0.845 / 0.852 at the
    // session's start, 0.855 / 0.862 / 0.867 at its end.
    each_language_above(
        &[
            "written94-en.jsonl",
            "written94-ru.jsonl",
            "written94-kk.jsonl",
        ],
        40,
        0.82,
        5,
    );
}

#[test]
fn written_set_95_stays_above_its_floors() {
    // Written beside set 94 and never read: Nigeria, Ethiopia and Sudan (en); Siberia, the
    // Far East and Kazakhstan (ru); Karaganda, Ulytau and Astana (kk). 0.800 / 0.860 / 0.873
    // by the session's first build, 0.817 / 0.860 / 0.873 by its last.
    each_language_above(
        &[
            "written95-en.jsonl",
            "written95-ru.jsonl",
            "written95-kk.jsonl",
        ],
        40,
        0.78,
        4,
    );
}

#[test]
fn written_set_96_stays_above_its_floors() {
    // Written on 2026-12-05: the Philippines, Indonesia and Malaysia (en); Belarus, Moldova and
    // Transnistria (ru); western Kazakhstan and Karakalpakstan (kk). Read by round 33: 0.824 /
    // 0.825 / 0.877 at the session's start, 0.852 / 0.866 / 0.894 at its end.
    each_language_above(
        &[
            "written96-en.jsonl",
            "written96-ru.jsonl",
            "written96-kk.jsonl",
        ],
        40,
        0.81,
        4,
    );
}

#[test]
fn written_set_97_stays_above_its_floors() {
    // Written beside set 96 and never read: Nigeria, Ghana and Cameroon (en); Tajikistan and
    // Kyrgyzstan (ru); Almaty, Zhetysu and Turkistan regions (kk). 0.773 / 0.857 / 0.842 by
    // the session's first build, 0.780 / 0.857 / 0.842 by its last.
    each_language_above(
        &[
            "written97-en.jsonl",
            "written97-ru.jsonl",
            "written97-kk.jsonl",
        ],
        40,
        0.74,
        6,
    );
}

#[test]
fn written_set_98_stays_above_its_floors() {
    // Written on 2026-12-05: Mexico, Colombia and Honduras (en); Azerbaijan, Armenia and
    // Georgia (ru); Astana, Karaganda, Pavlodar and Kyrgyzstan (kk). Read by round 33: 0.832 /
    // 0.800 / 0.855 at the session's start, 0.851 / 0.814 / 0.862 at its end.
    each_language_above(
        &[
            "written98-en.jsonl",
            "written98-ru.jsonl",
            "written98-kk.jsonl",
        ],
        40,
        0.77,
        6,
    );
}

#[test]
fn written_set_99_stays_above_its_floors() {
    // Written beside set 98 and never read: Serbia, Hungary and Slovakia (en); Siberia, the
    // Urals, the North Caucasus and Crimea (ru); East Kazakhstan, Abai, Kostanay and
    // Bayan-Ölgii (kk). 0.815 / 0.855 / 0.811 by the session's first build, 0.804 / 0.855 /
    // 0.811 by its last.
    each_language_above(
        &[
            "written99-en.jsonl",
            "written99-ru.jsonl",
            "written99-kk.jsonl",
        ],
        40,
        0.76,
        8,
    );
}

#[test]
fn written_set_100_stays_above_its_floors() {
    // Written on 2026-12-05: India, Bangladesh and Sri Lanka (en); Uzbekistan, Turkmenistan and
    // émigré media in Latvia and Lithuania (ru); Kyzylorda, Zhambyl, Shymkent and Kazakh media
    // in Turkey and from Ili (kk). Read by round 33: 0.727 / 0.832 / 0.786 at the session's
    // start, 0.767 / 0.855 / 0.803 at its end.
    each_language_above(
        &[
            "written100-en.jsonl",
            "written100-ru.jsonl",
            "written100-kk.jsonl",
        ],
        40,
        0.72,
        8,
    );
}

#[test]
fn written_set_101_stays_above_its_floors() {
    // Written on 2026-12-05: Nigeria, Ghana and Kenya (en); Belarus and Azerbaijan (ru);
    // Shymkent, Atyrau, Oral, Taraz and Kostanay (kk). Read by round 34: 0.763 / 0.843 /
    // 0.867 at the session's start, 0.865 / 0.871 / 0.867 at its end.
    each_language_above(
        &[
            "written101-en.jsonl",
            "written101-ru.jsonl",
            "written101-kk.jsonl",
        ],
        40,
        0.82,
        6,
    );
}

#[test]
fn written_set_102_stays_above_its_floors() {
    // Written beside set 101 and never read: the Philippines, Indonesia and Cambodia (en);
    // Kyrgyzstan and Tajikistan (ru); Almaty, Astana, Semey, Pavlodar, Kyzylorda and Kazakh
    // media in Uzbekistan (kk). 0.760 / 0.918 / 0.902 by the session's first build, 0.760 /
    // 0.935 / 0.902 by its last.
    each_language_above(
        &[
            "written102-en.jsonl",
            "written102-ru.jsonl",
            "written102-kk.jsonl",
        ],
        40,
        0.72,
        8,
    );
}

#[test]
fn written_set_103_stays_above_its_floors() {
    // Written on 2026-12-05: Pakistan, Bangladesh and Sri Lanka (en); Uzbekistan, Armenia and
    // Georgia (ru); Aktobe, Karaganda, Ust-Kamenogorsk, Turkistan, Zhezkazgan and Bayan-Ölgii
    // (kk). Read by round 34: 0.771 / 0.828 / 0.857 at the session's start, 0.874 / 0.847 /
    // 0.889 at its end.
    each_language_above(
        &[
            "written103-en.jsonl",
            "written103-ru.jsonl",
            "written103-kk.jsonl",
        ],
        40,
        0.80,
        7,
    );
}

#[test]
fn written_set_104_stays_above_its_floors() {
    // Written beside set 103 and never read: Mexico, Colombia, Honduras and Peru (en); Russia's
    // regions, Transnistria and Turkmenistan (ru); Mangystau, Kokshetau, Petropavl,
    // Taldykorgan and Kazakh media in Kyrgyzstan and Orenburg (kk). 0.813 / 0.832 / 0.897 by
    // the session's first build, 0.832 / 0.832 / 0.897 by its last.
    each_language_above(
        &[
            "written104-en.jsonl",
            "written104-ru.jsonl",
            "written104-kk.jsonl",
        ],
        40,
        0.78,
        7,
    );
}

#[test]
fn written_set_105_stays_above_its_floors() {
    // Written on 2026-12-05 with a new brief (docs/helper-brief.md): Zimbabwe, Zambia,
    // Uganda and Tanzania (en); Belarus, its émigré media in Poland and Lithuania, and Moldova
    // (ru); Almaty region, Turkistan and Kyzylorda (kk). Read by round 35: 0.843 / 0.874 /
    // 0.951 at the session's start, 0.940 / 0.930 / 0.963 at its end.
    each_language_above(
        &[
            "written105-en.jsonl",
            "written105-ru.jsonl",
            "written105-kk.jsonl",
        ],
        40,
        0.85,
        4,
    );
}

#[test]
fn written_set_106_stays_above_its_floors() {
    // Written beside set 105 and never read: India, Nepal and Sri Lanka (en); Kyrgyzstan and
    // Azerbaijan (ru); Astana, Pavlodar and Semey (kk). 0.861 / 0.894 / 0.892 by the
    // session's first build, 0.871 / 0.894 / 0.892 by round 35.
    each_language_above(
        &[
            "written106-en.jsonl",
            "written106-ru.jsonl",
            "written106-kk.jsonl",
        ],
        40,
        0.80,
        6,
    );
}

#[test]
fn written_set_107_stays_above_its_floors() {
    // Written on 2026-12-05: Turkey, Egypt, Tunisia and Jordan (en); Georgia, Armenia and
    // Russia's Far East (ru); Mangystau, Atyrau and Oral (kk). Read by round 35: 0.874 /
    // 0.874 / 0.861 at the session's start, 0.941 / 0.907 / 0.943 at its end.
    each_language_above(
        &[
            "written107-en.jsonl",
            "written107-ru.jsonl",
            "written107-kk.jsonl",
        ],
        40,
        0.85,
        5,
    );
}

#[test]
fn written_set_108_stays_above_its_floors() {
    // Written beside set 107 and never read: Brazil, Guatemala, Venezuela and Ecuador (en);
    // Uzbekistan, Tajikistan and Russia's Volga region (ru); Karaganda, Kostanay, Petropavl
    // and Kazakh media in Mongolia (kk). 0.819 / 0.916 / 0.881 by the session's first build
    // and by round 35.
    each_language_above(
        &[
            "written108-en.jsonl",
            "written108-ru.jsonl",
            "written108-kk.jsonl",
        ],
        40,
        0.76,
        7,
    );
}

#[test]
fn written_set_109_stays_above_its_floors() {
    // Written on 2026-12-05 with docs/helper-brief.md: the Philippines, Indonesia, Malaysia
    // and Cambodia (en); Belarus, Moldova, Armenia and Georgia (ru); Mangystau, Atyrau, Aktobe
    // and West Kazakhstan (kk). Read by round 36: 0.818 / 0.911 / 0.949 at the session's
    // start, 0.905 / 0.953 / 0.975 after round 36's first part.
    each_language_above(
        &[
            "written109-en.jsonl",
            "written109-ru.jsonl",
            "written109-kk.jsonl",
        ],
        40,
        0.85,
        3,
    );
}

#[test]
fn written_set_110_stays_above_its_floors() {
    // Written beside set 109 and never read: Mexico, Guatemala, Honduras and Colombia (en);
    // Kyrgyzstan, Tajikistan, Uzbekistan, Siberia and the Urals (ru); Zhambyl, Turkistan,
    // Kyzylorda and Almaty (kk). 0.828 / 0.851 / 0.884 by the session's first build, 0.828 /
    // 0.860 / 0.897 after round 36's first part.
    each_language_above(
        &[
            "written110-en.jsonl",
            "written110-ru.jsonl",
            "written110-kk.jsonl",
        ],
        40,
        0.78,
        6,
    );
}

#[test]
fn written_set_111_stays_above_its_floors() {
    // Written on 2026-12-05 with docs/helper-brief.md: Nigeria, Ghana, Kenya and Ethiopia
    // (en); Kazakhstan's Russian-language press (ru); Astana, Akmola, Pavlodar and North
    // Kazakhstan (kk). Read by round 36: 0.773 / 0.817 / 0.840 at the session's start, 0.854 /
    // 0.876 / 0.886 after round 36's second part.
    each_language_above(
        &[
            "written111-en.jsonl",
            "written111-ru.jsonl",
            "written111-kk.jsonl",
        ],
        40,
        0.80,
        3,
    );
}

#[test]
fn written_set_112_stays_above_its_floors() {
    // Written beside set 111 and never read: Serbia, Hungary, Greece and Poland (en); Moscow,
    // St Petersburg, the North Caucasus, Kaliningrad and exile media in Latvia (ru); Shymkent,
    // East Kazakhstan, Abai, Karaganda and Ulytau (kk). 0.750 / 0.796 / 0.870 by the session's
    // first build, 0.750 / 0.804 / 0.870 after round 36's second part.
    each_language_above(
        &[
            "written112-en.jsonl",
            "written112-ru.jsonl",
            "written112-kk.jsonl",
        ],
        40,
        0.70,
        7,
    );
}

#[test]
fn written_set_113_stays_above_its_floors() {
    // Written on 2026-12-05 with docs/helper-brief.md: Pakistan, Bangladesh, Myanmar and
    // Thailand (en); Azerbaijan, Kyrgyzstan and Transnistria (ru); Almaty, Zhetysu, Turkistan
    // and Taldykorgan (kk). Read by round 36: 0.854 / 0.812 / 0.835 at the session's start,
    // 0.923 / 0.876 / 0.894 after round 36's third part.
    each_language_above(
        &[
            "written113-en.jsonl",
            "written113-ru.jsonl",
            "written113-kk.jsonl",
        ],
        40,
        0.82,
        3,
    );
}

#[test]
fn written_set_114_stays_above_its_floors() {
    // Written beside set 113 and never read: Iraq, Lebanon, Sudan and Somalia (en); Russia's
    // Far East, Tatarstan, Bashkortostan and Crimea (ru); Kostanay, Aktobe, Mangystau and
    // Kazakh media in Uzbekistan (kk). 0.835 / 0.892 / 0.897 by the session's first build,
    // 0.848 / 0.902 / 0.909 after round 36's third part.
    each_language_above(
        &[
            "written114-en.jsonl",
            "written114-ru.jsonl",
            "written114-kk.jsonl",
        ],
        40,
        0.78,
        4,
    );
}

#[test]
fn written_set_115_stays_above_its_floors() {
    // Written on 2026-12-05 with docs/helper-brief.md: India, Nepal, the Maldives and
    // Afghanistan (en); Belarus and its exile media in Poland (ru); Kyzylorda, Turkistan,
    // Zhambyl and Shymkent (kk). Read by round 36: 0.762 / 0.891 / 0.894 at the session's
    // start, 0.831 / 0.933 / 0.938 after round 36's fourth part.
    each_language_above(
        &[
            "written115-en.jsonl",
            "written115-ru.jsonl",
            "written115-kk.jsonl",
        ],
        40,
        0.79,
        3,
    );
}

#[test]
fn written_set_116_stays_above_its_floors() {
    // Written beside set 115 and never read: Cameroon, Senegal, Burkina Faso and the DR Congo
    // (en); Karaganda, Pavlodar, Aktobe and Atyrau in Kazakhstan's Russian-language press
    // (ru); Pavlodar, East Kazakhstan, Karaganda, Kostanay and Astana (kk). 0.835 / 0.870 /
    // 0.867 by the session's first build, 0.846 / 0.889 / 0.878 after round 36's fourth part.
    each_language_above(
        &[
            "written116-en.jsonl",
            "written116-ru.jsonl",
            "written116-kk.jsonl",
        ],
        40,
        0.78,
        5,
    );
}

#[test]
fn written_set_117_stays_above_its_floors() {
    // Written on 2026-12-05 with docs/helper-brief.md: Hong Kong, Cambodia, Vietnam and
    // Singapore (en); Tajikistan, Turkmenistan and Uzbekistan (ru); Atyrau, West Kazakhstan,
    // Mangystau and Zhanaozen (kk). Read by round 36: 0.826 / 0.905 / 0.884 at the session's
    // start, 0.864 / 0.938 / 0.905 after round 36's fifth part.
    each_language_above(
        &[
            "written117-en.jsonl",
            "written117-ru.jsonl",
            "written117-kk.jsonl",
        ],
        40,
        0.82,
        3,
    );
}

#[test]
fn written_set_118_stays_above_its_floors() {
    // Written beside set 117 and never read: Peru, Bolivia, Nicaragua and El Salvador (en);
    // Novosibirsk, Yekaterinburg, Krasnodar, Rostov and Dagestan (ru); Almaty and Zhetysu
    // regions, Almaty, Konaev and Taldykorgan (kk). 0.876 / 0.813 / 0.871 by the session's
    // first build, 0.876 / 0.813 / 0.905 after round 36's fifth part.
    each_language_above(
        &[
            "written118-en.jsonl",
            "written118-ru.jsonl",
            "written118-kk.jsonl",
        ],
        40,
        0.77,
        6,
    );
}
