// `npm run corpus [dir]`: parses every table (.txt; .pdf and .docx read as the pane reads them) of a genre corpus
// (default ../shared/corpus/genre-dev) against its expected.json and prints, per file and in total, rows found, agency
// sets right, leads right, deadlines right, issues raised, and rows wrong with no warning on them (a row not found, or
// found with a wrong field, and no issue naming its number). Exits 1 below 95% rows, 90% agency sets, leads, deadlines.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalizeAgency, parseTaskGrid, parseTaskTable, type ParsedTaskTable, type Task } from '../src/model';
import { readCorpusPdf } from './corpusPdf';
import { readCorpusDocx } from './corpusDocument';

interface ExpectedRow {
  no: number;
  section: number | null;
  lead: string[];
  support: string[];
  joint: string[];
  leader?: string[];
  deadline: string | null;
  ongoing: boolean;
  ambiguous?: boolean;
}

interface Score {
  rows: number;
  found: number;
  agencies: number;
  leads: number;
  roles: number;
  leaders: number;
  deadlines: number;
  issues: number;
  /** Rows wrong (not found, or a field wrong) with no issue naming their number. */
  silent: number;
}

const THRESHOLDS = { found: 0.95, agencies: 0.9, leads: 0.9, deadlines: 0.9 } as const;
/** A corpus file is plain text of a few KB; anything larger is not one. */
const MAX_FILE_BYTES = 1_000_000;

const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/corpus/genre-dev');
const expectedPath = join(dir, 'expected.json');
if (!existsSync(dir) || !existsSync(expectedPath)) {
  console.error(`corpus: no corpus at ${dir} (expected a folder with expected.json and the .txt tables).`);
  console.error('Usage: npm run corpus -- [path to the corpus folder]  (default ../shared/corpus/genre-dev)');
  process.exit(1);
}

function readBounded(path: string): string {
  if (statSync(path).size > MAX_FILE_BYTES) throw new Error(`${path} is larger than ${MAX_FILE_BYTES} bytes`);
  return readFileSync(path, 'utf8');
}

const expected = JSON.parse(readBounded(expectedPath)) as Record<string, ExpectedRow[]>;

const setOf = (names: readonly string[]): string => [...new Set(names.map((n) => normalizeAgency(n)))].sort().join('|');
const agenciesOf = (task: Task, role?: 'lead' | 'support' | 'joint'): string[] =>
  task.assignments.filter((a) => role === undefined || a.role === role).map((a) => a.agency);
const pct = (n: number, d: number): string => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

