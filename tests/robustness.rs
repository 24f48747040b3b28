//! Pathological inputs: each test bounds the work or the output, and a generous timeout only
//! guards against a hang. The quadratic paths these tests pin down (a label's evidence list
//! searched once per hit; every negation of a sentence checked against every hit) took
//! 10^10 steps on these inputs, minutes even in release; linear, each test takes about a
//! second in a debug build.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use presswatch::{classify, Classifier, Report};

/// At most this many evidence sentences per label (the crate's cap).
const MAX_EVIDENCE: usize = 12;

/// Runs `f` on a thread and fails the test if it has not finished in `secs` seconds: a guard
/// against hangs, far above the time the linear code needs.
fn within<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(v) => v,
        Err(_) => panic!("did not finish in {secs} s: a hang or a quadratic path"),
    }
}

/// The invariants every report keeps.
fn check(text: &str, r: &Report) {
    assert_eq!(r.incident, !r.labels.is_empty());
    for w in r.labels.windows(2) {
        assert!(w[0].score >= w[1].score);
    }
    for l in &r.labels {
        assert!((0.0..=1.0).contains(&l.score));
        assert!(!l.evidence.is_empty() && l.evidence.len() <= MAX_EVIDENCE);
        for e in &l.evidence {
            assert!(e.start <= e.cue_start && e.cue_start < e.cue_end && e.cue_end <= e.end);
            assert_eq!(text.get(e.start..e.end), Some(e.sentence.as_str()));
        }
    }
}

fn empty(r: &Report) -> bool {
    !r.incident && r.labels.is_empty() && r.facts.is_empty()
}

#[test]
fn empty_and_white_space_give_empty_reports() {
    for text in [
        "",
        " ",
        "\n\n\n",
        "\t \r\n \u{a0}\u{2003}\u{3000}",
        &" \n".repeat(100_000),
    ] {
        let r = classify(text);
        assert!(empty(&r), "{:?}", &text[..text.len().min(20)]);
    }
}

/// CPU time this thread has run, in nanoseconds (Linux `schedstat`): a count of work that
/// other processes on the machine do not inflate the way they inflate wall time.
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Classifies `make(n)` and `make(4 * n)` on a thread (with a hang guard) and checks that
/// four times the input costs less than eight times the work: linear code costs about four
/// times, a quadratic path sixteen. Returns the report of the larger input.
fn linear(n: usize, make: fn(usize) -> String, classify: fn(&str) -> Report) -> Report {
    let (small, large, report) = within(300, move || {
        let run = |k: usize| {
            let text = make(k);
            let before = cpu_ns();
            let r = classify(&text);
            let spent = cpu_ns().zip(before).map(|(a, b)| a.saturating_sub(b));
            check_any(&text, &r);
            (spent, r)
        };
        let (small, _) = run(n);
        let (large, r) = run(4 * n);
        (small, large, r)
    });
    if let (Some(small), Some(large)) = (small, large) {
        // Below 20 ms the measurement is noise; nothing to compare.
        if small > 20_000_000 {
            let ratio = large as f64 / small as f64;
            assert!(
                ratio < 8.0,
                "4x the input cost {ratio:.1}x the CPU time ({small} -> {large} ns)"
            );
        }
    }
    report
}

/// [`check`] for plain text, the HTML checks for HTML.
fn check_any(text: &str, r: &Report) {
    if text.starts_with('<') {
        for e in r.labels.iter().flat_map(|l| &l.evidence) {
            assert!(e.start <= e.cue_start && e.cue_start < e.cue_end && e.cue_end <= e.end);
            assert!(
                e.end <= text.len()
                    && text.is_char_boundary(e.start)
                    && text.is_char_boundary(e.end)
            );
        }
    } else {
        check(text, r);
    }
}

