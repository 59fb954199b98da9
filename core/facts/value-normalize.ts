// Normalised forms of the values values.ts finds, so that two ways of writing one value compare equal
// ("$400 billion" and "400bn dollars" → "400000000000 USD"; "Nov. 6 to 10" → "--11-06/--11-10").
import type { FactValueKind } from '../types';
import { formatNumber, parseNumber, parseOrdinal } from './numbers';
import { BIG, NUM, WNUM } from './value-grammar';

const CURRENCY: Array<[RegExp, string]> = [
  [/US\$|\$|dollars/i, 'USD'],
  [/€|euros/i, 'EUR'],
  [/£|pounds/i, 'GBP'],
  [/¥|yen/i, 'JPY'],
  [/yuan|renminbi/i, 'CNY'],
  [/rubles|roubles/i, 'RUB'],
  [/₹|rupees/i, 'INR'],
  [/francs/i, 'CHF'],
  [/pesos/i, 'MXN'],
  [/won/i, 'KRW'],
];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Leading number (digits or words, with magnitude) of a written value. */
function leadingNumber(s: string): number | null {
  const m = new RegExp(String.raw`(?:${NUM}|${WNUM})(?:${BIG}|(?:bn|mn|m|k|K|tn)\b)?`, 'i').exec(s);
  return m ? parseNumber(m[0].replace(/[\s-]+$/, '')) : null;
}

