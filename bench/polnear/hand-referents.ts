// Hand-labelled referents for pronoun Sources ("he said") of PolNeAR gold direct quotes, one file per split:
// bench/data/polnear-<split>-pronoun-referents.json, {"<slug>": {"<quote start offset>": "Name" | null}} beside a
// "note". Dev's file covers all of dev; train's covers its inner folds 2, 3 and 4 (HAND_FOLDS), the judging folds least
// read. The bench scores those pronoun quotes once against the annotators' proxy referent (gold.ts) and once against
// these; every other quote, and the metric itself, are unchanged. Labelled from the text only (pronoun-referents.ts
// lists the quotes); see docs/speakers.md "Hand referents".
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GoldQuote } from './gold';
import type { PolnearSplit } from './load';

/** slug → quote start offset (as a string) → the referent's name, or null when a reader cannot tell. */
export type HandReferents = Record<string, Record<string, string | null>>;

export const DEV_HAND_REFERENTS = fileURLToPath(new URL('../data/polnear-dev-pronoun-referents.json', import.meta.url));
export const TRAIN_HAND_REFERENTS = fileURLToPath(
  new URL('../data/polnear-train-pronoun-referents.json', import.meta.url),
);

/** The train inner folds (load.ts foldOf) whose pronoun quotes are all labelled; dev's file covers all of dev. */
export const HAND_FOLDS: Readonly<Partial<Record<PolnearSplit, readonly number[]>>> = { train: [2, 3, 4] };

/** The hand-referent file of a split. */
export function handReferentsPath(split: PolnearSplit): string {
  return split === 'dev' ? DEV_HAND_REFERENTS : TRAIN_HAND_REFERENTS;
}

/** Reads a hand-referent file, dropping its "note". Throws if an entry is not a name or null. */
export function loadHandReferents(path = DEV_HAND_REFERENTS): HandReferents {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const out: HandReferents = {};
  for (const [slug, v] of Object.entries(raw)) {
    if (slug === 'note') continue;
    if (!v || typeof v !== 'object') throw new Error(`hand referents: ${slug} is not an object`);
    for (const [start, name] of Object.entries(v))
      if (name !== null && typeof name !== 'string') throw new Error(`hand referents: ${slug} ${start} is not a name`);
    out[slug] = v as Record<string, string | null>;
  }
  return out;
}

/** How many pronoun quotes had a hand referent, and how many did not (a sign the gold filter moved). */
export interface HandTally {
  pronouns: number;
  labelled: number;
}

export function emptyHandTally(): HandTally {
  return { pronouns: 0, labelled: 0 };
}

/**
 * The gold quotes with the hand referent in place of the proxy for each pronoun-sourced quote that has an entry
 * (a null entry makes the quote unrecoverable, as a null proxy does); every other quote is returned as it was.
 * Pure: never mutates `gold`.
 */
export function withHandReferents(
  slug: string,
  gold: readonly GoldQuote[],
  hand: HandReferents,
  tally: HandTally = emptyHandTally(),
): GoldQuote[] {
  const mine = hand[slug] ?? {};
  return gold.map((g) => {
    if (g.sourceClass !== 'pronoun') return g;
    tally.pronouns++;
    const key = String(g.start);
    if (!Object.hasOwn(mine, key)) return g;
    tally.labelled++;
    return { ...g, referent: mine[key] ?? null };
  });
}
