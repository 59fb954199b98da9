// The library's flat view of highlights: the same query narrows highlights as it narrows articles.
import { describe, expect, it } from 'vitest';
import { highlightRows } from '../../components/library/highlight-rows';
import { annotation, article } from '../core/export/fixtures';

const other = {
  ...article,
  key: 'https://news.example/other',
  url: 'https://news.example/other',
  title: 'Rail strike',
};
const a1 = annotation({
  exact: 'cuts of $4 billion',
  body: { note: 'check the union figure', tags: ['budget'], color: 'green' },
  modified: '2026-02-23T00:00:00Z',
});
const a2 = annotation({
  exact: 'teachers will lose jobs',
  body: { note: '', tags: [], color: 'yellow' },
  modified: '2026-02-24T00:00:00Z',
});
const a3 = {
  ...annotation({ exact: 'trains stop on Monday', body: { note: '', tags: ['budget'], color: 'green' } }),
  articleKey: other.key,
};
const byArticle = new Map([
  [article.key, [a1, a2]],
  [other.key, [a3]],
]);
const of = (key: string) => byArticle.get(key) ?? [];
const meaning = (c: string) => ({ green: 'Evidence', yellow: 'Important' })[c] ?? c;

describe('highlightRows', () => {
  it('lists every highlight of the kept articles, newest first within each article', () => {
    expect(highlightRows([article, other], of, {}).map((r) => r.annotation.target.selector[0].exact)).toEqual([
      'teachers will lose jobs',
      'cuts of $4 billion',
      'trains stop on Monday',
    ]);
  });
  it.each([
    ['a colour', { colors: ['green' as const] }, ['cuts of $4 billion', 'trains stop on Monday']],
    ['a tag', { tags: ['budget'] }, ['cuts of $4 billion', 'trains stop on Monday']],
    ['words from the note', { text: 'union FIGURE' }, ['cuts of $4 billion']],
    ['a colour’s meaning', { text: 'evidence' }, ['cuts of $4 billion', 'trains stop on Monday']],
    ['the article title', { text: 'rail' }, ['trains stop on Monday']],
    ['words found nowhere', { text: 'pension' }, []],
  ])('narrows by %s', (_name, query, expected) => {
    expect(
      highlightRows([article, other], of, query, meaning).map((r) => r.annotation.target.selector[0].exact),
    ).toEqual(expected);
  });
});
