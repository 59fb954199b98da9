// `npm run bench import-read`: reading a Hypothesis file of the synthetic library (100,000 highlights over 10,000
// articles by default; LIB_ARTICLES, LIB_PER_ARTICLE) in Node, the part of an import the library's worker does before
// writing. Prints the whole read (readImportFile) and JSON.parse alone, then the two per-record steps that changed,
// each beside its baseline in the same run: the annotation check (valibot alone, as before the quick check, vs
// checkAnnotation) and the ids (stableUuid's old hex formatting vs today's). Median CPU ms of ROUNDS interleaved
// rounds (CPU, not wall: the machine is shared). Asserts nothing.
import { cpus, loadavg } from 'node:os';
import * as v from 'valibot';
import { stableUuid } from '../core/export';
import { hash128 } from '../core/hash';
import { readImportFile } from '../core/import';
import { checkAnnotation } from '../core/import/common';
import { AnnotationSchema } from '../core/schemas';
import { generateLibrary, toHypothesisExport } from '../tests/fixtures/library/synthetic-library';

const ROUNDS = 5;

/** CPU ms (user + system) `fn` takes; its result is kept from being optimised away. */
function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  const out = fn();
  const used = process.cpuUsage(start);
  if (out === Symbol.for('never')) console.log(out);
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]!;

/** stableUuid as it was written before: `toString(16)` on each hash word. The baseline of the ids row. */
function stableUuidBefore(namespace: string, name: string): string {
  const hex = hash128(`${namespace}\u0000${name}`)
    .map((n) => n.toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export default function run(): void {
  const library = generateLibrary();
  const text = toHypothesisExport(library);
  const options = {
    now: () => new Date(),
    newId: () => `urn:uuid:${crypto.randomUUID()}`,
    defaultColor: 'yellow' as const,
  };
  const report = readImportFile(text, options);
  const records = report.annotations;
  const names = records.map((_, i) => `hyp-${i}-Xy7_abcDEF`);
  console.log(
    `${(text.length / 1e6).toFixed(1)} MB Hypothesis file, ${records.length} annotations, ${report.rejected.length} rejected`,
  );

  const steps: Record<string, () => unknown> = {
    'readImportFile (parse + validate)': () => readImportFile(text, options),
    'JSON.parse alone': () => JSON.parse(text),
    'check: valibot alone (before)': () => records.filter((r) => v.safeParse(AnnotationSchema, r).success).length,
    'check: checkAnnotation (quick check first)': () =>
      records.filter((r) => checkAnnotation(r, options.now).ok).length,
    'ids: toString(16) (before)': () => names.map((n) => stableUuidBefore('hypothesis', n)),
    'ids: stableUuid (byte table)': () => names.map((n) => stableUuid('hypothesis', n)),
  };
  const times: Record<string, number[]> = {};
  for (const name of Object.keys(steps)) times[name] = [];
  for (let round = 0; round < ROUNDS; round++)
    for (const [name, fn] of Object.entries(steps)) times[name]!.push(cpuMs(fn));

  const row = (what: string, ms: number, note = '') =>
    console.log(what.padEnd(46), `${ms.toFixed(0)} ms CPU`.padStart(14), note);
  const m = (name: string) => median(times[name]!);
  console.log(`median of ${ROUNDS} interleaved rounds:`);
  row('readImportFile (parse + validate)', m('readImportFile (parse + validate)'));
  row('  JSON.parse alone', m('JSON.parse alone'));
  const before = m('check: valibot alone (before)');
  const after = m('check: checkAnnotation (quick check first)');
  row('  check, valibot alone (baseline)', before);
  row('  check, checkAnnotation', after, `${(after / before).toFixed(2)}x (includes URL normal form)`);
  const idsBefore = m('ids: toString(16) (before)');
  const idsAfter = m('ids: stableUuid (byte table)');
  row('  ids, toString(16) (baseline)', idsBefore);
  row('  ids, stableUuid', idsAfter, `${(idsAfter / idsBefore).toFixed(2)}x`);
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
}