fn html(text: &str) -> Report {
    match Classifier::builder().html(true).build() {
        Ok(c) => c.classify(text),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn ten_megabytes_on_one_line() {
    const CUE: &str = "Police detained the journalist and ";
    let r = linear(2_500_000 / CUE.len(), |n| CUE.repeat(n), classify);
    // One sentence: one evidence entry per label, however many hits it holds.
    let l = r.label("detention").expect("detention found");
    assert_eq!(l.evidence.len(), 1);
    assert!(l.evidence[0].end - l.evidence[0].start > 9_000_000);

    let r = within(120, || classify(&"x".repeat(10_000_000)));
    assert!(empty(&r));
}

#[test]
fn a_million_one_word_sentences() {
    let r = linear(250_000, |n| "Word. ".repeat(n), classify);
    assert!(empty(&r), "{:?}", r.ids());
}

#[test]
fn a_hundred_thousand_repetitions_of_one_cue_stay_capped_and_linear() {
    // 100,000 sentences with the same cue: the evidence list stays capped.
    let r = linear(
        25_000,
        |n| "Police detained the journalist. ".repeat(n),
        classify,
    );
    let l = r.label("detention").expect("detention found");
    assert_eq!(l.evidence.len(), MAX_EVIDENCE);
    assert!(r.labels.iter().all(|l| l.evidence.len() <= MAX_EVIDENCE));

    // 100,000 negated cues in one sentence: each hit looks only at the negations near it.
    let r = linear(
        25_000,
        |n| "the journalist was not detained ".repeat(n),
        classify,
    );
    assert!(r.labels.iter().all(|l| l.evidence.len() == 1));

    // The same in HTML mode, where every cue is wrapped in a tag and an entity.
    let r = linear(
        25_000,
        |n| "<p>Police <b>detained</b> the&nbsp;journalist.</p>".repeat(n),
        html,
    );
    assert_eq!(
        r.label("detention").map(|l| l.evidence.len()),
        Some(MAX_EVIDENCE)
    );
}

#[test]
fn nul_control_zero_width_and_bidi_characters() {
    let mut odd = String::new();
    for c in (0u32..0x20).chain(0x7f..0xa0).filter_map(char::from_u32) {
        odd.push(c);
    }
    odd.push_str("\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}\u{00ad}\u{200e}\u{200f}\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2066}\u{2067}\u{2068}\u{2069}\u{fffd}\u{fff9}");
    let r = within(60, move || {
        let text = odd.repeat(20_000);
        let r = classify(&text);
        check(&text, &r);
        r
    });
    assert!(empty(&r));
    // Marks around words split tokens but do not hide a plain incident.
    for text in [
        "Police detained the \u{2066}journalist\u{2069} on Monday.",
        "Police\u{0} detained the\u{200b} journalist\u{202e} on Monday.",
        "\u{feff}Police detained the journalist on Monday.",
    ] {
        let r = classify(text);
        check(text, &r);
        assert!(r.label("detention").is_some(), "{text:?}: {:?}", r.ids());
    }
}

#[test]
fn mixed_scripts_and_emoji() {
    let text = "Police 🚓 detained the journalist in Алматы. Журналиста задержали в Москве 👮. \
                Тілші Алматыда ұсталды. 記者が拘束された。 صحفي اعتقل. 👩🏽‍💻🇰🇿 e\u{301}\u{301}\u{301}"
        .repeat(2_000);
    let r = within(60, move || {
        let r = classify(&text);
        check(&text, &r);
        r
    });
    assert!(r.label("detention").is_some());
}

#[test]
fn html_mode_survives_hostile_markup() {
    let payloads = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<!--<script>-->alert(1)",
        "<scr<script>ipt>alert(1)</script>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<<<<>>>>&&&&;;;;<!<!--<?",
        "<p title='unterminated",
    ];
    let c = Classifier::builder()
        .html(true)
        .build()
        .expect("valid options");
    for p in payloads {
        let html = format!(
            "<p>Police detained the journalist.</p>{p}<p>Police detained the journalist.</p>"
        );
        let r = c.classify(&html);
        for l in &r.labels {
            for e in &l.evidence {
                assert!(html.is_char_boundary(e.start) && e.end <= html.len());
                // A script's text never becomes evidence.
                assert!(!e.sentence.contains("alert"), "{p}: {:?}", e.sentence);
            }
        }
    }
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_presswatch"))
}

/// Runs the CLI with `args`, `input` on its standard input, and collects its output.
fn run_with_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the CLI");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write");
    child.wait_with_output().expect("wait")
}

/// A fresh directory under the system temp dir for one test's files.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "presswatch-robustness-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn eval_cues_counts_right_and_extra_evidence_per_cue() {
    let dir = temp_dir("cues");
    let gold = dir.join("gold.jsonl");
    let text = "Police detained the journalist outside the court.";
    let line = |id: &str, labels: &str| {
        format!(r#"{{"id":"{id}","lang":"en","labels":{labels},"optional":[],"text":"{text}"}}"#)
    };
    let lines = [
        line("a", r#"["detention"]"#),
        line("b", "[]"),
        line("c", "[]"),
    ];
    std::fs::write(&gold, lines.join("\n")).expect("write");
    let out = bin()
        .args(["eval", "--cues"])
        .arg(&gold)
        .output()
        .expect("run the CLI");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let table = stdout
        .split("extra right type")
        .nth(1)
        .expect("a cue table");
    let rows: Vec<Vec<&str>> = table
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().collect())
        .collect();
    // The one detention cue: extra in two articles, right in one.
    assert!(!rows.is_empty(), "{stdout}");
    assert!(
        rows.iter().all(|r| r[..3] == ["2", "1", "detention"]),
        "{stdout}"
    );
}

