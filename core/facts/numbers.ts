// Reading numbers as written ("38 billion", "six", "6 ½", "1,250.5") into plain numbers.

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  hundred: 100,
  a: 1,
  an: 1,
};
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  twentieth: 20,
  hundredth: 100,
};
const MAGNITUDES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  hundred: 100,
  dozen: 12,
};

/** Number words a count may start with (lowercase). "one" is left out: it is far more often a pronoun. */
export const NUMBER_WORDS =
  'zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens|a dozen|dozen|a hundred|a thousand|one hundred|one thousand|one million|a million|a billion';

/** Word ordinals as a regex alternation. */
export const ORDINAL_WORDS = Object.keys(ORDINALS).join('|');

/**
 * The value of a number as written: digits with separators, a trailing "½", word numbers ("twenty-five"),
 * followed by an optional magnitude word ("billion", "bn", "m"). Returns null when it is not a number.
 */
export function parseNumber(written: string): number | null {
  const s = written.trim().toLowerCase().replace(/\s+/g, ' ');
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s?(½|¼|¾)?\s?(?:-?\s?([a-z]+))?$/.exec(s);
  if (m && (m[1] || m[2])) {
    let n = Number((m[1] ?? '0').replace(/,/g, '') + (m[2] ?? ''));
    if (m[3]) n += m[3] === '½' ? 0.5 : m[3] === '¼' ? 0.25 : 0.75;
    if (m[4]) {
      const mag = MAGNITUDES[m[4]];
      if (mag === undefined) return null;
      n *= mag;
    }
    return n;
  }
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of s.split(/[\s-]+/)) {
    if (w === 'and') continue;
    const base = w.endsWith('s') && MAGNITUDES[w.slice(0, -1)] ? w.slice(0, -1) : w;
    if (SMALL[base] !== undefined && base !== 'hundred' && base !== 'dozen') {
      current += SMALL[base];
      any = true;
    } else if (base === 'hundred') {
      current = (current || 1) * 100;
      any = true;
    } else if (base === 'dozen') {
      current = (current || 1) * 12;
      any = true;
    } else if (MAGNITUDES[base] !== undefined) {
      total += (current || 1) * MAGNITUDES[base];
      current = 0;
      any = true;
    } else if (ORDINALS[base] !== undefined) {
      current += ORDINALS[base];
      any = true;
    } else {
      return null;
    }
  }
  return any ? total + current : null;
}

/** The number of an ordinal as written ("14th", "third"), or null. */
export function parseOrdinal(written: string): number | null {
  const s = written.trim().toLowerCase();
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(s);
  if (m) return Number(m[1]);
  return ORDINALS[s] ?? null;
}

/** A number in plain decimal notation without exponent ("400000000000"). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return BigInt(Math.round(n)).toString();
  return String(Math.round(n * 1e6) / 1e6);
}
