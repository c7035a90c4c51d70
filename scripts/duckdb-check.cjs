// duckdb-check.cjs loads the exports into a real DuckDB and checks that it
// reads them exactly; scripts/duckdb runs it (see there).
//
// Usage: node scripts/duckdb-check.cjs NODE_API_DIR EXPORT_DIR README
//
// EXPORT_DIR holds facts.jsonl and facts-read.jsonl (the JSON Lines export
// with and without the derived facts), facts.csv, facts.sdmx.csv and
// datapackage.json. The script
//
//  1. loads facts.csv and facts.sdmx.csv with the column types of their
//     Table Schemas, read from datapackage.json, and facts.jsonl with the
//     same types; every value read back as text equals the export's text
//     (2027.00 stays 2027.00, null stays null), compared with this
//     script's own reading of the files, not DuckDB's;
//  2. loads the decimal columns again as DECIMAL(38,10) and checks that
//     each equals its text numerically;
//  3. checks that DuckDB's own detection of the JSON Lines files finds the
//     same columns with and without the derived facts, and that every
//     date casts to DATE;
//  4. runs the SQL examples of README between <!-- sql --> and
//     <!-- /sql -->, in EXPORT_DIR, and compares each result with the text
//     block that follows it in README.
//
// It prints what it checked and exits 1 on the first kind of failure.
'use strict';

const fs = require('fs');
const path = require('path');

const [apiDir, dir, readme] = process.argv.slice(2);
if (!apiDir || !dir || !readme) {
  console.error('usage: node scripts/duckdb-check.cjs NODE_API_DIR EXPORT_DIR README');
  process.exit(2);
}
const { DuckDBInstance } = require(path.join(apiDir, 'node_modules', '@duckdb', 'node-api'));

let failures = 0;
function fail(msg) {
  failures++;
  if (failures <= 20) console.error('duckdb: ' + msg);
}