#[test]
fn eval_misses_shows_what_a_missed_label_scored() {
    let dir = temp_dir("misses");
    let gold = dir.join("gold.jsonl");
    let line = r#"{"id":"a","lang":"en","labels":["detention","killing"],"optional":[],"text":"Police detained the journalist outside the court."}"#;
    std::fs::write(&gold, line).expect("write");
    // Above the threshold detention's evidence would have: it is missed, with its score.
    let out = bin()
        .args(["eval", "--misses", "--min-score", "0.99"])
        .arg(&gold)
        .output()
        .expect("run the CLI");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let missed: Vec<&str> = stdout.lines().filter(|l| l.contains("[MISSED")).collect();
    assert!(
        missed
            .iter()
            .any(|l| l.starts_with("  [MISSED detention 0.") && l.ends_with("court.")),
        "{stdout}"
    );
    assert!(
        missed.contains(&"  [MISSED killing] no cue of this type fired"),
        "{stdout}"
    );
}

/// Runs the CLI with its stdout a pipe whose reader has gone away before it writes.
fn run_into_closed_pipe(args: &[&str]) -> std::process::Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the CLI");
    drop(child.stdout.take());
    child.wait_with_output().expect("wait")
}

#[test]
fn a_reader_that_goes_away_ends_the_cli_quietly() {
    let dir = temp_dir("pipe");
    let gold = dir.join("gold.jsonl");
    let line = r#"{"id":"a","lang":"en","labels":["killing"],"optional":[],"text":"Police detained the journalist outside the court."}"#;
    // More output than a pipe holds, whatever the timing.
    std::fs::write(&gold, vec![line; 2000].join("\n")).expect("write");
    let gold = gold.to_str().expect("a UTF-8 path");
    for args in [
        vec!["eval", "--misses", gold],
        vec!["classify", "--jsonl", "--quiet", gold],
        vec!["taxonomy"],
        vec!["--help"],
    ] {
        let out = run_into_closed_pipe(&args);
        assert!(out.status.success(), "{args:?}: {:?}", out.status);
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}

#[test]
fn a_full_disk_is_an_error_naming_stdout() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // not Linux
    };
    for args in [
        ["taxonomy"].as_slice(),
        ["eval", "../shared/corpus/seeds.jsonl"].as_slice(),
    ] {
        let out = bin()
            .args(args)
            .stdout(full.try_clone().expect("/dev/full"))
            .stderr(Stdio::piped())
            .output()
            .expect("run the CLI");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with("presswatch: stdout: ") && !stderr.contains("panicked"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn invalid_utf8_to_the_cli_names_the_file() {
    let dir = temp_dir("utf8");
    let bad = dir.join("bad.txt");
    let good = dir.join("good.txt");
    std::fs::write(&bad, b"Police detained the journalist \xff\xfe on Monday.").expect("write");
    std::fs::write(&good, "Police detained the journalist on Monday.").expect("write");
    let out = bin()
        .arg("classify")
        .arg(&bad)
        .arg(&good)
        .output()
        .expect("run the CLI");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    assert!(
        stderr.contains(&format!("{}: invalid UTF-8 at byte 31", bad.display())),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    // The good file next to it is still classified.
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(
        stdout.contains("good.txt") && stdout.contains("detention"),
        "{stdout}"
    );

    // Through stdin, too.
    let out = run_with_stdin(&["classify"], b"ok \xc3(");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("stdin: invalid UTF-8 at byte 3"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_jsonl_input_that_cannot_be_read_is_an_error_naming_it() {
    // A directory opens but every read of it fails: the read-error path of `--jsonl`, on one
    // thread and on several.
    let dir = temp_dir("unreadable");
    for threads in ["1", "3"] {
        let out = bin()
            .args(["classify", "--jsonl", "--quiet", "--threads", threads])
            .arg(&dir)
            .output()
            .expect("run the CLI");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains(&format!("{}: ", dir.display())) && !stderr.contains("panicked"),
            "{stderr}"
        );
        assert!(out.stdout.is_empty());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn batch_integrity_one_output_per_line_in_order() {
    let input: Vec<u8> = [
        &b"{\"id\": \"a\", \"text\": \"Police detained the journalist on Monday.\"}\n"[..],
        b"\n",
        b"{\"id\": \"b\", \"text\": \"The weather was fine.\"}\n",
        b"not json at all\n",
        b"{\"id\": \"c\"}\n",
        b"{\"id\": \"d\", \"text\": \"bad \xff byte\"}\n",
        "{\"id\": 5, \"text\": \"Журналиста задержали в Москве.\"}\r\n".as_bytes(),
        b"{\"id\": \"e\", \"text\": \"<p>x</p>\", \"extra\": [1, 2]}\n",
        b"{\"id\": \"f\", \"text\": \"lone \\ud800 surrogate\"}\n",
        b"{\"text\": \"no id\"}",
    ]
    .concat();
    let out = run_with_stdin(&["classify", "--jsonl"], &input);
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad lines make the exit status 1"
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    let summary: Vec<(u64, String, bool)> = lines
        .iter()
        .map(|v| {
            (
                v["line"].as_u64().unwrap_or(0),
                v["id"].to_string(),
                v.get("error").is_some(),
            )
        })
        .collect();
    let want = [
        (1, "\"a\"", false),
        (3, "\"b\"", false),
        (4, "null", true),
        (5, "\"c\"", true),
        (6, "null", true),
        (7, "5", false),
        (8, "\"e\"", false),
        (9, "\"f\"", false),
        (10, "null", false),
    ];
    let want: Vec<(u64, String, bool)> = want
        .iter()
        .map(|&(l, id, e)| (l, id.to_string(), e))
        .collect();
    assert_eq!(summary, want);
    assert_eq!(lines[0]["labels"][0]["id"], "detention");
    assert_eq!(lines[5]["labels"][0]["id"], "detention");
    let stderr = String::from_utf8_lossy(&out.stderr);
    for n in [4, 5, 6] {
        assert!(stderr.contains(&format!("stdin line {n}: ")), "{stderr}");
    }
    assert!(!stderr.contains("panicked"));
}

#[test]
fn batches_on_several_threads_keep_every_line_in_order() {
    // More lines than one batch (512), every seventh one bad, on 1, 3 and the default number
    // of threads: the same output, one line per input line, in input order.
    let texts = [
        "Police detained the journalist on Monday.",
        "Журналиста задержали в Москве.",
        "The weather was fine.",
        "Сайт газеты заблокировали.",
    ];
    let mut input = String::new();
    for i in 0..1300 {
        if i % 7 == 3 {
            input.push_str("not json\n");
        } else {
            let t = texts[i % texts.len()];
            input.push_str(&format!("{{\"id\": {i}, \"text\": \"{t} ({i})\"}}\n"));
        }
    }
    let runs: Vec<_> = [
        &["classify", "--jsonl"][..],
        &["classify", "--jsonl", "--threads", "1"],
        &["classify", "--jsonl", "--threads", "3"],
    ]
    .iter()
    .map(|args| run_with_stdin(args, input.as_bytes()))
    .collect();
    for out in &runs {
        assert_eq!(
            out.status.code(),
            Some(1),
            "bad lines make the exit status 1"
        );
        assert_eq!(out.stdout, runs[0].stdout);
    }
    let lines: Vec<u64> = String::from_utf8_lossy(&runs[0].stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l)
                .ok()
                .and_then(|v| v["line"].as_u64())
                .unwrap_or(0)
        })
        .collect();
    assert_eq!(lines, (1..=1300).collect::<Vec<u64>>());
    let bad = run_with_stdin(&["classify", "--jsonl", "--threads", "0"], b"");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--threads \"0\""));
}

/// Peak resident memory of a finished child, in kB, from `/usr/bin/time -v` when present.
fn run_measured(args: &[&str]) -> (std::process::Output, Option<u64>) {
    let exe = env!("CARGO_BIN_EXE_presswatch");
    let timed = std::path::Path::new("/usr/bin/time").exists();
    let out = if timed {
        Command::new("/usr/bin/time")
            .arg("-v")
            .arg(exe)
            .args(args)
            .output()
    } else {
        Command::new(exe).args(args).output()
    }
    .expect("run the CLI");
    let peak = String::from_utf8_lossy(&out.stderr)
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok());
    (out, peak)
}

#[test]
fn fifty_megabytes_of_json_lines_stream_in_bounded_memory() {
    // 50 MB in 500 lines of 100 kB: a short article each, padded with a field that the reader
    // parses and drops (a debug build classifies ~0.2 MB/s, so most bytes are padding; the
    // release build classifies 50 MB of real articles, the shared corpus repeated, in about 50
    // MB of peak memory, as it does 10 MB: README "Speed and size"). A reader that kept its
    // input would need 50 MB; a streaming one needs one line.
    let dir = temp_dir("jsonl50");
    let path = dir.join("big.jsonl");
    let lines = 500;
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
        let pad = "x".repeat(100_000);
        for i in 0..lines {
            writeln!(f, "{{\"id\":{i},\"pad\":\"{pad}\",\"text\":\"Police detained the journalist number {i}.\"}}").expect("write");
        }
    }
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    assert!(size > 50_000_000, "{size}");
    // The same command on one short line: what the lexicons and the threads cost alone.
    let one = dir.join("one.jsonl");
    std::fs::write(
        &one,
        "{\"id\":0,\"text\":\"Police detained the journalist.\"}\n",
    )
    .expect("write");
    let (_, base) = run_measured(&["classify", "--jsonl", one.to_str().unwrap_or("")]);
    let (out, peak) = run_measured(&["classify", "--jsonl", path.to_str().unwrap_or("")]);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let ids: Vec<u64> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l)
                .ok()
                .and_then(|v| v["id"].as_u64())
                .unwrap_or(u64::MAX)
        })
        .collect();
    assert_eq!(ids, (0..lines).collect::<Vec<u64>>());
    assert!(stdout.lines().all(|l| l.contains("\"detention\"")));
    if let (Some(kb), Some(base)) = (peak, base) {
        // The lexicons and the automaton take ~30-40 MB however long the input (2026-12-02:
        // 38 MB); the stream adds a few 100 kB lines in flight, far from the 50 MB it holds.
        assert!(
            kb < base + 16_000,
            "peak RSS {kb} kB for a {size} byte stream, {base} kB for one line"
        );
    }
}