/** The corpus file as the user pastes it: line 1 `# layout:`, line 2 `# title:`, then the text. */
function readCorpusFile(path: string): { title: string; text: string } {
  const raw = readBounded(path);
  const lines = raw.split(/(?<=\n)/);
  const title = (lines[1] ?? '').replace(/^#\s*title:\s*/, '').trim();
  return { title, text: lines.slice(2).join('') };
}

function yearOf(title: string): number | undefined {
  const m = /(\d{4})年/.exec(title);
  return m ? Number(m[1]) : undefined;
}

const READABLE_RE = /\.(?:txt|pdf|docx)$/;
const files = readdirSync(dir)
  .filter((f) => READABLE_RE.test(f))
  .sort();
const total: Score = {
  rows: 0,
  found: 0,
  agencies: 0,
  leads: 0,
  roles: 0,
  leaders: 0,
  deadlines: 0,
  issues: 0,
  silent: 0,
};

/** One corpus file parsed as the pane would: text pasted, a PDF, .docx or page read into a grid first. */
async function parseFile(path: string): Promise<ParsedTaskTable> {
  if (path.endsWith('.docx')) {
    const doc = await readCorpusDocx(path);
    const year = doc.year ?? yearOf(doc.title);
    return parseTaskGrid(doc.grid, year === undefined ? {} : { documentYear: year });
  }
  const read = path.endsWith('.pdf') ? await readCorpusPdf(path) : { ...readCorpusFile(path), year: undefined };
  const year = read.year ?? yearOf(read.title);
  return parseTaskTable(read.text, year === undefined ? {} : { documentYear: year });
}
const misses: string[] = [];
console.log(`corpus: ${dir}`);
console.log(`${'file'.padEnd(52)} rows found  agencies   leads   roles leaders deadlines issues silent`);
for (const file of files) {
  const rows = expected[file];
  if (!rows) {
    console.log(`${file.padEnd(52)} (not in expected.json, skipped)`);
    continue;
  }
  const table = await parseFile(join(dir, file));
  const score: Score = {
    rows: rows.length,
    found: 0,
    agencies: 0,
    leads: 0,
    roles: 0,
    leaders: 0,
    deadlines: 0,
    issues: table.issues.length,
    silent: 0,
  };
  // A row is warned about when an issue names its number, or (not found) when the table as a whole has an error.
  const warned = (no: number): boolean => table.issues.some((i) => i.params['no'] === no);
  const tableError = table.issues.some((i) => i.severity === 'error' && i.line === 0);
  const used = new Set<Task>();
  for (const row of rows) {
    const task = table.tasks.find((t) => t.no === row.no && !used.has(t));
    if (!task) {
      misses.push(`${file} #${row.no}: not found`);
      if (!tableError) score.silent += 1;
      continue;
    }
    used.add(task);
    score.found += 1;
    const allRight = setOf([...row.lead, ...row.support, ...row.joint]) === setOf(agenciesOf(task));
    const leadRight = setOf(row.lead) === setOf(agenciesOf(task, 'lead'));
    const rolesRight =
      leadRight &&
      setOf(row.support) === setOf(agenciesOf(task, 'support')) &&
      setOf(row.joint) === setOf(agenciesOf(task, 'joint'));
    const leadersRight =
      row.leader === undefined || [...row.leader].sort().join('|') === [...task.leaders].sort().join('|');
    const deadlineRight =
      row.deadline === task.deadline &&
      row.ongoing === task.ongoing &&
      (row.ambiguous === undefined || row.ambiguous === task.ambiguous);
    if (allRight) score.agencies += 1;
    if (leadRight) score.leads += 1;
    if (rolesRight) score.roles += 1;
    if (leadersRight) score.leaders += 1;
    if (deadlineRight) score.deadlines += 1;
    const wrong: string[] = [];
    if (!allRight || !rolesRight) {
      wrong.push(
        `units lead=${agenciesOf(task, 'lead').join('、')} support=${agenciesOf(task, 'support').join('、')} joint=${agenciesOf(task, 'joint').join('、')} (expected lead=${row.lead.join('、')} support=${row.support.join('、')} joint=${row.joint.join('、')})`,
      );
    }
    if (!leadersRight) wrong.push(`leaders=${task.leaders.join('、')} (expected ${(row.leader ?? []).join('、')})`);
    if (!deadlineRight) {
      wrong.push(
        `deadline=${task.deadline} ongoing=${task.ongoing} ambiguous=${task.ambiguous} (expected ${row.deadline} ${row.ongoing} ${row.ambiguous}) from “${task.schedule}”`,
      );
    }
    if (wrong.length > 0 && !warned(row.no)) score.silent += 1;
    for (const w of wrong) misses.push(`${file} #${row.no}: ${warned(row.no) ? '' : '(no warning) '}${w}`);
  }
  for (const key of Object.keys(total) as (keyof Score)[]) total[key] += score[key];
  const n = score.rows;
  console.log(
    `${file.padEnd(52)} ${String(score.found).padStart(2)}/${String(n).padEnd(2)} ${pct(score.agencies, n)}  ${pct(score.leads, n)} ${pct(score.roles, n)} ${pct(score.leaders, n)}   ${pct(score.deadlines, n)} ${String(score.issues).padStart(6)} ${pct(score.silent, n)}`,
  );
}
const n = total.rows;
console.log(
  `${'TOTAL'.padEnd(52)} ${total.found}/${n} ${pct(total.agencies, n)}  ${pct(total.leads, n)} ${pct(total.roles, n)} ${pct(total.leaders, n)}   ${pct(total.deadlines, n)} ${String(total.issues).padStart(6)} ${pct(total.silent, n)}`,
);
console.log(
  `rows found ${pct(total.found, n)} · agency sets right ${pct(total.agencies, n)} · leads right ${pct(total.leads, n)} · deadlines right ${pct(total.deadlines, n)} · issues raised ${total.issues} · wrong, no warning ${pct(total.silent, n).trim()}`,
);
if (process.argv.includes('--verbose') || process.env['CORPUS_VERBOSE'] === '1')
  for (const m of misses) console.log(`  ${m}`);

const failures: string[] = [];
if (n === 0) failures.push('no expected rows');
if (total.found / n < THRESHOLDS.found) failures.push(`rows found below ${THRESHOLDS.found * 100}%`);
if (total.agencies / n < THRESHOLDS.agencies) failures.push(`agency sets below ${THRESHOLDS.agencies * 100}%`);
if (total.leads / n < THRESHOLDS.leads) failures.push(`leads below ${THRESHOLDS.leads * 100}%`);
if (total.deadlines / n < THRESHOLDS.deadlines) failures.push(`deadlines below ${THRESHOLDS.deadlines * 100}%`);
if (failures.length > 0) {
  console.error(`corpus: FAILED (${failures.join('; ')})`);
  process.exit(1);
}
console.log('corpus: passed');
