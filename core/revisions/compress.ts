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

/** A page as it was when the reader first highlighted it, kept until an extension page turns it into a copy. */
export interface PageAtFirstHighlight {
  articleKey: string;
  url: string;
  html: string;
  /** When the reader first highlighted (ISO): the copy made from it is dated then, not when it is made. */
  readAt: string;
}

export async function compressPage(page: PageAtFirstHighlight): Promise<Uint8Array> {
  return pipe(new TextEncoder().encode(JSON.stringify(page)), new CompressionStream('gzip'));
}

/** Reads gzip bytes back into a page; throws ReadingCopyDataError when they are not one. */
export async function decompressPage(bytes: Uint8Array): Promise<PageAtFirstHighlight> {
  let value: Partial<PageAtFirstHighlight> | null;
  try {
    value = JSON.parse(new TextDecoder().decode(await pipe(bytes, new DecompressionStream('gzip'))));
  } catch (err) {
    throw new ReadingCopyDataError(
      `the kept page could not be read (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (
    !value ||
    typeof value.articleKey !== 'string' ||
    typeof value.url !== 'string' ||
    typeof value.html !== 'string' ||
    typeof value.readAt !== 'string'
  )
    throw new ReadingCopyDataError('the kept page is not in the expected shape');
  return value as PageAtFirstHighlight;
}
