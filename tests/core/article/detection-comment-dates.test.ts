// Run U's fifth rule (issue #12, the rejected side): a reader's comment carries its own date, which is neither the
// page's dateline nor one of a list of dated things. Trimmed from jovelblog's post "Gefällt mir" (trafilatura
// `jovelstefan.de.gefallt`, dev, WordPress, 2011): its three comments' dates made four date stamps, a "list of dated
// things", so the short dated post was held to an undated page's floor and rejected.
import { describe, expect, it } from 'vitest';
import { verdictAt } from './verdict';

const verdict = (html: string) => verdictAt('https://www.jovelstefan.de/2011/09/11/gefallt-mir/', html);

const POST = `<div class="post" id="post-1701"><h1><a href="/2011/09/11/gefallt-mir/">Gefällt mir</a></h1>
<small>11.09.2011, 16:20 von jovelstefan</small>
<div class="entry"><p>Manchmal überrascht einen der Alltag ja mit kleinen Freuden und Niedlichkeiten. Unlängst spazierte ich ahnungslos durch Eimsbüttel, da baumelte vom Balkon im 4. Stock eines Altbaus eine lange Schnur mit einem Körbchen unten dran auf den Bürgersteig herunter:</p>
<div class="wp-caption alignleft"><img src="/wp-content/2011/09/20cent1bilt.jpg" alt="20 Cent 1 Bilt"><p class="wp-caption-text">20 Cent 1 Bilt</p></div>
<p>Gut investierte 20 Cent, wenn auch das Bilt kein Meisterwerk war!</p>
<div class="entryfooter"><p>Tags: <a href="/tag/bilt/">Bilt</a>, <a href="/tag/cent/">Cent</a></p></div></div></div>`;

/** Three pingbacks, each with its date, in a list classed as the post's comments (or, for the near miss, not). */
function responses(listClass: string): string {
  const dates = ['11.09.2011 23:31', '26.06.2012 10:43', '02.07.2012 08:15'];
  return `<h3>3 Kommentare</h3><ol class="${listClass}">${dates
    .map(
      (date, i) =>
        `<li id="r-${i}"><cite>Pingback von <a href="https://example.org/${i}">Too much information - Papierkorb</a></cite> | <small><a href="#r-${i}">${date}</a></small><p>[…] Gefällt mir – jovelblog – Unlängst spazierte ich ahnungslos durch Eimsbüttel […]</p></li>`,
    )
    .join('')}</ol>`;
}

const page = (
  after: string,
) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Gefällt mir – jovelblog</title></head>
<body><div id="page"><div id="main_menu"><ul><li><a href="/jovelbuch/">Jovelbuch</a></li><li><a href="/kontakt/">Kontakt/Impressum</a></li></ul></div>
<div id="content">${POST}${after}</div></div></body></html>`;

describe("a comment's date is not the page's", () => {
  it('reads the short dated post above three dated comments as an article', async () => {
    expect(await verdict(page(responses('commentlist')))).toBe(true);
  });

  it('near miss: the same dates on a list that is not a comment section are a list of dated things', async () => {
    expect(await verdict(page(responses('linklist')))).toBe(false);
  });
});
