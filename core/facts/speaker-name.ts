// A speaker's name as the article writes it: "The Atlantic" where the text says "the Atlantic reports" and the
// extraction kept only "Atlantic". Presentation only; the stored quote is left as extracted.
import type { Entity } from '../types';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `speaker` with the article's own leading "The" restored when `text` writes it as "the <speaker>" and the speaker
 * is not a person ("the Putin government" must not turn Putin into "The Putin"). Returns `speaker` unchanged
 * otherwise, and null for null.
 */
export function speakerAsNamed(
  speaker: string | null,
  text: string,
  entities: readonly Pick<Entity, 'name' | 'aliases' | 'type'>[],
): string | null {
  if (!speaker) return null;
  if (/^the\s/i.test(speaker)) return speaker.replace(/^the\s/, 'The ');
  const person = entities.some((e) => e.type === 'person' && (e.name === speaker || e.aliases.includes(speaker)));
  if (person) return speaker;
  const written = new RegExp(`(?<![\\p{L}\\p{N}])[Tt]he ${escapeRegExp(speaker)}(?![\\p{L}\\p{N}])`, 'u');
  return written.test(text) ? `The ${speaker}` : speaker;
}
