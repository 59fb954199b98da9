// Seeded randomness and input mutators for the hostile suite: the same seed gives the same inputs on every run,
// so a failure names its seed and case and can be replayed (LEDE_FUZZ_SEED=<n> npx vitest run tests/hostile).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

export type Rand = () => number;

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. Returns numbers in [0, 1). */
export function prng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The run's seed: fixed by default (reproducible CI), overridable to explore. */
export const SEED = Number(process.env.LEDE_FUZZ_SEED ?? 20261128);

export const int = (r: Rand, n: number): number => Math.floor(r() * n);
export const pick = <T>(r: Rand, list: readonly T[]): T => list[int(r, list.length)]!;

/** Strings that have broken readers, renderers and spreadsheets: markup, script URLs, bidi and invisible characters. */
export const NASTY: readonly string[] = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '[click](javascript:alert(1))',
  '=HYPERLINK("http://evil.invalid","x")',
  '+cmd|/c calc!A0',
  '\u202eevil\u202c',
  '\u200b\u200c\u200d\u2060\ufeff',
  '\u0000\u0001\u001f',
  '\ud800', // a lone surrogate
  '😀👩‍👩‍👧‍👦🏳️‍🌈',
  'מה קורה? العربية',
  '\r\n\r\n\t\t',
  '{{constructor.constructor("return 1")()}}',
  '__proto__',
  '&amp;&lt;&#0;&#x110000;&#xD800;',
  '---\ntitle: x\n---',
  '"“”‘’«»„',
  'x'.repeat(10_000),
];

/** A random piece of text: words, punctuation, quotes, numbers and now and then something nasty. */
export function randomText(r: Rand, words: number): string {
  const vocab = [
    'the',
    'said',
    'Mr.',
    'Smith',
    '“We',
    'will',
    'not',
    'stop,”',
    '$4.5',
    'billion',
    'on',
    'Tuesday',
    '12%',
    'of',
    'Paris',
    'U.N.',
    'according',
    'to',
    'officials.',
    'Ms.',
    'Okafor',
    'told',
    'Reuters',
    '"No,"',
    'she',
    'added.',
    '—',
    '2026',
    'in',
    'March',
  ];
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const x = r();
    if (x < 0.02) out.push(pick(r, NASTY));
    else if (x < 0.05) out.push(String.fromCharCode(...Array.from({ length: 1 + int(r, 6) }, () => int(r, 0x3000))));
    else out.push(pick(r, vocab));
    if (r() < 0.08) out.push(r() < 0.5 ? '\n\n' : '.');
  }
  return out.join(' ');
}

/** One random edit of a string: delete, duplicate, insert nasty text, swap halves, truncate, or flip characters. */
export function mutateString(r: Rand, s: string): string {
  if (!s.length) return pick(r, NASTY);
  const a = int(r, s.length);
  const b = Math.min(s.length, a + 1 + int(r, 200));
  switch (int(r, 7)) {
    case 0:
      return s.slice(0, a) + s.slice(b);
    case 1:
      return s.slice(0, b) + s.slice(a, b) + s.slice(b);
    case 2:
      return s.slice(0, a) + pick(r, NASTY) + s.slice(a);
    case 3:
      return s.slice(a) + s.slice(0, a);
    case 4:
      return s.slice(0, a);
    case 5: {
      const chars = [...s.slice(a, b)].map((c) =>
        r() < 0.3 ? String.fromCharCode(c.charCodeAt(0) ^ (1 << int(r, 7))) : c,
      );
      return s.slice(0, a) + chars.join('') + s.slice(b);
    }
    default:
      return s.slice(0, a) + s.slice(a, b).toUpperCase() + s.slice(b);
  }
}

/** HTML-shaped edits on top of the string ones: unclosed and stray tags, deep nesting, hostile elements. */
export function mutateHtml(r: Rand, html: string): string {
  const at = int(r, html.length + 1);
  const insert = (piece: string) => html.slice(0, at) + piece + html.slice(at);
  switch (int(r, 9)) {
    case 0:
      // Deep but bounded: Readability's cost grows steeply with depth (see docs/reliability.md, known gaps).
      return insert('<div>'.repeat(1 + int(r, 60)));
    case 1:
      return insert('</p></div></article></body>');
    case 2:
      return insert(`<p>${pick(r, NASTY)}</p>`);
    case 3:
      return insert(
        `<meta property="og:title" content='${pick(r, NASTY)}'><meta name="author" content="${pick(r, NASTY)}">`,
      );
    case 4:
      return insert(
        `<script type="application/ld+json">${r() < 0.5 ? '{"@type":"NewsArticle","headline":' : '[[[[['}${JSON.stringify(pick(r, NASTY))}</script>`,
      );
    case 5:
      return insert(`<p>${'word'.repeat(2_500)} ${'a '.repeat(int(r, 3_000))}</p>`);
    case 6:
      return insert('<table><tr><td><frameset><template><svg><math><select><textarea>');
    case 7:
      return insert('<![CDATA[ ]]><!-- unterminated comment ');
    default:
      return mutateString(r, html);
  }
}

/** The saved pages the fuzzers start from: a few small Readability test pages (Apache-2.0, see corpus/LICENSE.md). */
export function corpusPages(): { name: string; html: string }[] {
  const dir = join(HERE, 'corpus');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f.replace(/\.html$/, ''), html: readFileSync(join(dir, f), 'utf8') }));
  pages.push({ name: 'seed-article', html: readFileSync(join(HERE, '../fixtures/seed/article.html'), 'utf8') });
  return pages;
}
