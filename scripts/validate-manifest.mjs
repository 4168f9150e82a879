// `npm run validate`: offline checks of the manifests against the built dist/ (scripts/lib/validateManifest.mjs),
// plus `office-addin-manifest info` (Microsoft's parser; its `validate` needs the internet).
//   node scripts/validate-manifest.mjs [--dist dist] [manifest.xml ...]   (default: dist/manifest.xml and manifest.xml)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  distReader,
  manifestInfoProblems,
  readExcelApiRequirement,
  validateManifest,
} from './lib/validateManifest.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ options: { dist: { type: 'string' } }, allowPositionals: true });
const dist = resolve(values.dist ?? join(root, 'dist'));
const manifests =
  positionals.length > 0
    ? positionals.map((p) => resolve(p))
    : [join(dist, 'manifest.xml'), join(root, 'manifest.xml')];
const excelApiRequirement = readExcelApiRequirement(join(root, 'src/workbook/requirements.ts'));

let failures = 0;
if (!existsSync(join(dist, 'taskpane.html'))) {
  console.error(`DIST_MISSING: ${relative(root, dist) || dist}/ has no build; run \`npm run build\` first`);
  process.exit(1);
}
if (excelApiRequirement === undefined) {
  console.warn(
    'note: src/workbook/requirements.ts exports no EXCEL_API_REQUIREMENT; the ExcelApi minimum is not compared',
  );
}
for (const file of manifests) {
  const name = relative(root, file) || file;
  if (!existsSync(file)) {
    console.error(`${name}: MANIFEST_MISSING: no such file`);
    failures += 1;
    continue;
  }
  const problems = validateManifest(readFileSync(file, 'utf8'), {
    readDistFile: distReader(dist),
    excelApiRequirement,
  });
  if (problems.length === 0) problems.push(...manifestInfoProblems(file));
  for (const problem of problems) console.error(`${name}: ${problem.code}: ${problem.message}`);
  failures += problems.length;
  if (problems.length === 0)
    console.log(
      `${name}: ok (checked against ${relative(root, dist) || dist}/, ExcelApi requirement ${excelApiRequirement ?? 'unknown'})`,
    );
}
process.exit(failures === 0 ? 0 : 1);
