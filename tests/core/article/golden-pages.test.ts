// Golden pages (tests/fixtures/pages): the metadata a reader sees and a body close to the hand-checked reference.
// UPDATE_FIXTURES=1 rewrites the metadata in expected.json from the current output (never the reference body);
// read the diff before committing it.
import { describe, expect, it } from 'vitest';
import { extractArticle, isFurnitureText, isProbablyArticle } from '../../../core/article/index';
import { loadFixtures, metadataOf, writeExpected } from '../../../scripts/lib/fixtures';
import { parseHtml } from '../../../scripts/lib/parse-html';

const UPDATE = process.env.UPDATE_FIXTURES === '1';
/** Token-level F1 the body must reach against the reference on every golden article. */
const MIN_F1 = 0.9;

function tokenF1(candidate: string, reference: string): number {
  const toks = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const t of toks(reference)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const cand = toks(candidate);
  let tp = 0;
  for (const t of cand) {
    const n = counts.get(t) ?? 0;
    if (n > 0) tp++, counts.set(t, n - 1);
  }
  const p = cand.length ? tp / cand.length : 0;
  const r = toks(reference).length ? tp / toks(reference).length : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

describe('golden pages', () => {
  for (const f of loadFixtures()) {
    it(f.slug, async () => {
      const page = parseHtml(f.html, f.expected.url);
      const isArticle = isProbablyArticle(page.document);
      const { article, reason } = extractArticle(page.document, { url: f.expected.url });
      await page.close();
      const got = metadataOf(article, isArticle);
      if (UPDATE) {
        writeExpected(f.dir, { ...f.expected, ...got });
        return;
      }
      const { url: _u, referenceBody, reviewed, batch: _b, notes: _n, ...want } = f.expected;
      expect(got).toEqual(want);
      if (!f.expected.isArticle) return;
      expect(article, reason ?? '').not.toBeNull();
      expect(reviewed).toBe(true);
      expect(tokenF1(article!.textContent, referenceBody.join('\n\n'))).toBeGreaterThanOrEqual(MIN_F1);
      for (const b of article!.blocks) if (b.type === 'p') expect(isFurnitureText(b.text), b.text).toBe(false);
    });
  }
});
