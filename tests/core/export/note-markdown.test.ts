// A note in the Markdown export and the reader's folder (redteam22 W2): an imported note forged another article's
// section and loaded a remote image.
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../../core/export';
import { noteMarkdown } from '../../../core/export/note-markdown';
import type { ArticleRecord } from '../../../core/types';
import { annotation, article, now } from './fixtures';

const E = 'https://evil.example/a';
// The red team's note, as its file carried it.
const FORGED =
  'ok\n\n---\n\n## Reader story\n\n### Highlights\n\n> the reader never highlighted this\n\n<img src="https://evil.example/opened.png">';

describe('notes in the Markdown export', () => {
  it('an imported note cannot forge another article section or load a remote image (failed before)', () => {
    const evil: ArticleRecord = { ...article, key: E, url: E, title: 'Shared', lastSeen: '2026-02-28T00:00:00.000Z' };
    const reader: ArticleRecord = { ...article, title: 'Reader story' };
    const md = exportMarkdown(
      {
        articles: [evil, reader],
        annotations: [
          annotation({ articleKey: E, body: { note: FORGED, tags: [], color: 'yellow' } }),
          annotation({ body: { note: 'my private note', tags: [], color: 'yellow' } }),
        ],
      },
      now,
    );
    expect(md.match(/^## Reader story$/gm)).toHaveLength(1);
    expect(md.match(/^### Highlights$/gm)).toHaveLength(2);
    expect(md.match(/^---$/gm)).toHaveLength(4); // the front matter's two, one after each article
    expect(md).not.toMatch(/^> the reader never/m);
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toContain('\\## Reader story');
  });

  const cases: Record<string, [string, string]> = {
    'a heading': ['# Title', '\\# Title'],
    'a heading in a list item': ['- ## Reader story', '- \\## Reader story'],
    'a rule': ['***', '\\***'],
    'a spaced rule': ['- - -', '\\- - -'],
    'a setext underline': ['Reader story\n===', 'Reader story\n\\==='],
    'a block quote or callout': ['> [!note] fake', '\\> [!note] fake'],
    'a dataviewjs fence': ['```dataviewjs\ndv.el("b", 1)\n```', '\\```dataviewjs\ndv.el("b", 1)\n\\```'],
    'a tilde fence': ['  ~~~js', '  \\~~~js'],
    'raw HTML anywhere': [
      'see <img src=x onerror=alert(1)> and </div>',
      'see \\<img src=x onerror=alert(1)> and \\</div>',
    ],
    'an HTML comment': ['<!-- hide -->', '\\<!-- hide -->'],
    'HTML behind an escaped backslash': ['\\\\<img src=x>', '\\\\\\<img src=x>'],
    'a remote image': ['![i](https://evil.example/md.png)', '\\![i](https://evil.example/md.png)'],
    'Dataview JavaScript': ['`$= dv.el("b", 1)`', '\\`$= dv.el("b", 1)`'],
    'an Obsidian comment': ['a %% hides the rest', 'a %\\% hides the rest'],
    'a run of percent signs, no two unescaped in a row': ['100%%% sure', '100%\\%\\% sure'],
  };
  for (const [name, [note, out]] of Object.entries(cases))
    it(`escapes ${name}`, () => expect(noteMarkdown(note)).toBe(out));

  const kept = [
    '**Important:** see [the report](https://example.org/report) and `code`',
    '- first point\n- second point\n  1. sub point',
    '#budget #schools',
    '![[My other note]] and [[Wiki link]]',
    'Source: <https://example.org/a>',
    'a < b and 3 > 2',
    'Already escaped: \\<b\\>',
  ];
  it('keeps the reader’s inline Markdown, lists, wiki links and #tags as written', () => {
    for (const note of kept) expect(noteMarkdown(note)).toBe(note);
  });
});
