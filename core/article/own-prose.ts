// A block's own prose, the detector's unit of measure: the text of a block's text nodes and inline children, in
// Latin-letter equivalents, with the share in links. Kept apart from the walk over the page (page-measure.ts) that
// calls it on every block.
import { isDateStamp, isPriceText, isResultsCounter } from './page-signals';

/** Paragraphs shorter than this (characters) are teasers, labels or captions, not article prose… */
const PROSE_MIN = 80;
/**
 * …unless a <p> of one short sentence (this long at least) sits in a run of longer paragraphs: news is written in
 * paragraphs of one sentence ("Both players were voted as starters in fan balloting."), and a short item is half
 * such lines. Counted only toward a run that holds a paragraph of prose (since run U), never as a run of its own.
 */
const SHORT_SENTENCE_MIN = 40;

/** A results counter's line is short ("Showing 1-17 of 17" is the shortest kind; a long line is a sentence). */
const COUNTER_MIN_CHARS = 10;
const COUNTER_MAX_CHARS = 120;

/** Block elements whose own text (text nodes and inline children) can be a paragraph of prose. */
export const TEXT_BLOCKS = new Set([
  'p',
  'div',
  'td',
  'li',
  'dd',
  'pre',
  'blockquote',
  'section',
  'article',
  'main',
  'center',
]);
/** Inline children counted as part of their block's own text. */
const INLINE = new Set([
  'a',
  'b',
  'i',
  'em',
  'strong',
  'span',
  'font',
  'small',
  'u',
  'sup',
  'sub',
  'abbr',
  'cite',
  'q',
  'time',
  'mark',
  'code',
  'big',
  'tt',
  'var',
  'ins',
  'del',
  's',
  'label',
  'nobr',
]);
/**
 * Sentence punctuation: prose has it, menus and link lists rarely do. Latin stops before a space, a quote or the end;
 * the stops of scripts written without spaces after them (CJK's full-width stops, Devanagari's danda, Urdu's full
 * stop, Armenian's, Ethiopic's, Myanmar's, Khmer's and Tibetan's) wherever they stand (since run Z: "肉をくわえたイヌが、
 * 橋を渡っていました。ふと下を見ると" has its stop between two letters); Arabic's question mark; Korean's "다.";
 * and Thai and Lao, which mark no sentence end at all, by a clause of 30 letters without a space (their words are
 * not spaced, so a menu item is a few letters, a sentence's clause dozens).
 */
const SENTENCE = /[.!?؟][\s"'”’»)]|[.!?]$|[。！？।॥۔։።။។།]|다\.|[\u0e00-\u0eff]{30}/;
/** Chinese, Japanese and Korean script: a character there carries about what two Latin letters do. */
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Blocks that an inline wrapper holds in old markup (`<font><p>…</p></font>`); each is measured on its own. */
const WRAPPED_BLOCKS = new Set(['p']);

/** What an inline element holds: the text of its links, of its scripts, and of paragraphs set inside it. */
interface InlineContent {
  linkChars: number;
  scriptChars: number;
  blockChars: number;
}

/** One walk over an inline element's descendants (no live collections: they cost more in DOMs written in JS). */
function inlineContent(root: Element): InlineContent {
  const out: InlineContent = { linkChars: 0, scriptChars: 0, blockChars: 0 };
  let el: Element | null = root.firstElementChild;
  while (el && el !== root) {
    const tag = el.localName;
    let first: Element | null = null;
    if (WRAPPED_BLOCKS.has(tag)) out.blockChars += (el.textContent ?? '').trim().length;
    else if (tag === 'a') out.linkChars += (el.textContent ?? '').trim().length;
    else if (tag === 'script') out.scriptChars += (el.textContent ?? '').length;
    else first = el.firstElementChild;
    if (first) {
      el = first;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return out;
}

/**
 * A block's own prose: the text of its text nodes and inline children (a <p>'s whole text), with the share in links
 * and the number of paragraphs its <br> pairs mark. Null when it is not prose (short, mostly links, no sentence);
 * `short` when it is a <p> of one short sentence, which counts only beside longer paragraphs of its run.
 * Adds the block's characters, its link characters, its price tags, its date stamps and its results counter to the
 * page's totals in `page`.
 */
export function ownProse(
  el: Element,
  page: { chars: number; linkChars: number; prices: number; dates: number; counters: number },
): { chars: number; paragraphs: number; short?: true } | null {
  let chars = 0;
  /** The block's own text while it is short enough to be a results counter ("Results <b>1 - 10</b> of <b>89</b>"). */
  let own = '';
  let linkChars = 0;
  let breaks = 0;
  let sentence = false;
  let dense: boolean | null = null;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const t = n.nodeValue ?? '';
      const trimmed = t.trim();
      chars += trimmed.length;
      if (own.length <= COUNTER_MAX_CHARS) own += ` ${trimmed}`;
      if (trimmed.length <= 16 && isPriceText(trimmed)) page.prices++;
      else if (isDateStamp(trimmed)) page.dates++;
      if (dense === null && chars >= 10) dense = DENSE_SCRIPT.test(t);
      if (!sentence && chars >= 20) sentence = SENTENCE.test(t);
    } else if (n.nodeType === 1) {
      const c = n as Element;
      const tag = c.localName;
      if (tag === 'br') breaks++;
      else if (INLINE.has(tag)) {
        const inner = tag !== 'a' && c.firstElementChild ? inlineContent(c) : null;
        const t = c.textContent ?? '';
        let len = t.trim().length;
        if (own.length <= COUNTER_MAX_CHARS) own += ` ${t.trim()}`;
        if (len <= 16 && isPriceText(t.trim())) page.prices++;
        else if (len <= 60 && isDateStamp(t.trim())) page.dates++;
        if (tag === 'a') linkChars += len;
        else if (inner) {
          linkChars += inner.linkChars;
          // textContent includes scripts: tag managers hide kilobytes of code in inline <span>s. And old pages wrap
          // whole stories in a <font>: its paragraphs are measured as blocks of their own, and their text is not this
          // block's (counted here too, it made one run of the page's title, rails and story).
          len = Math.max(0, len - inner.scriptChars - inner.blockChars);
        }
        chars += len;
        if (dense === null && tag !== 'a' && len >= 10) dense = DENSE_SCRIPT.test(t);
        if (!sentence && tag !== 'a' && len >= 20) sentence = SENTENCE.test(t);
      }
    }
  }
  if (
    chars >= COUNTER_MIN_CHARS &&
    own.length <= COUNTER_MAX_CHARS &&
    // Most short blocks (menu items, labels) have no digit: the counter's test is skipped for them.
    /\d/.test(own) &&
    isResultsCounter(own.replace(/\s+/g, ' ').trim())
  )
    page.counters++;
  // Lengths are in Latin-letter equivalents, so the thresholds hold for CJK text too.
  const weight = dense ? 2 : 1;
  page.chars += chars * weight;
  page.linkChars += linkChars * weight;
  if (!sentence || chars * weight < SHORT_SENTENCE_MIN || linkChars / chars > 0.5) return null;
  const short = chars * weight < PROSE_MIN;
  if (short && (el.localName !== 'p' || breaks > 0)) return null;
  if (el.hasAttribute('hidden') || /display:\s*none/i.test(el.getAttribute('style') ?? '')) return null;
  const prose = { chars: (chars - linkChars) * weight, paragraphs: 1 + Math.floor(breaks / 2) };
  return short ? { ...prose, short } : prose;
}
