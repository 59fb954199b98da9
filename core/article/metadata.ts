// Reads what a page says about its article: JSON-LD (schema.org), OpenGraph and article:*, <meta> names, microdata,
// <time> and the visible byline and deck. Each source is read separately; reconcile() in extract-article picks.
import { findPageMarks, type PageMarks } from './page-marks';
import { cleanByline, normalizeDate, oneLine } from './metadata-values';

/** What the page's markup declares, one field per fact, each already normalised; null when absent. */
export interface PageMetadata {
  title: string | null;
  deck: string | null;
  description: string | null;
  authors: string[];
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  section: string | null;
  tags: string[];
  leadImage: string | null;
  /** True when JSON-LD or og:type says this is an article or post. */
  declaresArticle: boolean;
  /** True when og:type or JSON-LD says this is a website/home/listing/product page. */
  declaresNonArticle: boolean;
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle|Review|CreativeWork)$/;
const NON_ARTICLE_TYPES =
  /^(WebSite|CollectionPage|SearchResultsPage|ItemList|Product|ProductGroup|Store|ProfilePage|CheckoutPage|ContactPage)$/;

type Json = Record<string, unknown>;

/** All JSON-LD objects on the page, flattened through arrays and @graph. Malformed blocks are skipped. */
export function readJsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || out.length > 50 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Json;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  // Tag collections rather than attribute selectors: the same elements, at a fraction of the matching cost.
  let seen = 0;
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    if (++seen > 30) break;
    const text = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '');
    if (text.length > 500_000) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // Sites ship broken JSON-LD often enough; the other sources still apply.
    }
  }
  return out;
}

function types(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t])
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/#]/, ''));
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return oneLine(v) || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json)['name'] ?? (v as Json)['@value'] ?? (v as Json)['url']);
  return null;
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list
    .map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? (x as Json)['name'] : null))
    .map((x) => (typeof x === 'string' ? cleanByline(x) : null))
    .filter((x): x is string => !!x);
}

function metaMap(doc: Document): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const meta of Array.from(doc.getElementsByTagName('meta')).slice(0, 400)) {
    const content = oneLine(meta.getAttribute('content'));
    if (!content) continue;
    const keys = `${meta.getAttribute('property') ?? ''} ${meta.getAttribute('name') ?? ''} ${meta.getAttribute('itemprop') ?? ''}`;
    for (const key of keys.toLowerCase().split(/\s+/).filter(Boolean)) {
      const list = map.get(key) ?? [];
      list.push(content);
      map.set(key, list);
    }
  }
  return map;
}

function first<T>(...values: (T | null | undefined)[]): T | null {
  for (const v of values) if (v !== null && v !== undefined && v !== '') return v;
  return null;
}

/** The visible byline in the page: rel=author, itemprop=author, or a byline/author class, short and name-like. */
function visibleByline(marks: PageMarks): string | null {
  const el = marks.byline;
  const text = el ? cleanByline(el.textContent) : null;
  return text && text.length <= 100 ? text : null;
}

const DECK_CLASS =
  /(^|[-_\s])(deck|dek|subtitle|sub-title|subhead|subheadline|standfirst|strapline|summary|lede|lead|intro|description|excerpt)([-_\s]|$)/i;

