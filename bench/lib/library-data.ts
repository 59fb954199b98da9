// The synthetic notes library both library benches measure: 10,000 articles with 10 highlights each by default
// (LIB_ARTICLES, LIB_PER_ARTICLE), a Zipf-shaped vocabulary, deterministic, and its Hypothesis export form.
import { COLOR_IDS, type Annotation, type ArticleRecord } from '../../core/types';

export const ARTICLES = Number(process.env.LIB_ARTICLES ?? 10_000);
export const PER_ARTICLE = Number(process.env.LIB_PER_ARTICLE ?? 10);

/** A word found in exactly one highlight of the generated library (the search step looks for its one row). */
export const RARE_WORD = 'quokkatransit';

/** Common English words, then a long tail of made-up ones: news text has a Zipf-shaped vocabulary. */
const COMMON = `the of and to in a is that for on was with he it as at by from his said but they be have this not are an
government budget school teachers funding minister election climate storm energy prices market inflation court ruling
police city council housing rent hospital doctors vaccine research university students war ceasefire border trade`.split(/\s+/);
const SYLLABLES = ['ka', 'lo', 'mer', 'tan', 'vi', 'dro', 'sel', 'pu', 'rin', 'go', 'sta', 'ne', 'qua', 'bel', 'tor', 'fi'];

/** A deterministic pseudo-random generator, so every run measures the same library. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** The library as Lede stores it. The same seed always gives the same records. */
export function generateLibrary(articleCount = ARTICLES, perArticle = PER_ARTICLE): { articles: ArticleRecord[]; annotations: Annotation[] } {
  const rand = rng(42);
  const tail = Array.from({ length: 20_000 }, (_, i) => {
    let w = '';
    for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) w += SYLLABLES[n % SYLLABLES.length];
    return w;
  });
  // Half the words from the common list, half from a Zipf-like tail (rank ~ 1/u).
  const pick = () => (rand() < 0.5 ? COMMON[Math.floor(rand() * COMMON.length)]! : tail[Math.max(0, Math.min(tail.length - 1, Math.floor(1 / (rand() + 1e-4)) - 1))]!);
  const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');
  const hex = (n: number, w: number) => n.toString(16).padStart(w, '0');
  const articles: ArticleRecord[] = [];
  const annotations: Annotation[] = [];
  const rareAt = Math.floor((articleCount * perArticle) / 3);
  for (let i = 0; i < articleCount; i++) {
    const key = `https://site${i % 200}.example/news/${i}`;
    const day = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
    articles.push({ key, url: key, title: sentence(8), byline: 'A. Reporter', siteName: `Site ${i % 200}`, publishedTime: day, lang: 'en', firstSeen: day, lastSeen: day });
    for (let j = 0; j < perArticle; j++) {
      const n = i * perArticle + j;
      let exact = sentence(12 + Math.floor(rand() * 20));
      if (n === rareAt) exact = `${RARE_WORD} ${exact}`;
      annotations.push({
        id: `urn:uuid:${hex(n, 8)}-0000-4000-8000-${hex(n, 12)}`,
        articleKey: key,
        target: {
          source: key,
          selector: [
            { type: 'TextQuoteSelector', exact, prefix: `${sentence(5)} `, suffix: ` ${sentence(5)}` },
            { type: 'TextPositionSelector', start: j * 400, end: j * 400 + exact.length },
          ],
        },
        body: { note: rand() < 0.3 ? sentence(15) : '', tags: rand() < 0.5 ? [pick(), pick()] : [], color: COLOR_IDS[n % 5]! },
        created: day,
        modified: day,
      });
    }
  }
  return { articles, annotations };
}

/**
 * The library as Hypothesis's client exports it (`{ export_date, export_userid, annotations: [...] }`), the file a
 * reader moving from Hypothesis picks in the import panel.
 */
export function toHypothesisExport(library: { articles: readonly ArticleRecord[]; annotations: readonly Annotation[] }): string {
  const titles = new Map(library.articles.map((a) => [a.key, a.title]));
  const annotations = library.annotations.map((a, i) => ({
    id: `h${i.toString(36).padStart(8, '0')}`,
    created: a.created,
    updated: a.modified,
    user: 'acct:reader@hypothes.is',
    uri: a.target.source,
    text: a.body.note,
    tags: a.body.tags,
    group: '__world__',
    target: [{ source: a.target.source, selector: a.target.selector }],
    document: { title: [titles.get(a.articleKey) ?? ''] },
  }));
  return JSON.stringify({ export_date: '2026-03-01T12:00:00.000Z', export_userid: 'acct:reader@hypothes.is', annotations });
}
