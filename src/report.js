// The JavaScript half of `classify` (src/wasm.rs): builds the report object from what the
// wasm side wrote, a list of numbers (the "tape") and one string (the "pool"). Making the
// objects here, in one JIT-compiled function, costs a fraction of making them one property at
// a time across the wasm boundary, and strings that are spans of the caller's text are sliced
// from it instead of being copied out of wasm memory.
//
// The tape holds, in the order of the fields of `Report` (src/classifier.rs, src/facts/mod.rs):
// - a number as itself (offsets already in UTF-16 code units);
// - a string as two numbers `a, b`: `text.slice(a, b)` when `a >= 0`, else
//   `pool.slice(-1 - a, b)`;
// - an optional field as 0 (absent: the key is left out) or 1 followed by its value;
// - a list as its length followed by its items.
// `Tape::of` in src/wasm.rs writes it; a wasm test compares the result with the report
// serialised field by field, so the two cannot drift apart unnoticed.

/**
 * @param {string} text the caller's text, as passed to `classify`
 * @param {Float64Array} tape a view of wasm memory, read before anything else runs
 * @param {string} pool
 */
export function buildReport(text, tape, pool) {
  const { num, str, has, list } = reader(tape, pool, text);

  const evidence = () => ({
    start: num(),
    end: num(),
    sentence: str(),
    cue: str(),
    cue_start: num(),
    cue_end: num(),
  });
  const label = () => ({ id: str(), family: str(), score: num(), evidence: list(evidence) });
  // Spans and the optional `label` end every fact.
  const span = (o) => {
    o.start = num();
    o.end = num();
    if (has()) o.label = str();
    return o;
  };
  const victim = () => {
    const o = { role: str() };
    if (has()) o.name = str();
    if (has()) o.count = num();
    if (has()) o.gender = str();
    o.gender_inferred = has();
    o.text = str();
    return span(o);
  };
  const outlet = () => span({ name: str() });
  const perpetrator = () => span({ actor: str(), text: str() });
  const legal = () => {
    const o = { kind: str(), text: str() };
    if (has()) o.name = str();
    if (has()) o.article = str();
    if (has()) o.part = str();
    if (has()) o.code = str();
    if (has()) o.value = num();
    if (has()) o.unit = str();
    if (has()) o.currency = str();
    return span(o);
  };
  const date = () => {
    const o = { text: str() };
    if (has()) o.iso = str();
    if (has()) o.year = num();
    o.month = num();
    o.day = num();
    return span(o);
  };
  const place = () => span({ name: str(), kind: str(), country: str(), text: str() });

  const language = str();
  const incident = has();
  const labels = list(label);
  const facts = {
    victims: list(victim),
    outlets: list(outlet),
    perpetrators: list(perpetrator),
    legal: list(legal),
    dates: list(date),
    places: list(place),
  };
  return { language, incident, labels, facts };
}

/**
 * The taxonomy: a list of types, each eight strings from the pool (id, family, name,
 * definition, and the four schemes).
 * @param {Float64Array} tape
 * @param {string} pool
 */
export function buildTaxonomy(tape, pool) {
  const { str, list } = reader(tape, pool, '');
  return list(() => ({
    id: str(),
    family: str(),
    name: str(),
    definition: str(),
    schemes: {
      mapping_media_freedom: str(),
      us_press_freedom_tracker: str(),
      coe_platform: str(),
      adil_soz: str(),
    },
  }));
}

/** Reads the tape in order: numbers, strings (from `text` or the pool), flags and lists. */
function reader(tape, pool, text) {
  let i = 0;
  const num = () => tape[i++];
  const str = () => {
    const a = tape[i++];
    const b = tape[i++];
    return a >= 0 ? text.slice(a, b) : pool.slice(-1 - a, b);
  };
  const has = () => tape[i++] !== 0;
  const list = (item) => {
    const n = tape[i++];
    const out = new Array(n);
    for (let k = 0; k < n; k++) out[k] = item();
    return out;
  };
  return { num, str, has, list };
}
