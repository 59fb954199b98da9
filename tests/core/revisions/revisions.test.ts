// "Changed since you read it" on a real article: the seed page as read, and a revised copy of it
// (tests/fixtures/seed/revised.html: new headline, a figure corrected, a highlighted sentence reworded, an
// update note added), both read by Lede's own extractor.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/article';
import { extractKeyItems } from '../../../core/facts';
import {
  compareReadingCopies,
  compressCopy,
  decompressCopy,
  readingCopyOf,
  ReadingCopyDataError,
  type ReadingCopy,
} from '../../../core/revisions';
import { openLedeDb } from '../../../core/store';
import { deleteReadingCopy, keepReadingCopy, loadReadingCopy } from '../../../core/store/reading-copies';
import type { Annotation } from '../../../core/types';
import { parseHtml } from '../../../scripts/lib/parse-html';

const URL_ = 'http://127.0.0.1/seed/article.html';

function copyOf(file: string, readAt: string, maxChars?: number): ReadingCopy {
  const html = readFileSync(fileURLToPath(new URL(`../../fixtures/seed/${file}`, import.meta.url)), 'utf8');
  const page = parseHtml(html, URL_);
  try {
    const r = extractArticle(page.document, { url: URL_ });
    if (!r.article) throw new Error(r.reason);
    return readingCopyOf(
      r.article,
      extractKeyItems({ title: r.article.title, blocks: r.article.blocks, lang: r.article.lang }),
      readAt,
      maxChars,
    );
  } finally {
    page.close();
  }
}

const asRead = copyOf('article.html', '2026-05-03T09:00:00.000Z');
const now = copyOf('revised.html', '2026-05-20T09:00:00.000Z');

