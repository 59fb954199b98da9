// The PolNeAR speaker bench's name match (bench/polnear/speaker-match.ts, article-names.ts): the word match, and the
// article-aware match that also ties two forms of one name when the article writes one full name for both. Texts are
// sentences of PolNeAR train articles.
import { describe, expect, it } from 'vitest';
import { articleNames, isAcronymOf, isSameFullName } from '../../../bench/polnear/article-names';
import type { GoldQuote } from '../../../bench/polnear/gold';
import { isRightSpeaker, sameName } from '../../../bench/polnear/speaker-match';

const gold = (source: string): GoldQuote => ({
  start: 0,
  end: 40,
  text: 'At that time, the whole world applauded',
  source,
  sourceClass: 'name',
  sourceStart: 50,
  referent: null,
});

// nyt_2016-06-07_china-rebuts-american-criticism
const LOU =
  "The finance minister, Lou Jiwei, suggested that foreign officials should curb their complaints. ''At that time, " +
  "the whole world applauded and thanked China,'' Mr. Lou told a news briefing. Mr. Lou said there was nothing " +
  'wrong with Mr. Lew.';
// breitbart_2016-08-19_as-bill-clinton-turns-a-look-at-
const CLINTONS =
  'As Bill Clinton turns 70, a look at where he fits into a Hillary Clinton White House. After former California ' +
  'Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “I suppose I could have chosen to ' +
  'bake cookies and have teas.” If Hillary Clinton is the first woman elected as U.S. president …';
// usa-today_2016-08-19_whigs-died-but-gop-can-survive
const HEIDLER =
  'Henry Clay\'s biographers, David and Jeanne Heidler, wrote that Taylor "had a tin ear." David Eisenhower ' +
  'writes in his book Going Home to Glory that the traditional East Coast …';

describe('sameName by words alone', () => {
  const cases: Record<string, { pred: string; gold: string; same: boolean }> = {
    'a surname for the full name': { pred: 'Trump', gold: 'Donald Trump', same: true },
    'the full name the article uses for a surname Source': { pred: 'Donald Trump', gold: 'Mr. Trump', same: true },
    'a family name written first is missed': { pred: 'Lou Jiwei', gold: 'Mr. Lou', same: false },
    'a given name alone is missed': { pred: 'Hillary Clinton', gold: 'Hillary', same: false },
    'another person': { pred: 'Bernie Sanders', gold: 'Clinton', same: false },
  };
  for (const [name, c] of Object.entries(cases)) it(name, () => expect(sameName(c.pred, c.gold)).toBe(c.same));
});

describe('the article-aware match', () => {
  it('ties a title and family name to the one full name the article writes with it', () => {
    const names = articleNames(LOU);
    expect(isSameFullName('Lou Jiwei', 'Mr. Lou', names)).toBe(true);
    expect(isRightSpeaker('Lou Jiwei', gold('Mr. Lou'), names)).toBe(true);
    expect(isRightSpeaker('Lou Jiwei', gold('Mr. Lou'))).toBe(false);
    // Mr. Lew is another man: the article writes no full name holding both.
    expect(isRightSpeaker('Lou Jiwei', gold('Mr. Lew'), names)).toBe(false);
  });

  it('ties a given name to its one full name, but not a surname two people share', () => {
    const names = articleNames(CLINTONS);
    expect(isRightSpeaker('Hillary Clinton', gold('Hillary'), names)).toBe(true);
    expect(isRightSpeaker('Bill Clinton', gold('Hillary'), names)).toBe(false);
    expect(isSameFullName('Clinton', 'Hillary', names)).toBe(false);
  });

  it('ties nobody to a Source naming two people', () => {
    const names = articleNames(HEIDLER);
    expect(isRightSpeaker('David Eisenhower', gold("Henry Clay's biographers, David and Jeanne Heidler,"), names)).toBe(
      false,
    );
  });

  it('keeps a father and a son apart', () => {
    const names = articleNames('Donald Trump spoke first. Donald Trump Jr. spoke after him.');
    expect(isSameFullName('Donald Trump', 'Donald', names)).toBe(false);
  });

  it('reads a full name written longer as the same name', () => {
    // usa-today_2016-07-29_oops-gunplay-didn-t-disrupt-gop-
    const names = articleNames(
      'Before the convention, Cleveland Police Chief Calvin Williams lobbied to suspend open-carry rights downtown. ' +
        "Chief Williams later admitted that open-carry wasn't a problem.",
    );
    expect(isSameFullName('Calvin Williams', 'Chief Williams', names)).toBe(true);
  });

  it('never ties two ends of a run of titles that the article writes only whole', () => {
    // politico_2016-06-10_afl-cio-to-endorse-clinton (the Source span lost its first letter)
    const names = articleNames(
      '"It doesn\'t mean he did it in an honest way," said United Steelworkers Political Director Tim Waters.',
    );
    expect(
      isSameFullName('United Steelworkers Political', 'nited Steelworkers Political Director Tim Waters', names),
    ).toBe(false);
  });

  it('matches an acronym to the name it abbreviates, not to another', () => {
    // wash-post_2016-04-05_democratic-primaries-turn-into-a
    expect(isAcronymOf('Republican National Committee', 'The RNC')).toBe(true);
    expect(isAcronymOf('Democratic National Committee', 'The RNC')).toBe(false);
    expect(isAcronymOf('Reince', 'RNC')).toBe(false);
  });

  it('leaves an outlet or a transcript the annotators gave for a person’s words wrong', () => {
    // breitbart_2016-07-25_dnc-issues-deep-and-sincere-apol: “…,” Sanders said, according to CNN.
    const names = articleNames('“I ask you as a personal courtesy to me,” Bernie Sanders said, according to CNN.');
    expect(isRightSpeaker('Bernie Sanders', gold('CNN'), names)).toBe(false);
    expect(
      isRightSpeaker('John Kasich', gold('Transcript'), articleNames('John Kasich said. Transcript as follows:')),
    ).toBe(false);
  });
});
