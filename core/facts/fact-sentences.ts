// A key fact's span (docs/extraction.md, "Key facts": "the whole sentence as written") around quotations: the
// sentence splitter cuts at every ". " and "? ", also inside quote marks, where a fact's sentence runs on.
import type { SentenceSpan } from './sentences';

/** "Mr. Trump asked", "Sen. Ted Cruz said": a reporting clause opening the text after a quoted question. */
const ATTRIBUTION_OPENING =
  /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator)\.?\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}\s(?:said|says|asked|asks|added|adds|wrote|writes|replied|continued|told|tweeted|wondered|shouted|declared|insisted)\b/u;
/** A quotation's closing mark, at the end of its span. */
const CLOSED = /["”’»」']$/;

/**
 * The sentences of one block as a fact spans them: a sentence in which a quotation opens runs to its closing mark
 * ("In 2010 she said of gay couples: ''Nobody's stopping them … . The problem is …''" is one sentence), and a quoted
 * question or exclamation runs on through the attribution after it ("''What does that mean …?'' Mr. Trump asked,
 * …"). `quoted` lists the block's quote spans (marks included). A quotation with no closing mark in the block (a
 * quote running on into the next paragraph) merges nothing. Never mutates its inputs.
 */
export function factSentences(
  text: string,
  sentences: readonly SentenceSpan[],
  quoted: ReadonlyArray<readonly [number, number]>,
): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (let i = 0; i < sentences.length; i++) {
    let { start, end } = sentences[i]!;
    for (;;) {
      const next = sentences[i + 1];
      if (!next) break;
      // A quotation opened in this sentence and closed after the next one starts: the boundary is inside it.
      const runsOn = quoted.some(
        ([a, b]) => a >= start && a < end && b > next.start && CLOSED.test(text.slice(b - 1, b)),
      );
      const askedBy =
        /[?!](?:''|["”’])$/.test(text.slice(start, end)) && ATTRIBUTION_OPENING.test(text.slice(next.start));
      if (!runsOn && !askedBy) break;
      end = next.end;
      i++;
    }
    out.push({ start, end });
  }
  return out;
}
