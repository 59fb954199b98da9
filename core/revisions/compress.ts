// Reading copies at rest: JSON, gzip-compressed with the platform's CompressionStream (extension pages, service
// workers and Node 20 all have it). Reading checks the shape, since stored bytes are untrusted like any input.
import type { ReadingCopy } from './reading-copy';

/** Stored bytes that are not a reading copy (corrupt, cut off, or from a future version). */
export class ReadingCopyDataError extends Error {
  override name = 'ReadingCopyDataError';
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The copy as gzip bytes. */
export async function compressCopy(copy: ReadingCopy): Promise<Uint8Array> {
  return pipe(new TextEncoder().encode(JSON.stringify(copy)), new CompressionStream('gzip'));
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Reads gzip bytes back into a copy; throws ReadingCopyDataError when they are not one. */
export async function decompressCopy(bytes: Uint8Array): Promise<ReadingCopy> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(await pipe(bytes, new DecompressionStream('gzip'))));
  } catch (err) {
    throw new ReadingCopyDataError(
      `the kept text could not be read (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  const c = value as Partial<ReadingCopy> | null;
  const ok =
    c !== null &&
    typeof c === 'object' &&
    typeof c.articleKey === 'string' &&
    typeof c.readAt === 'string' &&
    typeof c.title === 'string' &&
    (c.deck === null || typeof c.deck === 'string') &&
    isStrings(c.paragraphs) &&
    Array.isArray(c.quotes) &&
    c.quotes.every((q) => q && typeof q.text === 'string' && (q.speaker === null || typeof q.speaker === 'string')) &&
    Array.isArray(c.figures) &&
    c.figures.every((f) => f && typeof f.text === 'string' && isStrings(f.values)) &&
    typeof c.truncated === 'boolean';
  if (!ok) throw new ReadingCopyDataError('the kept text is not in the expected shape');
  return c as ReadingCopy;
}
