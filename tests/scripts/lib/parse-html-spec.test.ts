// The benches' browser parse (scripts/lib/parse-html-spec.ts): the tree a browser builds, in a happy-dom Document.
// The table is trimmed from The Anatolian Times' AFP story (page-signal `5906d5db`, a dev article): its story sits in
// a `<td>` set straight in a `<table>` with no `<tr>`. A browser makes the row and keeps the paragraphs in the cell;
// happy-dom's own parser (21.0) left the paragraphs empty before the table and the story as bare text inside it, so
// the bench saw no prose and rejected the page.
import { describe, expect, it } from 'vitest';
import { isProbablyArticle } from '../../../core/article/index';
import { parseHtmlAsBrowser } from '../../../scripts/lib/parse-html-spec';
import { withoutEnvelope } from '../../../scripts/lib/detection-set';

const STORY = [
  'Washington on Tuesday warned Iran against making threatening maneuvers towards American ships after a tense weekend standoff in the Strait of Hormuz, while Tehran denied anything other than "routine" interaction between its boats and the US vessels.',
  '"It was out of the ordinary, it was reckless," White House spokeswoman Dana Perino said. "Our position is they should not do it again," she said.',
  'For its part, Iran on Tuesday repudiated charges that patrol boats attached to its Revolutionary Guard had threatened to blow up American ships in the Strait of Hormuz.',
  '"What happened between the Guards and foreign vessels was an ordinary identification," Ali Reza Tangsiri, commander of the Guards\' naval forces in the region, told the Mehr news agency.',
  "US defense officials said five speedboats from the naval forces of Iran's Revolutionary Guards menaced the three US warships in the strategic waterway on Sunday, radioing a threat to blow them up.",
];

const PAGE = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>The Anatolian Times</title></head><body>
<table width="778"><tr>
<td width="100" valign="top"><table width="100"><tr><td>&nbsp;<a href="/world/" class="Nav"> World News </a></td></tr>
<tr><td>&nbsp;<a href="/business/" class="Nav"> Business </a></td></tr><tr><td>&nbsp;<a href="/sport/" class="Nav"> Sport </a></td></tr></table></td>
<td width="468" valign="top">
<h1>US-Iran tension on the rise after standoff in Strait of Hormuz</h1>
<div class="smlgrey">01-08-2008<br /></div>
<table border="0" cellspacing="5" cellpadding="0">
<td>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}
</td>
</table>
<div class="smlgrey">WASHINGTON (AFP)</div>
</td></tr></table></body></html>`;

describe('parseHtmlAsBrowser (the tree a browser builds)', () => {
  it('keeps a story set in a row-less table cell in its cell, as a browser does', async () => {
    const page = parseHtmlAsBrowser(PAGE, 'https://www.anatoliantimes.com/world/');
    try {
      const paragraphs = Array.from(page.document.querySelectorAll('p'));
      expect(paragraphs.map((p) => p.textContent)).toEqual(STORY);
      // The parser's implied rows: table > tbody > tr > td > p.
      expect(paragraphs.every((p) => p.parentElement?.closest('table > tbody > tr > td') !== null)).toBe(true);
      expect(page.document.title).toBe('The Anatolian Times');
      expect(isProbablyArticle(page.document)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('builds the page in the document a browser would make: doctype, head, body', async () => {
    const page = parseHtmlAsBrowser('<title>T</title><p>One.</p><!-- end -->');
    try {
      const doc = page.document;
      expect(doc.documentElement.tagName).toBe('HTML');
      expect(doc.head?.querySelector('title')?.textContent).toBe('T');
      expect(doc.body?.innerHTML).toBe('<p>One.</p><!-- end -->');
    } finally {
      await page.close();
    }
  });

  it('moves stray markup in a table before it and reads <noscript> as text, as a browser with scripts does', async () => {
    const page = parseHtmlAsBrowser('<table><tr><td>a</td></tr><b>stray</b></table><noscript><p>x</p></noscript>');
    try {
      expect(page.document.body?.innerHTML).toBe(
        '<b>stray</b><table><tbody><tr><td>a</td></tr></tbody></table><noscript>&lt;p&gt;x&lt;/p&gt;</noscript>',
      );
    } finally {
      await page.close();
    }
  });
});

describe("withoutEnvelope (CleanEval's file format around a saved page)", () => {
  it('takes off the <text id=URL> envelope and its closing tag, and nothing else', () => {
    const saved =
      '<text id="http://www.thebookplace.com/" title="Welcome To The Book Pl@ce" encoding="unset">\n\n<html><head><title>Welcome</title></head><body><p>Hi.</p></body>\n</html>\n</text>\n';
    expect(withoutEnvelope(saved)).toBe(
      '\n\n<html><head><title>Welcome</title></head><body><p>Hi.</p></body>\n</html>\n',
    );
    expect(withoutEnvelope('<html><body><svg><text id="a">x</text></svg></body></html>')).toBe(
      '<html><body><svg><text id="a">x</text></svg></body></html>',
    );
  });
});
