// How an extracted quote is shown and exported: between the marks its page used („…“, «…», 「…」), read back from
// the quote's selector (its prefix ends with the opening mark, its suffix starts with the closing one). Pure, tiny:
// the popup, the sidebar and the exports import it without the fact engine.

/** Opening marks and the closing mark each usually takes. Straight marks are shown as typographic ones. */
const PAIRS: Readonly<Record<string, readonly [string, string]>> = {
  '“': ['“', '”'],
  '"': ['“', '”'],
  '„': ['„', '“'],
  '«': ['«', '»'],
  '»': ['»', '«'],
  '「': ['「', '」'],
  '『': ['『', '』'],
  '‹': ['‹', '›'],
  '‘': ['‘', '’'],
  "'": ['‘', '’'],
  '‚': ['‚', '‘'],
};
const CLOSERS = new Set(['”', '“', '»', '«', '」', '』', '›', '‹', '’', '‘']);

/**
 * The opening and closing marks to show around a quote: the ones written on the page where the selector shows them
 * (a closing mark as written, so Polish „…” and German „…“ both stay as printed), else “ and ”.
 */
export function quoteMarks(selector: { prefix?: string; suffix?: string } | null | undefined): [string, string] {
  const pair = PAIRS[selector?.prefix?.slice(-1) ?? ''];
  if (!pair) return ['“', '”'];
  const written = selector?.suffix?.[0];
  return [pair[0], written && CLOSERS.has(written) ? written : pair[1]];
}

/** A quote's text between its marks, as {@link quoteMarks} chooses them. */
export function inMarks(text: string, selector: { prefix?: string; suffix?: string } | null | undefined): string {
  const [open, close] = quoteMarks(selector);
  return `${open}${text}${close}`;
}
