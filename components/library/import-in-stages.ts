// Sends an import file's validated records to the background in chunks and commits them: the page's half of the
// staged import (lib/messaging.ts `stageImport`, `commitImport`, `cancelImport`). Each chunk stays far below the
// browser's message size limit, progress is reported per chunk, and cancelling keeps nothing.
import type { Annotation, ArticleRecord } from '../../core/types';
import { IMPORT_CHUNK_MAX, sendToBackground, type BackgroundProtocol } from '../../lib/messaging';

export interface ImportProgress {
  /** `sending`: chunks going to the background; `writing`: the one transaction that stores them. */
  phase: 'sending' | 'writing';
  /** Records (articles and annotations) handed to the background so far. */
  done: number;
  total: number;
}

export type StagedOutcome = BackgroundProtocol['commitImport']['res'] | { ok: false; cancelled: true; reason: string };

export interface StagedImportOptions {
  onProgress(progress: ImportProgress): void;
  /** Aborting it cancels the import: the background drops what it staged, or aborts the write under way. */
  signal: AbortSignal;
  /** Records per message (at most IMPORT_CHUNK_MAX). */
  chunkSize?: number;
  newId?: () => string;
}

/** 5,000 annotations is ~3 MB of JSON a message: small enough to report progress often, big enough to be cheap. */
const CHUNK = 5_000;
const IN_FLIGHT = 2;

/**
 * Stages `records` in chunks, then commits them in one transaction. Resolves with the background's outcome, or
 * `{ ok: false, cancelled: true }` when `signal` was aborted before the write committed (then nothing was written).
 */
export async function importInStages(
  records: { articles: readonly ArticleRecord[]; annotations: readonly Annotation[] },
  { onProgress, signal, chunkSize = CHUNK, newId = () => crypto.randomUUID() }: StagedImportOptions,
): Promise<StagedOutcome> {
  const size = Math.max(1, Math.min(chunkSize, IMPORT_CHUNK_MAX));
  const importId = newId();
  const total = records.articles.length + records.annotations.length;
  const cancelled = (): StagedOutcome => ({ ok: false, cancelled: true, reason: 'cancelled' });
  const cancel = () => void sendToBackground('cancelImport', { importId });
  if (signal.aborted) return cancelled();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    let done = 0;
    onProgress({ phase: 'sending', done, total });
    // Two chunks in flight: the page serialises the next while the background validates and stages the last.
    const inFlight = new Set<Promise<void>>();
    let refused: { ok: false; reason: string } | null = null;
    for (const chunk of chunksOf(records, size)) {
      const sent: Promise<void> = sendToBackground('stageImport', { importId, ...chunk }).then((staged) => {
        inFlight.delete(sent);
        if (!staged.ok) refused ??= staged;
        else if (!signal.aborted && !refused)
          onProgress({ phase: 'sending', done: (done += chunk.articles.length + chunk.annotations.length), total });
      });
      inFlight.add(sent);
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
      if (signal.aborted) return cancelled();
      if (refused) break;
    }
    await Promise.all(inFlight);
    if (signal.aborted) return cancelled();
    if (refused) {
      cancel();
      return refused;
    }
    onProgress({ phase: 'writing', done, total });
    const written = await sendToBackground('commitImport', { importId });
    // A cancel that reached the background in time aborted the write: say so rather than "the write failed".
    return !written.ok && signal.aborted ? cancelled() : written;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

/** Articles first, then annotations, `size` records a chunk; one empty chunk when there is nothing, to open the stage. */
function* chunksOf(
  records: { articles: readonly ArticleRecord[]; annotations: readonly Annotation[] },
  size: number,
): Generator<{ articles: ArticleRecord[]; annotations: Annotation[] }> {
  for (let i = 0; i < records.articles.length; i += size)
    yield { articles: records.articles.slice(i, i + size), annotations: [] };
  for (let i = 0; i < records.annotations.length; i += size)
    yield { articles: [], annotations: records.annotations.slice(i, i + size) };
  if (records.articles.length + records.annotations.length === 0) yield { articles: [], annotations: [] };
}
