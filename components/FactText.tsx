// A fact's sentence with each of its values emphasised, rendered as text nodes (never as HTML).
// Only values (amounts, counts, percentages, dates, measures) are bold; named events stay plain.
import { emphasisedValues } from '../core/facts/top-facts';
import type { Fact } from '../core/types';

/** Splits `text` into plain and value parts, first occurrence of each value, in order. */
export function splitByValues(text: string, values: string[]): { text: string; value: boolean }[] {
  const marks: [number, number][] = [];
  for (const v of [...values].sort((a, b) => b.length - a.length)) {
    if (!v) continue;
    let from = 0;
    let i = text.indexOf(v, from);
    while (i >= 0 && marks.some(([s, e]) => i < e && i + v.length > s)) {
      from = i + 1;
      i = text.indexOf(v, from);
    }
    if (i >= 0) marks.push([i, i + v.length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const parts: { text: string; value: boolean }[] = [];
  let at = 0;
  for (const [s, e] of marks) {
    if (s > at) parts.push({ text: text.slice(at, s), value: false });
    parts.push({ text: text.slice(s, e), value: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), value: false });
  return parts;
}

export function FactText({ fact }: { fact: Fact }) {
  return (
    <span>
      {splitByValues(fact.text, emphasisedValues(fact)).map((p, i) =>
        p.value ? (
          <strong key={i} class="value">
            {p.text}
          </strong>
        ) : (
          p.text
        ),
      )}
    </span>
  );
}
