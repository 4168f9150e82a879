// `npm run screenshots`: copies the pane screenshots the browser tests wrote to test-results/screenshots/ over
// docs/screenshots/ (the README's pictures). The tests never write tracked files themselves.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'test-results/screenshots');
const to = join(root, 'docs/screenshots');
if (!existsSync(from)) {
  console.error('No screenshots in test-results/screenshots/: run `npm run test:browser` first.');
  process.exit(1);
}
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((name) => name.endsWith('.png'));
for (const name of files) copyFileSync(join(from, name), join(to, name));
console.log(`copied ${files.length} screenshots to docs/screenshots/`);
