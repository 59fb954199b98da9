// `LEDE_POLNEAR=… npx tsx bench/polnear/abstain.ts`: would "no speaker rather than a wrong one when unsure" pay on
// PolNeAR `train`? For every found gold quote the sieve gave a speaker, signals of doubt are read from Lede's own
// parse (speaker-ranker.ts's trace: a reporting clause or none, a partial quote, a pronoun cue, the given speaker's
// distance in paragraphs, whether it is the paragraph's only person, a description or an organisation) and the answer
// is labelled right or wrong against the gold Source (pronouns on folds 2-4 against the hand referents). It prints
// each signal's share of right answers, then a logistic "is the sieve right" model fitted on four inner folds and
// judged on the fifth: at each threshold, wrong answers withdrawn, right ones lost, the precision of the speakers a
// reader still sees, and what quote+speaker F1 and name accuracy become (score.ts counts a quote left with no speaker
// as wrong in both precision and recall, so withdrawing an answer can only keep or lower them). `dev` is never read.
import { extractKeyItems } from '../../core/facts/index';
import { FEATURES, type RankerTrace } from '../../core/facts/speaker-ranker';
import { goldQuotes, wordsIn } from './gold';
import { HAND_FOLDS, loadHandReferents, TRAIN_HAND_REFERENTS, withHandReferents } from './hand-referents';
import { FOLDS, foldOf, loadPolnear } from './load';
import { overlaps } from './score';
import { isRightSpeaker } from './speaker-match';

const SIGNALS = [
  'no reporting clause',
  'partial quote',
  'pronoun cue',
  'speaker not among the reach candidates',
  'speaker is a description',
  'speaker an organisation',
  'speaker in the quote paragraph',
  'speaker one paragraph back',
  'speaker 2-3 paragraphs back',
  'another person nearer the quote',
  'several persons in the quote paragraph',
  'speaker the last one quoted',
  'speaker the clause subject',
  'speaker next to a reporting verb',
] as const;

interface Answer {
  fold: number;
  cls: string;
  right: boolean;
  x: number[];
}

const hand = loadHandReferents(TRAIN_HAND_REFERENTS);
const answers: Answer[] = [];
const F = (name: (typeof FEATURES)[number]): number => FEATURES.indexOf(name);
let gold = 0;
let goldRight = 0;
let pred = 0;
let predRight = 0;
for (const a of loadPolnear('train')) {
  const fold = foldOf(a.slug);
  const g0 = goldQuotes(a);
  const gq = HAND_FOLDS.train!.includes(fold) ? withHandReferents(a.slug, g0, hand) : g0;
  const trace: RankerTrace = (site, candidates, sieve) => {
    const span = {
      start: a.blockStarts[site.block]! + site.open + 1,
      end: a.blockStarts[site.block]! + site.close - 1,
    };
    if (wordsIn(a.text.slice(span.start, span.end)) < 3) return;
    pred++;
    const g = gq.find((q) => overlaps(span, q));
    if (!g || sieve === null) return;
    const v = isRightSpeaker(sieve, g);
    if (v === null) return;
    if (v) predRight++;
    const k = candidates.findIndex((c) => c.name === sieve);
    const c = k >= 0 ? candidates[k]!.features : null;
    const persons = candidates.filter((x) => x.features[F('sameBlock')] && x.features[F('person')]).length;
    const x = [
      site.clause ? 0 : 1,
      site.partial ? 1 : 0,
      site.pronoun ? 1 : 0,
      k < 0 ? 1 : 0,
      /^(?:the|a|an)\s/i.test(sieve) ? 1 : 0,
      c?.[F('org')] ?? 0,
      c?.[F('sameBlock')] ?? 0,
      c?.[F('prevBlock')] ?? 0,
      c ? c[F('twoBack')]! + c[F('threeBack')]! : 0,
      k > 0 && candidates.slice(0, k).some((o) => o.features[F('person')]) ? 1 : 0,
      persons >= 2 ? 1 : 0,
      c?.[F('lastSpeaker')] ?? 0,
      c?.[F('subject')] ?? 0,
      c ? Math.max(c[F('verbNext')]!, c[F('verbBefore')]!) : 0,
    ];
    answers.push({ fold, cls: g.sourceClass, right: v, x });
  };
  extractKeyItems({ title: a.title, blocks: a.blocks }, { rankerTrace: trace });
  gold += g0.length;
}
// Gold quotes right, as predictions right: one prediction per gold quote in the usual case, so the F1 printed below
// is within a few quotes of score.ts's (0.873 on train either way) and each withdrawn right answer costs one of each.
goldRight = predRight;

