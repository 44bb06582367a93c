// Runs every expectation file through run(op, a, b, c, d, e); returns a report string.
function checkAll(run0, texts) {
  const out = [];
  function unesc(s) { return s.replace(/\\(.)/g, (_, c) => c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c); }
  function rows(f) { return texts[f].split('\n').filter(l => l.length).map(l => l.split('\t').map(unesc)); }
  function exp(r, i) { return r[i].startsWith('!') ? r[i].slice(1) + ': ' + r[i + 1] : r[i]; }
  let n = 0, bad = 0;
  const cats = {};
  function check(what, want, got) { n++; if (want !== got) { bad++; const c = what.split(' ')[0]; cats[c] = (cats[c] || 0) + 1; if (bad < 15) out.push('FAIL ' + what + ' ' + JSON.stringify(want) + ' ' + JSON.stringify(got)); } }
  const run = (...a) => run0(...a.concat(['', '', '', '', '', '']).slice(0, 6));
  let t0 = Date.now();
  for (const r of rows('float_repr.tsv')) check('repr ' + r[0], r[1], run('repr', r[0]));
  for (const r of rows('float_fixed_sci.tsv')) { check('fixed ' + r[0] + ' ' + r[1], r[2], run('fixed', r[0], r[1])); check('sci ' + r[0] + ' ' + r[1], r[3], run('sci', r[0], r[1])); }
  for (const r of rows('float_round.tsv')) {
    if (r[1] === 'int') check('roundint ' + r[0], r[2], run('roundint', r[0]));
    else check('round ' + r[0] + ' ' + r[1], exp(r, 2), run('round', r[0], r[1]));
  }
  for (const r of rows('float_parse.tsv')) {
    let want = exp(r, 1); if (/^(7ff8|fff8)0{12}$/.test(want)) want = 'nan';
    check('parse ' + r[0], want, run('parse', r[0]));
  }
  for (const r of rows('format_spec.tsv')) check('format ' + r.slice(0, 3).join(' '), exp(r, 3), run(r[0], r[1], r[2]));
  for (const r of rows('size_repr.tsv')) check('size ' + r[0], r[1], run('size', r[0]));
  out.push('scalars ' + (Date.now() - t0) + ' ms'); t0 = Date.now();
  for (const r of rows('tensor_repr.tsv')) check('tensor ' + r[0] + ' ' + r[1], r[5], run('tensor', r[0], r[1], r[2], r[3], r[4]));
  out.push('tensors ' + (Date.now() - t0) + ' ms');
  out.push(n + ' checked ' + bad + ' failed ' + JSON.stringify(cats));
  return out.join('\n');
}
const FILES = ['float_repr.tsv', 'float_fixed_sci.tsv', 'float_round.tsv', 'float_parse.tsv', 'format_spec.tsv', 'size_repr.tsv', 'tensor_repr.tsv'];
if (typeof module !== 'undefined') module.exports = { checkAll, FILES };
