// Run U's second rule (issue #12, the rejected side): a news item written in paragraphs of one sentence. A <p> of one
// short sentence (40-79 characters) counts toward a run that holds a paragraph of prose, never as a run of its own.
// Trimmed from The Sports Network's NHL item (page-signal `c8b388cd`, dev), which Lede rejected at 386 characters.
import { describe, expect, it } from 'vitest';
import { verdictAt } from './verdict';

const verdict = (html: string) => verdictAt('https://www.sportsnetwork.com/merge/tsnform.aspx?c=sportsnetwork', html);

/** The page's table layout (its text keeps the page's own spacing: the wire's justified lines): a navigation cell, the story's cell (its paragraphs inside a <font>), a banner cell. */
function page(story: string): string {
  const nav = ['Scores', 'Schedule', 'Standings', 'Odds: Early Current Live Futures', 'Injuries']
    .map((t) => `<tr><td class="NavItem"><a href="/nhl/${t.length}">${t}</a></td></tr>`)
    .join('');
  return `<!DOCTYPE html><html><head><title>The Sports Network - National Hockey League</title></head><body>
<table><tr><td valign="top"><table>${nav}</table></td>
<td valign="top"><table><tr><td class="tsncopy"><font size="2">${story}</font></td></tr></table></td>
<td valign="top"><a href="/prizes/"><img src="/banner.gif" alt=""></a></td></tr></table>
<table><tr><td class="footer">©2008 The Sports Network. All Rights Reserved. <a href="/privacy">privacy policy</a></td></tr></table>
</body></html>`;
}

const OPENING =
  '<h3> Lecavalier and Iginla named All-Star captains </h3>' +
  '<p>\n New  York, NY (Sports Network) - Tampa Bay Lightning center Vincent Lecavalier\n and Calgary Flames right wing Jarome Iginla have been selected as captains for\n their respective squads at the NHL All-Star Game.\n </p>' +
  "<p>\n Lecavalier,  who entered  Thursday's  action tied  for the  NHL  lead with  63\n points,  will captain  the East.  Iginla, just  one point  off the  pace, will\n captain the West.\n </p>";
const SHORT_LINES =
  '<p> Both players were voted as starters in fan balloting.</p>' +
  '<p> The All-Star Game is scheduled for Sunday, January 27 in Atlanta.</p>';

describe('a news item in paragraphs of one sentence', () => {
  it('reads the item with its two one-sentence paragraphs as an article', async () => {
    expect(await verdict(page(`${OPENING}${SHORT_LINES}<p> 01/17 16:59:52 ET</p>`))).toBe(true);
  });

  it('near miss: without its one-sentence paragraphs the two long ones are too little for an untitled page', async () => {
    expect(await verdict(page(`${OPENING}<p> 01/17 16:59:52 ET</p>`))).toBe(false);
  });

  it('near miss: one-sentence lines with no paragraph of prose beside them are not a run', async () => {
    const lines = Array.from(
      { length: 12 },
      (_, i) => `<p> Game ${i + 1}: the Flames beat the Lightning in overtime at home.</p>`,
    ).join('');
    expect(await verdict(page(`<h3>Results</h3>${lines}`))).toBe(false);
  });
});
