// The grammar of written numbers, dates and amounts: regular-expression fragments shared by finding values
// (values.ts) and normalising them (value-normalize.ts).
import { NUMBER_WORDS } from './numbers';
// Never starts inside a number ("1234" is one number, not also "234"): besides being right, this keeps every
// pattern linear on a long run of digits, where each start inside it would rescan the rest of the run.
export const NUM = String.raw`(?<!\d[,.]?)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?[½¼¾])?`;
export const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
export const WNUM = String.raw`(?:(?:${TENS})-(?:one|two|three|four|five|six|seven|eight|nine)|${NUMBER_WORDS})`;
// "2.2million contributions": the scale word is sometimes glued to the number.
export const BIG = String.raw`(?:\s?(?:thousand|million|billion|trillion)\b)`;
export const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
export const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
export const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?`;
export const UNITS = String.raw`(?:(?:square|cubic|metric|nautical|light)\s)?(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm|feet|foot|ft|inch(?:es)?|yards?|acres?|hectares?|tons?|tonnes?|kilograms?|kg|grams?|pounds?|lbs?|ounces?|oz|barrels?|gallons?|lit(?:er|re)s?|degrees?|mph|knots?|(?:kilo|mega|giga)?watts?|kWh|MW|GW|volts?|calories?|(?:mega|giga|tera)?bytes?|GB|TB|MB|pixels?)`;
export const TIME_UNITS = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)`;
export const CURRENCY_WORDS = String.raw`(?:dollars|euros|pounds sterling|yen|yuan|renminbi|rubles|roubles|rupees|francs|pesos|won)`;