/** Normalised form of a value for comparison ("400000000000 USD", "2015-05-11", "2018/2048"). */
export function normalize(kind: FactValueKind, written: string): string {
  const s = written.replace(/\s+/g, ' ');
  const n = leadingNumber(s);
  switch (kind) {
    case 'money': {
      const cur = CURRENCY.find(([re]) => re.test(s))?.[1] ?? '';
      const prefix = /^(C|A|NZ|HK|S)\$/.exec(s)?.[1];
      return `${n === null ? s : formatNumber(n)} ${prefix ? prefix + 'D' : cur}`.trim();
    }
    case 'percent': {
      const share = /\b(?:(a|one|two|three)[\s-](third|quarter|fifth)s?|(half))(?:\sof\b|$)/i.exec(s);
      if (share) {
        const times = { a: 1, one: 1, two: 2, three: 3 }[(share[1] ?? 'a').toLowerCase()] ?? 1;
        const part = share[3] ? 50 : { third: 100 / 3, quarter: 25, fifth: 20 }[share[2]!.toLowerCase()]!;
        return `${formatNumber(Math.round(times * part * 10) / 10)}%`;
      }
      // "6 in 10", "one out of five": the part over the whole.
      const inWhole = /^(.+?)\s(?:in|out of)\s(.+)$/i.exec(s);
      const part = inWhole ? parseNumber(inWhole[1]!) : null;
      const whole = inWhole ? parseNumber(inWhole[2]!) : null;
      if (part !== null && whole) return `${formatNumber(Math.round((part / whole) * 1000) / 10)}%`;
      return n === null ? s : `${formatNumber(n)}%`;
    }
    case 'quantity':
    case 'count': {
      // "one email account" (after "only"): "one" is left out of the number words, where it is mostly a pronoun.
      if (/^one\s/i.test(s)) return `1 ${s.slice(4).toLowerCase()}`;
      // "a double-digit advantage": a margin from 10 to 99.
      const digits = /^(double|triple)(?:\sdigits|-digit)\s?(.*)$/i.exec(s);
      if (digits)
        return `${digits[1]!.toLowerCase() === 'double' ? '10-99' : '100-999'} ${digits[2]!.toLowerCase()}`.trim();
      const pow = /^(\d+)\^(\d+)(?:\s?([-+])\s?(\d+))?$/.exec(s);
      if (pow) {
        const base = Number(pow[1]) ** Number(pow[2]);
        return formatNumber(pow[3] === '-' ? base - Number(pow[4]) : pow[3] === '+' ? base + Number(pow[4]) : base);
      }
      const rest = s.replace(
        new RegExp(String.raw`^.*?(?:${NUM}|${WNUM})(?:${BIG}|(?:bn|mn|m|k|K|tn)\b)?[\s-]?`, 'i'),
        '',
      );
      const rate = /\s(?:each|per|a|every)\s(\w+)$/.exec(rest);
      const unit = rest.replace(/\s(?:each|per|a|every)\s\w+$/, '').toLowerCase();
      return `${n === null ? '?' : formatNumber(n)} ${unit}${rate ? '/' + rate[1] : ''}`.trim();
    }
    case 'duration': {
      const unit = /(second|minute|hour|day|week|month|year|decade|centur)/i.exec(s)?.[1]?.toLowerCase() ?? '';
      const code: Record<string, string> = {
        second: 'S',
        minute: 'M',
        hour: 'H',
        day: 'D',
        week: 'W',
        month: 'M',
        year: 'Y',
      };
      // "20" of "20 and 50 years": the first figure of a span has its unit after the second.
      if (!unit) return n === null ? s : formatNumber(n);
      if (unit === 'decade' && n !== null) return `P${formatNumber(n * 10)}Y`;
      if (unit === 'centur' && n !== null) return `P${formatNumber(n * 100)}Y`;
      const time = unit === 'second' || unit === 'minute' || unit === 'hour';
      const count = n ?? (/^(?:a|one)\s/i.test(s) ? 1 : null);
      return count === null ? s : `P${time ? 'T' : ''}${formatNumber(count)}${code[unit] ?? ''}`;
    }
    case 'age':
      return /ages of (\d+) and (\d+)/.exec(s)?.slice(1).join('/') ?? (n === null ? s : formatNumber(n));
    case 'ordinal': {
      const first = s.split(/[\s-]/)[0] ?? s;
      const o = parseOrdinal(first);
      return o === null ? s : String(o);
    }
    case 'date':
      return normalizeDate(s);
    case 'period': {
      const days = dayRange(s);
      if (days) return days;
      const years = s.match(/\d{4}|\d{2}$/g);
      if (/\d0s$/i.test(s)) {
        const decade = Number(/(\d{4})s/i.exec(s)![1]);
        const part = /early/i.test(s) ? [0, 3] : /mid/i.test(s) ? [3, 6] : /late/i.test(s) ? [6, 9] : [0, 9];
        return `${decade + part[0]!}/${decade + part[1]!}`;
      }
      if (years && years.length >= 2) {
        const a = years[0]!;
        const b = years[1]!.length === 2 ? a.slice(0, 2) + years[1] : years[1]!;
        return `${a}/${b}`;
      }
      return s;
    }
    case 'event':
      return s.replace(/^the /i, '');
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * ISO 8601 for a range of days ("between Oct. 30 and Nov. 9" → "--10-30/--11-09", "Nov. 6 to 10" → "--11-06/--11-10",
 * "March 17-20, 2016" → "2016-03-17/2016-03-20"), or null when `s` is not one.
 */
function dayRange(s: string): string | null {
  if (!MONTHS.some((m) => new RegExp(`\\b${m}`, 'i').test(s)) || !/\d/.test(s)) return null;
  const parts = s.replace(/^(?:between|from)\s/i, '').split(/\s(?:and|to|through|until)\s|\s?[-–]\s?/);
  if (parts.length !== 2) return null;
  let [a, b] = parts as [string, string];
  const year = /\b\d{4}\b/.exec(b)?.[0] ?? /\b\d{4}\b/.exec(a)?.[0];
  if (/^\d/.test(b)) b = `${a.split(' ')[0]} ${b}`;
  if (year && !a.includes(year)) a = `${a.replace(/,$/, '')}, ${year}`;
  if (year && !b.includes(year)) b = `${b.replace(/,$/, '')}, ${year}`;
  return `${normalizeDate(a)}/${normalizeDate(b)}`;
}

/** ISO 8601 for a written date: full date, year-month, or year. */
function normalizeDate(s: string): string {
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(s);
  if (slash) {
    const y = slash[3]!.length === 2 ? '20' + slash[3] : slash[3]!;
    return `${y}-${pad(Number(slash[1]))}-${pad(Number(slash[2]))}`;
  }
  if (/^\d{4}-\d\d-\d\d$/.test(s)) return s;
  const monthIdx = MONTHS.findIndex((m) => new RegExp(`\\b${m}`, 'i').test(s));
  const year = /\b(\d{4})\b/.exec(s)?.[1];
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/.exec(s.replace(/\b\d{4}\b/, ''))?.[1];
  if (monthIdx < 0) return year ?? s;
  const mm = pad(monthIdx + 1);
  if (year && day) return `${year}-${mm}-${pad(Number(day))}`;
  if (year) return `${year}-${mm}`;
  return day ? `--${mm}-${pad(Number(day))}` : s;
}
