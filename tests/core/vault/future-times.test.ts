// "Import from folder" with a backup dated in the future (redteam22 W5): a note "modified" and an article "deleted"
// in 9999 rewrote and moved the reader's note and deleted their article, and no later edit could win them back.
import { describe, expect, it } from 'vitest';
import { mergeByNewest } from '../../../core/vault';
import { realArticleBundle } from '../export/template/real-article';

const bundle = realArticleBundle();
const mine = bundle.annotations[0]!;
const now = () => new Date('2026-12-01T04:00:00.000Z');
const E = 'https://evil.example/a';
const FAR = '9999-12-31T23:59:59.999Z';

describe('times from the folder after the clock', () => {
  it('a note and an article deletion dated 9999 change nothing (failed before: note moved, article deleted)', () => {
    const forged = { ...mine, articleKey: E, body: { ...mine.body, note: 'FORGED' }, modified: FAR };
    const m = mergeByNewest(
      [mine],
      [forged],
      {
        incoming: [
          { id: bundle.article.key, deleted: FAR, kind: 'article' },
          { id: mine.id, deleted: FAR },
        ],
      },
      now,
    );
    expect(m.toStore).toEqual([]);
    expect(m.toDelete).toEqual([]);
    expect(m.articlesToDelete).toEqual([]);
    expect(m.toRemember).toEqual([]);
    expect(m.refused).toBe(3);
  });

  it('a copy edited an hour ago on a machine whose clock runs a few hours fast still comes in', () => {
    const edited = {
      ...mine,
      body: { ...mine.body, note: 'edited on the laptop' },
      modified: '2026-12-01T09:00:00.000Z',
    };
    const m = mergeByNewest([mine], [edited], {}, now);
    expect(m.toStore).toEqual([edited]);
    expect(m.refused).toBe(0);
  });
});
