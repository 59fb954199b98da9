// Reads a tab's article for the popup and the sidebar: the content script hands over the page, this extension page
// parses it (extension pages have a DOM parser; the page must not pay for the NLP), extracts, and caches.
import { MAX_SITE_NAME_CHARS, MAX_STAMP_CHARS, MAX_TITLE_CHARS } from '../core/limits';
import { blocksInClosedParts, closedTexts, removeClosedParts } from '../core/anchoring/dom/seen-markup';
import { extractArticle } from '../core/article/extract-article';
import { readPageMetadata } from '../core/article/metadata';
import { articleVerdict } from '../core/article/page-checks';
import { movedToAnotherOwner } from '../core/article/site-owner';
import { articleFromText } from '../core/article/text-article';
import { extractKeyItems } from '../core/facts';
import { hashArticleText } from '../core/hash';
import type { Annotation, Article, ArticleRecord, Extraction } from '../core/types';
import { sendToBackground } from './runtime-messages';
import { sendToTab } from './send-to-tab';
import type { AnchorReport } from './messaging';

export type TabArticleState =
  | { state: 'loading' }
  | {
      state: 'ready';
      tabId: number;
      article: Article;
      /** The store's record of the article, with the reader's article note when there is one. */
      record: ArticleRecord;
      extraction: Extraction;
      annotations: Annotation[];
      report: AnchorReport | null;
      /** Extraction was found in the cache (made earlier from the same text). */
      cached: boolean;
      /**
       * Key items of every block, closed parts included: what the reading copy (which keeps them) is compared with.
       * The same object as `extraction` where nothing is closed.
       */
      fullExtraction: Extraction;
      /** The article's blocks in closed parts of the page (a "read more" remainder) that key facts leave out until opened. */
      closedParts: number;
    }
  | { state: 'not-article'; tabId: number; reason: string }
  /** `own`: the reason is Lede's own words for this page (shown to the reader), not the browser's refusal. */
  | { state: 'unreadable'; reason: string; own?: true }
  | { state: 'error'; reason: string };

/**
 * The store's record of an article, its texts cut to the bounds the background's schema accepts. Used for both
 * the record the popup stores and the one an export is made from, so the two never differ.
 */
export function articleRecordOf(article: Article, now: string): ArticleRecord {
  return {
    key: article.canonicalUrl,
    url: article.url,
    title: article.title.slice(0, MAX_TITLE_CHARS),
    byline: article.byline?.slice(0, MAX_TITLE_CHARS) ?? null,
    siteName: article.siteName?.slice(0, MAX_SITE_NAME_CHARS) ?? null,
    publishedTime: article.publishedTime?.slice(0, MAX_STAMP_CHARS) ?? null,
    lang: article.lang?.slice(0, MAX_STAMP_CHARS) ?? null,
    firstSeen: now,
    lastSeen: now,
  };
}

/** Visible text of a parsed page, paragraph by paragraph, for "try anyway" on pages that are not articles. */
function pageText(doc: Document): string {
  const title = doc.title || 'Untitled page';
  const parts = Array.from(doc.body?.querySelectorAll('p, li, h1, h2, h3, blockquote, pre, td') ?? [])
    .map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
  return [title, ...parts].join('\n\n');
}

/** Why a tab whose page moved its address onto another owner's path is not read (see `movedToAnotherOwner`). */
export const MOVED_TO_ANOTHER_OWNER_PAGE =
  'This page moved its address onto another site’s since it loaded (a page on a host shared by many sites can), so Lede does not read it as that article. Reload the page to read it.';

/**
 * Loads the article shown in `tabId`. With `force`, a page that does not look like an article is read anyway
 * (its paragraphs become the body). Never throws: failures come back as states with plain-words reasons.
 */
