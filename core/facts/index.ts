// Key facts, quotes and entities from an extracted article (EXTRACTION.md). Placeholder until core/facts lands.
import type { Block, Extraction } from '../types';

export interface ExtractionInput {
  title: string;
  blocks: Block[];
  lang?: string | null;
}

/** Extracts facts, quotes and entities from an article's blocks. Never throws; pure. */
export function extractKeyItems(_input: ExtractionInput): Extraction {
  return { facts: [], quotes: [], entities: [] };
}
