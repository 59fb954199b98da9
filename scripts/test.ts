// `npm test`: type-check, unit tests in Node, build both browsers' extensions, lint the Firefox build, then the
// end-to-end suite in real Chromium (and the Firefox smoke test). Prints each stage's counts and one closing line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const TMP = '.tmp';
mkdirSync(TMP, { recursive: true });

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) broken = true;
  return ok;
}

/** Reads vitest's JSON report and adds its counts to the total. */
function count(label: string, file: string): void {
  if (!existsSync(file)) {
    console.log(`${label}: no report written`);
    broken = true;
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  const c = {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
  console.log(`${label}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
}

const npx = 'npx';
run('typecheck', npx, ['tsc', '--noEmit']);
// Biome: formatting and lint errors fail the run; warnings are printed for review (docs/style.md).
run('format and lint (Biome)', npx, ['biome', 'check', '--diagnostic-level=error', '.']);
const unitReport = join(TMP, 'unit.json');
rmSync(unitReport, { force: true });
run('unit tests (Node)', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
]);
count('unit', unitReport);
const built =
  run('build Chrome MV3', npx, ['wxt', 'build']) && run('build Firefox MV2', npx, ['wxt', 'build', '-b', 'firefox']);
if (built)
  run('web-ext lint (Firefox build)', npx, ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted']);
const e2eReport = join(TMP, 'e2e.json');
rmSync(e2eReport, { force: true });
if (built) {
  run('end-to-end (real Chromium, built extension)', npx, [
    'vitest',
    'run',
    '-c',
    'vitest.e2e.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${e2eReport}`,
  ]);
  count('e2e', e2eReport);
}

console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(broken || total.failed > 0 ? 1 : 0);
