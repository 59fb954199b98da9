// Run AB's rule (issue #12, the rejected side): a story set one paragraph per table row. Trimmed from clubcall's rugby
// item "Dowling set for absence" (page-signal `d588964c`, a dev article that Lede rejected): its headline and date in
// one table, its three paragraphs in the next, each in a row of one `<td class="bodyText">`, an ad's row between the
// second and the third. Each row was a run of one paragraph, and such runs never add up, so the item read as its
// longest sentence (155 characters). The site's menus, search box and ad code are taken out.
import { describe, expect, it } from 'vitest';
import { measurePage } from '../../../core/article/index';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { verdictAt } from './verdict';

const URL = 'http://www.clubcall.com/rugby/news.jsp?id=1234';
const at = (html: string) => verdictAt(URL, html);

const PARAGRAPHS = [
  'Munster star Ian Dowling is set to spend a spell on the sidelines after sustaining a knee injury.',
  'The winger could face up to eight weeks out with the problem that he picked up against Ulster during the week.',
  'He had to be stretchered off after 76 minutes at Musgrave Park and is now set to sit out the Heineken Cup games against Clermont Auvergne and London Wasps.',
];

/** The page as published; `row` sets one paragraph's row (a single cell by default). */
function page(row = (text: string) => `<tr><td class="bodyText">${text}</td></tr>`): string {
  const [first, second, third] = PARAGRAPHS.map(row);
  return `<html><head><title>clubcall - Rugby Union news, results, reports, 6 Nations, British Lions</title></head>
<body><table width="100%"><tbody><tr>
<td width="150" valign="top"><table><tbody>
<tr><td nowrap><a href="/rugby/news.jsp"><span class="leftNav">News</span></a></td></tr>
<tr><td nowrap><a href="/rugby/results.jsp"><span class="leftNav">Results</span></a></td></tr>
<tr><td nowrap><a href="/register.jsp"><span class="leftNav">FREE Newsletter</span></a></td></tr>
</tbody></table></td>
<td bgcolor="#FFFFFF" width="551" valign="top">
<table width="500" border="0" cellspacing="4" cellpadding="4"><tbody><tr>
<td nowrap><b><span class="headerText">Dowling set for absence</span></b><br>
<span class="dateText">2007-12-30 14:49:00.0</span></td></tr></tbody></table>
<table width="500" border="0" cellspacing="4" cellpadding="4"><tbody>
${first}${second}
<tr><td><center><img src="/ads/mpu.gif" width="300" height="250" alt=""></center></td></tr>
${third}
</tbody></table>
</td></tr></tbody></table></body></html>`;
}

describe('a story set one paragraph per table row is one run (run AB)', () => {
  it('takes the rugby item: three rows of one cell each, under its headline and date', async () => {
    expect(await at(page())).toBe(true);
  });

  it('measures the rows as one run of three paragraphs, opened by its dateline', async () => {
    const parsed = parseHtml(page(), URL);
    try {
      const shape = measurePage(parsed.document);
      expect(shape.proseParagraphs).toBe(3);
      expect(shape.proseChars).toBe(PARAGRAPHS.join('').length);
      expect(shape.datedRun).toBe(true);
    } finally {
      await parsed.close();
    }
  });

  it('does not join rows that link elsewhere: teasers, each with its "more" link', async () => {
    const teaser = (text: string) => `<tr><td class="bodyText">${text} <a href="/rugby/story.jsp">more</a></td></tr>`;
    expect(await at(page(teaser))).toBe(false);
  });

  it('does not join rows of several cells: a grid (a thumbnail beside each blurb)', async () => {
    const grid = (text: string) => `<tr><td><img src="/t.gif" alt=""></td><td class="bodyText">${text}</td></tr>`;
    expect(await at(page(grid))).toBe(false);
  });
});
