// A block as the fact and quote passes read it, prepared once per article (prepare.ts): its own module so that the
// passes which take it (quotes.ts, quote-introductions.ts, facts.ts) need not import one another for the type.
import type { Block } from '../types';
import type { SentenceSpan } from './sentences';

/** A block's text, sentences and whether it is prose worth scanning. */
export interface PreparedBlock {
  index: number;
  block: Block;
  sentences: SentenceSpan[];
  prose: boolean;
}