function highlight(id: string, exact: string): Annotation {
  return {
    id,
    articleKey: asRead.articleKey,
    target: { source: URL_, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
    body: { note: '', tags: [], color: 'yellow' },
    created: asRead.readAt,
    modified: asRead.readAt,
  };
}
const onCommonCause = highlight(
  'urn:uuid:00000000-0000-4000-8000-000000000001',
  'Beijing and Moscow have found common cause on the United Nations Security Council',
);
const onFirstLine = highlight(
  'urn:uuid:00000000-0000-4000-8000-000000000002',
  'China and Russia’s presidents signified the deepening ties',
);

describe('comparing the text as read with the page now', () => {
  const report = compareReadingCopies(asRead, now, [onCommonCause, onFirstLine]);

  it('names the new headline, the reworded and added paragraphs', () => {
    expect(report.headline).toEqual({
      before: 'China and Russia Strengthen Alliance',
      after: 'China and Russia Deepen Alliance',
    });
    expect(report.deck).toBeNull();
    expect(report.counts).toEqual({ added: 1, removed: 0, reworded: 2 });
    expect(report.paragraphs.find((p) => p.kind === 'added')!.after).toBe(
      'Chinese officials said on Monday that the two navies would hold further joint exercises in the Pacific later this year.',
    );
    expect(report.paragraphs.filter((p) => p.kind === 'reworded').map((p) => p.index)).toEqual([2, 3]);
    expect(report.changed).toBe(true);
  });

  it('flags the highlight whose sentence was reworded, with what the paragraph says now, and not the others', () => {
    expect(report.highlights).toHaveLength(1);
    expect(report.highlights[0]!.id).toBe(onCommonCause.id);
    expect(report.highlights[0]!.nowReads).toContain(
      'Beijing and Moscow have found shared cause at the United Nations Security Council',
    );
  });

  it('flags the figure that changed, and the quoted passages (the Atlantic’s, quoted at length) that were edited', () => {
    expect(report.figures.map((f) => f.values)).toContainEqual(expect.arrayContaining(['$400 billion']));
    expect(report.figures.find((f) => f.values.includes('$400 billion'))!.after).toContain('$450 billion');
    expect(report.quotes.map((q) => [q.speaker, q.after !== null])).toEqual([
      ['Atlantic', true],
      ['Atlantic', true],
    ]);
    expect(report.quotes[1]!.after).toContain('shared cause at the United Nations');
    // Xi Jinping's words did not change: not flagged.
    expect(report.quotes.some((q) => q.speaker === 'Xi Jinping')).toBe(false);
  });

  it('flags a quote that now reads differently, with its new wording', () => {
    const edited: ReadingCopy = {
      ...now,
      paragraphs: now.paragraphs.map((p) =>
        p.replace('forged an unbreakable war friendship with fresh blood', 'forged an unbreakable friendship'),
      ),
      quotes: now.quotes.map((q) => ({
        ...q,
        text: q.text.replace(
          'forged an unbreakable war friendship with fresh blood',
          'forged an unbreakable friendship',
        ),
      })),
    };
    const r = compareReadingCopies(asRead, edited, []);
    const xi = r.quotes.filter((q) => q.speaker === 'Xi Jinping');
    expect(xi).toHaveLength(1);
    expect(xi[0]!.before).toContain('forged an unbreakable war friendship with fresh blood');
    expect(xi[0]!.after).toContain('forged an unbreakable friendship');
  });

  it('an unchanged page reports nothing', () => {
    const r = compareReadingCopies(asRead, copyOf('article.html', '2026-05-20T09:00:00.000Z'), [
      onCommonCause,
      onFirstLine,
    ]);
    expect(r).toMatchObject({
      changed: false,
      headline: null,
      deck: null,
      paragraphs: [],
      highlights: [],
      quotes: [],
      figures: [],
    });
  });

  it('a copy cut at its cap does not report the uncopied rest as added', () => {
    const capped = copyOf('article.html', asRead.readAt, 400);
    expect(capped.truncated).toBe(true);
    expect(capped.paragraphs.join('').length).toBeLessThanOrEqual(400);
    const r = compareReadingCopies(capped, copyOf('article.html', now.readAt), []);
    expect(r.changed).toBe(false);
  });
});

describe('keeping the copy', () => {
  it('compresses it and reads it back whole', async () => {
    const bytes = await compressCopy(asRead);
    expect(bytes.byteLength).toBeLessThan(JSON.stringify(asRead).length / 1.5);
    expect(await decompressCopy(bytes)).toEqual(asRead);
  });

  it('refuses bytes that are not a copy', async () => {
    await expect(decompressCopy(new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(ReadingCopyDataError);
    const notACopy = await compressCopy({ ...asRead, paragraphs: 'x' } as unknown as ReadingCopy);
    await expect(decompressCopy(notACopy)).rejects.toBeInstanceOf(ReadingCopyDataError);
  });

  it('the store keeps the first copy only, survives the upgrade from version 2, and drops a corrupt copy', async () => {
    const factory = new IDBFactory();
    const v2 = await openLedeDb(factory, { version: 2 });
    await v2.put('articles', {
      key: 'k',
      url: 'https://a.example/k',
      title: 't',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
      firstSeen: 'x',
      lastSeen: 'x',
    });
    v2.close();
    const db = await openLedeDb(factory);
    expect((await db.getAll('articles')).map((a) => a.key)).toEqual(['k']);
    expect(await keepReadingCopy(db, asRead)).toBe(true);
    expect(await keepReadingCopy(db, now)).toBe(false);
    expect((await loadReadingCopy(db, asRead.articleKey))!.readAt).toBe(asRead.readAt);
    await db.put('readingCopies', { articleKey: asRead.articleKey, readAt: 'x', bytes: new Uint8Array([9, 9, 9]) });
    expect(await loadReadingCopy(db, asRead.articleKey)).toBeNull();
    expect(await db.count('readingCopies')).toBe(0);
    expect(await keepReadingCopy(db, now)).toBe(true);
    await deleteReadingCopy(db, now.articleKey);
    expect(await loadReadingCopy(db, now.articleKey)).toBeNull();
  });
});
