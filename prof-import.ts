import { readImportFile } from './core/import';
import { generateLibrary, toHypothesisExport } from './tests/fixtures/library/synthetic-library';
const text = toHypothesisExport(generateLibrary());
const t0 = performance.now();
JSON.parse(text);
const t1 = performance.now();
const r = readImportFile(text, { now: () => new Date(), newId: () => 'x', defaultColor: 'yellow' });
const t2 = performance.now();
console.log('parse', (t1 - t0).toFixed(0), 'readImportFile', (t2 - t1).toFixed(0), r.annotations.length);
