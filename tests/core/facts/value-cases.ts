// The value rule-case tables' shared parts: how a sentence's values are read for comparison, and the loops that
// turn a table of real sentences (and of near misses) into one test each. Used by value-rules.test.ts and the
// per-kind value-*-rules.test.ts files.
import { expect, it } from 'vitest';
import { findValues } from '../../../core/facts/values';
import type { FactValueKind } from '../../../core/types';

/** Every value found, left to right: kind, text as written, normalised form. */
export type Found = Array<[FactValueKind, string, string]>;

/** A real sentence and every value Lede must find in it. */
export interface ValueCase {
  sentence: string;
  expected: Found;
}

/** The values of one sentence, as the tables write them. */
export function valuesOf(sentence: string): Found {
  return findValues(sentence).map((v) => [v.kind, v.text, v.normalized]);
}

/**
 * One test per case: `found` must give exactly its expected values; `nearMisses` are sentences a rule must not catch,
 * given as the sentence alone (no value at all) or with the values they do carry. `prefix` goes before a near miss's
 * name.
 */
export function valueCaseTests(
  found: Record<string, ValueCase>,
  nearMisses: Record<string, string | ValueCase> = {},
  prefix = 'near miss, ',
): void {
  for (const [name, { sentence, expected }] of Object.entries(found)) {
    it(`${name}: ${sentence}`, () => {
      expect(valuesOf(sentence)).toEqual(expected);
    });
  }
  for (const [name, miss] of Object.entries(nearMisses)) {
    const { sentence, expected } = typeof miss === 'string' ? { sentence: miss, expected: [] } : miss;
    it(`${prefix}${name}: ${sentence}`, () => {
      expect(valuesOf(sentence)).toEqual(expected);
    });
  }
}
