// Where a key fact's sentence begins and ends (docs/extraction.md, "Key facts": span): a number before a period,
// a quotation running over a sentence boundary, a quoted question before its attribution. Real sentences from
// PolNeAR and the labelled sets; each near miss is a split that must stay.
import { describe, expect, it } from 'vitest';
import { extractKeyItems } from '../../../core/facts/index';
import { splitSentences } from '../../../core/facts/sentences';
import type { Block } from '../../../core/types';

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}
function factTextsOf(text: string): string[] {
  const block: Block = {
    type: 'p',
    text,
    selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
  };
  return extractKeyItems({ title: 'Test', blocks: [block] })
    .facts.sort((a, b) => a.source.start - b.source.start)
    .map((f) => f.text);
}

describe('a number before a period', () => {
  it.each([
    [
      'The current delegate count is Donald Trump 384, Sen. Ted Cruz 300, Rubio 151, and Kasich 37. To secure the GOP nomination during the primaries, a candidate must win 1,237 delegates.',
      2,
    ],
    ['She was 92. Her son John gained attention in 1992 when a gay activist revealed it.', 2],
    ['Ted Cruz has 11 delegates and Rubio has 10. Three delegates remain to be allocated.', 2],
  ])('ends the sentence after a word: %s', (text, n) => {
    expect(sentencesOf(text)).toHaveLength(n);
  });

  it.each([
    ['The overall rankings of the countries were as follows: 1. Finland 2. Norway 3. Australia 4. Canada', 1],
    ['Do these two things: 1. Register online. 2. Vote early.', 2],
  ])('near miss, a numbered item stays with its item: %s', (text, n) => {
    expect(sentencesOf(text)).toHaveLength(n);
    for (const s of sentencesOf(text)) expect(s).not.toMatch(/\d\.$/);
  });
});

describe('a dash after a sentence mark', () => {
  it.each([
    [
      "So says a booming voice at the end of ''Hail, Caesar!'' -- a movie set for release by Universal Pictures on Feb. 5.",
    ],
    [
      'Advisers to four remaining mainstream candidates - former Florida governor Jeb Bush, New Jersey Gov. Chris Christie, Ohio Gov. John Kasich and Sen. Marco Rubio (Fla.) - discount either of those outcomes.',
    ],
  ])('a dash and a lowercase word go on with the sentence: %s', (text) => {
    expect(sentencesOf(text)).toHaveLength(1);
  });

  it('near miss: a dash and a capital open an item (PolNeAR train: west-journal)', () => {
    const text =
      '— Lower the corporate income tax and bring back hundreds of billions of offshore dollars to the United States. — Continue fracking, which the left, in its science-rejecting hysteria, opposes.';
    expect(sentencesOf(text)).toHaveLength(2);
  });
});

describe('quotations in a fact sentence', () => {
  it('a quotation opened in the sentence runs to its closing mark', () => {
    const text =
      "In 2010 she said of gay couples: ''Nobody's stopping them from shacking up. The problem is that they are trying to make us respect them.''";
    expect(factTextsOf(text)).toEqual([text]);
  });

  it('a quoted question runs on through its attribution', () => {
    const text =
      "''What does that mean, he kept the country safe after 9/11?'' Mr. Trump asked, repeating a broadside - that the 43rd president was responsible for the terrorist attacks of Sept. 11, 2001.";
    expect(factTextsOf(text)).toEqual([text]);
  });

  it('near miss: a sentence after a closed quotation is its own', () => {
    const first = 'Ms. Gedrich said she sent more than 50 men a day the same text: “Do you feel the bern?”';
    const second = 'She has done so since 2015.';
    expect(factTextsOf(`${first} ${second}`)).toEqual([first, second]);
  });

  it('near miss: a quoted question followed by a sentence that is not its attribution', () => {
    const text = '“Who do they think they are?” Apple balked at hacking an iPhone used in a 2015 shooting.';
    expect(factTextsOf(text)).toEqual(['Apple balked at hacking an iPhone used in a 2015 shooting.']);
  });

  it('near miss: a quotation running on into the next paragraph merges nothing', () => {
    const text = 'In 2012 he wrote: “We will win. We have 40 volunteers in every county.';
    const block = (t: string): Block => ({
      type: 'p',
      text: t,
      selector: { type: 'TextQuoteSelector', exact: t, prefix: '', suffix: '' },
    });
    const facts = extractKeyItems({ title: 'Test', blocks: [block(text), block('“And we will keep them.”')] }).facts;
    expect(facts.map((f) => f.text)).toEqual(['In 2012 he wrote: “We will win.']);
  });
});

