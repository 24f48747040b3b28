//! Numbers (digits and words in English, Russian and Kazakh), units of time, currencies and
//! dates, read from tokens. Every function looks at a bounded number of tokens from where it
//! starts, so a pass over the document stays linear.

use crate::once::OnceLock;

use crate::text::{Doc, Lang};
use crate::wordtable::{word_set, words, WordSet, Words};

use super::{gap, norm};

/// A number read from tokens `first..last`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Num {
    pub value: f64,
    pub first: usize,
    pub last: usize,
    /// Written as digits (not words).
    pub digits: bool,
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn digits_value(s: &str) -> Option<f64> {
    if s.len() > 15 {
        return None;
    }
    digits(s).map(|v| v as f64)
}

/// The value of `s` if it is one to 19 ASCII digits: what `str::parse::<u64>` gives for the
/// words that reach it here (digits only), without the .wasm carrying two `parse`s and
/// `from_ascii_radix` for it. Out of line in the .wasm: inlined, its loop was copied into
/// each of its callers.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn digits(s: &str) -> Option<u64> {
    if s.is_empty() || s.len() > 19 {
        return None;
    }
    s.bytes().try_fold(0, |v: u64, b| {
        b.is_ascii_digit().then(|| v * 10 + u64::from(b - b'0'))
    })
}

/// Number words: the folded word, a space and its value. Ordinary words add, multipliers
/// multiply what came before ("два миллиона", "five hundred").
const EN_WORDS: Words = words![
    "one 1",
    "two 2",
    "three 3",
    "four 4",
    "five 5",
    "six 6",
    "seven 7",
    "eight 8",
    "nine 9",
    "ten 10",
    "eleven 11",
    "twelve 12",
    "thirteen 13",
    "fourteen 14",
    "fifteen 15",
    "sixteen 16",
    "seventeen 17",
    "eighteen 18",
    "nineteen 19",
    "twenty 20",
    "thirty 30",
    "forty 40",
    "fifty 50",
    "sixty 60",
    "seventy 70",
    "eighty 80",
    "ninety 90",
    "hundred 100",
    "thousand 1000",
    "million 1000000",
    "billion 1000000000",
    "dozen 12",
];

const RU_WORDS: Words = words![
    "один 1",
    "одна 1",
    "одно 1",
    "одного 1",
    "одной 1",
    "одну 1",
    "два 2",
    "две 2",
    "двух 2",
    "двум 2",
    "двумя 2",
    "три 3",
    "трех 3",
    "трем 3",
    "тремя 3",
    "четыре 4",
    "четырех 4",
    "четырем 4",
    "четырьмя 4",
    "пять 5",
    "пяти 5",
    "шесть 6",
    "шести 6",
    "семь 7",
    "семи 7",
    "восемь 8",
    "восьми 8",
    "девять 9",
    "девяти 9",
    "десять 10",
    "десяти 10",
    "одиннадцать 11",
    "одиннадцати 11",
    "двенадцать 12",
    "двенадцати 12",
    "тринадцать 13",
    "тринадцати 13",
    "четырнадцать 14",
    "четырнадцати 14",
    "пятнадцать 15",
    "пятнадцати 15",
    "шестнадцать 16",
    "шестнадцати 16",
    "семнадцать 17",
    "семнадцати 17",
    "восемнадцать 18",
    "восемнадцати 18",
    "девятнадцать 19",
    "девятнадцати 19",
    "двадцать 20",
    "двадцати 20",
    "тридцать 30",
    "тридцати 30",
    "сорок 40",
    "сорока 40",
    "пятьдесят 50",
    "пятидесяти 50",
    "шестьдесят 60",
    "семьдесят 70",
    "восемьдесят 80",
    "девяносто 90",
    "сто 100",
    "ста 100",
    "двести 200",
    "триста 300",
    "четыреста 400",
    "пятьсот 500",
    "тысяча 1000",
    "тысячи 1000",
    "тысяч 1000",
    "тыс 1000",
    "миллион 1000000",
    "миллиона 1000000",
    "миллионов 1000000",
    "млн 1000000",
    "миллиард 1000000000",
    "миллиарда 1000000000",
    "миллиардов 1000000000",
    "млрд 1000000000",
    "двое 2",
    "трое 3",
    "четверо 4",
    "пятеро 5",
    "шестеро 6",
    "семеро 7",
    "полтора 1.5",
    "полторы 1.5",
    "полутора 1.5",
];

