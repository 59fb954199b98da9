// Numbers that are not specifics (docs/extraction.md, "Key facts": not enough on their own, not specifics at all):
// times of day, model, phone and index numbers, handles and URLs, masked before values.ts looks for values.

/**
 * Model numbers and codes ("COVID-19", "F-35A", "A380"): a hyphenated token with a digit and a letter in it (checked
 * on the match by {@link isCode}: lookaheads here rescanned the rest of a long hyphenated run from every word
 * boundary in it), or letters followed by digits.
 */
const CODE_MASK = /\b[A-Za-z\d]+(?:-[A-Za-z\d]+)+\b|\b[A-Za-z]+\d+[A-Za-z\d]*\b/g;
const isCode = (token: string) => /\d/.test(token) && /[A-Za-z]/.test(token);

/** Things that look numeric but are not specifics: times of day, model and phone numbers, handles, URLs. */
const MASKS: RegExp[] = [
  /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|\b\d{1,2}:\d{2}\b|\b\d{3,4}\s?(?:GMT|UTC|EST|EDT|PST|PDT|CET|BST)\b/g,
  /\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
  /(?:https?:\/\/|www\.)\S+|@\w+|#\w+/g,
  CODE_MASK,
  // "the S.&P. 500", "the Standard & Poor's 500-stock index", "the FTSE 100", "the 10-year Treasury note": a stock
  // index or a bond named with a number is a name, not a count.
  /\b(?:S\.?&\s?P\.?|Standard (?:&|and) Poor['’]s)[\s-]?500(?:-stock\b)?|\b(?:FTSE|Nasdaq|Russell|Nikkei|DAX|CAC|Stoxx|ASX|TSX)\s\d{2,4}\b(?![.,]\d)|\b\d{1,2}-year(?= Treasury\b)/g,
];

/** Greenhouse and common gases written as formulas: "16 million metric tons of CO2". */
const FORMULA = /^(?:CO2|CH4|N2O|SO2|NO2|H2O)$/;

/** Ranges of `text` where numbers are not specifics. */
export function maskedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const re of MASKS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "CO2", "CH4": a gas written as its formula is no model number.
      if (re === CODE_MASK && (!isCode(m[0]) || FORMULA.test(m[0]))) continue;
      // "180-day" and "21-year-old" are specifics, not model numbers.
      if (re === CODE_MASK && /^\d[\d,.]*-[a-z]+(?:-[a-z]+)*$|^(?:early|mid|late|pre|post)-\d{4}s?$/i.test(m[0]))
        continue;
      out.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}
