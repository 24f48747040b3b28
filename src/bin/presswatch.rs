//! The `presswatch` command: classify articles, or score presswatch against gold files.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use presswatch::eval::{held_out, Evaluation, GoldArticle};
use presswatch::{jsonl, Classifier, Evidence, Label, Lang, Report};
use serde::Serialize;

/// Every article of a batch allocates and frees its buffers afresh; mimalloc hands them back
/// for fewer instructions and branches than the system allocator, and keeps its pages rather
/// than returning them to the kernel between articles.
/// (Native only: the wasm32 build of this binary, which `make test-wasm` lints, keeps the
/// default allocator, as mimalloc is not a wasm dependency.)
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: MiMalloc = MiMalloc;

/// mimalloc through its plain entry points: the `mimalloc` crate's allocator calls the aligned
/// ones for every block, which test the alignment again on each call, though nearly every
/// block asks for no more than a word's alignment, which every mimalloc block has.
#[cfg(not(target_arch = "wasm32"))]
struct MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
impl MiMalloc {
    /// The alignment every block of mimalloc has.
    const WORD: usize = std::mem::size_of::<usize>();
}

// SAFETY: mimalloc returns blocks of at least the size asked for, aligned to a word at least;
// a layout that asks for more goes to its aligned entry points, as in the `mimalloc` crate.
// Blocks from either are freed by `mi_free`.
#[cfg(not(target_arch = "wasm32"))]
unsafe impl std::alloc::GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys::{mi_malloc, mi_malloc_aligned};
        if layout.align() <= MiMalloc::WORD {
            unsafe { mi_malloc(layout.size()).cast() }
        } else {
            unsafe { mi_malloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys::{mi_zalloc, mi_zalloc_aligned};
        if layout.align() <= MiMalloc::WORD {
            unsafe { mi_zalloc(layout.size()).cast() }
        } else {
            unsafe { mi_zalloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, _layout: std::alloc::Layout) {
        unsafe { libmimalloc_sys::mi_free(block.cast()) }
    }

    #[inline]
    unsafe fn realloc(&self, block: *mut u8, layout: std::alloc::Layout, size: usize) -> *mut u8 {
        use libmimalloc_sys::{mi_realloc, mi_realloc_aligned};
        if layout.align() <= MiMalloc::WORD {
            unsafe { mi_realloc(block.cast(), size).cast() }
        } else {
            unsafe { mi_realloc_aligned(block.cast(), size, layout.align()).cast() }
        }
    }
}

const HELP: &str = "presswatch: find press-freedom incidents in news articles (en, ru, kk)

Usage:
  presswatch classify [OPTIONS] [FILE...]     each file (or stdin) is one article; prints its JSON report
  presswatch classify --jsonl [OPTIONS] [FILE] one {\"id\", \"text\"} object a line; prints one result a line
  presswatch eval [OPTIONS] FILE.jsonl...     scores presswatch against gold articles (TAXONOMY.md format)
  presswatch taxonomy                         prints the incident types as JSON

Options:
  --min-score X     lowest score that makes a label, 0..=1 (default 0.5)
  --lang L          en, ru or kk: fix the language instead of detecting it (default auto)
  --jsonl           classify: read JSON Lines instead of whole files; each non-blank line
                    gives one output line with its \"line\" number: the result, or an
                    \"error\" for a bad line (exit status 1 if any)
  --threads N       classify --jsonl: classify on N threads (default: one a core, up to 8)
  --progress        classify --jsonl: report progress on stderr (lines done, megabytes read,
                    percent of a file, speed); on by default when stderr is a terminal
  --quiet           classify --jsonl: no progress report
  --html            classify: the text is HTML source (tags, scripts, styles ignored,
                    entities decoded; offsets point into the HTML)
  --json            eval: print the scores as JSON
  --split S         eval: all (default), tune (the part rules were tuned on) or holdout
  --misses          eval: list every article with a missed or extra label, with evidence
                    (a missed label with what it scored below the threshold, if anything)
  --cues            eval: list the cues that gave evidence for extra labels, with how often
                    each gave evidence for right and for extra labels (worst first)
  -h, --help        this help

Examples:
  presswatch classify article.txt
  cat article.txt | presswatch classify --lang ru
  presswatch classify --jsonl news.jsonl > labels.jsonl
  presswatch eval ../shared/corpus/*.jsonl
  presswatch eval --split holdout --misses ../shared/corpus/dev-en.jsonl
";

struct Options {
    command: String,
    files: Vec<String>,
    min_score: Option<f32>,
    lang: Option<Lang>,
    jsonl: bool,
    html: bool,
    json: bool,
    misses: bool,
    cues: bool,
    split: Split,
    threads: Option<usize>,
    /// `Some(true)`: `--progress`, `Some(false)`: `--quiet`, `None`: when stderr is a terminal.
    progress: Option<bool>,
}

#[derive(Clone, Copy, PartialEq)]
enum Split {
    All,
    Tune,
    Holdout,
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("presswatch: {msg}");
            ExitCode::from(2)
        }
    }
}

fn parse_args() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut o = Options {
        command: String::new(),
        files: Vec::new(),
        min_score: None,
        lang: None,
        jsonl: false,
        html: false,
        json: false,
        misses: false,
        cues: false,
        split: Split::All,
        threads: None,
        progress: None,
    };
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "-h" | "--help" | "help" => o.command = "help".into(),
            "--min-score" => {
                let v = value("--min-score")?;
                o.min_score = Some(
                    v.parse()
                        .map_err(|_| format!("--min-score {v:?} is not a number"))?,
                );
            }
            "--lang" => {
                let v = value("--lang")?;
                o.lang = if v == "auto" {
                    None
                } else {
                    Some(v.parse().map_err(|e| format!("{e}"))?)
                };
            }
            "--split" => {
                o.split = match value("--split")?.as_str() {
                    "all" => Split::All,
                    "tune" => Split::Tune,
                    "holdout" => Split::Holdout,
                    v => return Err(format!("--split {v:?} must be all, tune or holdout")),
                }
            }
            "--threads" => {
                let v = value("--threads")?;
                o.threads = Some(
                    v.parse()
                        .ok()
                        .filter(|n| (1..=256).contains(n))
                        .ok_or_else(|| format!("--threads {v:?} is not a number in 1..=256"))?,
                );
            }
            "--jsonl" => o.jsonl = true,
            "--progress" => o.progress = Some(true),
            "--quiet" => o.progress = Some(false),
            "--html" => o.html = true,
            "--json" => o.json = true,
            "--misses" => o.misses = true,
            "--cues" => o.cues = true,
            "-" => o.files.push(a),
            s if s.starts_with('-') => return Err(format!("unknown option {s} (see --help)")),
            _ if o.command.is_empty() => o.command = a,
            _ => o.files.push(a),
        }
    }
    Ok(o)
}

fn run() -> Result<ExitCode, String> {
    let o = parse_args()?;
    let mut builder = Classifier::builder().lang(o.lang).html(o.html);
    if let Some(m) = o.min_score {
        builder = builder.min_score(m);
    }
    let classifier = builder.build().map_err(|e| e.to_string())?;
    match o.command.as_str() {
        "" | "help" => {
            emit(HELP)?;
            Ok(ExitCode::SUCCESS)
        }
        "classify" if o.jsonl => classify_jsonl(&classifier, &o),
        "classify" => classify_files(&classifier, &o),
        "eval" => eval(&classifier, &o),
        "taxonomy" => {
            let json =
                serde_json::to_string_pretty(presswatch::taxonomy()).map_err(|e| e.to_string())?;
            emit(&(json + "\n"))?;
            Ok(ExitCode::SUCCESS)
        }
        c => Err(format!(
            "unknown command {c:?} (expected classify, eval or taxonomy; see --help)"
        )),
    }
}

fn read_article(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    if path == "-" {
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("stdin: {e}"))?;
    } else {
        File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| format!("{path}: {e}"))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        let name = if path == "-" { "stdin" } else { path };
        format!(
            "{name}: invalid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        )
    })
}

/// An error writing to stdout as a message; a reader that went away (`presswatch eval |
/// head`) ends the program quietly with success, as ripgrep does, instead of a message or a
/// panic.
fn write_error(e: io::Error) -> String {
    if e.kind() == io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    format!("stdout: {e}")
}

/// Writes `text` to stdout (see [`write_error`]).
fn emit(text: &str) -> Result<(), String> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(write_error)
}

fn classify_files(c: &Classifier, o: &Options) -> Result<ExitCode, String> {
    let files = if o.files.is_empty() {
        vec!["-".to_string()]
    } else {
        o.files.clone()
    };
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    let mut failed = false;
    #[derive(Serialize)]
    struct Named<'a> {
        file: &'a str,
        #[serde(flatten)]
        report: &'a Report,
    }
    for f in &files {
        match read_article(f) {
            Ok(text) => {
                let report = c.classify(&text);
                let line = if files.len() == 1 {
                    serde_json::to_string_pretty(&report)
                } else {
                    serde_json::to_string(&Named {
                        file: f,
                        report: &report,
                    })
                };
                writeln!(out, "{}", line.map_err(|e| e.to_string())?).map_err(write_error)?;
            }
            Err(e) => {
                eprintln!("presswatch: {e}");
                failed = true;
            }
        }
    }
    out.flush().map_err(write_error)?;
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Articles read ahead and classified at once, spread over the machine's cores; their
/// results are written in input order while the next batch is classified (and the one after
/// it read), so memory stays bounded by three batches (or the longest line, if longer).
const BATCH_ITEMS: usize = 512;
const BATCH_BYTES: usize = 4 << 20;

/// Streams JSON Lines: one line in, one line out, in order. Every line that is not blank
/// gives exactly one output line with its line number: the result, or `{"line", "id",
/// "error"}` for a bad line (also told on stderr).
fn classify_jsonl(c: &Classifier, o: &Options) -> Result<ExitCode, String> {
    if o.files.len() > 1 {
        return Err("--jsonl reads one file (or stdin)".into());
    }
    let path = o.files.first().map(String::as_str).unwrap_or("-");
    let read = Arc::new(AtomicU64::new(0));
    let (input, total): (Box<dyn BufRead + Send>, Option<u64>) = if path == "-" {
        let stdin = Counting::new(io::stdin(), &read);
        (Box::new(BufReader::new(stdin)), None)
    } else {
        let file = File::open(path).map_err(|e| format!("{path}: {e}"))?;
        // A regular file's size gives a percentage; a pipe or a device has none.
        let size = file
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len());
        (Box::new(BufReader::new(Counting::new(file, &read))), size)
    };
    let name = if path == "-" { "stdin" } else { path };
    let mut progress = Progress::new(o.progress, total, read);
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    let threads = o
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get().min(8)));
    let mut reader = jsonl::Reader::new(input);
    let mut bad = 0usize;
    let mut lines = 0usize;
    // Writes one classified batch, in input order.
    let mut write = |batch: Vec<jsonl::Item>, out_lines: Vec<Result<Vec<u8>, String>>| {
        for (item, line) in batch.iter().zip(out_lines) {
            if let jsonl::Item::Bad { line, error, .. } = item {
                eprintln!("presswatch: {name} line {line}: {error}");
                bad += 1;
            }
            out.write_all(&line?).map_err(write_error)?;
            out.write_all(b"\n").map_err(write_error)?;
        }
        lines += batch.len();
        progress.update(lines, false);
        Ok::<(), String>(())
    };
    // Classifies batches until an empty one (the end of the input), writing each while the
    // next is classified.
    let mut run = |batches: &mut dyn Iterator<Item = Result<Vec<jsonl::Item>, String>>| {
        let mut pending = None;
        loop {
            let batch = match batches.next().transpose() {
                Ok(batch) => batch.unwrap_or_default(),
                // A read error stops the run, after the lines already classified are out.
                Err(e) => {
                    if let Some((b, l)) = pending.take() {
                        write(b, l)?;
                    }
                    return Err(e);
                }
            };
            let (out_lines, wrote) = classify_batch(c, &batch, threads, || {
                pending.take().map_or(Ok(()), |(b, l)| write(b, l))
            });
            wrote?;
            if batch.is_empty() {
                return Ok::<(), String>(());
            }
            pending = Some((batch, out_lines));
        }
    };
    if threads == 1 {
        run(&mut std::iter::repeat_with(|| {
            read_batch(&mut reader, name)
        }))?;
    } else {
        // One thread reads and parses the next batch while the others classify this one.
        std::thread::scope(|scope| {
            let (tx, rx) = std::sync::mpsc::sync_channel(1);
            scope.spawn(move || loop {
                let batch = read_batch(&mut reader, name);
                let end = batch.as_ref().map_or(true, Vec::is_empty);
                // The receiver hangs up only after an error of its own.
                if tx.send(batch).is_err() || end {
                    break;
                }
            });
            run(&mut rx.into_iter())
        })?;
    }
    out.flush().map_err(write_error)?;
    progress.update(lines, true);
    if bad > 0 {
        eprintln!("presswatch: {bad} bad line(s)");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// The next batch of items: up to `BATCH_ITEMS` lines or `BATCH_BYTES` of article text;
/// empty at the end of the input.
fn read_batch<R: BufRead>(
    reader: &mut jsonl::Reader<R>,
    name: &str,
) -> Result<Vec<jsonl::Item>, String> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_ITEMS && bytes < BATCH_BYTES {
        let Some(item) = reader.next() else { break };
        let item = item.map_err(|e| format!("{name}: {e}"))?;
        if let jsonl::Item::Article { text, .. } = &item {
            bytes += text.len();
        }
        batch.push(item);
    }
    Ok(batch)
}

/// A reader that counts the bytes it has read into a shared counter (for [`Progress`]).
struct Counting<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R> Counting<R> {
    fn new(inner: R, read: &Arc<AtomicU64>) -> Counting<R> {
        Counting {
            inner,
            read: Arc::clone(read),
        }
    }
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The progress of `classify --jsonl` on stderr: lines (articles or bad lines) done, megabytes
/// read (of how many, for a file), and speed. On a terminal one line is rewritten in place at
/// most every `TERMINAL_EVERY`; elsewhere (`--progress` into a log) a line is added at most
/// every `LOG_EVERY`. The last report, with the total time, always ends with a line break.
struct Progress {
    on: bool,
    terminal: bool,
    start: Instant,
    last: Instant,
    total: Option<u64>,
    read: Arc<AtomicU64>,
}

const TERMINAL_EVERY: Duration = Duration::from_millis(200);
const LOG_EVERY: Duration = Duration::from_secs(5);

impl Progress {
    fn new(choice: Option<bool>, total: Option<u64>, read: Arc<AtomicU64>) -> Progress {
        let terminal = io::stderr().is_terminal();
        let now = Instant::now();
        Progress {
            on: choice.unwrap_or(terminal),
            terminal,
            start: now,
            last: now,
            total,
            read,
        }
    }

    fn update(&mut self, lines: usize, done: bool) {
        let now = Instant::now();
        let every = if self.terminal {
            TERMINAL_EVERY
        } else {
            LOG_EVERY
        };
        if !self.on || (!done && now.duration_since(self.last) < every) {
            return;
        }
        self.last = now;
        let secs = now.duration_since(self.start).as_secs_f64();
        let read = self.read.load(Ordering::Relaxed);
        let line = progress_line(lines, read, self.total, secs, done);
        let mut err = io::stderr().lock();
        // Progress is a courtesy: a closed stderr must not stop the classification.
        let _ = if self.terminal {
            write!(err, "\r\x1b[K{line}{}", if done { "\n" } else { "" })
        } else {
            writeln!(err, "{line}")
        };
    }
}

/// "presswatch: 12,345 lines, 45.6 of 120.0 MB (38%), 21.3 MB/s", with " in 2.1 s" before the
/// speed when done.
fn progress_line(lines: usize, read: u64, total: Option<u64>, secs: f64, done: bool) -> String {
    let mb = |b: u64| b as f64 / 1e6;
    let noun = if lines == 1 { "line" } else { "lines" };
    let mut s = format!("presswatch: {} {noun}, {:.1}", thousands(lines), mb(read));
    if let Some(t) = total.filter(|&t| t > 0) {
        let pct = (read.min(t) as f64 * 100.0 / t as f64).floor();
        s += &format!(" of {:.1} MB ({pct}%)", mb(t));
    } else {
        s += " MB";
    }
    if done {
        s += &format!(" in {secs:.1} s");
    }
    if secs > 0.0 {
        s += &format!(", {:.1} MB/s", mb(read) / secs);
    }
    s
}

/// 1234567 as "1,234,567".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The output line of each item (without its line break), in order; the articles are
/// classified on up to `threads` threads, each taking the next article left, while this
/// thread runs `meanwhile` (whose result comes back beside the lines).
fn classify_batch<R>(
    c: &Classifier,
    batch: &[jsonl::Item],
    threads: usize,
    meanwhile: impl FnOnce() -> R,
) -> (Vec<Result<Vec<u8>, String>>, R) {
    let threads = threads.clamp(1, batch.len().max(1));
    if threads == 1 {
        let done = meanwhile();
        return (
            batch.iter().map(|item| output_line(c, item)).collect(),
            done,
        );
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let lines: Vec<std::sync::OnceLock<Result<Vec<u8>, String>>> =
        batch.iter().map(|_| std::sync::OnceLock::new()).collect();
    let done = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(item) = batch.get(i) else { break };
                    // Each index is taken once, so the slot is empty.
                    let _ = lines[i].set(output_line(c, item));
                })
            })
            .collect();
        let done = meanwhile();
        for w in workers {
            // A worker that failed leaves its lines empty: they become errors below.
            let _ = w.join();
        }
        done
    });
    let lines = lines
        .into_iter()
        .map(|l| {
            l.into_inner()
                .unwrap_or_else(|| Err("a worker thread failed".into()))
        })
        .collect();
    (lines, done)
}

/// The output line of an article, as serde_json writes it ([`write_line`] writes the same
/// bytes faster; the test that compares them is its one user).
#[cfg(test)]
#[derive(Serialize)]
struct Line<'a> {
    line: usize,
    id: &'a serde_json::Value,
    language: Lang,
    labels: &'a [presswatch::Label],
    facts: &'a presswatch::Facts,
}

/// Writes the [`Line`] of an article's report, byte for byte what serde_json writes for it
/// (a test compares the two on every article of the shared corpus and `tests/data`). By hand because
/// serde_json looks at a string's bytes one at a time to find the ones to escape, and the
/// evidence sentences and cues it quotes made that a twentieth of a `--jsonl` run; here eight
/// bytes at a time are let through at once. Numbers that are not integers (scores, amounts)
/// and the `id` still go through serde_json.
fn write_line(
    out: &mut Vec<u8>,
    line: usize,
    id: &serde_json::Value,
    r: &Report,
) -> serde_json::Result<()> {
    let mut o = Object::open(out);
    o.uint("line", line);
    o.key("id");
    serde_json::to_writer(&mut *o.out, id)?;
    o.str("language", r.language.code());
    o.list("labels", &r.labels, |o, l| {
        o.str("id", l.id).str("family", l.family);
        o.number("score", &l.score)?;
        o.list("evidence", &l.evidence, |o, e| {
            o.uint("start", e.start).uint("end", e.end);
            o.str("sentence", &e.sentence).str("cue", &e.cue);
            o.uint("cue_start", e.cue_start).uint("cue_end", e.cue_end);
            Ok(())
        })
    })?;
    o.key("facts");
    let f = &r.facts;
    let mut fo = Object::open(o.out);
    fo.list("victims", &f.victims, |o, v| {
        o.str("role", v.role).opt_str("name", v.name.as_deref());
        o.opt_uint("count", v.count.map(|c| c as usize));
        o.opt_str("gender", v.gender)
            .bool("gender_inferred", v.gender_inferred);
        o.str("text", &v.text).span(v.start, v.end, v.label);
        Ok(())
    })?;
    fo.list("outlets", &f.outlets, |o, x| {
        o.str("name", &x.name).span(x.start, x.end, x.label);
        Ok(())
    })?;
    fo.list("perpetrators", &f.perpetrators, |o, p| {
        o.str("actor", p.actor).str("text", &p.text);
        o.span(p.start, p.end, p.label);
        Ok(())
    })?;
    fo.list("legal", &f.legal, |o, x| {
        o.str("kind", x.kind)
            .str("text", &x.text)
            .opt_str("name", x.name);
        o.opt_str("article", x.article.as_deref())
            .opt_str("part", x.part.as_deref());
        o.opt_str("code", x.code);
        if let Some(v) = &x.value {
            o.number("value", v)?;
        }
        o.opt_str("unit", x.unit).opt_str("currency", x.currency);
        o.span(x.start, x.end, x.label);
        Ok(())
    })?;
    fo.list("dates", &f.dates, |o, d| {
        o.str("text", &d.text).opt_str("iso", d.iso.as_deref());
        o.opt_uint("year", d.year.map(usize::from));
        o.uint("month", usize::from(d.month))
            .uint("day", usize::from(d.day));
        o.span(d.start, d.end, d.label);
        Ok(())
    })?;
    fo.list("places", &f.places, |o, p| {
        o.str("name", p.name)
            .str("kind", p.kind)
            .str("country", p.country);
        o.str("text", &p.text).span(p.start, p.end, p.label);
        Ok(())
    })?;
    fo.close();
    o.close();
    Ok(())
}

/// A JSON object being written: its fields in the order given, commas between them.
struct Object<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
}

impl<'a> Object<'a> {
    fn open(out: &'a mut Vec<u8>) -> Object<'a> {
        out.push(b'{');
        Object { out, first: true }
    }

    /// The next field's name (the names here need no escaping). Inline, as the other
    /// writers of a field: the names are then constants, copied without a call.
    #[inline(always)]
    fn key(&mut self, name: &str) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        self.out.push(b'"');
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b"\":");
    }

    #[inline(always)]
    fn str(&mut self, name: &str, value: &str) -> &mut Self {
        self.key(name);
        push_json_str(self.out, value);
        self
    }

    /// A field that serde skips when it is `None`.
    #[inline(always)]
    fn opt_str(&mut self, name: &str, value: Option<&str>) -> &mut Self {
        if let Some(v) = value {
            self.str(name, v);
        }
        self
    }

    /// Two digits a step, from a table of the pairs 00 to 99; the digits are then pushed one
    /// by one (a copy of their varying length was a call to `memcpy` for a few bytes).
    #[inline(always)]
    fn uint(&mut self, name: &str, value: usize) -> &mut Self {
        const PAIRS: &[u8; 200] = &{
            let mut t = [0u8; 200];
            let mut i = 0;
            while i < 100 {
                t[2 * i] = b'0' + (i / 10) as u8;
                t[2 * i + 1] = b'0' + (i % 10) as u8;
                i += 1;
            }
            t
        };
        self.key(name);
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = value;
        while n >= 100 {
            let d = 2 * (n % 100);
            n /= 100;
            at -= 2;
            digits[at..at + 2].copy_from_slice(&PAIRS[d..d + 2]);
        }
        if n >= 10 {
            at -= 2;
            digits[at..at + 2].copy_from_slice(&PAIRS[2 * n..2 * n + 2]);
        } else {
            at -= 1;
            digits[at] = b'0' + n as u8;
        }
        self.out.reserve(digits.len() - at);
        for &d in &digits[at..] {
            self.out.push(d);
        }
        self
    }

    #[inline(always)]
    fn opt_uint(&mut self, name: &str, value: Option<usize>) -> &mut Self {
        if let Some(v) = value {
            self.uint(name, v);
        }
        self
    }

    fn bool(&mut self, name: &str, value: bool) -> &mut Self {
        self.key(name);
        self.out
            .extend_from_slice(if value { b"true" } else { b"false" });
        self
    }

    /// The fields that end every fact: its span and, if any, its label.
    fn span(&mut self, start: usize, end: usize, label: Option<&str>) -> &mut Self {
        self.uint("start", start)
            .uint("end", end)
            .opt_str("label", label)
    }

    /// A number as serde_json writes it (floats in their shortest form).
    fn number(&mut self, name: &str, value: &impl Serialize) -> serde_json::Result<&mut Self> {
        self.key(name);
        serde_json::to_writer(&mut *self.out, value)?;
        Ok(self)
    }

    /// A list of objects, each written by `item`.
    fn list<T>(
        &mut self,
        name: &str,
        items: &[T],
        item: impl Fn(&mut Object<'_>, &T) -> serde_json::Result<()>,
    ) -> serde_json::Result<()> {
        self.key(name);
        self.out.push(b'[');
        for (k, x) in items.iter().enumerate() {
            if k > 0 {
                self.out.push(b',');
            }
            let mut o = Object::open(self.out);
            item(&mut o, x)?;
            o.close();
        }
        self.out.push(b']');
        Ok(())
    }

    fn close(&mut self) {
        self.out.push(b'}');
    }
}

/// `s` as a JSON string, escaped as serde_json escapes it: `"` and `\\`, the short escapes
/// of `\n`, `\r`, `\t`, backspace and form feed, and other control characters as `\u00xx`.
/// Eight bytes are looked at together: when none of them is one of those they are let
/// through, else the first of them is found from the mask, without a step a byte.
fn push_json_str(out: &mut Vec<u8>, s: &str) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // The top bit of each byte of `w` that is below `n` (at most 0x80). Exact for the lowest
    // such byte (a borrow reaches only the bytes above it), which is the one this needs.
    let below = |w: u64, n: u64| w.wrapping_sub(ONES * n) & !w & HIGHS;
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let (mut from, mut i) = (0, 0);
    while let Some(&[b0, b1, b2, b3, b4, b5, b6, b7]) = b.get(i..i + 8) {
        let w = u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]);
        // The bytes to escape: below 0x20, a quote, a backslash.
        let mask = below(w, 0x20)
            | below(w ^ (ONES * u64::from(b'"')), 1)
            | below(w ^ (ONES * u64::from(b'\\')), 1);
        if mask == 0 {
            i += 8;
            continue;
        }
        i += (mask.trailing_zeros() / 8) as usize;
        push_escaped(out, &b[from..i], b[i]);
        i += 1;
        from = i;
    }
    // The last bytes, one at a time.
    while let Some(&c) = b.get(i) {
        if c < 0x20 || c == b'"' || c == b'\\' {
            push_escaped(out, &b[from..i], c);
            from = i + 1;
        }
        i += 1;
    }
    out.extend_from_slice(&b[from..]);
    out.push(b'"');
}

/// Appends `before` and then the escape of `c`, one of the bytes [`push_json_str`] escapes.
#[inline(always)]
fn push_escaped(out: &mut Vec<u8>, before: &[u8], c: u8) {
    let short = match c {
        b'"' => b'"',
        b'\\' => b'\\',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        0x08 => b'b',
        0x0C => b'f',
        _ => b'u',
    };
    out.extend_from_slice(before);
    out.push(b'\\');
    out.push(short);
    if short == b'u' {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        out.extend_from_slice(&[
            b'0',
            b'0',
            HEX[usize::from(c >> 4)],
            HEX[usize::from(c & 0xF)],
        ]);
    }
}

/// One output line: the report of an article, or the error of a bad line.
fn output_line(c: &Classifier, item: &jsonl::Item) -> Result<Vec<u8>, String> {
    #[derive(Serialize)]
    struct Bad<'a> {
        line: usize,
        id: &'a serde_json::Value,
        error: &'a str,
    }
    let written = match item {
        jsonl::Item::Article { line, id, text } => {
            let report = c.classify(text);
            // A line quotes its evidence sentences: sized for about the article's length, the
            // buffer does not regrow a dozen times.
            let mut out = Vec::with_capacity(text.len() + 1024);
            write_line(&mut out, *line, id, &report).map(|()| out)
        }
        jsonl::Item::Bad { line, id, error } => serde_json::to_vec(&Bad {
            line: *line,
            id,
            error,
        }),
    };
    written.map_err(|e| e.to_string())
}

/// Per cue, the evidence sentences it gave for right and for extra labels, for the cues with
/// at least one extra: the error-analysis view of which cues over-reach.
fn cue_table(reports: &[(GoldArticle, Report)], ev: &Evaluation) -> String {
    use std::collections::BTreeMap;
    let mut tally: BTreeMap<(&str, &str), (u32, u32)> = BTreeMap::new();
    for ((_, report), outcome) in reports.iter().zip(&ev.outcomes) {
        for l in &report.labels {
            let extra = outcome.extra.contains(&l.id);
            for e in &l.evidence {
                let t = tally.entry((l.id, e.cue.as_str())).or_default();
                if extra {
                    t.1 += 1;
                } else {
                    t.0 += 1;
                }
            }
        }
    }
    let mut rows: Vec<_> = tally.into_iter().filter(|(_, (_, x))| *x > 0).collect();
    rows.sort_by(|a, b| (b.1 .1, a.1 .0).cmp(&(a.1 .1, b.1 .0)).then(a.0.cmp(&b.0)));
    let mut out = String::from("\nextra right type                cue\n");
    for ((id, cue), (right, extra)) in rows {
        let _ = writeln!(out, "{extra:>5} {right:>5} {id:<20} {cue}");
    }
    out
}

/// One line of `eval --misses`: a label's mark, score and cue, and the evidence sentence on
/// one line, cut after 400 characters.
fn print_evidence(out: &mut String, mark: &str, l: &Label, e: &Evidence) {
    let mut s: String = e.sentence.chars().take(400).collect();
    if s.len() < e.sentence.len() {
        s.push('…');
    }
    let _ = writeln!(
        out,
        "  [{mark} {} {:.2}] cue {:?}: {}",
        l.id,
        l.score,
        e.cue,
        s.replace('\n', " ")
    );
}

fn eval(c: &Classifier, o: &Options) -> Result<ExitCode, String> {
    if o.files.is_empty() {
        return Err("eval needs at least one gold .jsonl file".into());
    }
    let mut ev = Evaluation::default();
    let mut reports = Vec::new();
    for path in &o.files {
        let text = read_article(path)?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let gold: GoldArticle =
                serde_json::from_str(line).map_err(|e| format!("{path} line {}: {e}", n + 1))?;
            let keep = match o.split {
                Split::All => true,
                Split::Tune => !held_out(&gold.id),
                Split::Holdout => held_out(&gold.id),
            };
            if !keep {
                continue;
            }
            let report = c.classify(&gold.text);
            ev.add(&gold, &report);
            if o.misses || o.cues {
                reports.push((gold, report));
            }
        }
    }
    let mut out = if o.json {
        serde_json::to_string_pretty(&ev).map_err(|e| e.to_string())? + "\n"
    } else {
        ev.table()
    };
    if o.cues {
        out.push_str(&cue_table(&reports, &ev));
    }
    if o.misses {
        // A missed label shows what evidence it had below the threshold, if any: the same
        // classifier with no threshold.
        let below = Classifier::builder()
            .lang(o.lang)
            .html(o.html)
            .min_score(0.0)
            .build()
            .map_err(|e| e.to_string())?;
        for ((gold, report), outcome) in reports.iter().zip(&ev.outcomes) {
            if outcome.missed.is_empty() && outcome.extra.is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "\n== {} ({}) missed {:?} extra {:?}",
                gold.id, gold.lang, outcome.missed, outcome.extra
            );
            for l in &report.labels {
                let mark = if outcome.extra.contains(&l.id) {
                    "EXTRA"
                } else {
                    "ok"
                };
                for e in &l.evidence {
                    print_evidence(&mut out, mark, l, e);
                }
            }
            if outcome.missed.is_empty() {
                continue;
            }
            let weak = below.classify(&gold.text);
            for id in &outcome.missed {
                match weak.label(id) {
                    Some(l) => {
                        for e in l.evidence.iter().take(3) {
                            print_evidence(&mut out, "MISSED", l, e);
                        }
                    }
                    None => {
                        let _ = writeln!(out, "  [MISSED {id}] no cue of this type fired");
                    }
                }
            }
        }
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_written_as_serde_writes_them() {
        let check = |line: usize, id: &serde_json::Value, r: &Report| {
            let mut fast = Vec::new();
            write_line(&mut fast, line, id, r).expect("written");
            let serde = serde_json::to_vec(&Line {
                line,
                id,
                language: r.language,
                labels: &r.labels,
                facts: &r.facts,
            })
            .expect("serialised");
            assert_eq!(
                String::from_utf8_lossy(&fast),
                String::from_utf8_lossy(&serde)
            );
        };
        // Every escape, strings of every length around eight bytes, ids of every kind.
        let c = Classifier::default();
        let mut odd = String::from("Police detained the journalist \"Ali\" in C:\\temp.");
        for b in 0u8..0x20 {
            odd.push(char::from(b));
            odd.push_str(" The editor was arrested. \u{7f}\u{2028}ё");
        }
        let ids = [
            serde_json::json!(null),
            serde_json::json!(7),
            serde_json::json!("a\"b\n"),
            serde_json::json!({"k": [1.5, true]}),
        ];
        for (k, id) in ids.iter().enumerate() {
            check(k, id, &c.classify(&odd));
        }
        // The evidence quotes those characters, so each way of escaping is exercised.
        let mut written = Vec::new();
        write_line(&mut written, 1, &ids[0], &c.classify(&odd)).expect("written");
        let written = String::from_utf8_lossy(&written);
        for escaped in ["\\u0001", "\\u001f", "\\t", "\\\"Ali\\\"", "C:\\\\temp"] {
            assert!(written.contains(escaped), "{escaped} in {written}");
        }
        for n in 0..40 {
            let text = format!("{} Police detained the journalist.", "x\"".repeat(n));
            check(n, &ids[1], &c.classify(&text));
        }
        // Every article of the shared corpus and of tests/data (facts of every kind, scores,
        // amounts).
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut articles = 0;
        for dir in [root.join("../shared/corpus"), root.join("tests/data")] {
            for entry in std::fs::read_dir(&dir).expect("a data directory") {
                let path = entry.expect("entry").path();
                if path.extension().is_none_or(|e| e != "jsonl") {
                    continue;
                }
                let file = File::open(&path).expect("open");
                for item in jsonl::Reader::new(BufReader::new(file)) {
                    if let Ok(jsonl::Item::Article { line, id, text }) = item {
                        check(line, &id, &c.classify(&text));
                        articles += 1;
                    }
                }
            }
        }
        assert!(articles > 5000, "{articles} articles");
    }

    #[test]
    fn strings_are_escaped_as_serde_escapes_them() {
        // Each byte to escape (and two that need none) at each place of strings of 0 to 19
        // bytes, between Cyrillic and ASCII letters.
        let odd = (0u8..0x20).chain([b'"', b'\\', 0x7f, b'~']).map(char::from);
        let letter = |k: usize| if k % 3 == 0 { 'ж' } else { 'a' };
        for c in odd {
            for len in 0..20 {
                for at in 0..len {
                    let s: String = (0..len)
                        .map(|k| if k == at { c } else { letter(k) })
                        .collect();
                    let mut fast = Vec::new();
                    push_json_str(&mut fast, &s);
                    let serde = serde_json::to_vec(&s).expect("serialised");
                    assert_eq!(fast, serde, "{s:?}");
                }
            }
        }
    }

    #[test]
    fn counts_have_thousands_separators() {
        let cases = [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (1_234_567, "1,234,567"),
        ];
        for (n, text) in cases {
            assert_eq!(thousands(n), text);
        }
    }

    #[test]
    fn a_progress_line_says_how_far_and_how_fast() {
        assert_eq!(
            progress_line(12_345, 45_600_000, Some(120_000_000), 2.0, false),
            "presswatch: 12,345 lines, 45.6 of 120.0 MB (38%), 22.8 MB/s"
        );
        assert_eq!(
            progress_line(1, 2_000_000, None, 0.5, true),
            "presswatch: 1 line, 2.0 MB in 0.5 s, 4.0 MB/s"
        );
        // Read ahead of an empty or shrinking file: never past 100%.
        assert!(progress_line(3, 500, Some(400), 0.0, true).contains("(100%)"));
    }
}