// parseCSV reads RFC 4180 CSV: fields separated by commas, quoted with
// '"' where they hold a comma, quote or line break, '""' for a quote.
function parseCSV(text) {
  const rows = [];
  let row = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (c === '\n') { fail('a line ends with LF, not CRLF'); row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

// duckType maps a Table Schema field to the DuckDB type it is read as.
function duckType(f) {
  switch (f.type) {
    case 'string': return 'VARCHAR';
    case 'integer': return 'BIGINT';
    case 'boolean': return 'BOOLEAN';
    case 'date': return 'DATE';
    case 'array': return 'JSON';
  }
  throw new Error(`field ${f.name}: Table Schema type ${f.type} has no DuckDB type here`);
}

// isDecimal reports whether a field holds decimals as text.
const decimalPattern = '-?[0-9]+(\\.[0-9]+)?';
function isDecimal(f) { return f.constraints && f.constraints.pattern === decimalPattern; }

function sqlString(s) { return "'" + s.replace(/'/g, "''") + "'"; }

function columnsClause(fields, typeOf) {
  return '{' + fields.map(f => sqlString(f.name) + ': ' + sqlString(typeOf(f))).join(', ') + '}';
}

// text returns a DuckDB value as text, '' for NULL.
function text(v) { return v === null || v === undefined ? '' : String(v); }

// normal returns a decimal's text without trailing fractional zeros.
function normal(s) {
  if (!s.includes('.')) return s === '-0' ? '0' : s;
  s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

async function rows(con, sql) {
  const r = await con.runAndReadAll(sql);
  return { names: r.columnNames(), rows: r.getRows() };
}

// readCSV loads file with the types of schema and compares it with the
// file's own text, cell by cell; then with the decimal columns as
// DECIMAL(38,10), numerically.
async function readCSV(con, file, schema, table) {
  const want = parseCSV(fs.readFileSync(path.join(dir, file), 'utf8'));
  const header = want.shift();
  const names = schema.fields.map(f => f.name);
  if (header.join(',') !== names.join(',')) fail(`${file}: header ${header} is not the Table Schema's ${names}`);
  const src = `read_csv(${sqlString(path.join(dir, file))}, header = true, delim = ',', quote = '"', escape = '"', ` +
    `new_line = '\\r\\n', auto_detect = false, columns = ${columnsClause(schema.fields, duckType)})`;
  await con.run(`CREATE TABLE ${table} AS SELECT * FROM ${src}`);
  const got = await rows(con, `SELECT ${names.map(n => `CAST("${n}" AS VARCHAR)`).join(', ')} FROM ${table}`);
  if (got.rows.length !== want.length) fail(`${file}: DuckDB read ${got.rows.length} rows, the file has ${want.length}`);
  let cells = 0;
  got.rows.forEach((row, i) => row.forEach((v, j) => {
    cells++;
    if (text(v) !== want[i][j]) fail(`${file} line ${i + 2} ${names[j]}: DuckDB reads ${JSON.stringify(text(v))}, the file has ${JSON.stringify(want[i][j])}`);
  }));
  const decimals = schema.fields.filter(isDecimal);
  const dsrc = `read_csv(${sqlString(path.join(dir, file))}, header = true, auto_detect = false, new_line = '\\r\\n', ` +
    `columns = ${columnsClause(schema.fields, f => isDecimal(f) ? 'DECIMAL(38,10)' : duckType(f))})`;
  const dec = await rows(con, `SELECT ${decimals.map(f => `CAST("${f.name}" AS VARCHAR)`).join(', ')} FROM ${dsrc}`);
  let numbers = 0;
  dec.rows.forEach((row, i) => row.forEach((v, j) => {
    const w = want[i][names.indexOf(decimals[j].name)];
    if (w === '') { if (v !== null) fail(`${file} line ${i + 2} ${decimals[j].name}: DECIMAL ${v} for an empty field`); return; }
    numbers++;
    if (normal(text(v)) !== normal(w)) fail(`${file} line ${i + 2} ${decimals[j].name}: DECIMAL ${text(v)} is not ${w}`);
  }));
  const types = schema.fields.map(f => `${f.name} ${isDecimal(f) ? 'VARCHAR (DECIMAL)' : duckType(f)}`);
  console.log(`${file}: ${got.rows.length} rows, ${cells} cells read back as their text; ${numbers} decimals equal as DECIMAL(38,10)`);
  console.log(`  types: ${types.join(', ')}`);
  return got.rows.length;
}

// readJSONL loads file with the Table Schema's types and compares every
// value with the file's own JSON.
async function readJSONL(con, file, schema, table) {
  const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter(l => l !== '');
  const want = lines.map(l => JSON.parse(l));
  const names = schema.fields.map(f => f.name);
  await con.run(`CREATE TABLE ${table} AS SELECT * FROM read_json(${sqlString(path.join(dir, file))}, ` +
    `format = 'newline_delimited', columns = ${columnsClause(schema.fields, duckType)})`);
  const got = await rows(con, `SELECT ${names.map(n => `CAST("${n}" AS VARCHAR)`).join(', ')} FROM ${table}`);
  if (got.rows.length !== want.length) fail(`${file}: DuckDB read ${got.rows.length} rows, the file has ${want.length}`);
  got.rows.forEach((row, i) => row.forEach((v, j) => {
    const f = schema.fields[j];
    const w = want[i][f.name];
    if (!(f.name in want[i])) fail(`${file} line ${i + 1}: no field ${f.name}`);
    if (w === '') fail(`${file} line ${i + 1}: ${f.name} is "" rather than null`);
    let ok;
    if (f.type === 'array') ok = v !== null && JSON.stringify(JSON.parse(text(v))) === JSON.stringify(w);
    else if (w === null) ok = v === null;
    else ok = text(v) === String(w);
    if (!ok) fail(`${file} line ${i + 1} ${f.name}: DuckDB reads ${JSON.stringify(text(v))}, the file has ${JSON.stringify(w)}`);
  }));
  console.log(`${file}: ${got.rows.length} records, every field read back as the file's value`);
}

// detected returns the columns and types DuckDB detects in a JSON Lines
// file by itself.
async function detected(con, file) {
  const r = await rows(con, `DESCRIBE SELECT * FROM read_json(${sqlString(path.join(dir, file))})`);
  return r.rows.map(x => [text(x[0]), text(x[1])]);
}

// readmeExamples returns the SQL blocks of README between the markers,
// each with the text block that follows it, if any.
function readmeExamples(md) {
  const start = md.indexOf('<!-- sql -->'), end = md.indexOf('<!-- /sql -->');
  if (start < 0 || end < start) throw new Error('README has no <!-- sql --> … <!-- /sql --> section');
  const section = md.slice(start, end);
  const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(m => ({ lang: m[1], body: m[2] }));
  const examples = [];
  blocks.forEach((b, i) => {
    if (b.lang !== 'sql') return;
    const next = blocks[i + 1];
    examples.push({ sql: b.body, want: next && next.lang === 'text' ? next.body : null });
  });
  return examples;
}

// render writes a result as README shows it: the column names, then one
// line per row, cells joined by " | ", NULL for null.
function render(r) {
  const lines = [r.names.join(' | ')];
  for (const row of r.rows) lines.push(row.map(v => v === null ? 'NULL' : String(v)).join(' | '));
  return lines.join('\n') + '\n';
}

(async () => {
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  const version = await rows(con, 'SELECT version()');
  console.log(`DuckDB ${text(version.rows[0][0])}`);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'datapackage.json'), 'utf8'));
  const resource = name => {
    const r = pkg.resources.find(x => x.name === name);
    if (!r) throw new Error(`datapackage.json has no resource ${name}`);
    return r;
  };
  const facts = resource('facts'), obs = resource('observations');

  // 1, 2: the CSVs with their Table Schemas, and JSON Lines with the same types.
  const n = await readCSV(con, facts.path, facts.schema, 'facts_csv');
  await readCSV(con, obs.path, obs.schema, 'observations_csv');
  await readJSONL(con, 'facts.jsonl', facts.schema, 'facts_jsonl');
  const same = await rows(con, 'SELECT count(*) FROM (SELECT * FROM facts_csv EXCEPT ALL SELECT * FROM facts_jsonl)');
  if (Number(same.rows[0][0]) !== 0) fail(`${same.rows[0][0]} rows of facts.csv differ from facts.jsonl`);
  else console.log(`facts.csv and facts.jsonl: the same ${n} rows`);

  // 3: DuckDB's own detection of JSON Lines, facts only and with derived.
  const read = await detected(con, 'facts-read.jsonl'), all = await detected(con, 'facts.jsonl');
  const cols = x => x.map(c => c[0]).join(',');
  if (cols(read) !== cols(all) || read.length !== facts.schema.fields.length) {
    fail(`detected columns differ: facts only ${cols(read)}; with derived ${cols(all)}`);
  } else {
    console.log(`read_json detects the same ${read.length} columns in facts-read.jsonl and facts.jsonl`);
  }
  for (const file of ['facts-read.jsonl', 'facts.jsonl']) {
    const r = await rows(con, `SELECT count(*), count(CAST(period_start AS DATE)), count(CAST(period_end_latest AS DATE)) ` +
      `FROM read_json(${sqlString(path.join(dir, file))}, columns = {'period_start': 'VARCHAR', 'period_end_latest': 'VARCHAR'})`);
    const [total, start, latest] = r.rows[0].map(text);
    console.log(`${file}: ${total} rows; CAST(period_start AS DATE) succeeds on all of them, ${start} dated (${latest} with period_end_latest)`);
  }

  // 4: the README's SQL examples, run where the exports are.
  process.chdir(dir);
  const examples = readmeExamples(fs.readFileSync(readme, 'utf8'));
  if (examples.length === 0) fail('README shows no SQL example');
  const ex = await (await DuckDBInstance.create(':memory:')).connect();
  for (const e of examples) {
    let got;
    try {
      got = render(await rows(ex, e.sql));
    } catch (err) {
      fail(`README example failed:\n${e.sql}\n${err.message}`);
      continue;
    }
    const first = e.sql.trim().split('\n')[0];
    if (e.want !== null && got !== e.want) {
      fail(`README example ${first}\nshows:\n${e.want}DuckDB returns:\n${got}`);
    } else {
      console.log(`README example ${first} … ${e.want === null ? 'ran' : 'returns what README shows'}`);
    }
  }
  if (failures > 0) {
    console.error(`duckdb: ${failures} failures`);
    process.exit(1);
  }
  console.log('duckdb: ok');
})().catch(err => {
  console.error('duckdb: ' + (err && err.stack || err));
  process.exit(1);
});
