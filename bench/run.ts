// `npm run bench`: runs every bench/*.bench.ts in turn (or those named on the command line).
// Each bench prints its own figures and ratios against a baseline measured in the same run.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { default?: () => Promise<void> | void };
    if (typeof mod.default !== 'function') throw new Error(`${file} has no default export to run`);
    await mod.default();
  } catch (err) {
    failed++;
    console.error(`${file} failed:`, err);
  }
}
process.exitCode = failed ? 1 : 0;