/** A visible subtitle near the headline: a deck-like class, or the h2/p right after the h1 in the same header. */
function visibleDeck(doc: Document, title: string | null, description: string | null): string | null {
  const h1 = doc.querySelector('article h1, main h1, h1');
  const fits = (t: string): boolean => t.length >= 20 && t.length <= 400 && t !== title;
  // The h1's own siblings, then (when the h1 sits alone in a wrapper) the wrapper's: templates often box the headline.
  const h1Text = h1 ? oneLine(h1.textContent) : '';
  for (let head: Element | null = h1, up = 0; head && up < 2; up++, head = head.parentElement) {
    if (up > 0 && oneLine(head.textContent) !== h1Text) break;
    let sib = head.nextElementSibling;
    for (let i = 0; sib && i < 3; i++, sib = sib.nextElementSibling) {
      const t = oneLine(sib.textContent);
      const tag = sib.tagName.toLowerCase();
      if (
        (tag === 'h2' || (tag === 'p' && DECK_CLASS.test(`${sib.className} ${sib.id}`))) &&
        fits(t) &&
        !sib.querySelector('a, time')
      )
        return t;
      if (
        DECK_CLASS.test(`${sib.className} ${sib.id}`) &&
        fits(t) &&
        !sib.querySelector('p p') &&
        !isLedeParagraph(sib)
      )
        return t;
    }
  }
  if (description) {
    for (const el of Array.from(doc.querySelectorAll('h2, p')).slice(0, 40)) {
      // Only a heading or a deck-classed paragraph: sites often reuse the first paragraph as the description.
      const parent = el.parentElement;
      const isDeckLike =
        el.tagName.toLowerCase() === 'h2' ||
        DECK_CLASS.test(`${el.className} ${el.id} ${parent?.className ?? ''} ${parent?.id ?? ''}`);
      if (
        isDeckLike &&
        oneLine(el.textContent) === description &&
        !isLedeParagraph(el) &&
        !(parent && isLedeParagraph(parent))
      )
        return description;
    }
  }
  return null;
}

/** Class/id words of a visible date line ("article-posted-date", "buzz_datetime", "timestamp"). */
const DATE_CLASS =
  /(^|[-_\s])(date|dates|datetime|datetimes|timestamp|time-?stamp|posted|posted-?on|published|pubdate|dateline|post-?date|entry-?date)([-_\s]|$)/i;

/**
 * A visible "posted" line when no metadata gives the date: "posted on April 21, 2015, at 11:29 a.m.",
 * "2/26/2015 7:11 AM PST BY TMZ STAFF" (whose "BY …" tail is the byline). Outside navigation, asides and links;
 * only a line that states its year counts.
 */
