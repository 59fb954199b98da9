// Entity rules of the seventeenth round (docs/entities-rounds-2.md): organisation precision by kind, counted with
// bench/polnear/org-kinds.ts. Sentences from PolNeAR `train` half a, each beside the near miss its rule must let through.
import { describe, expect, it } from 'vitest';
import { entityNamed } from './entity-cases';

describe('a service named only where someone speaks or posts is no organisation', () => {
  const cases: Record<string, [string, string]> = {
    // HuffPost: "took to Twitter" and "on Twitter" in one article made Twitter an organisation.
    '"took to Twitter"': [
      'Sometimes confrontations between supporters and protestors grew violent, and the GOP candidate took to Twitter to call out protestors. Trump said the SCOTUS’ deadlock has “kept us safe” on Twitter before claiming that open borders are “tearing American families apart.”',
      'Twitter',
    ],
    '"taking to Twitter"': [
      'Even after several videos and recordings of the incident surfaced, the Trump campaign has denied it happened, with Lewandowski taking to Twitter to call Fields “totally delusional” for the accusation.',
      'Twitter',
    ],
    '"posted the clip to YouTube"': [
      'Serafinowicz, who’s starred in “Parks and Recreation” and “Guardians of the Galaxy,” posted the clip to YouTube on Thursday.',
      'YouTube',
    ],
    // Breitbart: "a Twitter comment" is what was posted, as "a Twitter post" is.
    '"a Twitter comment"': [
      'Hillary Clinton immediately posted a Twitter comment of her own, saying, “We’re so excited to meet our second grandchild!”',
      'Twitter',
    ],
    // NYT: the first of two services before the medium's noun.
    '"a Facebook or Twitter post"': [
      'It may seem surprising that a Facebook or Twitter post could go unnoticed in a background screening.',
      'Facebook',
    ],
  };
  for (const [name, [text, service]] of Object.entries(cases))
    it(`${name}: no "${service}"`, () => expect(entityNamed(text, service)).toBeUndefined());
  it('"…, posted a Twitter comment": the person stays', () =>
    expect(entityNamed(cases['"a Twitter comment"']![0], 'Hillary Clinton')?.type).toBe('person'));
});

describe('near miss: a service that acts', () => {
  // NYT (PolNeAR train half a): Twitter suspends, is taunted, says: the company.
  const acts =
    "As soon as Twitter suspends one account, a new one is created. After the group's 99th account was suspended, it taunted Twitter by creating @IslamicState100, posting images of birthday candles, cake, trophies and fireworks.";
  it('"Twitter suspends", "taunted Twitter": an organisation', () =>
    expect(entityNamed(acts, 'Twitter')?.type).toBe('org'));
});

describe('a lodging, a stage or a monument by its keyword is a building, a place', () => {
  // Washington Post (PolNeAR train half a): a hotel by its chain's name was an organisation.
  const inn =
    "Halfway across the country in Iowa, Bobby Jindal was setting off for two more days on his wearying journey to visit all 99 counties. Another 6 a.m. workout at a Hilton Garden Inn, another huddle with pastors, another county Republican Party dinner and college football tailgate. The Louisiana governor barely qualified for Tuesday's undercard debate, but in Iowa, he, too, feels a payoff coming.";
  it('"a Hilton Garden Inn": a place; the party and the person stay', () => {
    expect(entityNamed(inn, 'Hilton Garden Inn')?.type).toBe('place');
    expect(entityNamed(inn, 'Republican Party')?.type).toBe('org');
    expect(entityNamed(inn, 'Bobby Jindal')?.type).toBe('person');
  });
  // Washington Post (PolNeAR train half a): two capitalised words, shaped like a person's name, were a person.
  const stonewall =
    'The monument encompasses the Stonewall Inn in New York City, the site of an uprising nearly five decades ago.';
  it('"the Stonewall Inn": a place, not a person', () =>
    expect(entityNamed(stonewall, 'Stonewall Inn')?.type).toBe('place'));
  // HuffPost (PolNeAR train half a): "Hall" is no place keyword, as it ends people's names.
  const hall =
    'Media titan Rupert Murdoch announced his engagement to former supermodel Jerry Hall, who is the ex-wife of Mick Jagger.';
  it('near miss: "Jerry Hall" stays a person', () => expect(entityNamed(hall, 'Jerry Hall')?.type).toBe('person'));
});
