// The entity rule-case tables' one way to run a case: a sentence as one paragraph of an article titled "Story",
// every entity Lede finds in it as [type, name], sorted by name, against the table's expectation.
import { describe, expect, it } from 'vitest';
import { extractKeyItems } from '../../../core/facts/index';
import type { Block, EntityType } from '../../../core/types';

export type Named = [EntityType, string];

/** The entities Lede finds in `text` as the one paragraph of an article titled "Story". */
export function entitiesIn(text: string) {
  const block: Block = {
    type: 'p',
    text,
    selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
  };
  return extractKeyItems({ title: 'Story', blocks: [block] }).entities;
}

/** Every entity found in `text` (one paragraph), as [type, name], sorted by name. */
export function entitiesOf(text: string): Named[] {
  return entitiesIn(text)
    .map((e): Named => [e.type, e.name])
    .sort((a, b) => a[1].localeCompare(b[1]));
}

/** The entity named `name` in `text`, with its mention count. */
export function entityNamed(text: string, name: string): { type: EntityType; mentions: number } | undefined {
  const e = entitiesIn(text).find((x) => x.name === name);
  return e && { type: e.type, mentions: e.mentions };
}

/** A test per case of `cases` (name → [sentence, every entity expected]), under `title`. */
export function describeEntityCases(title: string, cases: Record<string, [string, Named[]]>): void {
  describe(title, () => {
    for (const [name, [text, expected]] of Object.entries(cases))
      it(`${name}: ${text}`, () =>
        expect(entitiesOf(text)).toEqual([...expected].sort((a, b) => a[1].localeCompare(b[1]))));
  });
}
