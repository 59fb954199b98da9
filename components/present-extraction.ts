// What the popup and the sidebar show of an extraction: key facts first, speakers named as the article names them,
// main entities chosen from the headline and opening. A pure view model over core's presentation rules.
import { rankMainEntities, type MainReason } from '../core/facts/main-entities';
import { speakerAsNamed } from '../core/facts/speaker-name';
import { pickKeyFacts } from '../core/facts/top-facts';
import type { Article, Entity, Extraction, Fact, Quote } from '../core/types';

export type ShownEntity = Entity & { mainReason: MainReason | null };

export interface PresentedExtraction {
  /** Facts that read as claims with a value, best first. */
  keyFacts: Fact[];
  /** Every fact, best first (the sidebar lists them all). */
  facts: Fact[];
  /** Quotes with `speaker` as the article writes it ("The Atlantic"). */
  quotes: Quote[];
  /** Entities with `main` chosen from title, deck, opening and mentions; main first. */
  entities: ShownEntity[];
}

/**
 * The first `limit` quotes with as many different speakers as possible: two block quotes from the same outlet
 * should not push the article's own quotation out of the popup. Keeps the extraction's order among those picked.
 */
export function pickTopQuotes(quotes: readonly Quote[], limit: number): Quote[] {
  const picked = new Set<Quote>();
  const speakers = new Set<string | null>();
  for (const q of quotes) {
    if (picked.size >= limit) break;
    if (!speakers.has(q.speaker)) {
      picked.add(q);
      speakers.add(q.speaker);
    }
  }
  for (const q of quotes) {
    if (picked.size >= limit) break;
    picked.add(q);
  }
  return quotes.filter((q) => picked.has(q));
}

/** The view model of `extraction` for `article`. Never mutates either. */
export function presentExtraction(
  article: Pick<Article, 'title' | 'deck' | 'blocks' | 'textContent'>,
  extraction: Extraction,
): PresentedExtraction {
  return {
    keyFacts: pickKeyFacts(extraction.facts),
    facts: extraction.facts,
    quotes: extraction.quotes.map((q) => ({
      ...q,
      speaker: speakerAsNamed(q.speaker, article.textContent, extraction.entities),
    })),
    entities: rankMainEntities(extraction.entities, article),
  };
}
