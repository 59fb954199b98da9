// Shared sample records for the export, import and search tests.
import type { Annotation, ArticleRecord, Extraction } from '../../../core/types';

export const now = () => new Date('2026-03-01T12:00:00.000Z');

export const article: ArticleRecord = {
  key: 'https://news.example/2026/budget',
  url: 'https://news.example/2026/budget?ref=home',
  title: 'Budget: "cuts" ahead\nfor schools',
  byline: 'Ada Lovelace',
  siteName: 'The Example News',
  publishedTime: '2026-02-20T08:00:00.000Z',
  lang: 'en',
  firstSeen: '2026-02-21T09:00:00.000Z',
  lastSeen: '2026-02-22T10:00:00.000Z',
};

let n = 0;
export function annotation(
  over: Partial<Annotation> & { exact?: string; start?: number; prefix?: string; suffix?: string } = {},
): Annotation {
  n++;
  const { exact = `passage ${n}`, start = n * 100, prefix = 'the quick ', suffix = ' and more', ...rest } = over;
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    articleKey: article.key,
    target: {
      source: article.url,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
    body: { note: '', tags: [], color: 'yellow' },
    created: '2026-02-22T10:00:00.000Z',
    modified: '2026-02-22T10:00:00.000Z',
    ...rest,
  };
}

export const extraction: Extraction = {
  facts: [
    {
      id: 'f1',
      text: 'The budget cuts $4 billion from schools.',
      values: ['$4 billion'],
      details: [],
      score: 0.9,
      source: {
        block: 0,
        start: 0,
        end: 10,
        selector: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
      },
    },
  ],
  quotes: [
    {
      id: 'q1',
      text: 'We will not balance the books on children',
      speaker: 'Grace Hopper',
      attribution: 'said Grace Hopper',
      kind: 'direct',
      source: {
        block: 1,
        start: 0,
        end: 10,
        selector: { type: 'TextQuoteSelector', exact: 'y', prefix: '', suffix: '' },
      },
    },
  ],
  entities: [],
};
