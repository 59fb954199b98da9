// Embedded social posts inside the article's blocks (docs/extraction.md, "Key facts": never facts: a post's author
// line; a post's text is its author's words, as a quotation is its speaker's, so its specifics are not the article's).

/**
 * A post's markup as text sources keep it: PolNeAR's `<tweet id=… author=… datetime=…>…</tweet>` (or closed by
 * `<tweet/>`), whose attributes may run over a line break.
 */
const POST_OPEN = /<tweet\b[^>]*>/g;
const POST_CLOSE = /<\/tweet>|<tweet\s*\/>/g;
/**
 * The signature a Twitter embed ends with once its markup is gone: "— Donald J. Trump (@realDonaldTrump) June 29,
 * 2016". The post's text runs from its block's start to here.
 */
const POST_SIGNATURE =
  /[—–]{1,2}\s?[^\n()—–]{1,60}\s\(@\w{1,15}\)\s(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s\d{1,2},\s\d{4}/g;

/** The embedded posts of one block, as [start, end) ranges, and whether a post is still open at its end. */
export interface EmbeddedPosts {
  ranges: Array<[number, number]>;
  open: boolean;
}

/**
 * The ranges of `text` that are an embedded post: from a post's opening markup (or the block's start, when a post
 * opened in an earlier block is still `open`) to its closing markup, and from the block's start to a post's
 * signature. Never mutates its input.
 */
export function embeddedPosts(text: string, open: boolean): EmbeddedPosts {
  const ranges: Array<[number, number]> = [];
  if (!open && !text.includes('<tweet') && !text.includes('(@')) return { ranges, open };
  let from = open ? 0 : -1;
  let pos = 0;
  for (;;) {
    if (from < 0) {
      POST_OPEN.lastIndex = pos;
      const m = POST_OPEN.exec(text);
      if (!m) break;
      from = m.index;
      pos = m.index + m[0].length;
    }
    POST_CLOSE.lastIndex = pos;
    const c = POST_CLOSE.exec(text);
    if (!c) break;
    ranges.push([from, c.index + c[0].length]);
    from = -1;
    pos = c.index + c[0].length;
  }
  if (from >= 0) ranges.push([from, text.length]);
  POST_SIGNATURE.lastIndex = 0;
  for (let m = POST_SIGNATURE.exec(text); m; m = POST_SIGNATURE.exec(text)) ranges.push([0, m.index + m[0].length]);
  return { ranges, open: from >= 0 };
}
