// The background's message handlers: each validated command (see lib/messaging.ts) mapped onto the store.
import { browser } from 'wxt/browser';
import { readAnnotationPage, readRecentArticles } from '../../core/search/first-page';
import type { LedeStore } from '../../core/store';
import type { Annotation, Extraction } from '../../core/types';
import { broadcast, sendToTab, type AnchorReport, type BackgroundHandlers } from '../../lib/messaging';
import { createImportHandlers } from './import-handlers';

/** Which article each tab shows, as its content script last reported; used to keep two tabs in step. */
const tabArticles = new Map<number, string>();
/** The last anchoring report per article (orphans and why), for the sidebar. */
const anchorReports = new Map<string, AnchorReport>();

/** Tells every other tab showing this article to paint again, and every extension page to refresh. */
function announceChange(articleKey: string, exceptTabId?: number): void {
  broadcast('annotationsChanged', { articleKey });
  for (const [tabId, key] of tabArticles) {
    if (key === articleKey && tabId !== exceptTabId) void sendToTab(tabId, 'refreshAnnotations', {});
  }
}

/**
 * After an import: one event for the extension's pages (an article key when it touched one article, else null,
 * which every page takes as "refresh"), and a repaint for each tab showing an imported article. One event, not one
 * per article: an import of 10,000 articles would otherwise send 10,000.
 */
function announceImport(articleKeys: ReadonlySet<string>): void {
  broadcast('annotationsChanged', { articleKey: articleKeys.size === 1 ? articleKeys.values().next().value! : null });
  for (const [tabId, key] of tabArticles) if (articleKeys.has(key)) void sendToTab(tabId, 'refreshAnnotations', {});
}

export function forgetTab(tabId: number): void {
  tabArticles.delete(tabId);
}

export function createHandlers(getStore: () => Promise<LedeStore>): BackgroundHandlers {
  return {
    async pageDetected(page, sender) {
      const store = await getStore();
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        tabArticles.set(tabId, page.articleKey);
        broadcast('pageChanged', { tabId, articleKey: page.articleKey });
      }
      const annotations = await store.listAnnotations(page.articleKey);
      // Only articles (or pages the reader already annotated) become records: Lede keeps no log of other pages.
      if (page.isArticle || annotations.length > 0) {
        await store.recordArticle({
          key: page.articleKey,
          url: page.url,
          title: page.title,
          byline: null,
          siteName: page.siteName,
          publishedTime: null,
          lang: null,
        });
      }
      return { ok: true, annotations };
    },

    async saveAnnotation({ annotation }, sender) {
      const store = await getStore();
      if (!(await store.getArticle(annotation.articleKey))) {
        await store.recordArticle({
          key: annotation.articleKey,
          url: annotation.target.source,
          title: sender.tab?.title ?? annotation.articleKey,
          byline: null,
          siteName: null,
          publishedTime: null,
          lang: null,
        });
      }
      await store.saveAnnotation(annotation as Annotation);
      announceChange(annotation.articleKey, sender.tab?.id);
      return { ok: true };
    },

    async deleteAnnotation({ id }, sender) {
      const store = await getStore();
      const annotation = await store.deleteAnnotation(id);
      if (annotation) announceChange(annotation.articleKey, sender.tab?.id);
      return { ok: true, annotation };
    },

    async listAnnotations({ articleKey }) {
      return { ok: true, annotations: await (await getStore()).listAnnotations(articleKey) };
    },

    async annotationsAnchored(report) {
      anchorReports.set(report.articleKey, report);
      broadcast('annotationsChanged', { articleKey: report.articleKey });
      return { ok: true };
    },

    async getAnchorReport({ articleKey }) {
      return { ok: true, report: anchorReports.get(articleKey) ?? null };
    },

    async listArticles() {
      return { ok: true, articles: await (await getStore()).listArticles() };
    },

    async listRecentArticles({ limit }) {
      const store = await getStore();
      return { ok: true, ...(await readRecentArticles(store.db, limit)) };
    },

    async listAnnotationsPage({ after, limit }) {
      // Pages keep each reply well under the browser's message size limit on very large libraries.
      return { ok: true, ...(await readAnnotationPage((await getStore()).db, after, limit)) };
    },

    async listAllAnnotations() {
      return { ok: true, annotations: await (await getStore()).allAnnotations() };
    },

    async getCachedExtraction({ articleKey, textHash }) {
      return { ok: true, extraction: await (await getStore()).getCachedExtraction(articleKey, textHash) };
    },

    async getArticleExtraction({ articleKey }) {
      return { ok: true, extraction: await (await getStore()).getAnyCachedExtraction(articleKey) };
    },

    async cacheExtraction({ articleKey, textHash, extraction }) {
      await (await getStore()).putCachedExtraction(articleKey, textHash, extraction as Extraction);
      return { ok: true };
    },

    async recordArticle({ article }) {
      const { firstSeen: _f, lastSeen: _l, ...input } = article;
      await (await getStore()).recordArticle(input);
      return { ok: true };
    },

    ...createImportHandlers(getStore, announceImport),

    async deleteArticle({ articleKey }) {
      const deleted = await (await getStore()).deleteArticle(articleKey);
      announceChange(articleKey);
      return { ok: true, ...deleted };
    },

    async showPassageInTab({ tabId, selectors }) {
      const reply = await sendToTab(tabId, 'showPassage', { selectors });
      if (reply.ok) await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
      return reply;
    },
  };
}