function postedLine(marks: PageMarks): { date: string; by: string | null } | null {
  for (const el of marks.dated) {
    if (!DATE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`) || el.closest('a, nav, aside, footer, li'))
      continue;
    const text = oneLine(el.textContent);
    if (text.length < 6 || text.length > 120) continue;
    const m = /^(.*?)\s+by\s+(.{2,60})$/i.exec(text);
    const date = normalizeDate(m ? m[1] : text);
    if (date) return { date, by: m ? cleanByline(m[2]) : null };
  }
  return null;
}

/** Class words that name the story's opening paragraph as often as a subtitle. */
const LEDE_CLASS = /(^|[-_\s])(lede|lead|intro)([-_\s]|$)/i;

/**
 * A "lede"/"intro" block directly followed by the story's prose is its first paragraph set large (Herald Sun's
 * "story-intro"), not a subtitle: taking it as the deck would drop it from the body.
 */
function isLedeParagraph(el: Element): boolean {
  if (
    !LEDE_CLASS.test(`${el.className} ${el.id}`) ||
    DECK_CLASS.test(`${el.className} ${el.id}`.replace(LEDE_CLASS, ' '))
  )
    return false;
  const next = el.nextElementSibling;
  return !!next && next.tagName.toLowerCase() === 'p' && oneLine(next.textContent).length >= 150;
}

function firstTime(marks: PageMarks): string | null {
  const el = marks.time;
  return el ? normalizeDate(el.getAttribute('datetime') ?? el.textContent) : null;
}

/** Reads every metadata source of `doc` into one record. Pure; never mutates `doc`. */
export function readPageMetadata(doc: Document): PageMetadata {
  const ld = readJsonLd(doc);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'CreativeWork')) ?? null;
  const page = ld.find((o) => types(o).includes('WebPage')) ?? null;
  const site = ld.find((o) => types(o).includes('WebSite')) ?? null;
  const m = metaMap(doc);
  const get = (...keys: string[]): string | null => first(...keys.map((k) => m.get(k)?.[0]));

  const ogType = (get('og:type') ?? '').toLowerCase();
  const title = first(
    str(article?.['headline']),
    get('og:title', 'twitter:title', 'dc.title', 'parsely-title', 'sailthru.title'),
    str(article?.['name']),
  );
  const description = first(
    get('og:description', 'twitter:description', 'description', 'dc.description'),
    str(article?.['description']),
  );

  const ldAuthors = names(article?.['author'] ?? article?.['creator']);
  const metaAuthors = [
    ...(m.get('author') ?? []),
    ...(m.get('article:author') ?? []),
    ...(m.get('dc.creator') ?? []),
    ...(m.get('parsely-author') ?? []),
    ...(m.get('sailthru.author') ?? []),
  ]
    .map(cleanByline)
    .filter((x): x is string => !!x && !/^https?:|facebook\.com|www\./i.test(x));
  // The page-wide queries below (visible byline, posted line, <time>) are the costly part: run only when the
  // declared metadata leaves the field empty.
  // One walk finds the byline, <time> and dated elements for all three, and only when one is needed.
  let marksMemo: PageMarks | undefined;
  const marks = (): PageMarks => (marksMemo ??= findPageMarks(doc));
  let postedMemo: ReturnType<typeof postedLine> | undefined;
  const posted = (): ReturnType<typeof postedLine> =>
    postedMemo === undefined ? (postedMemo = postedLine(marks())) : postedMemo;
  const shown = ldAuthors.length || metaAuthors.length ? null : (visibleByline(marks()) ?? posted()?.by ?? null);
  const authors = ldAuthors.length ? ldAuthors : metaAuthors.length ? [...new Set(metaAuthors)] : shown ? [shown] : [];

  const publisher = article?.['publisher'] ?? page?.['publisher'];
  const tags = [
    ...(m.get('article:tag') ?? []),
    ...((): string[] => {
      const k = article?.['keywords'];
      if (Array.isArray(k)) return k.filter((x): x is string => typeof x === 'string');
      return typeof k === 'string' ? k.split(',') : [];
    })(),
  ]
    .map(oneLine)
    .filter((t) => t && t.length < 60);

  const htmlLang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  const ogLocale = get('og:locale');

  return {
    title,
    deck: null,
    description,
    authors,
    byline: authors.length ? authors.join(', ') : null,
    siteName: first(
      get('og:site_name'),
      str(publisher),
      str(site?.['name']),
      get('application-name', 'apple-mobile-web-app-title'),
    ),
    publishedTime:
      first(
        normalizeDate(str(article?.['datePublished'])),
        normalizeDate(
          get(
            'article:published_time',
            'og:published_time',
            'datepublished',
            'date',
            'pubdate',
            'publishdate',
            'publish-date',
            'dc.date',
            'dc.date.issued',
            'dcterms.date',
            'parsely-pub-date',
            'sailthru.date',
            'article.published',
            'published-date',
            'citation_publication_date',
          ),
        ),
      ) ?? first(firstTime(marks()), normalizeDate(str(article?.['dateCreated'])), posted()?.date ?? null),
    modifiedTime: first(
      normalizeDate(str(article?.['dateModified'])),
      normalizeDate(
        get('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'),
      ),
    ),
    lang: first(
      oneLine(htmlLang) || null,
      get('content-language', 'dc.language', 'language'),
      str(article?.['inLanguage']),
      ogLocale ? ogLocale.replace('_', '-') : null,
    ),
    section: first(get('article:section', 'section', 'parsely-section'), str(article?.['articleSection'])),
    tags: [...new Set(tags)].slice(0, 30),
    leadImage: first(
      get('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'),
      str(article?.['image']),
    ),
    declaresArticle:
      !!article || ogType === 'article' || ogType.startsWith('article') || m.has('article:published_time'),
    declaresNonArticle:
      ogType === 'website' ||
      ogType.startsWith('product') ||
      ogType === 'profile' ||
      ld.some((o) => types(o).some((t) => NON_ARTICLE_TYPES.test(t) && t !== 'WebSite')),
  } satisfies PageMetadata;
}

/** Fills `meta.deck` from the page (needs the reconciled title to avoid taking the headline for its subtitle). */
export function readDeck(
  doc: Document,
  title: string | null,
  description: string | null,
  alternative: string | null,
): string | null {
  return first(visibleDeck(doc, title, description), alternative);
}
export { visibleByline };
