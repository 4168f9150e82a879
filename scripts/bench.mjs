// `npm run bench`: runs every bench/*.bench.ts (node, through tsx) and bench/*.bench.mjs in one run,
// each printing ratios measured side by side. Exits non-zero when any bench fails or misses its target.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const dir = 'bench';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') || f.endsWith('.bench.mjs'))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const args = file.endsWith('.ts') ? ['--import', 'tsx', join(dir, file)] : [join(dir, file)];
  const result = spawnSync(process.execPath, ['--expose-gc', ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`${file}: exit ${result.status ?? result.signal}`);
  }
}
console.log(`\n${files.length - failed} benches met their targets, ${failed} did not`);
process.exit(failed === 0 ? 0 : 1);
