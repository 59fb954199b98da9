// The detector's eighth round of rules (issue #12, dev error analysis) on the real pages they exist for, trimmed
// (tests/fixtures/detection/SOURCES.md says from where), each beside the near miss it must not catch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPostList } from '../../../core/article/article-rule';
import { isDocumentationPage } from '../../../core/article/documentation-rule';
import { measurePage } from '../../../core/article/index';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { verdictAt } from './verdict';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'detection');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

describe("a wiki's [edit] links beside its section headings", () => {
  const wiki = fixture('wikipedia-mozilla.html');

  it("reads Wikipedia's article on Mozilla, 36 sections each with an [edit] link, as one article", async () => {
    expect(await verdictAt('https://en.wikipedia.org/wiki/Mozilla', wiki)).toBe(true);
  });

  it('does not count those edit links as linked headlines', async () => {
    const parsed = parseHtml(wiki, 'https://en.wikipedia.org/wiki/Mozilla');
    expect(measurePage(parsed.document).linkedHeadlines).toBe(0);
    await parsed.close();
  });

  it('near miss: the same headings linking to other pages are still a list of linked headlines', async () => {
    const linked = wiki.replaceAll('action=edit', 'action=view');
    const parsed = parseHtml(linked, 'https://en.wikipedia.org/wiki/Mozilla');
    expect(measurePage(parsed.document).linkedHeadlines).toBeGreaterThanOrEqual(12);
    await parsed.close();
    expect(await verdictAt('https://en.wikipedia.org/wiki/Mozilla', linked)).toBe(false);
  });
});

describe('a section front whose excerpts share one paragraph shape and one cell', () => {
  const front = fixture('cleaneval-775-section-front.html');
  const url = 'http://www.unison.ie/irish_independent/';

  it('says no to the Irish Independent business front: sixteen "read on >>" links under sixteen blurbs', async () => {
    expect(await verdictAt(url, front)).toBe(false);
  });

  it('near miss: three such links, as a story with a rail of teasers has, do not make a page of posts', async () => {
    let kept = 0;
    const few = front.replace(/read on &gt;&gt;/g, (m) => (++kept <= 3 ? m : 'Business'));
    const parsed = parseHtml(few, url);
    const shape = measurePage(parsed.document);
    expect(shape.postLinks).toBe(3);
    expect(isPostList(shape)).toBe(false);
    await parsed.close();
  });
});

describe('a story wrapped in a <font> with the page around it, as old templates print it', () => {
  const story = fixture('page-signal-wpri-wire-story.html');
  const url = 'http://www.wpri.com/Global/story.asp?S=7625301';

  it("reads WPRI's AP item on Oregon's Stewart (four paragraphs under their dateline) as one article", async () => {
    expect(await verdictAt(url, story)).toBe(true);
  });

  it("measures the story's own paragraphs, opened by their dateline, not the cell's title, rails and story as one block", async () => {
    const parsed = parseHtml(story, url);
    const shape = measurePage(parsed.document);
    expect(shape.proseParagraphs).toBe(4);
    expect(shape.datedRun).toBe(true);
    await parsed.close();
  });

  it("near miss: text set loose in a <font> with <br>s is still its block's own prose", async () => {
    const line =
      'The council met on Monday and agreed to repair the bridge before the winter storms return to the coast.';
    const parsed = parseHtml(
      `<html><body><table><tr><td><font>${line}<br><br>${line}<br><br>${line}</font></td></tr></table></body></html>`,
    );
    expect(measurePage(parsed.document).proseChars).toBeGreaterThan(3 * (line.length - 5));
    await parsed.close();
  });
});

describe('one article cut by its subheads into many sections', () => {
  const guide = fixture('rheinruhronline-essen-westviertel.html');
  const url = 'https://www.rheinruhronline.de/ausflugtipps/essen-westviertel.htm';

  it("reads rheinruhronline's walk through Essen's Westviertel, 14 subheads and 13 sections of 300+ characters, as one article", async () => {
    const parsed = parseHtml(guide, url);
    const shape = measurePage(parsed.document);
    expect(shape.bigRuns).toBeGreaterThan(6);
    await parsed.close();
    expect(await verdictAt(url, guide)).toBe(true);
  });

  it("near miss: the same sections under linked titles, as a blog archive's posts are, are not one article", async () => {
    let n = 0;
    const linked = guide.replace(
      /<h2([^>]*)>([^<]+)<\/h2>/g,
      (_, attrs: string, text: string) => `<h2${attrs}><a href="/ausflugtipps/teil-${++n}.htm">${text}</a></h2>`,
    );
    expect(await verdictAt(url, linked)).toBe(false);
  });
});

describe('a documentation page: code set in nearly every sentence, no article declared', () => {
  const docs = fixture('nodejs-docs-path.html');
  const url = 'https://nodejs.org/docs/latest-v18.x/api/path.html';

  it("says no to Node.js's reference page for the path module (179 bits of code in its text)", async () => {
    const parsed = parseHtml(docs, url);
    const shape = measurePage(parsed.document);
    await parsed.close();
    expect(shape.codeElements).toBeGreaterThanOrEqual(100);
    expect(isDocumentationPage(shape)).toBe(true);
    expect(await verdictAt(url, docs)).toBe(false);
  });

  it('near miss: the same text without its code marked up reads as one article, as it did before the rule', async () => {
    // Its headings' "#" permalinks are taken out too: since run T they alone say a generator built the page; and its
    // title's "| Node.js v18.20.4 Documentation", which since run W alone says the page is documentation.
    const plain = docs
      .replace(/<(\/?)code\b/g, '<$1span')
      .replace(/<a class="mark" [^>]*>#<\/a>/g, '')
      .replace(' | Node.js v18.20.4 Documentation</title>', '</title>');
    expect(await verdictAt(url, plain)).toBe(true);
  });

  it('says no to it for its title alone, without its code marked up or its permalinks (run W)', async () => {
    const plain = docs.replace(/<(\/?)code\b/g, '<$1span').replace(/<a class="mark" [^>]*>#<\/a>/g, '');
    expect(await verdictAt(url, plain)).toBe(false);
  });

  it("says no to it for its headings' permalinks alone, without its code marked up (run T)", async () => {
    const plain = docs.replace(/<(\/?)code\b/g, '<$1span');
    expect(await verdictAt(url, plain)).toBe(false);
  });

  it('near miss: the same page declaring itself an article (a tech blog, a newsroom explainer) stays one', async () => {
    const declared = docs.replace('</head>', '<meta property="og:type" content="article"></head>');
    expect(await verdictAt(url, declared)).toBe(true);
  });

  it("near miss: an undeclared blog post with a few commands in its text (anarcat's CDPATH post) stays an article", async () => {
    const post = fixture('anarc-cdpath-blog-post.html');
    expect(await verdictAt('https://anarc.at/blog/2019-04-02-cdpath/', post)).toBe(true);
  });
});
