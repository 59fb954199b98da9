// A real article as the library holds it: the seed page (tests/fixtures/pages/seed, Washington Free Beacon) read
// with Lede's own extractor, its facts and quotes, and three highlights on sentences of its text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../../../core/article';
import type { ArticleBundle } from '../../../../core/export';
import { extractKeyItems } from '../../../../core/facts';
import type { Annotation, ArticleRecord, ColorId } from '../../../../core/types';
import { parseHtml } from '../../../../scripts/lib/parse-html';

export const colorLabels: Record<ColorId, string> = {
  yellow: 'Important',
  green: 'Evidence',
  blue: 'Background',
  pink: 'Question',
  purple: 'Follow up',
};

/** The seed article bundled with its extraction and highlights on the given sentences' starts. */
export function realArticleBundle(): ArticleBundle {
  const url = 'http://freebeacon.com/national-security/china-and-russia-strengthen-alliance/';
  const html = readFileSync(
    fileURLToPath(new URL('../../../fixtures/pages/seed/source.html', import.meta.url)),
    'utf8',
  );
  const page = parseHtml(html, url);
  try {
    const r = extractArticle(page.document, { url });
    if (!r.article) throw new Error(`the seed article did not extract: ${r.reason}`);
    const a = r.article;
    const record: ArticleRecord = {
      key: a.canonicalUrl,
      url: a.url,
      title: a.title,
      byline: a.byline,
      siteName: a.siteName,
      publishedTime: a.publishedTime,
      lang: a.lang,
      firstSeen: '2026-05-03T09:00:00.000Z',
      lastSeen: '2026-05-04T09:00:00.000Z',
    };
    const text = a.textContent;
    const highlight = (exact: string, color: ColorId, note: string, tags: string[], i: number): Annotation => {
      const start = text.indexOf(exact);
      if (start < 0) throw new Error(`not in the seed text: ${exact}`);
      return {
        id: `urn:uuid:00000000-0000-4000-8000-00000000000${i}`,
        articleKey: record.key,
        target: {
          source: record.url,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact,
              prefix: text.slice(Math.max(0, start - 32), start),
              suffix: text.slice(start + exact.length, start + exact.length + 32),
            },
            { type: 'TextPositionSelector', start, end: start + exact.length },
          ],
        },
        body: { note, tags, color },
        created: `2026-05-03T09:0${i}:00.000Z`,
        modified: `2026-05-03T09:0${i}:00.000Z`,
      };
    };
    const sentence = (block: number) => a.blocks[block]!.text.split(/(?<=[.!?”])\s+/)[0]!;
    const annotations = [
      highlight(
        sentence(0),
        'green',
        'The *lede*: two presidents <b>side by side</b>.\nSecond line of the note.',
        ['china', 'russia'],
        1,
      ),
      highlight(sentence(2), 'pink', '', ['alliance'], 2),
      highlight(sentence(4), 'yellow', '', [], 3),
    ];
    return {
      article: record,
      annotations,
      extraction: extractKeyItems({ title: a.title, blocks: a.blocks, lang: a.lang }),
    };
  } finally {
    page.close();
  }
}
