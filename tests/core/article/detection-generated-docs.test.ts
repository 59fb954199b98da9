// Pages a documentation generator built (run T): headings that carry permalinks to themselves, no article declared,
// no <time>. Release notes and a manual's chapters are prose with little code, titled and dated by the build, so the
// shape rules alone claimed them. Real pages, trimmed (tests/fixtures/detection/SOURCES.md says from where).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isGeneratedDocumentation } from '../../../core/article/documentation-rule';
import { measurePage, type PageShape } from '../../../core/article/index';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { verdictAt } from './verdict';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'detection');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

async function shapeAt(url: string, html: string): Promise<PageShape> {
  const parsed = parseHtml(html, url);
  try {
    return measurePage(parsed.document);
  } finally {
    await parsed.close();
  }
}

describe('documentation built by a generator: no', () => {
  const pages: Record<string, { file: string; url: string; permalinks: number }> = {
    // Sphinx: "¶" headerlinks, the release date as the first paragraph and the build's "Last update" in the sidebar.
    "Django 3.2.7's release notes (Sphinx)": {
      file: 'django-release-notes-3.2.7.html',
      url: 'https://docs.djangoproject.com/en/3.2/releases/3.2.7/',
      permalinks: 2,
    },
    // MkDocs: an empty headerlink after each heading's text (its "¶" is drawn by the stylesheet).
    "MkDocs' developer guide index (MkDocs)": {
      file: 'mkdocs-dev-guide-index.html',
      url: 'https://www.mkdocs.org/dev-guide/',
      permalinks: 1,
    },
  };
  for (const [name, { file, url, permalinks }] of Object.entries(pages)) {
    it(`says no to ${name}, an article before run T`, async () => {
      expect(await verdictAt(url, fixture(file))).toBe(false);
    });
    it(`counts the permalinked headings of ${name}`, async () => {
      const shape = await shapeAt(url, fixture(file));
      expect(shape.permalinkHeadings).toBeGreaterThanOrEqual(permalinks);
      expect(shape.timeElements).toBe(0);
      expect(isGeneratedDocumentation(shape)).toBe(true);
    });
  }
});

describe('near misses: articles with links in their headings', () => {
  it("takes V8's blog post, whose subheads carry permalinks but which declares a BlogPosting and dates it with <time>", async () => {
    const url = 'https://v8.dev/blog/emscripten-standalone-wasm';
    const shape = await shapeAt(url, fixture('readability-v8-blog-post.html'));
    expect(shape.permalinkHeadings).toBeGreaterThanOrEqual(5);
    expect(isGeneratedDocumentation(shape)).toBe(false);
    expect(await verdictAt(url, fixture('readability-v8-blog-post.html'))).toBe(true);
    // What keeps it: undeclared and undated, the same headings would say "built by a generator".
    expect(isGeneratedDocumentation({ ...shape, declaresArticle: false, timeElements: 0 })).toBe(true);
  });

  it('takes an undeclared blog post whose "No Response so far »" heading links to the comment form, not to itself', async () => {
    const url = 'https://www.seelenradio.de/leo/';
    const shape = await shapeAt(url, fixture('seelenradio-leo-blog-post.html'));
    expect(shape.declaresArticle).toBe(false);
    expect(shape.permalinkHeadings).toBe(0);
    expect(await verdictAt(url, fixture('seelenradio-leo-blog-post.html'))).toBe(true);
  });
});
