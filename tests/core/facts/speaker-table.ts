// The runner both speaker tables share (speakers.test.ts, the sieve; speaker-cues.test.ts, the cues it did not read):
// each case's text is an article, paragraphs separated by " || ", and the quote starting with `quote` must have
// `speaker` (null: no speaker).
import { describe, expect, it } from 'vitest';
import { extractKeyItems } from '../../../core/facts/index';
import type { Block } from '../../../core/types';

export interface SpeakerCase {
  text: string;
  /** The quote (its start) whose speaker is checked. */
  quote: string;
  speaker: string | null;
  /** Why Lede gets this case wrong today: the case runs as `it.fails` until it does not. */
  knownFailure?: string;
}

const p = (text: string): Block => ({
  type: 'p',
  text,
  selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
});

/** One `describe` per rule (`${title}: ${rule}`), one test per case. */
export function speakerTable(title: string, cases: Record<string, Record<string, SpeakerCase>>): void {
  for (const [rule, table] of Object.entries(cases)) {
    describe(`${title}: ${rule}`, () => {
      for (const [name, c] of Object.entries(table)) {
        (c.knownFailure ? it.fails : it)(name, () => {
          const x = extractKeyItems({ title: 'Story', blocks: c.text.split(' || ').map(p) });
          const q = x.quotes.find((q) => q.text.startsWith(c.quote));
          expect(q, `quote “${c.quote}…” found`).toBeDefined();
          expect(q!.speaker).toBe(c.speaker);
        });
      }
    });
  }
}
