// Whether a page names its subject: its title repeated in a heading or in an element classed as a headline. Read by
// the walk of page-measure.ts once it has gathered the page's headings.

/** Lower case letters and digits only, for comparing a title with a heading. */
export function comparableText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether one of the first 30 headings repeats the document's title (or the title contains it), or an element classed
 * as a headline holds the title's words and little else (not a site header around the name). Both sides 12
 * characters or more once compared: a short title or heading matches too much.
 */
export function isTitleInHeading(docTitle: string, headings: Element[], namedHeadlines: Element[]): boolean {
  const title = comparableText(docTitle);
  if (title.length < 12) return false;
  return (
    headings.slice(0, 30).some((h) => {
      const t = comparableText(h.textContent ?? '');
      return t.length >= 12 && (title.includes(t) || t.includes(title));
    }) ||
    namedHeadlines.some((h) => {
      const t = comparableText(h.textContent ?? '');
      return t.length >= 12 && t.length <= 200 && title.includes(t);
    })
  );
}
