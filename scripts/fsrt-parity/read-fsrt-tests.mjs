// Reads the test cases of Atlassian's FSRT (crates/fsrt/src/test.rs of a checkout kept outside
// this project) into plain data: each case's files, its manifest (when the test writes one) and
// the findings FSRT expects, in total and per checker. Nothing of FSRT is copied into this
// repository: the cases are read from the checkout each time (issue 18).
//
// FSRT's tests build their apps in two ways, and this reads both as FSRT itself does:
// - `MockForgeProject::files_from_string("// src/a.js\n…// manifest.yml\n…")`: the text is cut at
//   every `//`; each piece's first line names a file; double quotes are removed from the code
//   (not from the manifest);
// - `add_file("src/a.js", "…")` beside FSRT's default manifest (one function `main`, handler
//   `index.run`).

/** Reads one Rust string literal (normal or raw) starting at `at`; returns its value and the offset after it. */
export function rustString(text, at) {
  const raw = /^r(#*)"/.exec(text.slice(at));
  if (raw) {
    const close = '"' + raw[1];
    const start = at + raw[0].length;
    const end = text.indexOf(close, start);
    return { value: text.slice(start, end), end: end + close.length };
  }
  let value = '';
  let i = at + 1;
  for (;;) {
    const c = text[i];
    if (c === undefined) return { value, end: i };
    if (c === '"') return { value, end: i + 1 };
    if (c !== '\\') {
      value += c;
      i++;
      continue;
    }
    const e = text[i + 1];
    if (e === '\n') {
      // A line continuation: the newline and the next line's leading white space are dropped.
      i += 2;
      while (/\s/.test(text[i] ?? '')) i++;
      continue;
    }
    const simple = { n: '\n', t: '\t', r: '\r', 0: '\0', '\\': '\\', '"': '"', "'": "'" }[e];
    if (simple !== undefined) {
      value += simple;
      i += 2;
    } else if (e === 'u') {
      const close = text.indexOf('}', i);
      value += String.fromCodePoint(parseInt(text.slice(i + 3, close), 16));
      i = close + 1;
    } else {
      value += e;
      i += 2;
    }
  }
}

/** Each `#[test]` function (not the commented-out ones): its name and body. */
function testFunctions(source) {
  const out = [];
  const re = /^#\[test\][^\n]*\n(?:#\[[^\]]*\][^\n]*\n)*fn (\w+)\(\)/gm;
  const starts = [...source.matchAll(re)];
  // A function ends at the first `}` in column 0 (rustfmt's layout); what follows (commented-out tests) is not its.
  for (const m of starts) {
    const end = source.indexOf('\n}', m.index);
    out.push({ name: m[1], body: source.slice(m.index, end < 0 ? source.length : end + 2) });
  }
  return out;
}

/**
 * FSRT's tests write `'Hello, world!\n'` inside a Rust string, which makes a real line break
 * inside a JavaScript quote: FSRT's parser recovers from that, Babel stops. The break is written
 * back as the `\n` escape its author meant, inside single quotes only (FSRT removes double
 * quotes, and template literals may hold line breaks).
 */
export function escapeBreaksInQuotes(js) {
  let out = '';
  let quoted = false;
  for (let i = 0; i < js.length; i++) {
    const c = js[i];
    if (!quoted && c === '/' && js[i + 1] === '*') {
      const end = js.indexOf('*/', i + 2);
      const stop = end < 0 ? js.length : end + 2;
      out += js.slice(i, stop);
      i = stop - 1;
      continue;
    }
    if (c === '\\' && quoted) {
      out += c + (js[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === "'") quoted = !quoted;
    out += quoted && c === '\n' ? '\\n' : c;
  }
  return out;
}

/** FSRT's own reading of a `files_from_string` text. */
export function filesFromString(text) {
  const pieces = text.split('//').filter((p) => p.length > 0);
  const files = {};
  let manifest;
  for (const piece of pieces) {
    const cut = piece.indexOf('\n');
    if (cut < 0) continue;
    const name = piece.slice(0, cut).replace(/"/g, '').trim();
    const body = piece.slice(cut + 1);
    if (name === 'manifest.yml' || name === 'manifest.yaml') manifest = body;
    else files[name] = escapeBreaksInQuotes(body.replace(/"/g, ''));
  }
  return { files, manifest };
}

const CHECKS = ['authz', 'secret', 'api_token', 'container_token', 'perm', 'authn'];

/** What a test asserts: the total (`contains_vulns`) and per checker (`contains_<check>_vuln`), the last of each. */
function expectations(body) {
  const expected = {};
  for (const m of body.matchAll(/contains_vulns\((\d+)\)/g)) expected.total = Number(m[1]);
  for (const check of CHECKS) for (const m of body.matchAll(new RegExp(`contains_${check}_vuln\\((\\d+)\\)`, 'g'))) expected[check] = Number(m[1]);
  if (/has_no_vulns\(\)/.test(body)) expected.total = 0;
  return expected;
}

/** Every string literal that follows `call` in the body. */
function literalsAfter(body, call) {
  const out = [];
  let at = body.indexOf(call);
  while (at >= 0) {
    const quote = body.slice(at).search(/r?#*"/);
    const lit = rustString(body, at + quote);
    out.push({ at, ...lit });
    at = body.indexOf(call, lit.end);
  }
  return out;
}

/**
 * A table of cases (`let cases: &[(&str, usize)]` or `(&str, &str, usize, usize)`): the element
 * that starts with `// ` is the source, and the counts are, in order, the API-token and
 * container-token findings expected (the checks the tables assert).
 */
function tableCases(name, body) {
  const table = body.slice(body.indexOf('let cases'), body.indexOf('];'));
  const tuples = table.split(/\n\s*\(\s*\n/).slice(1);
  return tuples.map((tuple, k) => {
    const strings = [];
    for (let at = tuple.search(/"/); at >= 0;) {
      const lit = rustString(tuple, at);
      strings.push(lit.value);
      const next = tuple.slice(lit.end).search(/"/);
      at = next < 0 ? -1 : lit.end + next;
      if (at >= 0 && !/^[\s,]*$/.test(tuple.slice(lit.end, at))) break;
    }
    const source = strings.find((v) => v.trimStart().startsWith('// '));
    const counts = [...tuple.slice(tuple.lastIndexOf('"')).matchAll(/(\d+)\s*,/g)].map((m) => Number(m[1]));
    const [apiToken = 0, containerToken = 0] = counts;
    const label = strings.length > 1 ? strings[0] : `#${k + 1}`;
    return {
      name: `${name} (${label})`,
      ...filesFromString(source ?? ''),
      expected: { total: apiToken + containerToken, api_token: apiToken, container_token: containerToken },
    };
  });
}

/** Scopes a test adds to FSRT's default manifest (`test_manifest.permissions.scopes.push("…")`). */
const pushedScopes = (body) => [...body.matchAll(/\.scopes\s*\.push\(\s*"([^"]+)"/g)].map((m) => m[1]);

/** The cases of one test function: a project and the assertions after it (a test may scan several), or a table. */
function casesOf(test) {
  const scopes = pushedScopes(test.body);
  // A test that asserts only per checker (`contains_secret_vuln(0)`) says nothing of the others: `total` stays unset.
  return casesIn(test).map((c) => ({ ...c, ...(scopes.length && !c.manifest ? { scopes } : {}) }));
}

function casesIn({ name, body }) {
  if (/let cases: &\[\(/.test(body)) return tableCases(name, body);
  const fromString = literalsAfter(body, 'files_from_string(');
  if (fromString.length)
    return fromString.map((lit, k) => ({
      name: fromString.length > 1 ? `${name} #${k + 1}` : name,
      ...filesFromString(lit.value),
      expected: expectations(body.slice(lit.end, fromString[k + 1]?.at ?? body.length)),
    }));
  const added = [...body.matchAll(/add_file\(\s*"([^"]+)",\s*/g)].map((m) => ({ path: m[1], source: rustString(body, m.index + m[0].length).value }));
  if (added.length) return [{ name, files: Object.fromEntries(added.map((a) => [a.path, a.source])), manifest: undefined, expected: expectations(body) }];
  return [{ name, files: {}, manifest: undefined, expected: expectations(body), unreadable: 'no files found in the test' }];
}

/** Every case of FSRT's test suite, in the order of the file. */
export function readFsrtTests(source) {
  return testFunctions(source).flatMap(casesOf);
}
