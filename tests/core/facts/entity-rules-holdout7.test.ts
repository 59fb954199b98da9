// Entity rules of the eighteenth round (docs/entities-rounds-2.md), written on hold-out 7's false organisations once
// its blind runs were done. Sentences from hold-out 7's articles, each beside the near miss its rule must let through.
import { describe, expect, it } from 'vitest';
import { entityNamed } from './entity-cases';

describe('quotation marks bound a name: a title inside them is a work, and a name stops at a closing mark', () => {
  // Politico (hold-out 7): a closing mark inside the run joined a show's title to its network.
  const network =
    '“You know, stacked up on my DVR are a bunch of ‘Football Life’ on NFL Network and I haven’t been able to watch,” Christie said.';
  it('"‘Football Life’ on NFL Network": the network, no work', () => {
    expect(entityNamed(network, 'NFL Network')?.type).toBe('org');
    expect(entityNamed(network, 'Football Life')).toBeUndefined();
    expect(entityNamed(network, 'Christie')?.type).toBe('person');
  });
  // Politico (hold-out 7): a right single mark opening the title after a double one.
  const cards =
    'Former Hewlett-Packard CEO Carly Fiorina named a Washington favorite as her guilty pleasure. “’House of Cards,’” she said, “although I haven’t had time to binge watch the latest season.”';
  it('"“’House of Cards,’”": a work, no organisation', () => {
    expect(entityNamed(cards, 'House of Cards')).toBeUndefined();
    expect(entityNamed(cards, 'Carly Fiorina')?.type).toBe('person');
  });
  // Near miss (hold-out 7, Breitbart): an apostrophe inside a word keeps it, as a possessive does.
  const possessive =
    'The insurance executive Hank Greenberg’s C. V. Starr & Company, Inc. and Starr International companies gave a total $5 million to Conservative Solutions.';
  it('"Hank Greenberg’s": the person, whole', () =>
    expect(entityNamed(possessive, 'Hank Greenberg')?.type).toBe('person'));
});

describe('a legal suffix cut off by a comma names nothing alone', () => {
  const starr =
    'The insurance executive Hank Greenberg’s C. V. Starr & Company, Inc. and Starr International companies gave a total $5 million to Conservative Solutions.';
  it('"…, Inc.": no entity "Inc."; the other company stays', () => {
    expect(entityNamed(starr, 'Inc.')).toBeUndefined();
    expect(entityNamed(starr, 'Starr International')).toBeDefined();
  });
});

describe('a guesthouse or a housing estate by its keyword is a place', () => {
  // NYT (hold-out 7): the state guesthouse where talks were held.
  const guesthouse =
    "''The United States supports efforts to reduce excess capacity and leverage in the economy,'' Mr. Lew said at the opening session of the talks, the Strategic and Economic Dialogue, held this year on the grounds of the Diaoyutai State Guesthouse in Beijing.";
  it('"the Diaoyutai State Guesthouse": a place', () =>
    expect(entityNamed(guesthouse, 'Diaoyutai State Guesthouse')?.type).toBe('place'));
  // City Limits (hold-out 7): a public housing development.
  const estate =
    'Wednesday is a monumental day for the New York City Housing Authority and residents at the Nostrand Houses in Sheepshead Bay, Brooklyn.';
  it('"the Nostrand Houses": a place; the housing authority stays an organisation', () => {
    expect(entityNamed(estate, 'Nostrand Houses')?.type).toBe('place');
    expect(entityNamed(estate, 'New York City Housing Authority')?.type).toBe('org');
  });
  // Near miss (hold-out 7, Washington Post): "House", singular, ends no housing estate.
  const committee =
    'Democrats on the House Select Committee on Benghazi plan to release a slew of interview transcripts in an effort to disprove Republican claims of "significant breakthroughs" in the investigation of the 2012 attacks.';
  it('"the House Select Committee on Benghazi": an organisation', () =>
    expect(entityNamed(committee, 'House Select Committee on Benghazi')?.type).toBe('org'));
});

describe('a name after a news outlet’s possessive is its journalist', () => {
  // West Journal (hold-out 7): "reported" after a name the lexicon does not know made it an organisation.
  const reporter =
    'MSNBC’s Ayman Mohyeldin reported Wednesday that Fox News anchor Megyn Kelly was seen entering Trump Tower in New York City.';
  it('"MSNBC’s Ayman Mohyeldin reported": a person; the outlet stays', () => {
    expect(entityNamed(reporter, 'Ayman Mohyeldin')?.type).toBe('person');
    expect(entityNamed(reporter, 'MSNBC')?.type).toBe('org');
  });
});

describe('a count before a capitalised plural counts things, no body', () => {
  // Breitbart (hold-out 7): the Washington Post's rating, counted.
  const rating =
    'If Republicans choose to not believe Liar-of the Year Barack Obama, the documented fact-checking frauds at the Washington Post will now award you the full-boat of four Pinocchios. Because at the Washington Post, what Obama says and promises is now the baseline for objective truth.';
  it('"four Pinocchios": no entity; the newspaper stays an organisation', () => {
    expect(entityNamed(rating, 'Pinocchios')).toBeUndefined();
    expect(entityNamed(rating, 'Washington Post')?.type).toBe('org');
  });
});

describe('an acronym spelled by the lowercase words before it abbreviates a common noun, no body', () => {
  // Dominican Today (hold-out 7): booking systems, no organisation.
  const systems =
    'The itineraries combining Air Europa flights with Iberojet will be on sale both in the global distribution systems (GDS) and on iberojet.com.';
  it('"the global distribution systems (GDS)": no entity "GDS"', () =>
    expect(entityNamed(systems, 'GDS')).toBeUndefined());
});

describe('near miss: an acronym after a body’s capitalised name', () => {
  // KXAN (a labelled page): the association's own acronym.
  const association =
    'The win at the ballot box marks a victory for the Texas Retired Teachers Association (TRTA), and association executive director Tim Lee told KXAN it’s a win retirees worked toward for years.';
  it('"the Texas Retired Teachers Association (TRTA)": the association, an organisation', () =>
    expect(entityNamed(association, 'Texas Retired Teachers Association')?.type).toBe('org'));
});

describe('an acronym alone before "and" is a complete name', () => {
  // City Limits (hold-out 7): the programme's acronym and the trust were one organisation.
  const two =
    'The PACT and Preservation Trust initiatives have been pitched as a way to drum up funding for tenants to get expedited repairs, and new appliances like cabinets and stoves, following decades of federal disinvestment in public housing nationally.';
  it('"The PACT and Preservation Trust initiatives": the trust on its own', () => {
    expect(entityNamed(two, 'PACT and Preservation Trust')).toBeUndefined();
    expect(entityNamed(two, 'Preservation Trust')?.type).toBe('org');
  });
});

describe('a name nothing else types before a programme’s noun is the programme, no entity', () => {
  // City Limits (hold-out 7): the programme past its acronym; the trust in the same sentence is a body.
  const programme =
    'One is to remain as traditional Section 9 public housing, another is to opt for private management under the Permanent Affordability Commitment Together (PACT) program, and a third is to join the New York City Public Housing Preservation Trust, a new government entity that can issue bonds to fund rehabilitation efforts.';
  it('"the Permanent Affordability Commitment Together (PACT) program": no entity; the trust stays', () => {
    expect(entityNamed(programme, 'Permanent Affordability Commitment Together')).toBeUndefined();
    expect(entityNamed(programme, 'New York City Public Housing Preservation Trust')?.type).toBe('org');
  });
});
