// Run U's third rule (issue #12, the rejected side): twenty price tags beside one story are a rail, not a catalogue.
// Trimmed from Look at Stars' post on Neptune's opposition (dragnet `T173`, dev, WordPress, 2012), which Lede
// rejected as a shop's catalogue: its sidebar's book and telescope widget prints two prices per product.
import { describe, expect, it } from 'vitest';
import { verdictAt } from './verdict';

const verdict = (html: string) => verdictAt('https://www.lookatstars.com/august-24-neptune-at-opposition/', html);

const PRODUCTS = [
  'Before The Beginning: Our Universe And Others (Helix Books)',
  'Celestron 21024-A FirstScope Telescope with Accessory Kit',
  'Estes 1469 Tandem-X Launch Set',
  'Celestron Sky Maps (Plastic Comb)',
  'Celestron 127EQ PowerSeeker Telescope',
  'Orion SkyQuest XT8 Classic Dobsonian Telescope',
  'NightWatch: A Practical Guide to Viewing the Universe',
  'Nova: Telescope - Hunting the Edge of Space',
  'Journey to the Edge of the Universe',
  'Celestron SkyMaster 15x70 Binoculars',
];
/** The widget: each product's link, its price, and the used-and-new offer's price (twenty price tags). */
const WIDGET = PRODUCTS.map(
  (name, i) =>
    `<div class="asa"><div><a href="https://www.amazon.com/dp/B00${i}">${name}</a><br><strong>Price:</strong> <span> $${i + 2}.64</span><br><p><strong>${i + 9} used &amp; new</strong> available from <span>USD ${i + 2}.64</span></p></div></div>`,
).join('');

const STORY = [
  'The blue planet of Neptune will be considered at close proximity to earth on August 24, 2012. However, to view this planet during this time you will need a strong telescope. Even though the planet will be the largest and brightest object in the night sky, it will still only appear as a small blue dot unless commercial-grade equipment is utilized. This spectacular view of Neptune will be possible because during this time it will be so well illuminated by the sun.',
  '<strong>How Opposition Of Neptune Occurs</strong> Opposition of Neptune with the earth takes place when the two ecliptic longitudes differ by 180 degrees when viewed from the earth. During opposition, the earth and the sun lie in a straight line, with the earth at the middle on the same side as the blue planet.',
  '<strong>More About The Blue Planet</strong> Neptune is considered to be a superior planet and is quite unique in the sense that it has a blue color. This planet was discovered by Urbain Le Verrier on September 23, 1846, and unlike other planets, it was discovered by mathematical calculation rather than through observation.',
  '<strong>Best Time To See Neptune</strong> The best time to see Neptune is from August 22 through August 24. Anytime between midnight and daylight is acceptable. In order to maximize your visibility, you will want to stay as far away from artificial lighting as possible.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

const page = (main: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>August 24 – Neptune At Opposition</title></head><body>
<div id="header"><a href="/">Look at Stars</a></div>
<div id="container"><div id="content">${main}</div></div>
<div id="primary" class="widget-area"><h3 class="widget-title">Astronomy Books and Telescopes</h3>${WIDGET}</div>
</body></html>`;

describe('a story beside a widget of twenty prices', () => {
  it('reads the titled post beside the price widget as an article', async () => {
    const post = `<div class="post hentry"><h1 class="entry-title">August 24 – Neptune At Opposition</h1><div class="entry-meta">Posted on <span class="entry-date">07/28/2012</span> by Michael Busch</div><div class="entry-content">${STORY}</div></div>`;
    expect(await verdict(page(post))).toBe(true);
  });

  it("near miss: a catalogue titled in its heading, each entry's text beside its price, is not one", async () => {
    const courses = Array.from(
      { length: 20 },
      (_, i) =>
        `<tr><td><a href="/course/${i}">Course ${i + 1}: Business Planning Workshop</a></td><td>This seminar covers the essentials of planning for a small business in one day of hands-on work.</td><td>$${95 + i}.00</td></tr>`,
    ).join('');
    const catalogue = `<h1>August 24 – Neptune At Opposition</h1><table>${courses}</table>`;
    expect(await verdict(page(catalogue))).toBe(false);
  });
});