export async function loadTabArticle(tabId: number, opts: { force?: boolean } = {}): Promise<TabArticleState> {
  try {
    const snapshot = await sendToTab(tabId, 'collectPage', {});
    if (!snapshot.ok) return { state: 'unreadable', reason: snapshot.reason };
    // A page that moved its address onto another owner's path (a shared host's other tenant) is not that owner's
    // article: read under the address it shows, the reader's notes there would be listed and filed (red team 53).
    if (snapshot.loadedAt && movedToAnotherOwner(snapshot.loadedAt, snapshot.url))
      return { state: 'unreadable', reason: MOVED_TO_ANOTHER_OWNER_PAGE, own: true };
    const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
    // The words of the page's closed parts (a "read more" remainder, a closed panel, a faded paragraph, or a page's
    // hidden block beside a button of its own), read before extraction.
    const closed = snapshot.closedMark ? closedTexts(doc, snapshot.closedMark) : [];
    // The same cheap check the content script makes: Lede does not pass a front page or a listing off as an article.
    if (!opts.force) {
      const verdict = articleVerdict(doc);
      if (!verdict.isArticle) return { state: 'not-article', tabId, reason: verdict.reason };
    }
    let result = extractArticle(doc, { url: snapshot.url, routed: snapshot.routed });
    // A page read anyway keeps what it declares: its language still decides the facts' and speakers' rules.
    if (!result.article && opts.force) {
      result = articleFromText(pageText(doc), { url: snapshot.articleKey, lang: readPageMetadata(doc).lang });
    }
    if (!result.article) return { state: 'not-article', tabId, reason: result.reason };
    const article = { ...result.article, url: snapshot.url, canonicalUrl: snapshot.articleKey };

    // Key facts read what the reader is shown: where a closed part holds words of the article, the article is read
    // again without the closed parts, and its blocks are what key facts read until the reader opens them. Where the
    // words also stand outside (a page that copied its visible paragraphs into a hidden panel), they stay. The
    // article itself (its text, the reading copy it is compared with) keeps them.
    const shown =
      snapshot.closedMark && blocksInClosedParts(article.blocks, closed).size > 0
        ? shownBlocks(snapshot.html, snapshot.closedMark, snapshot.url)
        : article.blocks;
    const kept = new Set(shown.map((b) => b.text));
    const closedParts = article.blocks.filter((b) => !kept.has(b.text)).length;
    const textHash = hashArticleText(
      closedParts ? `${article.textContent}\u0000shown ${shown.map((b) => b.text).join('\n')}` : article.textContent,
    );
    const cachedReply = await sendToBackground('getCachedExtraction', { articleKey: article.canonicalUrl, textHash });
    let extraction = cachedReply.ok ? cachedReply.extraction : null;
    const cached = !!extraction;
    if (!extraction) {
      extraction = extractKeyItems({ title: article.title, blocks: shown, lang: article.lang });
      void sendToBackground('cacheExtraction', { articleKey: article.canonicalUrl, textHash, extraction });
    }
    const fullExtraction = closedParts
      ? extractKeyItems({ title: article.title, blocks: article.blocks, lang: article.lang })
      : extraction;
    const now = new Date().toISOString();
    const [recorded, annotations, report] = await Promise.all([
      sendToBackground('recordArticle', { article: articleRecordOf(article, now) }),
      sendToBackground('listAnnotations', { articleKey: article.canonicalUrl }),
      sendToTab(tabId, 'getAnchorReport', {}),
    ]);
    return {
      state: 'ready',
      tabId,
      article,
      record: recorded.ok ? recorded.article : articleRecordOf(article, now),
      extraction,
      annotations: annotations.ok ? annotations.annotations : [],
      report: report.ok ? report.report : null,
      cached,
      fullExtraction,
      closedParts,
    };
  } catch (err) {
    return { state: 'error', reason: err instanceof Error ? err.message : String(err) };
  }
}

/** The article's blocks read from `html` without its closed parts (none where nothing of the article is left). */
function shownBlocks(html: string, mark: string, url: string): Article['blocks'] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  removeClosedParts(doc, mark);
  return extractArticle(doc, { url }).article?.blocks ?? [];
}
