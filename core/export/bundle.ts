// Groups the store's flat lists into one bundle per article (metadata, highlights in page order, extraction),
// and picks what to export: one article, a selection, or everything.
import { hasArticleNote, oneLineMetadata, placeholderArticle } from '../records';
import type { Annotation, ArticleRecord, ColorId, Extraction } from '../types';

/** Everything an exporter needs about one article. */
export interface ArticleBundle {
  article: ArticleRecord;
  /** In page order: by TextPositionSelector start, then by creation time for those without one. */
  annotations: Annotation[];
  extraction: Extraction | null;
}

/** What to export: every article, or only those whose keys are listed. */
export type ExportScope = { kind: 'all' } | { kind: 'articles'; keys: readonly string[] };

export interface ExportInput {
  articles: readonly ArticleRecord[];
  annotations: readonly Annotation[];
  /** Cached extractions by article key (facts and quotes); missing ones are simply left out. */
  extractions?: ReadonlyMap<string, Extraction> | undefined;
  scope?: ExportScope | undefined;
  /** What each highlight colour means to the reader ("Evidence"); exports carry the meaning with each highlight. */
  colors?: readonly { id: ColorId; label: string }[] | undefined;
}

/** The reader's meaning of `color` in `input`, or null when the export was given none. */
export function colorMeaning(input: Pick<ExportInput, 'colors'>, color: ColorId): string | null {
  return input.colors?.find((c) => c.id === color)?.label.trim() || null;
}

/** The start offset an annotation sorts by in page order, or Infinity when it has no position. */
export function pageOrderKey(a: Annotation): number {
  const pos = a.target.selector[1];
  return pos ? pos.start : Number.POSITIVE_INFINITY;
}

/** Compares annotations in page order; ties (and position-less ones) fall back to creation time, then id. */
export function comparePageOrder(a: Annotation, b: Annotation): number {
  return pageOrderKey(a) - pageOrderKey(b) || cmp(a.created, b.created) || cmp(a.id, b.id);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One bundle per article in scope, newest read first. Articles without highlights are included when they carry
 * the reader's article note, or when explicitly selected; annotations whose article record is missing get the stand-in record (core/records). Records
 * are trusted as typed: the store repairs them where they are read (core/records). Never mutates inputs.
 */
export function bundleArticles(input: ExportInput): ArticleBundle[] {
  const scope = input.scope ?? { kind: 'all' };
  const wanted = scope.kind === 'articles' ? new Set(scope.keys) : null;
  const byKey = new Map<string, Annotation[]>();
  for (const a of input.annotations) {
    if (wanted && !wanted.has(a.articleKey)) continue;
    let list = byKey.get(a.articleKey);
    if (!list) byKey.set(a.articleKey, (list = []));
    list.push(a);
  }
  const records = new Map(input.articles.map((a) => [a.key, a]));
  const keys = new Set<string>(byKey.keys());
  if (wanted) for (const k of wanted) if (records.has(k)) keys.add(k);
  if (!wanted) for (const r of input.articles) if (hasArticleNote(r)) keys.add(r.key);
  const bundles: ArticleBundle[] = [];
  for (const key of keys) {
    const annotations = (byKey.get(key) ?? []).slice().sort(comparePageOrder);
    // Every key without a record came from an annotation, so there is one to make the stand-in from.
    const article = oneLineMetadata(records.get(key) ?? placeholderArticle(key, annotations[0]!));
    bundles.push({ article, annotations, extraction: input.extractions?.get(key) ?? null });
  }
  return bundles.sort((a, b) => cmp(b.article.lastSeen, a.article.lastSeen) || cmp(a.article.key, b.article.key));
}

/** Every tag used in the bundle's annotations, first use first, without duplicates. */
export function bundleTags(bundle: ArticleBundle): string[] {
  const seen = new Set<string>();
  for (const a of bundle.annotations) for (const t of a.body.tags) seen.add(t);
  return [...seen];
}
