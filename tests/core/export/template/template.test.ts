// Export templates on a real article (the seed page, read by Lede's own extractor): the shipped presets, escaping,
// loops and conditionals, and broken templates that name their line and never produce a file.
import { describe, expect, it } from 'vitest';
import {
  checkTemplate,
  exportWithTemplate,
  renderArticlesWithTemplate,
  renderTemplate,
  TEMPLATE_FIELDS,
  TEMPLATE_PRESETS,
  TemplateError,
  templateView,
} from '../../../../core/export/template';
import { colorLabels, realArticleBundle } from './real-article';

const bundle = realArticleBundle();
const now = () => new Date('2026-05-10T12:00:00.000Z');
const input = {
  articles: [bundle.article],
  annotations: bundle.annotations,
  extractions: new Map([[bundle.article.key, bundle.extraction!]]),
};
const preset = (id: string) => TEMPLATE_PRESETS.find((p) => p.id === id)!.source;
const render = (source: string) => exportWithTemplate(input, source, { colorLabels, now });

describe('shipped presets on a real article', () => {
  it('Obsidian: properties, facts, quotes with speakers, and callouts by colour meaning with notes, tags and links', () => {
    const md = render(preset('obsidian'));
    expect(
      md.startsWith(
        '---\ntitle: "China and Russia Strengthen Alliance"\nurl: "http://freebeacon.com/national-security/china-and-russia-strengthen-alliance/"\n',
      ),
    ).toBe(true);
    expect(md).toContain(
      '\nsite: "Washington Free Beacon"\npublished: 2015-05-11\nread: 2026-05-04\ntags:\n  - "china"\n  - "russia"\n  - "alliance"\n---\n',
    );
    expect(md).not.toMatch(/^author:/m); // the page names no author: no empty property
    expect(md).toContain('## Key facts\n\n- ');
    expect(md).toMatch(/> “Decades ago, the Chinese and Russian nations shared weal and woe[^\n]*”\n> — Xi Jinping\n/);
    expect(md).toContain('> [!success] Evidence\n> China and Russia’s presidents signified the deepening ties');
    expect(md).toContain('> [!question] Question\n> As Russia’s relationship with the United States');
    expect(md).toMatch(
      /> \[↗\]\(<http:\/\/freebeacon\.com\/national-security\/china-and-russia-strengthen-alliance\/#:~:text=China[^>\s]*>\)/,
    );
    // The note is page-adjacent text: its Markdown and HTML are shown as written, one line each.
    expect(md).toContain('\nThe \\*lede\\*: two presidents \\<b\\>side by side\\</b\\>.\nSecond line of the note.\n');
    expect(md).toContain('\n#china #russia \n');
    expect(md).not.toContain('<b>');
  });

  it('Logseq: page properties and an outline, tags as page links without a trailing comma', () => {
    const md = render(preset('logseq'));
    expect(
      md.startsWith(
        'title:: China and Russia Strengthen Alliance\nurl:: http://freebeacon.com/national-security/china-and-russia-strengthen-alliance/\nsite:: Washington Free Beacon\n',
      ),
    ).toBe(true);
    expect(md).toContain('tags:: [[china]], [[russia]], [[alliance]]\n');
    expect(md).toContain('\n- Highlights\n\t- China and Russia’s presidents');
    expect(md).toMatch(
      /\n\t {2}Evidence #china #russia \n\t\t- The \\\*lede\\\*: two presidents \\<b\\>side by side\\<\/b\\>\. Second line of the note\. \n/,
    );
    expect(md).toMatch(/\n- Quotes\n(\t- .*\n)*\t- “Decades ago[^\n]*” — Xi Jinping\n/);
  });

  it('plain Markdown: a heading, the source line, block quotes with colour meaning and link', () => {
    const md = render(preset('plain'));
    expect(
      md.startsWith(
        '# China and Russia Strengthen Alliance\n\nWashington Free Beacon, 2015-05-11\n<http://freebeacon.com/national-security/china-and-russia-strengthen-alliance/>\nRead on 2026-05-04\n',
      ),
    ).toBe(true);
    expect(md).toMatch(/\n> As Russia’s relationship[^\n]*\n\nQuestion · \[link\]\(<[^>]+>\) · alliance \n/);
  });

  it('prints a date property only when the record holds a date, so an imported stamp cannot break the properties', () => {
    // Red team 29: an imported file may carry any 40 characters as the published time; the Obsidian and Logseq
    // presets print it bare in the properties, where '"x: y', '{a' or '&a *a' made every property (title, url,
    // tags) unreadable to YAML.
    for (const stamp of ['"x: y', 'a: b: c', '{a', '&a *a', '!!js/x', '[[Evil]]', '? key', '| x']) {
      const odd = { ...input, articles: [{ ...bundle.article, publishedTime: stamp }] };
      for (const id of ['obsidian', 'logseq']) {
        const md = exportWithTemplate(odd, preset(id), { colorLabels, now });
        expect(md, `${id} ${stamp}`).not.toMatch(/^published/m);
        expect(md, `${id} ${stamp}`).toMatch(/^title:/m);
      }
    }
    const dated = { ...input, articles: [{ ...bundle.article, publishedTime: '2026-02-20T08:00:00Z' }] };
    expect(exportWithTemplate(dated, preset('obsidian'), { colorLabels, now })).toMatch(/^published: 2026-02-20$/m);
  });

  it('every preset uses only variables an article has', () => {
    for (const p of TEMPLATE_PRESETS) expect(checkTemplate(p.source), p.id).toEqual([]);
  });
});

describe('the template language', () => {
  it('escapes page text by default and prints {{{ }}} as is', () => {
    const hostile = {
      ...bundle,
      article: { ...bundle.article, title: '<img src=x onerror=alert(1)> [click](javascript:alert(1))' },
    };
    const view = templateView(hostile, { colorLabels, now });
    expect(renderTemplate('{{title}}', view)).toBe(
      '\\<img src\\=x onerror\\=alert(1)\\> \\[click\\](javascript:alert(1))',
    );
    expect(renderTemplate('{{{title}}}', view)).toBe(hostile.article.title);
  });

  it('loops and conditionals: notes, colours and counts per highlight', () => {
    const out = render(
      '{{highlightCount}} highlights, {{noteCount}} with a note\n{{#highlights}}{{color}}:{{#hasNote}}note{{/hasNote}}{{^hasNote}}-{{/hasNote}};{{/highlights}}',
    );
    expect(out).toBe('3 highlights, 1 with a note\ngreen:note;pink:-;yellow:-;\n');
  });

  it('carries "as read on" and an article note when the caller has them', () => {
    const out = exportWithTemplate(input, '{{#hasAsReadOn}}As read on {{asReadOn}}{{/hasAsReadOn}}|{{articleNote}}', {
      colorLabels,
      now,
      asReadOn: new Map([[bundle.article.key, '2026-05-03T09:00:00.000Z']]),
      articleNotes: new Map([[bundle.article.key, 'Check *this*']]),
    });
    expect(out).toBe('As read on 2026-05-03|Check \\*this\\*\n');
    expect(render('{{#hasAsReadOn}}As read on {{asReadOn}}{{/hasAsReadOn}}|{{articleNote}}')).toBe('|\n');
  });

  it('names every field the view has, so the editor can flag typos without flagging real names', () => {
    const view = templateView(bundle, { colorLabels, now });
    const keys = new Set([
      ...Object.keys(view),
      ...Object.keys(view.highlights[0]!),
      ...Object.keys(view.quotes[0]!),
      ...Object.keys(view.facts[0]!),
      ...Object.keys(view.tags[0]!),
      ...Object.keys(view.yaml),
    ]);
    expect([...keys].filter((k) => !TEMPLATE_FIELDS.includes(k))).toEqual([]);
    expect(checkTemplate('# {{title}}\n{{titel}}\n{{#highlights}}{{colour}}{{/highlights}}')).toEqual([
      { name: 'titel', line: 2 },
      { name: 'colour', line: 3 },
    ]);
  });

  it('renders several articles as one document, or one file per article', () => {
    const second = {
      ...bundle.article,
      key: 'https://example.org/second',
      url: 'https://example.org/second',
      title: 'Second',
      lastSeen: '2026-01-01T00:00:00.000Z',
    };
    const two = {
      ...input,
      articles: [bundle.article, second],
      annotations: [
        ...bundle.annotations,
        { ...bundle.annotations[0]!, id: 'urn:uuid:00000000-0000-4000-8000-000000000009', articleKey: second.key },
      ],
    };
    const files = renderArticlesWithTemplate(two, '# {{title}}\n', { colorLabels, now });
    expect(files.map((f) => f.text)).toEqual(['# China and Russia Strengthen Alliance\n', '# Second\n']);
    expect(exportWithTemplate(two, '# {{title}}\n', { colorLabels, now })).toBe(
      '# China and Russia Strengthen Alliance\n\n---\n\n# Second\n',
    );
  });
});

describe('broken templates', () => {
  const cases: Record<string, { source: string; line: number; reason: RegExp }> = {
    'a section never closed': {
      source: '# {{title}}\n\n{{#highlights}}\n> {{text}}\n',
      line: 3,
      reason: /"highlights" is opened here but never closed/,
    },
    'a close without an open': {
      source: '# {{title}}\n{{/facts}}\n',
      line: 2,
      reason: /closes a section that was never opened/,
    },
    'a tag never closed': { source: 'a\nb\n  {{title\n', line: 3, reason: /never closed with }}/ },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: the error names line ${c.line} and no file is made`, () => {
      let error: unknown;
      let out: string | undefined;
      try {
        out = render(c.source);
      } catch (err) {
        error = err;
      }
      expect(out).toBeUndefined();
      expect(error).toBeInstanceOf(TemplateError);
      expect((error as TemplateError).line).toBe(c.line);
      expect((error as TemplateError).message).toMatch(new RegExp(`^Line ${c.line}, column \\d+: `));
      expect((error as TemplateError).message).toMatch(c.reason);
      expect(() => checkTemplate(c.source)).toThrow(TemplateError);
    });
  }

  it('refuses a template too long to be a layout', () => {
    expect(() => render('x'.repeat(60_000))).toThrow(/longer than/);
  });
});
