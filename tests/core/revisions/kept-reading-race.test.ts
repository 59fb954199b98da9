// The sidebar asks what is kept of an article while another view (the popup, or the sidebar's own earlier render)
// turns the page kept at the first highlight into its copy. The answer must be the page or the copy, never neither:
// "neither" made the asker keep today's (revised) text as the fallback and show no "Revised since you read it".
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLedeDb } from '../../../core/store';
import { keepPageAtFirstHighlight, keepReadingCopy, loadKeptReading } from '../../../core/store/reading-copies';
import { readingCopyFromPage } from '../../../lib/reading-copy-from-page';
import { parseHtml } from '../../../scripts/lib/parse-html';

const URL_ = 'http://127.0.0.1/seed/article.html';
const page = {
  articleKey: URL_,
  url: URL_,
  html: readFileSync(fileURLToPath(new URL('../../fixtures/seed/article.html', import.meta.url)), 'utf8'),
  readAt: '2026-05-03T09:00:00.000Z',
};
const copy = readingCopyFromPage(page, 200_000, (html) => parseHtml(html, URL_).document)!;

describe('what is kept, asked while the page becomes its copy', () => {
  it('is the page when the copy replaces it just after the question looked, never neither', async () => {
    const db = await openLedeDb(new IDBFactory());
    expect(await keepPageAtFirstHighlight(db, page)).toBe(true);
    // The database as the question sees it: right after its first look, another view stores the copy.
    let converted = false;
    const racing = new Proxy(db, {
      get(target, prop) {
        if (prop !== 'get') return Reflect.get(target, prop, target);
        return async (...args: Parameters<typeof db.get>) => {
          const record = await target.get(...args);
          if (!converted) {
            converted = true;
            expect(await keepReadingCopy(target, copy)).toBe(true);
          }
          return record;
        };
      },
    });
    const kept = await loadKeptReading(racing, URL_);
    expect(converted).toBe(true);
    expect(kept.page?.readAt).toBe(page.readAt);
    // Asked again, it is the copy, dated at the highlight like the page it came from.
    expect((await loadKeptReading(db, URL_)).copy?.readAt).toBe(page.readAt);
    db.close();
  });
});
