// Hostile and odd documents: a reason, never an exception, never a hang.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractArticle, isProbablyArticle } from '../../../core/article/index';
import { parseHtml } from '../../../scripts/lib/parse-html';

const URL = 'https://example.com/page';
const PARA =
  '<p>The council approved the budget after a long debate about transit, schools, housing and the future of the old harbour district, which has been empty for years.</p>';

function xmlDocument(xml: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(xml, 'application/xml') as unknown as Document;
}

const CASES: Record<string, { doc: () => Document; reason: RegExp }> = {
  'an empty document': { doc: () => parseHtml('').document, reason: /empty document/ },
  'a document with only whitespace': {
    doc: () => parseHtml('<html><body>   \n </body></html>').document,
    reason: /empty document/,
  },
  'a frameset': {
    doc: () =>
      parseHtml(
        '<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
      ).document,
    reason: /frameset/,
  },
  'an XML document (RSS)': {
    doc: () =>
      xmlDocument(
        '<?xml version="1.0"?><rss><channel><title>Feed</title><item><title>A</title></item></channel></rss>',
      ),
    reason: /not an HTML document/,
  },
  'a plain-text document as browsers show it': {
    doc: () =>
      parseHtml(`<html><head></head><body><pre>${'Just some plain text.\n'.repeat(200)}</pre></body></html>`).document,
    reason: /plain-text/,
  },
  'a page with no article text': {
    doc: () => parseHtml('<html><body><nav><a href="/">Home</a></nav><p>Hi.</p></body></html>').document,
    reason: /article text/,
  },
  'not a document at all': { doc: () => ({}) as Document, reason: /not a document/ },
};

describe('extractArticle on bad input', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(`returns a reason for ${name}`, () => {
      const doc = c.doc();
      const result = extractArticle(doc, { url: URL });
      expect(result.article).toBeNull();
      expect(result.reason).toMatch(c.reason);
      expect(isProbablyArticle(doc)).toBe(false);
    });
  }

  const HUGE: Record<string, () => string> = {
    '5 MB of markup, mostly text': () => `<html><body><article>${PARA.repeat(33_000)}</article></body></html>`,
    '70,000 elements': () =>
      `<html><body><div>${'<div><span>x</span></div>'.repeat(35_000)}</div>${PARA.repeat(5)}</body></html>`,
  };
  for (const [name, make] of Object.entries(HUGE)) {
    it(`refuses ${name} with a reason instead of hanging`, async () => {
      const html = make();
      const page = parseHtml(html, URL);
      const result = extractArticle(page.document, { url: URL });
      expect(result).toEqual({ article: null, reason: expect.stringMatching(/page too large/) });
      await page.close();
    }, 180_000);
  }

  it('turns DOM methods broken by page scripts into a reason', async () => {
    const page = parseHtml(`<html><body><article>${PARA.repeat(6)}</article></body></html>`, URL);
    const doc = page.document;
    const proto = Object.getPrototypeOf(doc.documentElement) as { cloneNode: unknown };
    // What a hostile page can do to the prototypes a content script shares with it.
    Object.defineProperty(doc, 'cloneNode', {
      value: () => {
        throw new TypeError('cloneNode is not allowed');
      },
    });
    const result = extractArticle(doc, { url: URL });
    expect(result.article).toBeNull();
    expect(result.reason).toMatch(/extraction failed: cloneNode is not allowed/);
    // Detection walks the tree from the root element: a page that breaks that getter leaves it nothing to read.
    Object.defineProperty(doc, 'documentElement', {
      get: () => {
        throw new Error('boom');
      },
    });
    expect(() => isProbablyArticle(doc)).not.toThrow();
    expect(isProbablyArticle(doc)).toBe(false);
    expect(proto).toBeTruthy();
    await page.close();
  });

  it('survives getters that return nonsense', async () => {
    const page = parseHtml(`<html><body><article>${PARA.repeat(6)}</article></body></html>`, URL);
    Object.defineProperty(page.document, 'body', { get: () => 42 });
    expect(extractArticle(page.document, { url: URL }).article).toBeNull();
    expect(isProbablyArticle(page.document)).toBe(false);
    await page.close();
  });
});
