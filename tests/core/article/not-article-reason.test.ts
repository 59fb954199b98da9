// What the popup says when a page is not taken as an article (articleVerdict): the kind of page it looks like,
// read from real pages (tests/fixtures/detection/SOURCES.md says from where), or what is missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleVerdict, isProbablyArticle } from '../../../core/article/index';
import { isTooLargeToJudge } from '../../../core/article/page-checks';
import { parseHtml } from '../../../scripts/lib/parse-html';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'detection');

async function reasonFor(file: string, url: string, edit: (html: string) => string = (h) => h) {
  const parsed = parseHtml(edit(readFileSync(join(FIXTURES, file), 'utf8')), url);
  try {
    const verdict = articleVerdict(parsed.document);
    expect(verdict.isArticle).toBe(isProbablyArticle(parsed.document));
    return { article: verdict.isArticle, reason: verdict.isArticle ? null : verdict.reason };
  } finally {
    await parsed.close();
  }
}

describe('articleVerdict', () => {
  it("names documentation on Node.js's reference page for the path module", async () => {
    const r = await reasonFor('nodejs-docs-path.html', 'https://nodejs.org/docs/latest-v18.x/api/path.html');
    expect(r.article).toBe(false);
    expect(r.reason).toMatch(/documentation/);
  });

  it('names a front page or list on the Irish Independent business front (sixteen "read on >>" blurbs)', async () => {
    const r = await reasonFor('cleaneval-775-section-front.html', 'http://www.unison.ie/irish_independent/');
    expect(r.article).toBe(false);
    expect(r.reason).toMatch(/front page or a list/);
  });

  it('says what is missing on a page of no recognisable kind (a calendar of events in one cell)', async () => {
    const r = await reasonFor('cleaneval-499-events-list.html', 'http://www.idsachicago.org/past/2003.html');
    expect(r.article).toBe(false);
    expect(r.reason).toMatch(/too many separate pieces/);
  });

  it('names a log-in form when a password field stands beside little text', async () => {
    // The title too: since run W a title ending in "Documentation" alone names the page documentation.
    const login = (html: string) =>
      html
        .replace(/<title>[^<]*<\/title>/i, '<title>Sign in</title>')
        .replace(
          /<body[^>]*>[\s\S]*<\/body>/i,
          '<body><h1>Sign in</h1><form><input name="u"><input type="password" name="p"><button>Log in</button></form></body>',
        );
    const r = await reasonFor('nodejs-docs-path.html', 'https://example.org/login', login);
    expect(r.article).toBe(false);
    expect(r.reason).toMatch(/log-in form/);
  });

  it('names an error page by its title', async () => {
    const notFound = (html: string) => html.replace(/<title>[^<]*<\/title>/i, '<title>Page not found</title>');
    const r = await reasonFor('cleaneval-499-events-list.html', 'http://www.idsachicago.org/missing', notFound);
    expect(r.article).toBe(false);
    expect(r.reason).toMatch(/error page/);
  });
});

describe('a page padded past what the check reads', () => {
  it('is not judged: the article check says no, and isTooLargeToJudge says why', async () => {
    const seed = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'seed', 'article.html'), 'utf8');
    const plain = parseHtml(seed, 'https://freebeacon.example/story');
    const padded = parseHtml(
      seed.replace('</body>', `<div hidden>${'<i></i>'.repeat(60_001)}</div></body>`),
      'https://freebeacon.example/story',
    );
    try {
      expect(isProbablyArticle(plain.document)).toBe(true);
      expect(isTooLargeToJudge(plain.document)).toBe(false);
      expect(isProbablyArticle(padded.document)).toBe(false);
      expect(isTooLargeToJudge(padded.document)).toBe(true);
    } finally {
      await plain.close();
      await padded.close();
    }
  });
});