const KK_WORDS: Words = words![
    "бір 1",
    "екі 2",
    "үш 3",
    "төрт 4",
    "бес 5",
    "алты 6",
    "жеті 7",
    "сегіз 8",
    "тоғыз 9",
    "он 10",
    "жиырма 20",
    "отыз 30",
    "қырық 40",
    "елу 50",
    "алпыс 60",
    "жетпіс 70",
    "сексен 80",
    "тоқсан 90",
    "жүз 100",
    "мың 1000",
    "миллион 1000000",
    "млн 1000000",
    "миллиард 1000000000",
    "млрд 1000000000",
];

/// Entries of a word table in 256 buckets by a hash of their first two bytes (and, for whole
/// words, their length), each bucket in table order: every token of an article is looked up,
/// and most are neither a number nor a month, so a look-up sees a handful of entries at most.
struct Buckets<T: 'static>(Vec<Vec<(&'static str, T)>>);

fn bucket_of(w: &str, whole: bool) -> usize {
    let b = w.as_bytes();
    let (b0, b1) = (
        usize::from(b.first().copied().unwrap_or(0)),
        usize::from(b.get(1).copied().unwrap_or(0)),
    );
    let len = if whole { w.len() } else { 0 };
    (b0.wrapping_mul(31) ^ b1.wrapping_mul(7) ^ len.wrapping_mul(131)) & 255
}

