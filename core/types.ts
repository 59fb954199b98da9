// Data shapes shared by the whole core: articles, extraction results, selectors and annotations.
// Plain JSON only (no classes, no DOM objects), so every shape can cross extension contexts and be stored as is.

/** W3C Web Annotation TextQuoteSelector: the exact text plus enough context to make it unique. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: offsets into the root's visible text (see core/anchoring). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export type BlockType = 'p' | 'heading' | 'blockquote' | 'li' | 'pre' | 'table' | 'figcaption';

/** One block of the article body, in reading order, as plain text. */
export interface Block {
  type: BlockType;
  /** Heading level 1-6 for headings. */
  level?: number;
  text: string;
  /** A way back to the live page: exact = the block's text, with context from its neighbours. */
  selector: TextQuoteSelector;
}

/** What `extractArticle` finds on a page. Dates are ISO 8601 strings, missing values are null. */
export interface Article {
  title: string;
  deck: string | null;
  byline: string | null;
  authors: string[];
  siteName: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  /**
   * The article's language (BCP 47 as the page writes it, or an ISO 639-1 code): what the page declares, unless its
   * text is clearly another language Lede can tell, and the guess from the text where the page declares none
   * (`articleLanguage` in core/article/language-guess.ts). Facts, speakers, the popup and the sidebar all read this.
   */
  lang: string | null;
  /** What the page itself declares (html lang, content-language, JSON-LD inLanguage, og:locale); null when nothing. */
  declaredLang: string | null;
  /** The storage key: canonical URL without tracking parameters or fragment. */
  canonicalUrl: string;
  url: string;
  excerpt: string | null;
  wordCount: number;
  readingTimeMinutes: number;
  tags: string[];
  section: string | null;
  leadImage: string | null;
  blocks: Block[];
  /** Blocks' texts joined by blank lines. */
  textContent: string;
}

/** Either an article or the plain-words reason there is none. */
export type ArticleResult = { article: Article; reason: null } | { article: null; reason: string };

/** Where an extracted item came from: a block index and character offsets into that block's text. */
export interface Provenance {
  block: number;
  start: number;
  end: number;
  selector: TextQuoteSelector;
}

export type FactValueKind =
  | 'money'
  | 'quantity'
  | 'percent'
  | 'count'
  | 'age'
  | 'ordinal'
  | 'date'
  | 'period'
  | 'duration'
  | 'event';

export interface FactValue {
  /** As written, as short as it can be while keeping its unit or object ("$400 billion"). */
  text: string;
  kind: FactValueKind;
  /** Normalised for comparison ("400000000000 USD", "2015-05-11", "2018/2048"). */
  normalized: string;
}

export interface Fact {
  id: string;
  /** The whole sentence as written. */
  text: string;
  /** Each specific as written (docs/extraction.md's `values`). */
  values: string[];
  details: FactValue[];
  /** Centrality, 0..1; facts are returned best first. */
  score: number;
  source: Provenance;
}

export type QuoteKind = 'direct' | 'partial' | 'block' | 'embed';

export interface Quote {
  id: string;
  /** The characters between the marks, without the marks. */
  text: string;
  speaker: string | null;
  attribution: string | null;
  kind: QuoteKind;
  source: Provenance;
}

export type EntityType = 'person' | 'org' | 'place';

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  main: boolean;
  occurrences: Provenance[];
}

export interface Extraction {
  facts: Fact[];
  quotes: Quote[];
  entities: Entity[];
}

/** The five highlight colours; each has a meaning the reader can rename (lib/settings). */
export const COLOR_IDS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type ColorId = (typeof COLOR_IDS)[number];

/**
 * A reader's highlight or note, shaped after the W3C Web Annotation model:
 * a target (source + selectors), a body (note, tags, colour), created/modified times.
 */
export interface Annotation {
  /** "urn:uuid:…" */
  id: string;
  /** Canonical URL of the article (Article.canonicalUrl). */
  articleKey: string;
  target: {
    source: string;
    selector: [TextQuoteSelector, TextPositionSelector] | [TextQuoteSelector];
  };
  body: {
    note: string;
    tags: string[];
    color: ColorId;
  };
  /** Set when the highlight was saved from an extracted fact or quote. */
  origin?: { kind: 'fact' | 'quote'; text: string } | undefined;
  /**
   * The words of a doubtful placement the reader dropped ("not this passage"): a placement to confirm on these words
   * is not offered again, the highlight stays listed with the orphans. A confident placement (the passage is back)
   * is painted as usual.
   */
  droppedPlacement?: string | undefined;
  created: string;
  modified: string;
}

/** What the store keeps per article: its metadata and when the reader saw it. */
export interface ArticleRecord {
  key: string;
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  firstSeen: string;
  lastSeen: string;
  /** The reader's note on the article as a whole (not anchored to a passage); absent when there is none. */
  note?: string;
}