console.log(
  `train: ${answers.length} found gold quotes with a sieve speaker; right ${answers.filter((x) => x.right).length}`,
);
console.log('signal'.padEnd(42) + 'answers   right share   (name / pronoun / description answers)');
SIGNALS.forEach((s, i) => {
  const on = answers.filter((x) => x.x[i]);
  const r = on.filter((x) => x.right).length;
  const by = (c: string): string => {
    const o = on.filter((x) => x.cls === c);
    return `${o.filter((x) => x.right).length}/${o.length}`;
  };
  console.log(
    `${s.padEnd(42)}${String(on.length).padStart(7)}   ${(on.length ? r / on.length : 0).toFixed(2).padStart(5)}         ${by('name')} / ${by('pronoun')} / ${by('description')}`,
  );
});

function fit(rows: Answer[]): number[] {
  const d = SIGNALS.length;
  const w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < 1500; it++) {
    const g = new Array<number>(d + 1).fill(0);
    for (const r of rows) {
      let z = w[0]!;
      for (let k = 0; k < d; k++) z += w[k + 1]! * r.x[k]!;
      const err = 1 / (1 + Math.exp(-z)) - (r.right ? 1 : 0);
      g[0]! += err;
      for (let k = 0; k < d; k++) g[k + 1]! += err * r.x[k]!;
    }
    for (let k = 0; k <= d; k++) w[k]! -= 0.5 * (g[k]! / rows.length + (k ? 1e-3 * w[k]! : 0));
  }
  return w;
}
const p = (w: number[], x: number[]): number => 1 / (1 + Math.exp(-x.reduce((z, v, k) => z + w[k + 1]! * v, w[0]!)));

const f1 = (pr: number, gr: number): number => {
  const P = pr / pred;
  const R = gr / gold;
  return (2 * P * R) / (P + R);
};
const names = answers.filter((x) => x.cls === 'name');
console.log(
  `\nheld-out folds (model fitted on the other four): withdraw the answer when P(right) < t\n` +
    `  t     withdrawn: wrong  right   precision of speakers shown   q+spk F1 (train, all)   name right`,
);
const given = answers.length;
const wrong = answers.filter((x) => !x.right).length;
const baseF1 = f1(predRight, goldRight);
const nameRight = names.filter((x) => x.right).length;
console.log(
  `  none  ${'0'.padStart(16)}${'0'.padStart(7)}   ${((given - wrong) / given).toFixed(3)} (${given - wrong}/${given})${''.padEnd(12)}${baseF1.toFixed(4)}                  ${nameRight}/${names.length}`,
);
const models = Array.from({ length: FOLDS }, (_, k) => fit(answers.filter((x) => x.fold !== k)));
for (const t of [0.2, 0.3, 0.4, 0.5, 0.6]) {
  let w = 0;
  let r = 0;
  let nr = 0;
  const perFold: string[] = [];
  for (let k = 0; k < FOLDS; k++) {
    let fw = 0;
    let fr = 0;
    for (const x of answers.filter((y) => y.fold === k)) {
      if (p(models[k]!, x.x) >= t) continue;
      if (x.right) {
        fr++;
        if (x.cls === 'name') nr++;
      } else fw++;
    }
    w += fw;
    r += fr;
    perFold.push(`${fw}/${fr}`);
  }
  const shown = given - w - r;
  console.log(
    `  ${String(t).padEnd(6)}${String(w).padStart(16)}${String(r).padStart(7)}   ${((given - wrong - r) / shown).toFixed(3)} (${given - wrong - r}/${shown})${''.padEnd(12)}${f1(predRight - r, goldRight - r).toFixed(4)}                  ${nameRight - nr}/${names.length}   per fold wrong/right withdrawn: ${perFold.join(' ')}`,
  );
}
const all = fit(answers);
console.log('\nweights fitted on all of train (bias first):');
console.log(`  bias ${all[0]!.toFixed(2)}; ${SIGNALS.map((s, i) => `${s} ${all[i + 1]!.toFixed(2)}`).join('; ')}`);
