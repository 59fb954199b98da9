// Normalisers behind the metadata: dates to ISO 8601, bylines to names, date-only lines recognised.
import { describe, expect, it } from 'vitest';
import {
  cleanByline,
  cleanSiteName,
  isDateLine,
  isFurnitureText,
  normalizeDate,
  reconcileTitle,
  splitAuthors,
} from '../../../core/article/index';

describe('normalizeDate', () => {
  const cases: [string, string | null][] = [
    ['2015-05-11T10:42:00-04:00', '2015-05-11T10:42:00-04:00'],
    ['2019-04-28 06:01:07', '2019-04-28T06:01:07'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02Z'],
    ['2015-05-11', '2015-05-11'],
    ['20170113', '2017-01-13'],
    ['May 11, 2015', '2015-05-11'],
    ['Published on March 9, 2017', '2017-03-09'],
    ['last Tuesday', null],
    ['12345', null],
    ['1776-07-04', null],
    // Named zones become offsets; the wall-clock time is kept whatever zone the machine runs in.
    ['2/26/2015 7:11 AM PST', '2015-02-26T07:11:00-08:00'],
    ['Updated 3:04 PM ET, Mon March 3, 2017', '2017-03-03T15:04:00-05:00'],
    ['Published 10:30 AM ET Jun 5, 2019', '2019-06-05T10:30:00-04:00'],
    ['12 March 2019 14:05 GMT', '2019-03-12T14:05:00Z'],
    ['posted on April 21, 2015, at 11:29 a.m.', '2015-04-21T11:29:00'],
    // No year written: not guessed (Date.parse would say 2001).
    ['March 18 at 12:22 PM', null],
    ['', null],
  ];
  for (const [input, want] of cases)
    it(`${JSON.stringify(input)} → ${want}`, () => expect(normalizeDate(input)).toBe(want));
});

describe('cleanByline and splitAuthors', () => {
  const cases: [string, string | null][] = [
    ['By Erin Cunningham', 'Erin Cunningham'],
    ['Sarah Gooding March 9, 2017 13', 'Sarah Gooding'],
    ['Eleanor Ainge Roy | Eleanor Ainge Roy', 'Eleanor Ainge Roy'],
    ['April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', null],
    ['https://www.facebook.com/someone', null],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
  ];
  for (const [input, want] of cases)
    it(`${JSON.stringify(input)} → ${want}`, () => expect(cleanByline(input)).toBe(want));
  it('splits a list of names', () => expect(splitAuthors('Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']));
});

describe('furniture lines', () => {
  const yes = [
    'Advertisement',
    'Published under: China , Russia',
    'Xi Jinping, Vladimir Putin / AP',
    'Updated 3:04 PM ET, Mon March 3, 2017',
    'Sign up for our daily newsletter',
    'Share this article',
    'Photo: Jane Doe for The Times',
    'Read more: Tunisia’s Islamists get a sobering lesson',
    'This article originally appeared on The Atlantic.',
    'EXCLUSIVE',
    "Israeli Prime Minister Benjamin Netanyahu reacts as he visits the Western Wall in Jerusalem on March 18 following his party's victory in Israel's general election. (Thomas Coex/AFP/Getty Images)",
  ];
  const no = [
    'Officials said the bridge would reopen next month.',
    'The report assessed poverty levels, income and wealth inequality.',
    '“We have nothing to fear,” he said.',
    'Subscribers to the service will pay more. The company said prices rise in May.',
    'The figures, first reported by Reuters, were revised (see AP).',
    'Exclusive deals are rare, he said.',
  ];
  for (const s of yes) it(`drops ${JSON.stringify(s)}`, () => expect(isFurnitureText(s)).toBe(true));
  for (const s of no) it(`keeps ${JSON.stringify(s)}`, () => expect(isFurnitureText(s)).toBe(false));
  it('knows a date line', () => expect(isDateLine('May 11, 2015')).toBe(true));
});

describe('cleanSiteName (the site line of the popup, the sidebar, the library and exports)', () => {
  it('keeps the part of a long declared name that spells the host, not its tagline', () => {
    // og:site_name of real pages in trafilatura's evaluation set.
    expect(
      cleanSiteName('WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale', 'https://wsvn.com/news/x/'),
    ).toBe('WSVN 7News');
    expect(
      cleanSiteName(
        'Noticias de El Salvador - La Prensa Gráfica | Informate con la verdad',
        'https://www.laprensagrafica.com/elsalvador/x.html',
      ),
    ).toBe('La Prensa Gráfica');
    expect(
      cleanSiteName('ingenieur.de - Jobbörse und Nachrichtenportal für Ingenieure', 'https://www.ingenieur.de/x/'),
    ).toBe('ingenieur.de');
    expect(
      cleanSiteName('Herz und Blut - Interior | Design | Lifestyle | Travel Blog', 'https://www.herzundblut.com/x'),
    ).toBe('Herz und Blut');
  });

  it('keeps a short name, a name no part of which spells the host, and one where two parts do, whole', () => {
    expect(cleanSiteName('LN - Lübecker Nachrichten', 'https://www.ln-online.de/x')).toBe('LN - Lübecker Nachrichten');
    expect(
      cleanSiteName('Geburtstage - Kindergeburtstag und Erwachsenen Geburtstage', 'https://www.geburtstagsecke.de/x'),
    ).toBe('Geburtstage - Kindergeburtstag und Erwachsenen Geburtstage');
    expect(cleanSiteName('BUND - BUND für Naturschutz und Umwelt in Deutschland', 'https://www.bund.net/x')).toBe(
      'BUND - BUND für Naturschutz und Umwelt in Deutschland',
    );
    expect(cleanSiteName('  The   Guardian ', 'not a url')).toBe('The Guardian');
    expect(cleanSiteName('', 'https://a.example/')).toBeNull();
    expect(cleanSiteName('WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale', 'not a url')).toBe(
      'WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale',
    );
  });
});

describe('reconcileTitle (the headline the popup and the exports show)', () => {
  // The Guardian's <title> and og:title end with the writer's name (Readability's guardian-1 test page).
  const guardian = "'What is the sea telling us?': Māori tribes fearful over whale strandings | Eleanor Ainge Roy";
  it('drops a trailing " | Author" naming one of the article’s authors, and a trailing " | Site"', () => {
    expect(reconcileTitle(guardian, 'the Guardian', ['Eleanor Ainge Roy'])).toBe(
      "'What is the sea telling us?': Māori tribes fearful over whale strandings",
    );
    expect(
      reconcileTitle('China and Russia Strengthen Alliance | Washington Free Beacon', 'Washington Free Beacon'),
    ).toBe('China and Russia Strengthen Alliance');
  });
  it('drops a leading "Site|" naming the site, written with or without spaces (NHK News Web Easy)', () => {
    expect(reconcileTitle('NEWS WEB EASY|子どもへの体罰を禁止する法律ができる', 'NEWS WEB EASY')).toBe(
      '子どもへの体罰を禁止する法律ができる',
    );
    expect(reconcileTitle('Opinion | Why the deal fell apart', 'The Example Times')).toBe(
      'Opinion | Why the deal fell apart',
    );
  });

  it('keeps a tail that names someone who did not write it, or follows a colon', () => {
    expect(reconcileTitle(guardian, 'the Guardian', ['Someone Else'])).toBe(guardian);
    expect(reconcileTitle('Why the deal fell apart: Eleanor Ainge Roy', null, ['Eleanor Ainge Roy'])).toBe(
      'Why the deal fell apart: Eleanor Ainge Roy',
    );
  });
});
