// The source ledger: across every article the reader annotated, who was quoted saying what (by date and outlet,
// each quote with a link back to its passage), and figures that two outlets report differently. Built from the
// extractions Lede already cached; pure, and indexed so a name search answers without scanning every quote.
import { siteLabel } from '../article/site-label';
import { textFragmentLink } from '../export/text-fragment';
import type { ArticleRecord, EntityType, Extraction, FactValueKind, TextQuoteSelector } from '../types';
import { joinSurnames, stripTitles } from './person-name';

export interface LedgerSource {
  article: ArticleRecord;
  extraction: Extraction;
}

export interface LedgerQuote {
  text: string;
  articleKey: string;
  title: string;
  outlet: string;
  /** Publication date when known, else the day the reader first saw the article (ISO). */
  date: string;
  /** The article's URL and the quote's passage: `ledgerLink` makes the link that opens the article at it. */
  url: string;
  selector: TextQuoteSelector;
}

export interface LedgerPerson {
  key: string;
  name: string;
  type: EntityType | 'unknown';
  quotes: LedgerQuote[];
  /** How many different outlets quote this person. */
  outlets: number;
}

export interface LedgerFigure {
  sentence: string;
  value: string;
  normalized: string;
  kind: FactValueKind;
  articleKey: string;
  title: string;
  outlet: string;
  date: string;
  url: string;
  selector: TextQuoteSelector;
}

/**
 * The link that opens an item's article at its passage. Made on demand: building it for every one of 60,000
 * quotes took half of the ledger's build time, and a reader opens a handful.
 */
export function ledgerLink(item: { url: string; selector: TextQuoteSelector }): string {
  return textFragmentLink(item.url, item.selector);
}

/** The same quantity (same kind and unit, sentences about the same thing) reported with different values. */
export interface FigureConflict {
  /** Words the two sentences share: what the figure is about. */
  about: string[];
  figures: [LedgerFigure, LedgerFigure];
}

/** Kinds of figure whose disagreement means something (dates and ordinals differ for ordinary reasons). */
const COMPARABLE: ReadonlySet<FactValueKind> = new Set(['money', 'quantity', 'percent', 'count']);
/** Sentences sharing this share of their content words are about the same thing. */
const SAME_TOPIC = 0.5;
/** Content words two sentences must share before they are compared at all. */
const MIN_SHARED = 3;
/** A very common word links too many sentences to be a useful bucket: it is skipped. */
const MAX_BUCKET = 2_000;
const STOP = new Set(
  'about above after again against also although among another because been before being between both could does during each either from further have having here however into itself just last made many more most much must next only other over said same says should since some such than that their them then there these they this those through under until very were what when where which while will with within would year years your'.split(
    ' ',
  ),
);

/** A name as a lookup key: lower case, no accents, single spaces. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function contentWords(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const w of sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (!STOP.has(w)) out.add(w);
  return out;
}

/** The unit of a normalised value ("400000000000 USD" -> "USD"; "12 %" -> "%"), so dollars never meet tonnes. */
const unitOf = (normalized: string) => normalized.replace(/[\d.,\s/-]+/g, ' ').trim();

const dateOf = (a: ArticleRecord) => a.publishedTime ?? a.firstSeen;

export class SourceLedger {
  private readonly people = new Map<string, LedgerPerson>();
  private readonly outletsOf = new Map<string, Set<string>>();
  /** Name token -> keys of people whose name has it: a search looks up tokens, not every name. */
  private readonly tokens = new Map<string, Set<string>>();
  private readonly figures: { figure: LedgerFigure; words: Set<string> }[] = [];
  private ranked: LedgerPerson[] | null = null;

  /**
   * Builds the ledger; sources without an extraction simply add nothing. One person is one entry: titles before a
   * name are dropped, and a surname alone joins the one full name it fits across all sources (core/ledger/
   * person-name.ts). Never mutates its input.
   */
  constructor(sources: Iterable<LedgerSource>) {
    for (const s of sources) this.add(s);
    this.joinSurnames();
    for (const key of this.people.keys())
      for (const token of key.split(' ')) {
        let set = this.tokens.get(token);
        if (!set) this.tokens.set(token, (set = new Set()));
        set.add(key);
      }
  }

  /** Moves the quotes of each one-word name into the one full name it fits (a surname mentioned alone). */
  private joinSurnames(): void {
    const joins = joinSurnames([...this.people.values()].map((p) => ({ key: p.key, type: p.type })));
    for (const [short, full] of joins) {
      const from = this.people.get(short)!;
      const into = this.people.get(full)!;
      into.quotes.push(...from.quotes);
      const outlets = this.outletsOf.get(full)!;
      for (const o of this.outletsOf.get(short)!) outlets.add(o);
      into.outlets = outlets.size;
      if (into.type === 'unknown') into.type = from.type;
      this.people.delete(short);
      this.outletsOf.delete(short);
    }
  }

