// Readies an article's blocks for extraction: work caps, sentence spans, and which blocks are the
// article's own prose (not bylines, datelines, credits, captions or tickers).
import type { Block } from '../types';
import type { PreparedBlock } from './prepared-block';
import { spanWordCount } from './quotes';
import { splitSentences } from './sentences';

/** Characters of one block we analyse; the rest of a giant paragraph is ignored rather than risk a hang. */
export const MAX_BLOCK_CHARS = 20_000;
/** Characters of the whole article we analyse (about 60,000 words). */
export const MAX_TOTAL_CHARS = 360_000;
/** Blocks we analyse. */
export const MAX_BLOCKS = 3_000;

const NOT_PROSE =
  /^(?:by\s+\p{Lu}|photo|image|credit|source:|getty|ap photo|©|copyright|related:|published|updated|read more|see also|follow (?:us|him|her)|sign up|advertisement|powered by|click|subscribe|view (?:photo|gallery)|this version corrects|correction:|editor'?s note)/iu;
const CREDIT =
  /(?:\s\/\s?(?:AP|Reuters|AFP|Getty Images|EPA|Bloomberg)$|\((?:[^)]{0,60}\b(?:photo|Getty|AP|Reuters|AFP)\b[^)]{0,60})\)\s*$|contributed to this report\.?$|@\w+\s*[•|·]|\b(?:Source|Picture|Photo|Image|Credit):\s?[\p{L} .]{2,40}$|^[\p{Lu}][\p{L}. ]{2,40}\/[\p{Lu}][\p{L}/ ]{2,40}$)/u;

/** A paragraph that opens on a quotation of three words or more, closed and followed by a dash. */
const CREDITED_QUOTE = /^["“„«](?:[^"“”„«»\s]+\s+){2,}[^"“”„«»]*["”»]\s*[—–-]/u;

/** Whether a block is the article's own running prose. */
export function isProse(block: Block): boolean {
  if (block.type !== 'p' && block.type !== 'blockquote' && block.type !== 'li') return false;
  const text = block.text.trim();
  const words = spanWordCount(text);
  if (words < 4) return false;
  if (NOT_PROSE.test(text) && words < 40) return false;
  if (CREDIT.test(text)) return false;
  // Bylines, datelines and tickers: short and without a sentence's closing punctuation. Not a quotation with its
  // credit after a dash ("“We will rebuild.” — Jane Smith, mayor of Springfield"): its words are someone's.
  if (!/[.!?…"”“’'»)\]:。！？」』]\s*$/.test(text) && words < 15 && !CREDITED_QUOTE.test(text)) return false;
  if (/^by\s/i.test(text) && words < 12) return false;
  return true;
}

/** Prepared blocks within the work caps, in reading order. */
export function prepareBlocks(blocks: readonly Block[]): PreparedBlock[] {
  const out: PreparedBlock[] = [];
  let budget = MAX_TOTAL_CHARS;
  for (let i = 0; i < blocks.length && i < MAX_BLOCKS && budget > 0; i++) {
    const block = blocks[i];
    if (!block || typeof block.text !== 'string') continue;
    const text = block.text.length > MAX_BLOCK_CHARS ? block.text.slice(0, MAX_BLOCK_CHARS) : block.text;
    budget -= text.length;
    const view: Block = text === block.text ? block : { ...block, text };
    out.push({ index: i, block: view, sentences: splitSentences(text), prose: isProse(view) });
  }
  return out;
}
