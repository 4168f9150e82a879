// The layer table of docs/architecture.md as a check: every relative import in src (static, `export … from` and
// `import()`) goes where the importing layer may go, or the test names the file and the import.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Per layer, the layers it may import: all of one (`'any'`), or only the named files (without extension; `index` for the folder). */
type Rules = Readonly<Record<string, Readonly<Record<string, 'any' | readonly string[]>>>>;

/** docs/architecture.md, "Layers". */
const LAYERS: Rules = {
  model: {},
  ledgerLayout: { model: 'any' },
  ooxml: {},
  seed: {},
  functions: { model: 'any' },
  documents: { model: 'any', ooxml: 'any' },
  reports: { model: 'any', ledgerLayout: 'any', ooxml: 'any' },
  ledgerCopy: { model: 'any', ledgerLayout: 'any', reports: ['loadExcelJS'] },
  officialDocuments: { model: 'any', reports: ['chineseDate'] },
  workbook: { model: 'any', ledgerLayout: 'any', reports: 'any', ledgerCopy: ['copyFormulas', 'ledgerCopyLayout'] },
  fileWorkbook: {
    model: 'any',
    ledgerLayout: 'any',
    ooxml: 'any',
    reports: 'any',
    ledgerCopy: ['copyFormulas', 'ledgerCopyLayout', 'r1c1ToA1'],
    // The port's interface (the file port implements it) and its refusal.
    workbook: ['port', 'LedgerRefusal'],
  },
  taskpane: {
    model: 'any',
    documents: 'any',
    reports: 'any',
    seed: 'any',
    ledgerCopy: ['index', 'types'],
    officialDocuments: ['index', 'noticeDefaults', 'noticeFacts', 'types'],
    workbook: ['port', 'LedgerRefusal', 'requirements', 'createExcelPort'],
  },
  ledgerPage: {
    model: 'any',
    seed: 'any',
    fileWorkbook: 'any',
    taskpane: 'any',
    ledgerLayout: ['randomWorkbookId'],
    workbook: ['port'],
  },
};

interface SourceFile {
  /** Repository-relative, `src/<layer>/…`. */
  file: string;
  text: string;
}

/** Each import of the files that the rules do not allow, as `file → import`. */
function layerViolations(files: readonly SourceFile[], rules: Rules): string[] {
  const found: string[] = [];
  for (const { file, text } of files) {
    const layer = file.split('/')[1] ?? '';
    const allowed = rules[layer];
    if (allowed === undefined) {
      found.push(`${file}: layer ${layer} is not in the table`);
      continue;
    }
    for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!spec.startsWith('.')) continue;
      const target = normalize(join(dirname(file), spec.replace(/\?.*$/, ''))).split(/[\\/]/);
      if (target[0] !== 'src' || target[1] === layer) continue;
      const rule = allowed[target[1] ?? ''];
      const name =
        target.length === 2
          ? 'index'
          : target
              .slice(2)
              .join('/')
              .replace(/\.tsx?$/, '');
      if (rule === 'any' || (rule !== undefined && rule.includes(name))) continue;
      found.push(`${file} → ${spec}`);
    }
  }
  return found;
}

function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({
      file: relative(ROOT, join(dir, f)).split(/[\\/]/).join('/'),
      text: readFileSync(join(dir, f), 'utf8'),
    }));
}

const ROOT = join(import.meta.dirname, '../..');

describe('layer imports', () => {
  it('finds a forbidden import, static or dynamic, and lets the allowed ones pass', () => {
    const rules: Rules = { model: {}, reports: { model: 'any' }, taskpane: { model: 'any', reports: ['index'] } };
    // Written through `from` so that tests/shell/nodeOnlySuite.test.ts, which follows this file's own imports, skips them.
    const from = (spec: string): string => `'${spec}'`;
    const files: SourceFile[] = [
      {
        file: 'src/model/dates.ts',
        text: `import { x } from ${from('../reports/chaseList')};\nimport { y } from ${from('./y')};`,
      },
      {
        file: 'src/reports/chaseList.ts',
        text: `import type { Task } from ${from('../model')};\nexport * from ${from('../taskpane/app/App')};`,
      },
      {
        file: 'src/taskpane/summary/Summary.tsx',
        text: `const r = await import(${from('../../reports')});\nconst c = await import(${from('../../reports/chaseList')});\n// import ${from('../../workbook/port')}`,
      },
      { file: 'src/extra/a.ts', text: '' },
    ];
    expect(layerViolations(files, rules)).toEqual([
      'src/model/dates.ts → ../reports/chaseList',
      'src/reports/chaseList.ts → ../taskpane/app/App',
      'src/taskpane/summary/Summary.tsx → ../../reports/chaseList',
      'src/extra/a.ts: layer extra is not in the table',
    ]);
  });

  it('src follows the table of docs/architecture.md', () => {
    const files = sourceFiles(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(300);
    expect(layerViolations(files, LAYERS)).toEqual([]);
  });
});
