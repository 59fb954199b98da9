// The detector's sixth round (issue #12): a page whose publisher declares a video or a piece of music (og:type
// video.*, music.*) and no article is a player with a caption, not a story. The short-cuts a page earns by naming
// its subject in a heading and printing its date do not apply to it; a story written around a video still passes,
// in paragraphs of its own. Each case is a small page in the shape the dev pages showed, near misses included.
import { describe, expect, it } from 'vitest';
import { verdictAt } from './verdict';

const TITLE = 'Nahrungsergänzungsmittel: Das dubiose Geschäft mit Vitaminpillen';
/** A video's caption: two sentences under the player (about 200 characters). */
const CAPTION =
  '<p>Vitaminpillen versprechen Gesundheit und Leistung. Die Reportage zeigt, wie wenig davon belegt ist und wer an den Pillen verdient.</p>';
/** A story of its own around the same video: four paragraphs, about 700 characters. */
const STORY = [
  'Vitaminpillen versprechen Gesundheit und Leistung, doch Studien belegen davon nur wenig, sagen Ärzte und Verbraucherschützer.',
  'Der Markt wächst trotzdem seit Jahren: Drogerien, Apotheken und Versandhändler verkaufen Präparate für jeden Zweck und jedes Alter.',
  'Die Verbraucherzentrale hat mehr als hundert Produkte geprüft und bei vielen überhöhte Dosen und unbelegte Versprechen gefunden.',
  'Wer sich ausgewogen ernährt, braucht nach Ansicht der Fachgesellschaften in aller Regel keine zusätzlichen Vitamine oder Mineralstoffe.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

/** A media library's page: the player, the headline repeating the title, the upload date, then `text`. */
function mediaPage(head: string, text: string): string {
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${TITLE}</title>${head}</head><body>
<header><a href="/">Mediathek</a><nav><a href="/">Start</a> <a href="/sendungen">Sendungen</a></nav></header>
<main><div class="player"><video src="/v/1.mp4"></video></div>
<div class="details"><h1>${TITLE}</h1><div class="date">12.10.2019</div>${text}</div></main>
<footer><p>© Mediathek. <a href="/impressum">Impressum</a></p></footer></body></html>`;
}

const og = (type: string): string => `<meta property="og:type" content="${type}">`;
const NEWS_ARTICLE = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Vitaminpillen"}</script>';

describe('a page declared a video or a piece of music (og:type)', () => {
  it.each([
    ['a video page: player, headline, upload date and a two-sentence caption', og('video.other'), CAPTION, false],
    ['a video page typed plain "video"', og('video'), CAPTION, false],
    ['a song page with a two-sentence note', og('music.song'), CAPTION, false],
    ['near miss: a story written around the video, in paragraphs of its own', og('video.other'), STORY, true],
    [
      'near miss: the same caption declared a NewsArticle too (a news brief with its video)',
      og('video.other') + NEWS_ARTICLE,
      CAPTION,
      true,
    ],
    ['near miss: the same caption on a page that declares nothing (a dated two-sentence post)', '', CAPTION, true],
    ['near miss: the same caption under og:type=website, which sites put on every page', og('website'), CAPTION, true],
  ])('%s', async (_name, head, text, expected) => {
    expect(await verdictAt('https://mediathek.example/video/vitaminpillen', mediaPage(head, text))).toBe(expected);
  });
});
