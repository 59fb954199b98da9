// Normalisers behind the metadata: dates to ISO 8601, bylines to names, date-only lines recognised.
import { describe, expect, it } from 'vitest';
import { cleanByline, isDateLine, isFurnitureText, normalizeDate, splitAuthors } from '../../../core/article/index';

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
    ['', null],
  ];
  for (const [input, want] of cases) it(`${JSON.stringify(input)} → ${want}`, () => expect(normalizeDate(input)).toBe(want));
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
  for (const [input, want] of cases) it(`${JSON.stringify(input)} → ${want}`, () => expect(cleanByline(input)).toBe(want));
  it('splits a list of names', () => expect(splitAuthors('Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']));
});

describe('furniture lines', () => {
  const yes = ['Advertisement', 'Published under: China , Russia', 'Xi Jinping, Vladimir Putin / AP', 'Updated 3:04 PM ET, Mon March 3, 2017', 'Sign up for our daily newsletter', 'Share this article', 'Photo: Jane Doe for The Times', 'Read more: Tunisia’s Islamists get a sobering lesson'];
  const no = ['Officials said the bridge would reopen next month.', 'The report assessed poverty levels, income and wealth inequality.', '“We have nothing to fear,” he said.', 'Subscribers to the service will pay more. The company said prices rise in May.'];
  for (const s of yes) it(`drops ${JSON.stringify(s)}`, () => expect(isFurnitureText(s)).toBe(true));
  for (const s of no) it(`keeps ${JSON.stringify(s)}`, () => expect(isFurnitureText(s)).toBe(false));
  it('knows a date line', () => expect(isDateLine('May 11, 2015')).toBe(true));
});
