// The notes library's state: loads the store through the background (first screen, then everything), keeps the
// search index current, and carries out delete-with-undo and import. Views only render what this returns.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LibraryIndex, type LibraryQuery, type LibraryResult } from '../../core/search';
import type { Annotation, ArticleRecord, Extraction } from '../../core/types';
import { onBroadcast, sendToBackground } from '../../lib/runtime-messages';
import type { BackgroundProtocol } from '../../lib/messaging';
import type { Toast } from '../ToastBar';
import { afterPaint } from './after-paint';
import { readFirstScreen } from './first-screen';
import { t } from '../../lib/i18n';

export type LoadPhase = 'loading' | 'partial' | 'ready' | 'error';

/**
 * How many of the newest annotated articles the first screen shows before everything is loaded: more than a tall
 * window holds (rows are 60 px and more), and no more, as each is one more request to the database before the first
 * row (50 before).
 */
const FIRST_SCREEN = 25;

export interface Library {
  phase: LoadPhase;
  error: string | null;
  indexing: boolean;
  results: LibraryResult[];
  facets: { tags: string[]; sites: string[] };
  query: LibraryQuery;
  setQuery(q: LibraryQuery): void;
  index: LibraryIndex | null;
  toast: Toast | null;
  setToast(t: Toast | null): void;
  /** Everything loaded (waits for the full load if only the first screen is in). */
  everything(): Promise<{ articles: ArticleRecord[]; annotations: Annotation[] }>;
  extractionOf(key: string): Promise<Extraction | null>;
  deleteArticle(key: string): Promise<void>;
  deleteAnnotation(annotation: Annotation): Promise<void>;
  reload(): Promise<void>;
}

/** A search slower than this makes typing wait for a pause before the next one. */
const SLOW_SEARCH_MS = 50;
const TYPING_PAUSE_MS = 150;

/** Annotations per message: ~10 MB, far below Chrome's 64 MiB message limit. */
const PAGE_SIZE = 10_000;

/** Every annotation, in pages; falls back to one message where the background has no paged reader. */
async function loadAnnotations(): Promise<Annotation[]> {
  const all: Annotation[] = [];
  let after: string | null = null;
  for (;;) {
    const page: BackgroundProtocol['listAnnotationsPage']['res'] = await sendToBackground('listAnnotationsPage', {
      after,
      limit: PAGE_SIZE,
    });
    if (!page.ok) break;
    for (const a of page.annotations) all.push(a);
    if (!page.next) return all;
    after = page.next;
  }
  const whole = await sendToBackground('listAllAnnotations', {});
  if (!whole.ok) throw new Error(whole.reason);
  return whole.annotations;
}

