import { describe, expect, it } from 'vitest';
import { exportCsv, exportHtml, exportJsonLd, exportMarkdown } from '../../../core/export';
import { annotation, article, extraction, now } from './fixtures';

/** A small RFC 4180 reader, so the tests check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    const evil = ['=HYPERLINK("http://evil")', '+1+1', '-2', '@SUM(A1)', '\tx', '\rx'];
    const csv = exportCsv({
      articles: [article],
      annotations: evil.map((e) => annotation({ exact: 'ok', body: { note: e, tags: [], color: 'yellow' } })),
    });
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(rows[0]).toContain('article_title');
    const notes = rows.slice(1).map((r) => r[6]);
    expect(notes).toEqual(evil.map((e) => `'${e}`));
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('quotes fields with commas, quotes and newlines (RFC 4180)', () => {
    const csv = exportCsv({ articles: [article], annotations: [annotation({ exact: 'a, "b"\nc' })] });
    expect(csv).toContain('"a, ""b""\nc"');
    // A highlight keeps its line breaks; the article's title is metadata, written on one line.
    expect(csv).toContain('"Budget: ""cuts"" ahead for schools"');
  });
});

describe('HTML export', () => {
  it('escapes page text and notes, so <img onerror> never runs', () => {
    const a = annotation({
      exact: '<img src=x onerror=alert(1)>',
      body: { note: '<script>alert(2)</script>', tags: ['"><b>'], color: 'pink' },
    });
    const html = exportHtml(
      { articles: [{ ...article, title: '</title><script>x()</script>' }], annotations: [a] },
      now,
    );
    expect(html).not.toMatch(/<img|<script>|<b>/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'');
  });

  it('never links a javascript: URL', () => {
    const html = exportHtml(
      {
        articles: [{ ...article, url: 'javascript:alert(1)' }],
        annotations: [],
        scope: { kind: 'articles', keys: [article.key] },
      },
      now,
    );
    expect(html).not.toContain('href="javascript');
  });
});

describe('Markdown export', () => {
  it('writes safe YAML front matter for titles with quotes, colons and newlines (on one line)', () => {
    const md = exportMarkdown(
      {
        articles: [article],
        annotations: [annotation({ body: { note: '', tags: ['school funding'], color: 'yellow' } })],
      },
      now,
    );
    const fm = md.split('---')[1]!;
    // Metadata is written on one line whatever the record holds (tests/hostile/metadata-injection.test.ts).
    expect(fm).toContain('title: "Budget: \\"cuts\\" ahead for schools"');
    expect(fm).toContain('author: "Ada Lovelace"');
    expect(fm).toContain('published: "2026-02-20"');
    expect(fm).toContain('date read: "2026-02-22"');
    expect(fm).toContain('  - "school-funding"');
    // Every front-matter line is a key or a list item: nothing spilled out of a string.
    for (const line of fm.trim().split('\n')) expect(line).toMatch(/^([a-z ]+:( ".*")?| {2}- ".*")$/);
  });

  it('keeps "%%" in page text from opening an Obsidian comment that would hide the notes after it', () => {
    // Red team 28 (M1): a page titled "Budget talks %%" hid the rest of the file in Obsidian, the reader's notes on
    // this and every later article included. Page text now gets the escape the reader's own notes already had.
    const evilKey = 'https://evil.example/a';
    const md = exportMarkdown(
      {
        articles: [
          { ...article, key: evilKey, url: evilKey, title: 'Budget talks %%', lastSeen: '2026-02-28T00:00:00.000Z' },
          { ...article, title: 'Reader story' },
        ],
        annotations: [
          annotation({
            articleKey: evilKey,
            exact: 'rates rise %%% then',
            body: { note: '', tags: [], color: 'yellow' },
          }),
          annotation({ body: { note: 'my private note', tags: [], color: 'yellow' } }),
        ],
      },
      now,
    );
    expect(md).toContain('my private note');
    // No two percent signs in a row without a backslash before the second: no comment can open anywhere.
    expect(md).not.toMatch(/%%/);
    expect(md).toContain('Budget talks %\\%');
    expect(md).toContain('rates rise %\\%\\%');
  });

  it('keeps page words from tagging the note, giving it fields or embedding a link in the reader’s notes app', () => {
    // Red team 50 (E): a key fact, a quote and a highlight are the page's words, written into every Markdown export
    // and folder note. "#todo" and "#lede/Evidence" (Lede's own colour tag) became Obsidian tags, "rating:: 5" a
    // Dataview or Logseq field, "{{video https://…}}" a Logseq embed fetching the page owner's address.
    const fact = { ...extraction.facts[0]!, text: 'The budget cuts 4 billion #todo from schools #🔥 rating:: 5' };
    const quote = {
      ...extraction.quotes[0]!,
      text: 'We confirmed #lede/Evidence today {{video https://evil.example/b.mp4}}',
    };
    const md = exportMarkdown(
      {
        articles: [article],
        annotations: [
          annotation({
            exact: 'Turnout rose ((block-ref)) #important',
            body: { note: '#mine stays', tags: [], color: 'yellow' },
          }),
        ],
        extractions: new Map([[article.key, { ...extraction, facts: [fact], quotes: [quote] }]]),
      },
      now,
    );
    // No unescaped "#" before a tag's letter, "::", "{{" or "((" is left of the page's words.
    // Red team 51: an emoji tag too.
    for (const page of ['#todo', '#lede/Evidence', '#important', '#🔥']) expect(md).toContain(`\\${page}`);
    expect(md).not.toMatch(/(^|[^\\])#(todo|lede|important)/m);
    expect(md).not.toMatch(/[^\\]::|[^\\]\{\{|[^\\]\(\(/);
    expect(md).toContain('rating:\\: 5');
    // The words still read as written once rendered, and the reader's own note keeps its tag.
    expect(md).toContain('\\{\\{video https://evil.example/b.mp4}}');
    expect(md).toContain('#mine stays');
  });

  it('lists facts, quotes with speakers, and highlights in page order with notes, tags and links', () => {
    const later = annotation({ exact: 'second passage', start: 500 });
    const earlier = annotation({
      exact: 'first passage',
      start: 10,
      body: { note: 'my *note*', tags: ['a tag'], color: 'green' },
    });
    const md = exportMarkdown(
      { articles: [article], annotations: [later, earlier], extractions: new Map([[article.key, extraction]]) },
      now,
    );
    expect(md).toContain('## Key facts\n\n- The budget cuts \\$4 billion from schools.');
    expect(md).toContain('> — Grace Hopper');
    expect(md.indexOf('first passage')).toBeLessThan(md.indexOf('second passage'));
    expect(md).toContain('my *note*');
    expect(md).toContain('#a-tag');
    expect(md).toContain('#:~:text=quick-,first%20passage,-and');
  });

  it('quotes a German quote between the marks its page printed, in Markdown and HTML', () => {
    const q = extraction.quotes[0]!;
    const german = {
      ...extraction,
      quotes: [
        {
          ...q,
          text: 'Wir sind bereit, sofort zu verhandeln.',
          source: { ...q.source, selector: { ...q.source.selector, prefix: 'sagte: „', suffix: '“ Danach' } },
        },
      ],
    };
    const bundle = { articles: [article], annotations: [annotation()], extractions: new Map([[article.key, german]]) };
    expect(exportMarkdown(bundle, now)).toContain('> „Wir sind bereit, sofort zu verhandeln.“');
    expect(exportHtml(bundle, now)).toContain('<blockquote>„Wir sind bereit, sofort zu verhandeln.“<br>');
  });

  it('escapes page text that would become HTML or links', () => {
    const md = exportMarkdown(
      { articles: [article], annotations: [annotation({ exact: '<img src=x onerror=alert(1)> [x](javascript:y)' })] },
      now,
    );
    expect(md).toContain('> \\<img src\\=x onerror\\=alert(1)\\> \\[x\\](javascript:y)');
  });
});

describe('JSON-LD export', () => {
  it('is a spec-shaped AnnotationCollection', () => {
    const a = annotation({ body: { note: 'why', tags: ['t1'], color: 'blue' } });
    const doc = exportJsonLd({ articles: [article], annotations: [a] }, now);
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(1);
    const item = doc.first.items[0]!;
    expect(item).toMatchObject({
      id: a.id,
      type: 'Annotation',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: 'why', purpose: 'commenting' },
        { type: 'TextualBody', value: 't1', purpose: 'tagging' },
      ],
      target: { source: a.target.source, selector: a.target.selector },
      'lede:color': 'blue',
    });
  });

  it('exports only the selected articles', () => {
    const other = annotation({ articleKey: 'https://other.example/x' });
    const doc = exportJsonLd(
      { articles: [article], annotations: [annotation(), other], scope: { kind: 'articles', keys: [article.key] } },
      now,
    );
    expect(doc.first.items.every((i) => i['lede:articleKey'] === article.key)).toBe(true);
  });
});