  private add({ article, extraction }: LedgerSource): void {
    const outlet = siteLabel(article);
    const date = dateOf(article);
    const types = new Map<string, EntityType>();
    for (const e of extraction.entities) for (const n of [e.name, ...e.aliases]) types.set(nameKey(n), e.type);
    for (const q of extraction.quotes) {
      if (!q.speaker) continue;
      // An organisation keeps its whole name ("General Motors"); a person's goes without the titles before it.
      const rawType = types.get(nameKey(q.speaker));
      const name = rawType === 'org' || rawType === 'place' ? q.speaker.trim() : stripTitles(q.speaker);
      const key = nameKey(name);
      if (!key) continue;
      const type = types.get(key) ?? rawType ?? 'unknown';
      let person = this.people.get(key);
      if (!person) {
        person = { key, name, type, quotes: [], outlets: 0 };
        this.people.set(key, person);
        this.outletsOf.set(key, new Set());
      } else if (person.type === 'unknown') person.type = type;
      person.quotes.push({
        text: q.text,
        articleKey: article.key,
        title: article.title,
        outlet,
        date,
        url: article.url,
        selector: q.source.selector,
      });
      const outlets = this.outletsOf.get(key)!;
      outlets.add(outlet);
      person.outlets = outlets.size;
    }
    for (const fact of extraction.facts) {
      for (const v of fact.details) {
        if (!COMPARABLE.has(v.kind)) continue;
        this.figures.push({
          figure: {
            sentence: fact.text,
            value: v.text,
            normalized: v.normalized,
            kind: v.kind,
            articleKey: article.key,
            title: article.title,
            outlet,
            date,
            url: article.url,
            selector: fact.source.selector,
          },
          words: contentWords(fact.text),
        });
      }
    }
    this.ranked = null;
  }

  /** Everyone quoted, most quoted first (then by name). */
  all(): LedgerPerson[] {
    if (!this.ranked) {
      this.ranked = [...this.people.values()].sort(
        (a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name),
      );
      for (const p of this.ranked)
        p.quotes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.articleKey < b.articleKey ? -1 : 1));
    }
    return this.ranked;
  }

  /**
   * People whose name has a word starting with each word of `query` ("xi", "jinp", "xi jin"), most quoted
   * first; at most `limit`. An empty query lists the most quoted.
   */
  search(query: string, limit = 50): LedgerPerson[] {
    const words = nameKey(query).split(' ').filter(Boolean);
    const ranked = this.all();
    if (words.length === 0) return ranked.slice(0, limit);
    const hits = words.map((w) => {
      const hit = new Set<string>();
      for (const [token, set] of this.tokens) if (token.startsWith(w)) for (const k of set) hit.add(k);
      return hit;
    });
    const found = new Set([...hits[0]!].filter((k) => hits.every((h) => h.has(k))));
    if (found.size === 0) return [];
    const out: LedgerPerson[] = [];
    for (const p of ranked) {
      if (found.has(p.key)) out.push(p);
      if (out.length >= limit) break;
    }
    return out;
  }

  person(key: string): LedgerPerson | null {
    this.all();
    return this.people.get(key) ?? null;
  }

  /**
   * Pairs of figures from different outlets that are the same kind of quantity in the same unit, in sentences
   * about the same thing, with different values. Buckets by shared words keep this far from comparing every pair.
   */
  conflicts(limit = 200): FigureConflict[] {
    // Only figures of one kind and unit can disagree: group them first, then pair within a group by shared words.
    const groups = new Map<string, number[]>();
    this.figures.forEach((f, i) => {
      const key = `${f.figure.kind}|${unitOf(f.figure.normalized)}`;
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(i);
    });
    const out: FigureConflict[] = [];
    const seen = new Set<string>();
    for (const members of groups.values()) {
      const byWord = new Map<string, number[]>();
      for (const i of members) {
        for (const w of this.figures[i]!.words) {
          let list = byWord.get(w);
          if (!list) byWord.set(w, (list = []));
          list.push(i);
        }
      }
      for (const i of members) {
        const a = this.figures[i]!;
        // Candidates share at least one word that is not everywhere; the full overlap is then counted exactly.
        const candidates = new Set<number>();
        for (const w of a.words) {
          const list = byWord.get(w)!;
          if (list.length > MAX_BUCKET) continue;
          for (const j of list) if (j > i) candidates.add(j);
        }
        for (const j of candidates) {
          const b = this.figures[j]!;
          if (a.figure.outlet === b.figure.outlet || a.figure.normalized === b.figure.normalized) continue;
          let shared = 0;
          for (const w of a.words) if (b.words.has(w)) shared++;
          if (shared < MIN_SHARED || shared / Math.min(a.words.size, b.words.size) < SAME_TOPIC) continue;
          const id = `${a.figure.articleKey}|${a.figure.normalized}|${b.figure.articleKey}|${b.figure.normalized}`;
          if (seen.has(id)) continue;
          seen.add(id);
          out.push({ about: [...a.words].filter((w) => b.words.has(w)), figures: [a.figure, b.figure] });
          if (out.length >= limit) return out;
        }
      }
    }
    return out;
  }
}
