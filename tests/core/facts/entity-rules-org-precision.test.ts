// Entity rules of the fifteenth round (docs/entities-rounds-2.md): organisation precision, by the kinds of thing Lede
// typed an organisation that are none (a country, a holiday, a family). Sentences from PolNeAR `train` half a, each
// beside the near miss its rule must let through.
import { describe, expect, it } from 'vitest';
import { entityNamed } from './entity-cases';

describe('a name of the alias list keeps the list’s type', () => {
  // PolNeAR train half a (HuffPost on Turkey in Syria): "US" in capitals read as an acronym, and "the US
  // administration" as a body's, so seven mentions outvoted the list and the country became an organisation.
  const text =
    'Thus, Erdogan decided to play all this cards with Russia, the US, Iran, and the Gulf States. The US vice president appeared deferential to the assertive Turkish president, as he dictated military conditions, forcing the US at least temporarily to abandon the Kurdish priority in the partnership against ISIS. But by doing so, both the US and Turkey would have reversed previous pledges and red lines. The same question could be directed to the Western powers, led by the US administration, whose reputation is now linked to the enablement of bloodletting and abuses in Syria. Not long ago, the Syrian Democratic Forces (SDF) had US blessing, not least because the Arab-Kurdish partnership in its ranks made it ideal to defeat to ISIS and similar groups. Erdogan thus moved militarily in Syria with US-Iranian-Russian blessing: the US welcomes the entry of Turkey as a key military player in the war on ISIS in Syria.';
  it('"the US" seven times is the country, a place', () =>
    expect(entityNamed(text, 'United States')).toEqual({ type: 'place', mentions: 7 }));
  it('an organisation of the list stays one ("ISIS" is the Islamic State)', () =>
    expect(entityNamed(text, 'Islamic State')?.type).toBe('org'));
});

describe('a holiday is a date, no organisation', () => {
  // PolNeAR train half a (Politico): "Christmas" named three times, with no cue, was an organisation by the
  // unknown-name default; the work's title in quotation marks and the people and places around it stay.
  const christmas =
    'Hillary Clinton’s getting a holiday greeting from a big-money Republican super PAC on the day after Christmas, and — surprise, surprise — it won’t bring her much cheer. The Future45 group, funded by major GOP donors, is planning to plaster New Hampshire independents’ and holiday shoppers’ screens with a Christmas-themed Web ad starting Dec. 26. Titled “A Very Clinton Christmas,” the 30-second video pans around images of Christmas gifts that evoke some of the Democratic front-runner’s biggest controversies in recent months, while a voiceover recites a rhyme.';
  it('no "Christmas"; Hillary Clinton and New Hampshire stay', () => {
    expect(entityNamed(christmas, 'Christmas')).toBeUndefined();
    expect(entityNamed(christmas, 'Hillary Clinton')?.type).toBe('person');
    expect(entityNamed(christmas, 'New Hampshire')?.type).toBe('place');
  });
  // PolNeAR train half a (HuffPost): the feast's name, with "de" inside, is no body; the tower beside it stays a place.
  const cinco =
    'The taco bowl incident, trivial though it was, is one example. On Cinco de Mayo, Trump happened to be eating a taco bowl for lunch at his desk in Trump Tower.';
  it('no "Cinco de Mayo"; "Trump Tower" stays a place', () => {
    expect(entityNamed(cinco, 'Cinco de Mayo')).toBeUndefined();
    expect(entityNamed(cinco, 'Trump Tower')?.type).toBe('place');
  });
});

describe('a title in doubled apostrophes is a work, an apostrophe inside it too', () => {
  // PolNeAR train half a (NYT, which writes quotation marks as ''): the possessive in the book's title kept it from
  // reading as a quoted title, so "Chick Lit" and "New Woman" were organisations by the unknown-name default.
  const text =
    "For other students of the genre, though, it's a step too far in favor of the 1 percent. ''I would expect a novel set in the mortgage crisis to look at the precarious situations of more ordinary working women,'' said Suzanne Ferriss, an English professor at Nova Southeastern University in Fort Lauderdale, Fla., and a co-editor of ''Chick Lit: The New Woman's Fiction.''";
  it('no "Chick Lit" nor "New Woman"; the speaker, her university and its town stay', () => {
    expect(entityNamed(text, 'Chick Lit')).toBeUndefined();
    expect(entityNamed(text, 'New Woman')).toBeUndefined();
    expect(entityNamed(text, 'Suzanne Ferriss')?.type).toBe('person');
    expect(entityNamed(text, 'Nova Southeastern University')?.type).toBe('org');
    expect(entityNamed(text, 'Fort Lauderdale')?.type).toBe('place');
  });
});