impl<T: Copy> Buckets<T> {
    /// The entries of `list`, each a word, a space and its value: digits, with at most one
    /// after a point (`value` turns the number into `T`).
    fn new(list: Words, whole: bool, value: fn(f64) -> T) -> Buckets<T> {
        let mut v: Vec<Vec<(&'static str, T)>> = crate::text::defaults(256);
        for entry in list {
            let Some((k, n)) = entry.split_once(' ') else {
                continue;
            };
            let (whole_part, tenths) = n.split_once('.').unwrap_or((n, "0"));
            if let (Some(b), Some(w), Some(t)) = (
                v.get_mut(bucket_of(k, whole)),
                digits(whole_part),
                digits(tenths),
            ) {
                b.push((k, value(w as f64 + t as f64 / 10.0)));
            }
        }
        Buckets(v)
    }

    /// The entries that may be `w` (`whole`) or a start of `w`, in table order.
    fn candidates(&self, w: &str, whole: bool) -> &[(&'static str, T)] {
        self.0
            .get(bucket_of(w, whole))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    fn find(&self, w: &str) -> Option<T> {
        self.candidates(w, true)
            .iter()
            .find(|(k, _)| *k == w)
            .map(|&(_, v)| v)
    }
}

fn word_value(w: &str, lang: Lang) -> Option<f64> {
    static TABLES: OnceLock<[Buckets<f64>; 3]> = OnceLock::new();
    let [en, ru, kk] = TABLES.get_or_init(|| {
        [
            Buckets::new(EN_WORDS, true, |n| n),
            Buckets::new(RU_WORDS, true, |n| n),
            Buckets::new(KK_WORDS, true, |n| n),
        ]
    });
    let v = en.find(w);
    let v = match lang {
        Lang::En => v,
        Lang::Ru => v.or_else(|| ru.find(w)),
        Lang::Kk => v.or_else(|| kk.find(w)).or_else(|| ru.find(w)),
    };
    // "on" (kk 10) and "он" (ru "he") are one spelling; "one"... are plain words in en.
    v
}

fn is_multiplier(v: f64) -> bool {
    v >= 100.0 && (v == 100.0 || v == 1e3 || v == 1e6 || v == 1e9)
}

/// Whether a number ([`number_at`]) or a date ([`date_at`]) may start at a token with
/// normalised form `w`: digits, a number word of any language, or a month.
pub(super) fn may_start(w: &str) -> bool {
    all_digits(w) || month_of(w).is_some() || word_value(w, Lang::Kk).is_some()
}

/// Reads a number that starts at token `i`: digits with thousands separators ("160,000",
/// "160 000") or a decimal part ("4.5", "1,5"), number words ("four", "двадцать пять",
/// "он екі"), a multiplier ("1 млн", "5 million") and a half ("and a half", "с половиной",
/// "жарым").
pub(super) fn number_at(doc: &Doc<'_>, i: usize, lang: Lang) -> Option<Num> {
    let n = doc.tokens.len();
    let first = norm(doc, i);
    let mut j = i;
    let mut value;
    let digits = all_digits(first);
    if digits {
        value = digits_value(first)?;
        let mut group_len = first.len();
        let mut decimal = false;
        while j + 1 < n {
            let g = gap(doc, j);
            let next = norm(doc, j + 1);
            if !all_digits(next) || doc.tokens.get(j + 1)?.sentence != doc.tokens.get(j)?.sentence {
                break;
            }
            let thousands_gap = matches!(g, "," | " " | "\u{a0}" | "\u{202f}" | "\u{2009}" | "'");
            if !decimal
                && thousands_gap
                && next.len() == 3
                && group_len <= 3
                && !followed_by_digits_dot(doc, j + 1)
            {
                value = value * 1000.0 + digits_value(next)?;
                group_len = 3;
                j += 1;
                continue;
            }
            if !decimal
                && (g == "." || g == ",")
                && next.len() <= 2
                && group_len <= 3
                && !is_dotted_date_tail(doc, j + 1)
            {
                let frac = digits_value(next)?;
                value += frac / 10f64.powi(next.len() as i32);
                decimal = true;
                j += 1;
                continue;
            }
            break;
        }
    } else {
        let mut total = 0.0;
        let mut current = 0.0;
        let mut any = false;
        let mut k = i;
        while k < n && k < i + 8 {
            let w = norm(doc, k);
            if any
                && (w == "and" || w == "и")
                && k + 1 < n
                && word_value(norm(doc, k + 1), lang).is_some_and(|v| v < 100.0)
            {
                // "one hundred and fifty"; not "two and three" (that is two numbers).
                if current >= 100.0 {
                    k += 1;
                    continue;
                }
                break;
            }
            let Some(v) = word_value(w, lang) else { break };
            if w == "он" && lang != Lang::Kk {
                break;
            }
            if is_multiplier(v) {
                if v == 100.0 {
                    current = if current == 0.0 {
                        100.0
                    } else {
                        current * 100.0
                    };
                } else {
                    total += if current == 0.0 { 1.0 } else { current } * v;
                    current = 0.0;
                }
            } else {
                current += v;
            }
            any = true;
            j = k;
            k += 1;
        }
        if !any {
            return None;
        }
        value = total + current;
    }
    // A multiplier after digits: "1 млн", "4.5 billion", "200 мың".
    if digits && j + 1 < n {
        if let Some(m) = word_value(norm(doc, j + 1), lang).filter(|&m| m >= 1e3) {
            value *= m;
            j += 1;
        }
    }
    // A half: "four and a half", "четыре с половиной", "төрт жарым".
    let w1 = if j + 1 < n { norm(doc, j + 1) } else { "" };
    let w2 = if j + 2 < n { norm(doc, j + 2) } else { "" };
    let w3 = if j + 3 < n { norm(doc, j + 3) } else { "" };
    if w1 == "and" && w2 == "a" && w3 == "half" {
        value += 0.5;
        j += 3;
    } else if w1 == "с" && w2 == "половиной" {
        value += 0.5;
        j += 2;
    } else if w1 == "жарым" {
        value += 0.5;
        j += 1;
    }
    Some(Num {
        value,
        first: i,
        last: j + 1,
        digits,
    })
}

/// "07.10.2025": the token after `07` is part of a dotted date, not a decimal.
fn is_dotted_date_tail(doc: &Doc<'_>, j: usize) -> bool {
    gap(doc, j) == "."
        && doc
            .tokens
            .get(j + 1)
            .is_some_and(|_| all_digits(norm(doc, j + 1)))
}

fn followed_by_digits_dot(doc: &Doc<'_>, j: usize) -> bool {
    is_dotted_date_tail(doc, j)
}

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TimeUnit {
    Hours,
    Days,
    Months,
    Years,
}

impl TimeUnit {
    pub fn name(self) -> &'static str {
        match self {
            TimeUnit::Hours => "hours",
            TimeUnit::Days => "days",
            TimeUnit::Months => "months",
            TimeUnit::Years => "years",
        }
    }
}

/// The unit of time a token names, and whether it is a day of arrest ("суток", "тәулік"),
/// a word used almost only for administrative arrest.
pub(super) fn time_unit(w: &str) -> Option<(TimeUnit, bool)> {
    Some(match group_of(TIME_UNITS, &TIME_UNIT_WORDS, w)? {
        "Y" => (TimeUnit::Years, false),
        "M" => (TimeUnit::Months, false),
        "D" => (TimeUnit::Days, false),
        "A" => (TimeUnit::Days, true),
        _ => (TimeUnit::Hours, false),
    })
}

/// The words of `time_unit`, each unit's letter before its words (`A` for a day of arrest),
/// the units most often asked for first.
const TIME_UNITS: Words = words![
    "Y",
    "year",
    "years",
    "год",
    "года",
    "лет",
    "жыл",
    "жылға",
    "жылдық",
    "M",
    "month",
    "months",
    "месяц",
    "месяца",
    "месяцев",
    "ай",
    "айға",
    "айлық",
    "D",
    "day",
    "days",
    "день",
    "дня",
    "дней",
    "күн",
    "күнге",
    "күндік",
    "A",
    "сутки",
    "суток",
    "сут",
    "тәулік",
    "тәулікке",
    "тәуліктік",
    "H",
    "hour",
    "hours",
    "час",
    "часа",
    "часов",
    "сағат",
    "сағатқа",
    "сағаттан",
];
const TIME_UNIT_WORDS: WordSet = word_set!(TIME_UNITS);

/// A currency named by a token after the amount (ISO 4217, or `MCI` for Kazakhstan's monthly
/// calculation index, МРП / АЕК, in which fines are set).
pub(super) fn currency_after(w: &str) -> Option<&'static str> {
    group_of(CURRENCIES, &CURRENCY_WORDS, w)
}

/// The words of `currency_after`, each currency's code before its words.
const CURRENCIES: Words = words![
    "KZT",
    "тенге",
    "теңге",
    "tenge",
    "kzt",
    "тг",
    "теңгеге",
    "теңгеден",
    "MCI",
    "мрп",
    "mci",
    "аек",
    "аек-ке",
    "мрп-ов",
    "USD",
    "usd",
    "dollars",
    "dollar",
    "долларов",
    "доллара",
    "доллар",
    "долл",
    "долларға",
    "долларам",
    "долларами",
    "долларах",
    "доллары",
    "EUR",
    "eur",
    "euro",
    "euros",
    "евро",
    "еуро",
    "RUB",
    "rub",
    "rubles",
    "roubles",
    "рублей",
    "рубля",
    "рубль",
    "руб",
    "рубльге",
    "KGS",
    "сом",
    "сомов",
    "soms",
    "som",
    "kgs",
    "UZS",
    "сумов",
    "сум",
    "sum",
    "uzs",
    "GBP",
    "pounds",
    "фунтов",
    "gbp",
];
const CURRENCY_WORDS: WordSet = word_set!(CURRENCIES);

/// The group of `groups` that lists `w`, by its name: the groups' names are the words in
/// capitals (which no folded token is), each before its group's words, and `set` holds them
/// all, so that most words are turned away by one bit. Lists rather than a `match` of string
/// arms, which compiled to a comparison each in the .wasm.
fn group_of(groups: Words, set: &WordSet, w: &str) -> Option<&'static str> {
    if !set.contains(w) {
        return None;
    }
    let mut name = None;
    for x in groups {
        if x.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
            name = Some(x);
        } else if x == w {
            return name;
        }
    }
    None
}