#[test]
fn jsonl_progress_goes_to_stderr_and_leaves_the_results_alone() {
    let dir = temp_dir("progress");
    let input = dir.join("in.jsonl");
    let lines: Vec<String> = (0..700)
        .map(|i| format!(r#"{{"id":{i},"text":"Police detained the journalist {i} times."}}"#))
        .chain(["{bad".to_string()])
        .collect();
    let text = lines.join("\n") + "\n";
    std::fs::write(&input, &text).expect("write");
    let run = |flag: Option<&str>| {
        let mut cmd = bin();
        cmd.args(["classify", "--jsonl"]);
        cmd.args(flag);
        cmd.arg(&input).output().expect("run the CLI")
    };
    let plain = run(None);
    let shown = run(Some("--progress"));
    let quiet = run(Some("--quiet"));
    // The same results on stdout whatever is said on stderr.
    assert_eq!(plain.stdout, shown.stdout);
    assert_eq!(plain.stdout, quiet.stdout);
    assert_eq!(String::from_utf8_lossy(&plain.stdout).lines().count(), 701);
    let err = String::from_utf8_lossy(&shown.stderr);
    // Not a terminal: whole lines, the last with every line counted and the whole file read.
    let last = err
        .lines()
        .rfind(|l| l.contains(" lines, "))
        .unwrap_or_else(|| panic!("no progress line in {err:?}"));
    let mb = format!("{:.1}", text.len() as f64 / 1e6);
    assert!(
        last.starts_with(&format!(
            "presswatch: 701 lines, {mb} of {mb} MB (100%) in "
        )),
        "{last:?}"
    );
    assert!(!err.contains('\r'), "{err:?}");
    // Without --progress, stderr (not a terminal here) holds only the bad line's report.
    for out in [&plain, &quiet] {
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains(" lines, "), "{err:?}");
        assert!(err.contains("line 701"), "{err:?}");
    }
}

#[test]
fn progress_from_a_pipe_has_no_percentage() {
    let out = run_with_stdin(
        &["classify", "--jsonl", "--progress"],
        b"{\"id\":1,\"text\":\"A calm day.\"}\n",
    );
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    // From a pipe: no size to take a percentage of.
    assert!(
        err.lines()
            .last()
            .is_some_and(|l| l.starts_with("presswatch: 1 line, 0.0 MB in ")),
        "{err:?}"
    );
}
