// Entity rules of 2026-11-30's seventh pass (docs/entities-rounds.md, "Seventh pass"): rules from a name's structure
// and context, chosen by counting Lede's organisations on PolNeAR `train` half a by context
// (bench/polnear/org-contexts.ts).
// Sentences from PolNeAR `train`, each beside the near miss its rule must let through.
import { describe, expect, it } from 'vitest';
import { entityNamed } from './entity-cases';

describe('a name only ever inside a quoted title in title case is part of the work', () => {
  it('an editorial’s title (Politico)', () => {
    const text =
      'Clinton officials were thrilled with the editorial, entitled “Mr. Sanders Is Not a Brave Truth-Teller,” when it posted on Jan. 27.';
    expect(entityNamed(text, 'Brave Truth-Teller')).toBeUndefined();
  });
  it('a segment’s title in doubled apostrophes (NYT); the network before it stays', () => {
    const text =
      "Trump's helicopters has gotten similar coverage; an interior renovation made CNBC's ''Super Lives of the Super Rich'' in a segment entitled ''Pimp My Chopper.''";
    expect(entityNamed(text, 'Super Lives')).toBeUndefined();
    expect(entityNamed(text, 'CNBC')?.type).toBe('org');
  });
  it('the names around a quoted book title stay (NYT)', () => {
    const text =
      "In August, Melville House plans to release ''The Making of Donald Trump,'' by the Pulitzer Prize-winning investigative reporter David Cay Johnston, which chronicles Mr. Trump's rise in real estate and his pivot to politics, and draws on decades of interviews, court documents and financial records.";
    expect(entityNamed(text, 'Trump')?.type).toBe('person');
    expect(entityNamed(text, 'David Cay Johnston')?.type).toBe('person');
    // (The publisher is named once with no "the" and nothing else to type it: no entity since the nineteenth round.)
    expect(entityNamed(text, 'Melville House')).toBeUndefined();
  });
});

describe('a hyphenated participle makes a name an adjective and ends it', () => {
  it('"Clinton-backing Senate colleagues" names Clinton and the Senate, not one body (Politico)', () => {
    const text =
      'At the same time, he is meeting with Clinton in private, being greeted with warm, sustained applause by his Clinton-backing Senate colleagues, and swinging by the Clinton-endorsing White House for a picnic on Tuesday night.';
    expect(entityNamed(text, 'Clinton-backing Senate')).toBeUndefined();
    expect(entityNamed(text, 'Clinton')?.type).toBe('person');
    expect(entityNamed(text, 'White House')?.type).toBe('org');
  });
  it('"Jeb Bush-spent $100 million" is Jeb Bush (a tweet quoted by Breitbart)', () => {
    const text = '“Everybody is laughing at Jeb Bush-spent $100 million and is at bottom of pack.';
    expect(entityNamed(text, 'Jeb Bush')?.type).toBe('person');
  });
  it('a prize before "-winning" is no entity and leaves no given name behind (AFP)', () => {
    const text =
      'New York (AFP) – Oscar-winning actress Susan Sarandon, star of cult classic “Thelma and Louise,” is not sure she can vote for Hillary Clinton over Donald Trump, the Republican frontrunner who has inflamed America with divisive rhetoric.';
    expect(entityNamed(text, 'Oscar')).toBeUndefined();
    expect(entityNamed(text, 'Susan Sarandon')?.type).toBe('person');
  });
  it('a Korean given name’s lowercase syllable is no suffix', () => {
    const text =
      'We need new leadership that will stand up to people like Kim Jong-un and ensure our country has the capabilities necessary to keep America safe.';
    expect(entityNamed(text, 'Kim Jong-un')?.type).toBe('person');
  });
});