/// A currency sign written right before the amount.
pub(super) fn currency_sign(gap_before: &str) -> Option<&'static str> {
    let c = gap_before.trim_end().chars().next_back()?;
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '₸' => "KZT",
        '£' => "GBP",
        '₽' => "RUB",
        _ => return None,
    })
}

/// Month names: the folded stem, a space and the month. A token is a month if it starts with
/// the stem and what follows is a short ending (июля, шілдеде, маусымында).
const MONTHS: Words = words![
    "january 1",
    "jan 1",
    "february 2",
    "feb 2",
    "march 3",
    "mar 3",
    "april 4",
    "apr 4",
    "may 5",
    "june 6",
    "jun 6",
    "july 7",
    "jul 7",
    "august 8",
    "aug 8",
    "september 9",
    "sept 9",
    "sep 9",
    "october 10",
    "oct 10",
    "november 11",
    "nov 11",
    "december 12",
    "dec 12",
    "январ 1",
    "феврал 2",
    "март 3",
    "апрел 4",
    "мая 5",
    "май 5",
    "мае 5",
    "июн 6",
    "июл 7",
    "август 8",
    "сентябр 9",
    "октябр 10",
    "ноябр 11",
    "декабр 12",
    "қаңтар 1",
    "ақпан 2",
    "наурыз 3",
    "сәуір 4",
    "мамыр 5",
    "маусым 6",
    "шілде 7",
    "тамыз 8",
    "қыркүйек 9",
    "қазан 10",
    "қараша 11",
    "желтоқсан 12",
];

