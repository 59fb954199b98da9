// The part of a note file Lede owns: a fenced block between two HTML comments, with a hash of what Lede last
// wrote. Text outside the block is the reader's and is kept as it is; a block the reader edited is never
// overwritten silently. Pure string work.

import { contentHash } from '../hash';

const BEGIN = /<!-- lede:begin(?: hash=([0-9a-f]{8}))? -->\n?/;
const END = '<!-- lede:end -->';

/** Lede's block around `content`, carrying the hash that later tells an untouched block from an edited one. */
export function fencedBlock(content: string): string {
  const body = content.endsWith('\n') ? content : `${content}\n`;
  return `<!-- lede:begin hash=${contentHash(body)} -->\n${body}${END}`;
}

export type BlockUpdate =
  /** Write `text` (a new file, or the old one with only Lede's block replaced). */
  | { kind: 'write'; text: string }
  /** Nothing changed. */
  | { kind: 'same' }
  /** The reader edited inside Lede's block: leave the file, put Lede's version in a side file and say so. */
  | { kind: 'edited'; sideText: string }
  /** The file has no Lede block (the reader removed it, or wrote the file): leave it, side file. */
  | { kind: 'foreign'; sideText: string };

/**
 * How to bring a note file up to date with `content`: `existing` is the file's text now (null when there is
 * no file). Never changes a byte outside Lede's block; never overwrites a block the reader edited.
 */
export function updateNoteFile(existing: string | null, content: string): BlockUpdate {
  const block = fencedBlock(content);
  if (existing === null) return { kind: 'write', text: `${block}\n` };
  const begin = BEGIN.exec(existing);
  const endAt = begin ? existing.indexOf(END, begin.index) : -1;
  if (!begin || endAt < 0) return { kind: 'foreign', sideText: `${block}\n` };
  const inner = existing.slice(begin.index + begin[0].length, endAt);
  if (begin[1] && contentHash(inner) !== begin[1]) return { kind: 'edited', sideText: `${block}\n` };
  const text = existing.slice(0, begin.index) + block + existing.slice(endAt + END.length);
  return text === existing ? { kind: 'same' } : { kind: 'write', text };
}
