// The folder's lossless backup: Lede's JSON-LD collection (what Export and Import already speak) with the
// deletions this profile knows of as `lede:tombstones`, so "Import from folder" elsewhere applies them. Pure.
import type { ExportInput } from '../export/bundle';
import { exportJsonLd } from '../export/jsonld';
import { MAX_TOMBSTONE_ID_CHARS } from '../limits';
import type { Tombstone } from './merge';

/** Most tombstones read from one backup (a deletion of 100,000 notes stays well within it). */
const MAX_TOMBSTONES = 1_000_000;

/** The backup's text: the JSON-LD export of `input` plus `tombstones`, pretty-printed like the export. */
export function backupText(input: ExportInput, now: () => Date, tombstones: readonly Tombstone[] = []): string {
  const doc = exportJsonLd(input, now) as unknown as Record<string, unknown>;
  if (tombstones.length) doc['lede:tombstones'] = tombstones.map((t) => ({ ...t }));
  return JSON.stringify(doc, null, 1);
}

/**
 * The tombstones a backup's text carries; an empty list for text without them (older backups, other tools' files)
 * or text that is not JSON (the importer reports that). Entries without a string id or a valid time are skipped.
 */
export function tombstonesOf(text: string): Tombstone[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return []; // not JSON: readImportFile, which reads the same text, tells the reader why
  }
  const list = (doc as Record<string, unknown> | null)?.['lede:tombstones'];
  if (!Array.isArray(list)) return [];
  const out: Tombstone[] = [];
  for (const raw of list.slice(0, MAX_TOMBSTONES)) {
    const r = raw as Partial<Tombstone> | null;
    if (!r || typeof r.id !== 'string' || !r.id || r.id.length > MAX_TOMBSTONE_ID_CHARS) continue;
    if (typeof r.deleted !== 'string' || Number.isNaN(Date.parse(r.deleted))) continue;
    out.push(
      r.kind === 'article' ? { id: r.id, deleted: r.deleted, kind: 'article' } : { id: r.id, deleted: r.deleted },
    );
  }
  return out;
}