/// The month a token names, if any.
pub(super) fn month_of(w: &str) -> Option<u8> {
    static TABLE: OnceLock<Buckets<u8>> = OnceLock::new();
    // Every stem has at least three bytes, and a stem's bucket is that of its first two.
    if w.len() < 3 {
        return None;
    }
    let table = TABLE.get_or_init(|| Buckets::new(MONTHS, false, |n| n as u8));
    for &(stem, m) in table.candidates(w, false) {
        if let Some(rest) = w.strip_prefix(stem) {
            let ok = if stem.is_ascii() || matches!(stem, "мая" | "май" | "мае") {
                rest.is_empty()
            } else {
                rest.chars().count() <= 4 && rest.chars().all(|c| !c.is_ascii())
            };
            if ok {
                return Some(m);
            }
        }
    }
    None
}

fn days_in(month: u8, year: Option<u16>) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            Some(_) => 28,
            None => 29,
        },
        _ => 31,
    }
}

/// A date read from tokens `first..last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct DateAt {
    pub year: Option<u16>,
    pub month: u8,
    pub day: u8,
    pub first: usize,
    pub last: usize,
}

fn small(w: &str) -> Option<u32> {
    if w.len() <= 2 {
        digits(w).map(|v| v as u32)
    } else {
        None
    }
}

fn year(w: &str) -> Option<u16> {
    if w.len() == 4 {
        digits(w)
            .map(|v| v as u16)
            .filter(|y| (1900..=2100).contains(y))
    } else {
        None
    }
}

// Out of line in the .wasm: inlined, it was copied into each of its four calls.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn date(year: Option<u16>, month: u8, day: u32, first: usize, last: usize) -> Option<DateAt> {
    let day = u8::try_from(day).ok()?;
    (1..=12).contains(&month).then_some(())?;
    (day >= 1 && day <= days_in(month, year)).then_some(())?;
    Some(DateAt {
        year,
        month,
        day,
        first,
        last,
    })
}

