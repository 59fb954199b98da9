// The hand-referent lookup of the PolNeAR speaker bench (bench/polnear/hand-referents.ts): a labelled pronoun quote is
// scored against the hand referent, everything else keeps its gold as it was.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldQuote } from '../../../bench/polnear/gold';
import {
  emptyHandTally,
  HAND_FOLDS,
  type HandReferents,
  handReferentsPath,
  loadHandReferents,
  withHandReferents,
} from '../../../bench/polnear/hand-referents';
import { foldOf } from '../../../bench/polnear/load';
import { isRightSpeaker } from '../../../bench/polnear/speaker-match';

// After the docs' train example "Ms. Gil gazed …; ''…,'' she said", whose proxy named someone else.
const quote = (start: number, over: Partial<GoldQuote>): GoldQuote => ({
  start,
  end: start + 30,
  text: 'It was never about the money at all',
  source: 'she',
  sourceClass: 'pronoun',
  sourceStart: start + 32,
  referent: 'Mr. Lopez',
  ...over,
});

const hand: HandReferents = { nyt_x: { '100': 'Maria Gil', '300': null } };

describe('withHandReferents', () => {
  it('puts the hand referent in place of the proxy, so the right speaker counts as right', () => {
    const [g] = withHandReferents('nyt_x', [quote(100, {})], hand);
    expect(g!.referent).toBe('Maria Gil');
    expect(isRightSpeaker('Ms. Gil', g!)).toBe(true);
    expect(isRightSpeaker('Ms. Gil', quote(100, {}))).toBe(false);
  });

  it('makes a quote labelled null unrecoverable, as a missing proxy does', () => {
    const [g] = withHandReferents('nyt_x', [quote(300, {})], hand);
    expect(g!.referent).toBeNull();
    expect(isRightSpeaker('Mr. Lopez', g!)).toBeNull();
  });

  it('keeps the proxy for unlabelled quotes, other articles and non-pronoun sources, and counts coverage', () => {
    const tally = emptyHandTally();
    const named = quote(100, { source: 'Mr. Lopez', sourceClass: 'name', referent: null });
    const gold = [quote(100, {}), quote(200, {}), named];
    const out = withHandReferents('nyt_x', gold, hand, tally);
    expect(out[1]).toBe(gold[1]);
    expect(out[2]).toBe(named);
    expect(gold[0]!.referent).toBe('Mr. Lopez');
    expect(withHandReferents('wapo_y', gold, hand)[0]).toBe(gold[0]);
    expect(tally).toEqual({ pronouns: 2, labelled: 1 });
  });
});

describe('loadHandReferents', () => {
  it('drops the note and refuses an entry that is not a name or null', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hand-ref-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ note: 'by hand', nyt_x: { '100': 'Maria Gil', '300': null } }));
    expect(loadHandReferents(good)).toEqual(hand);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ nyt_x: { '100': 7 } }));
    expect(() => loadHandReferents(bad)).toThrow(/not a name/);
  });

  it('reads the committed dev file: short names or null, no article text', () => {
    const dev = loadHandReferents();
    const values = Object.values(dev).flatMap((m) => Object.values(m));
    expect(values.length).toBeGreaterThan(150);
    for (const v of values) expect(v === null || v.length < 60).toBe(true);
  });

  it("reads the committed train file: train's hand folds only, short names or null", () => {
    const train = loadHandReferents(handReferentsPath('train'));
    expect(handReferentsPath('dev')).not.toBe(handReferentsPath('train'));
    const values = Object.values(train).flatMap((m) => Object.values(m));
    expect(values.length).toBeGreaterThan(1000);
    for (const v of values) expect(v === null || v.length < 60).toBe(true);
    for (const slug of Object.keys(train)) expect(HAND_FOLDS.train).toContain(foldOf(slug));
    expect(new Set(Object.keys(train).map(foldOf))).toEqual(new Set(HAND_FOLDS.train));
    expect(HAND_FOLDS.train).toEqual([2, 3, 4]);
  });
});