describe('embedded posts', () => {
  const block = (t: string): Block => ({
    type: 'p',
    text: t,
    selector: { type: 'TextQuoteSelector', exact: t, prefix: '', suffix: '' },
  });
  const factsOf = (...texts: string[]) =>
    extractKeyItems({ title: 'Test', blocks: texts.map(block) }).facts.map((f) => f.text);

  it("a post's markup, text and author line give no fact (hold-out 6: PolNeAR breitbart)", () => {
    const post =
      '<tweet id="768166957728358400" author="@AP" datetime="2016-08-23">BREAKING: AP analysis: More than half those who met Clinton as Cabinet secretary gave money to Clinton Foundation. — The Associated Press (@AP) August 23, 2016</tweet>.';
    expect(factsOf(post)).toEqual([]);
  });

  it('a post whose markup runs over a line break (hold-out 5: PolNeAR west-journal)', () => {
    const post =
      '<tweet tweet-author="@tedcruz" tweet-date="January 19, 2016\n">I love @SarahPalinUSA Without her support, I wouldn’t be in the Senate. Regardless of what she does in 2016, I will always be a big fan.<tweet/>.';
    expect(factsOf(post)).toEqual([]);
  });

  it("a post's signature without its markup, as a Twitter embed leaves it (hold-out 3: PolNeAR breitbart)", () => {
    const post =
      'Rape conviction? No problem! Team Trump reportedly wants Mike Tyson at GOP convention https://t.co/8FtYoYE0G3 — Twitchy Team (@TwitchyTeam) June 28, 2016';
    expect(factsOf(post)).toEqual([]);
  });

  it('near miss: the prose before and after a post is the article’s (hold-out 5: PolNeAR west-journal)', () => {
    const before =
      'Meanwhile in Ohio, Kasich has also been surging and has pulled within 4 points of the GOP frontrunner, according to the Real Clear Politics average of recent polls.';
    const post =
      '<tweet tweet-author="@mmurraypolitics" tweet-date="March 7, 2016">The delegate math: Why Florida and Ohio are so important to Trump<tweet/>.';
    const after =
      'As reported by Western Journalism, there are 150 delegates at stake in Tuesday night’s contests in Michigan, Mississippi, Idaho, and Hawaii.';
    expect(factsOf(before, post, after).sort()).toEqual([after, before]);
  });
});

describe("an article's deck", () => {
  const block = (t: string): Block => ({
    type: 'p',
    text: t,
    selector: { type: 'TextQuoteSelector', exact: t, prefix: '', suffix: '' },
  });
  const factsOf = (...texts: string[]) =>
    extractKeyItems({ title: 'Test', blocks: texts.map(block) })
      .facts.sort((a, b) => a.source.block - b.source.block)
      .map((f) => f.text);
  const lead =
    'With five days remaining until the Iowa caucuses, Democratic presidential candidate Bernie Sanders took a brief detour from the campaign trail Wednesday to meet one on one at the White House with the man he is seeking to succeed.';

  it('a first paragraph of one short sentence is the headline’s summary (hold-out 5: PolNeAR wash-post)', () => {
    expect(factsOf('Sanders praises Obama after 45-minute meeting on policy and politics.', lead)).toEqual([lead]);
  });

  it('near miss: a lead of a dozen words or more is prose (PolNeAR train: politico)', () => {
    const first = 'Ted Cruz has won the Wisconsin Republican primary, according to three television networks.';
    expect(factsOf(first, lead)).toEqual([first, lead]);
  });
});