/// Reads a date that starts at token `i`: `15 July 2025`, `15 июля 2025 года`, `July 15,
/// 2025`, `2025 жылғы 15 шілде`, `07.10.2025`, or a day and month without the year.
pub(super) fn date_at(doc: &Doc<'_>, i: usize) -> Option<DateAt> {
    let n = doc.tokens.len();
    let w = |k: usize| if k < n { norm(doc, k) } else { "" };
    let same = |a: usize, b: usize| {
        b < n && doc.tokens.get(a).map(|t| t.sentence) == doc.tokens.get(b).map(|t| t.sentence)
    };
    let t0 = w(i);
    // 07.10.2025
    if let Some(d) = small(t0) {
        if same(i, i + 2) && gap(doc, i) == "." && gap(doc, i + 1) == "." {
            if let (Some(m), Some(y)) = (small(w(i + 1)), year(w(i + 2))) {
                return date(Some(y), u8::try_from(m).ok()?, d, i, i + 3);
            }
        }
        // 15 July [2025]
        if same(i, i + 1) {
            if let Some(m) = month_of(w(i + 1)) {
                let y = if same(i, i + 2) && !gap(doc, i + 1).contains(&['\n', '.'][..]) {
                    year(w(i + 2))
                } else {
                    None
                };
                let last = if y.is_some() { i + 3 } else { i + 2 };
                return date(y, m, d, i, last);
            }
        }
        return None;
    }
    // 2025 жылғы 15 шілде / 2021 жылдың 2 тамызында
    if let Some(y) = year(t0) {
        let yw = w(i + 1);
        if same(i, i + 3) && (yw.starts_with("жыл") || yw == "ж") {
            if let (Some(d), Some(m)) = (small(w(i + 2)), month_of(w(i + 3))) {
                return date(Some(y), m, d, i, i + 4);
            }
        }
        return None;
    }
    // July 15[, 2025]
    if t0.is_ascii() {
        if let Some(m) = month_of(t0) {
            if t0.len() >= 3 && same(i, i + 1) && !gap(doc, i).contains(&[',', '\n'][..]) {
                if let Some(d) = small(w(i + 1)) {
                    let y = if same(i, i + 2) && matches!(gap(doc, i + 1).trim(), "," | "") {
                        year(w(i + 2))
                    } else {
                        None
                    };
                    let last = if y.is_some() { i + 3 } else { i + 2 };
                    return date(y, m, d, i, last);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_of_the_word_tables_is_read() {
        // A word, one space and a number: an entry written otherwise would be skipped quietly.
        for list in [EN_WORDS, RU_WORDS, KK_WORDS, MONTHS] {
            let buckets = Buckets::new(list, true, |n| n);
            let read: usize = buckets.0.iter().map(Vec::len).sum();
            assert_eq!(read, list.iter().count());
        }
        assert_eq!(word_value("полтора", Lang::Ru), Some(1.5));
        assert_eq!(word_value("billion", Lang::En), Some(1e9));
    }

    fn num(text: &str, lang: Lang) -> Option<f64> {
        let d = Doc::new(text);
        number_at(&d, 0, lang).map(|n| n.value)
    }

    fn dt(text: &str) -> Option<(Option<u16>, u8, u8)> {
        let d = Doc::new(text);
        date_at(&d, 0).map(|x| (x.year, x.month, x.day))
    }

    #[test]
    fn numbers_in_three_languages() {
        assert_eq!(num("160,000 tenge", Lang::En), Some(160000.0));
        assert_eq!(num("160 000 тенге", Lang::Ru), Some(160000.0));
        assert_eq!(num("4.5 years", Lang::En), Some(4.5));
        assert_eq!(num("1,5 млн", Lang::Ru), Some(1_500_000.0));
        assert_eq!(num("1 млн тенге", Lang::Ru), Some(1e6));
        assert_eq!(num("four and a half years", Lang::En), Some(4.5));
        assert_eq!(num("четыре с половиной года", Lang::Ru), Some(4.5));
        assert_eq!(num("двадцать пять лет", Lang::Ru), Some(25.0));
        assert_eq!(num("он екі жыл", Lang::Kk), Some(12.0));
        assert_eq!(num("төрт жарым жыл", Lang::Kk), Some(4.5));
        assert_eq!(num("one hundred and fifty", Lang::En), Some(150.0));
        assert_eq!(num("полтора года", Lang::Ru), Some(1.5));
        assert_eq!(num("он сказал", Lang::Ru), None);
        assert_eq!(num("word", Lang::En), None);
        assert_eq!(num("99999999999999999999999", Lang::En), None);
    }

    #[test]
    fn dates_in_three_languages() {
        assert_eq!(dt("15 July 2025"), Some((Some(2025), 7, 15)));
        assert_eq!(dt("15 июля 2025 года"), Some((Some(2025), 7, 15)));
        assert_eq!(dt("2025 жылғы 15 шілде"), Some((Some(2025), 7, 15)));
        assert_eq!(dt("2021 жылдың 2 тамызында"), Some((Some(2021), 8, 2)));
        assert_eq!(dt("07.10.2025"), Some((Some(2025), 10, 7)));
        assert_eq!(dt("October 18, 2024"), Some((Some(2024), 10, 18)));
        assert_eq!(dt("18 маусымда"), Some((None, 6, 18)));
        assert_eq!(dt("27 марта"), Some((None, 3, 27)));
        assert_eq!(dt("31 June 2024"), None);
        assert_eq!(dt("29 February 2023"), None);
        assert_eq!(dt("May 40"), None);
        assert_eq!(dt("12 марки"), None);
    }
}