export function useLibrary(): Library {
  const [phase, setPhase] = useState<LoadPhase>('loading');
  const [error, setError] = useState<string | null>(null);
  const [indexing, setIndexing] = useState(false);
  const [version, setVersion] = useState(0);
  const [query, setQuery] = useState<LibraryQuery>({});
  const [toast, setToast] = useState<Toast | null>(null);
  const indexRef = useRef<LibraryIndex | null>(null);
  const fullRef = useRef<Promise<{ articles: ArticleRecord[]; annotations: Annotation[] }> | null>(null);
  const extractions = useRef(new Map<string, Extraction | null>());
  const bump = () => setVersion((v) => v + 1);
  // Asked during the first render, not in an effect: effects run after the first paint, which is time the first
  // rows would wait for nothing. Marks for bench/library-chromium.bench.ts: where the time to the first row goes.
  const [firstScreen] = useState(() => {
    performance.mark('lede:first-screen-asked');
    return readFirstScreen(FIRST_SCREEN).finally(() => performance.mark('lede:first-screen-answered'));
  });

  const loadAll = useCallback(async () => {
    const arts = await sendToBackground('listArticles', {});
    if (!arts.ok) throw new Error(arts.reason);
    return { articles: arts.articles, annotations: await loadAnnotations() };
  }, []);

  const reload = useCallback(async () => {
    // A full load started before this reload may miss what made it reload (an import, an edit elsewhere); one
    // started after it (an export or the template preview asking for everything meanwhile) is as fresh as ours.
    fullRef.current = null;
    try {
      // First screen: the newest annotated articles, from an index walk the page started on its first render.
      if (!indexRef.current) {
        const recent = await firstScreen;
        if (recent && !indexRef.current) {
          indexRef.current = new LibraryIndex(recent.articles, recent.annotations);
          setPhase('partial');
          bump();
          // Let the first screen paint before everything else loads: the replies of the full load (10 MB each at
          // 100,000 highlights) are parsed on this thread and would hold the first rows back by hundreds of ms.
          await afterPaint();
        }
      }
      // Shared with `everything()`: at 100,000 highlights a second load is 100 MB of replies parsed on this thread.
      fullRef.current ??= loadAll();
      const all = await fullRef.current;
      const index = new LibraryIndex(all.articles, all.annotations);
      indexRef.current = index;
      setPhase('ready');
      bump();
      setIndexing(true);
      await index.buildIndexAsync();
      for (const [key, ex] of extractions.current) if (ex) index.addExtraction(key, ex);
      if (indexRef.current === index) {
        setIndexing(false);
        bump();
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setPhase('error');
    }
  }, [loadAll, firstScreen]);

  useEffect(() => {
    void reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Edits in a tab or the sidebar: reload once things settle rather than on every keystroke's save.
    const off = onBroadcast('annotationsChanged', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), 400);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [reload]);

  // A keystroke searches at once while searches are quick (the common case: a few milliseconds to a few tens over
  // 100,000 highlights, bench/library.bench.ts); after a slow one, typing waits for a 150 ms pause as it always did,
  // so a slow search cannot run on every key. Filters and sort apply at once.
  const [settled, setSettled] = useState<LibraryQuery>(query);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const lastSearchMs = useRef(0);
  const immediate = lastSearchMs.current < SLOW_SEARCH_MS || (query.text ?? '') === (settled.text ?? '');
  const searched = immediate ? query : settled;
  const results = useMemo(() => {
    const started = performance.now();
    const found = indexRef.current?.search(searched) ?? [];
    lastSearchMs.current = performance.now() - started;
    return found;
  }, [version, searched]);
  const facets = useMemo(() => indexRef.current?.facets() ?? { tags: [], sites: [] }, [version]);

  const everything = useCallback(async () => {
    if (!fullRef.current) fullRef.current = loadAll();
    return fullRef.current;
  }, [loadAll]);

  const extractionOf = useCallback(async (key: string) => {
    if (extractions.current.has(key)) return extractions.current.get(key) ?? null;
    const r = await sendToBackground('getArticleExtraction', { articleKey: key });
    const ex = r.ok ? r.extraction : null;
    extractions.current.set(key, ex);
    if (ex && indexRef.current?.isIndexed) indexRef.current.addExtraction(key, ex);
    return ex;
  }, []);

  const deleteArticle = useCallback(async (key: string) => {
    const r = await sendToBackground('deleteArticle', { articleKey: key });
    if (!r.ok) return setToast({ message: r.reason });
    indexRef.current?.removeArticle(key);
    fullRef.current = null;
    bump();
    const { article, annotations } = r;
    setToast({
      message: t('libArticleDeleted', article?.title ?? key),
      undo: () => {
        void (async () => {
          // Record by record: one that cannot be written is reported, the others still come back.
          const back = await sendToBackground('restoreRecords', { articles: article ? [article] : [], annotations });
          if (!back.ok) return setToast({ message: back.reason });
          const failed = new Set(back.failed.map((f) => f.id));
          if (article && !failed.has(article.key)) indexRef.current?.addArticle(article);
          for (const a of annotations) if (!failed.has(a.id)) indexRef.current?.addAnnotation(a);
          bump();
          if (back.failed.length > 0)
            setToast({ message: t('libRestorePartial', back.failed.length, back.failed[0]!.reason) });
        })();
      },
    });
  }, []);

  const deleteAnnotation = useCallback(async (annotation: Annotation) => {
    const r = await sendToBackground('deleteAnnotation', { id: annotation.id });
    if (!r.ok) return setToast({ message: r.reason });
    indexRef.current?.removeAnnotation(annotation.id);
    fullRef.current = null;
    bump();
    const deleted = r.annotation ?? annotation;
    setToast({
      message: t('deleted'),
      undo: () => {
        void sendToBackground('saveAnnotation', { annotation: deleted }).then((back) => {
          if (!back.ok) return setToast({ message: back.reason });
          indexRef.current?.addAnnotation(deleted);
          bump();
        });
      },
    });
  }, []);

  return {
    phase,
    error,
    indexing,
    results,
    facets,
    query,
    setQuery,
    index: indexRef.current,
    toast,
    setToast,
    everything,
    extractionOf,
    deleteArticle,
    deleteAnnotation,
    reload,
  };
}
