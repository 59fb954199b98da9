// What the page adds without changing a word (red team 38, D3/D7/D8/D9): a hyphenation script's soft hyphens, a
// thin space for a space. The saved passages of the anchoring fixtures (real articles) are found exactly on the page
// so edited, their ranges cover the same words, soft hyphens inside them included; a changed word still is not exact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorInText, anchorMany, buildTextModel, describeTextRange } from '../../../core/anchoring/index';
import type { Selector } from '../../../core/types';
import type { SavedPassage } from '../../fixtures/anchoring/generate';
import { FIXTURE_DIR, FIXTURE_SLUGS, readFixtureHtml } from '../../fixtures/anchoring/load-page';
import { useTestDocuments } from '../../fixtures/anchoring/test-documents';

const { load } = useTestDocuments();

const SHY = '\u00ad';
const withoutShy = (s: string): string => s.replaceAll(SHY, '');

/** Rewrites every text node of `body` (not in script or style) with `edit`, as a script run on load does. */
function editText(body: HTMLElement, edit: (s: string) => string): void {
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const n of nodes) if (!/^(SCRIPT|STYLE)$/i.test(n.parentNode?.nodeName ?? '')) n.data = edit(n.data);
}

/** Client-side hyphenation as Hyphenopoly does it: a soft hyphen between syllables of each long word (here: every 4 letters past the 4th). */
const hyphenated = (s: string): string =>
  s.replace(
    /\p{L}{8,}/gu,
    (w) =>
      w.slice(0, 4) +
      w
        .slice(4)
        .replace(/(\p{L}{4})(?=\p{L}{2})/gu, `$1${SHY}`)
        .replace(/^/, SHY),
  );
/** A soft hyphen after every two letters (red team 38, D3). */
const dense = (s: string): string => s.replace(/(\p{L}{2})(?=\p{L})/gu, `$1${SHY}`);
/** Every second space a thin space, as typography scripts write one before a colon or inside a figure (D7). */
const thinSpaces = (s: string): string => {
  let k = 0;
  return s.replace(/(?<=\S) (?=\S)/g, () => (k++ % 2 ? '\u2009' : ' '));
};

const EDITS: Record<string, (s: string) => string> = {
  'a soft hyphen in each long word (a hyphenation script)': hyphenated,
  'thin spaces for spaces': thinSpaces,
};

function saved(slug: string): SavedPassage[] {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, slug, 'selectors.json'), 'utf8')) as SavedPassage[];
}

describe.each(FIXTURE_SLUGS)('saved page %s', (slug) => {
  it.each(Object.keys(EDITS))('every passage is found exactly after %s', (name) => {
    const doc = load(readFixtureHtml(slug));
    const passages = saved(slug);
    editText(doc.body, EDITS[name]!);
    const anchors = anchorMany(
      doc.body,
      passages.map((p) => p.selectors),
    );
    const model = buildTextModel(doc.body);
    const fold = (s: string): string => withoutShy(s).replace(/\u2009/g, ' ');
    anchors.forEach((a, i) => {
      const quote = passages[i]!.selectors[0].exact;
      expect(a, `passage ${i}: ${quote}`).not.toBeNull();
      expect(a!.confidence, `passage ${i}: ${quote}`).toBe('exact');
      // The range covers the page's characters for those words, the soft hyphens among them, no more, no fewer.
      const start = model.offsetOf(a!.range.startContainer, a!.range.startOffset);
      const end = model.offsetOf(a!.range.endContainer, a!.range.endOffset);
      expect(fold(model.text.slice(start, end)), `passage ${i}`).toBe(fold(quote));
    });
  });
});

describe('the comparison folds only what a reader cannot tell apart', () => {
  const TEXT =
    'Despite many differences and possible points of contention, China and Russia are united by a major strategic ' +
    'interest: disrupting the United States. Beijing and Moscow have found common cause on the United Nations ' +
    'Security Council, where they have repeatedly blocked U.S.-led foreign policy initiatives.';
  const PASSAGE = 'Beijing and Moscow have found common cause on the United Nations Security Council';
  const at = TEXT.indexOf(PASSAGE);
  const selectors: Selector[] = describeTextRange(TEXT, at, at + PASSAGE.length);

  it('one soft hyphen in "Security" (D8): exact, the range ends after "Council" on the page', () => {
    const page = TEXT.replace('Security', `Secu${SHY}rity`);
    const a = anchorInText(page, selectors)!;
    expect(a.confidence).toBe('exact');
    expect(page.slice(a.start, a.end)).toBe(PASSAGE.replace('Security', `Secu${SHY}rity`));
  });

  it('a soft hyphen after every two letters (D3): exact, not an orphan', () => {
    const page = dense(TEXT);
    const a = anchorInText(page, selectors)!;
    expect(a.confidence).toBe('exact');
    expect(withoutShy(page.slice(a.start, a.end))).toBe(PASSAGE);
    expect(page.slice(a.end)).toMatch(/^,/);
  });

  it('a thin space for a space, and one beside a space (D7): exact', () => {
    for (const page of [
      TEXT.replace('found common', 'found\u2009common'),
      TEXT.replace('found common', 'found \u2009common'),
    ]) {
      const a = anchorInText(page, selectors)!;
      expect(a.confidence).toBe('exact');
      expect(page.slice(a.start, a.end).replace(/[ \u2009]+/g, ' ')).toBe(PASSAGE);
    }
  });

  it('a passage saved on the hyphenated page is found exactly before the script runs again, its quote kept', () => {
    const page = hyphenated(TEXT);
    const start = page.indexOf('Beijing');
    const end = page.indexOf(',', page.indexOf('Coun'));
    const onHyphenated = describeTextRange(page, start, end);
    expect(onHyphenated[0].exact).toContain(SHY);
    const a = anchorInText(TEXT, onHyphenated)!;
    expect(a.confidence).toBe('exact');
    expect(TEXT.slice(a.start, a.end)).toBe(PASSAGE);
  });

  it('near misses: a word changed, and look-alike letters (the code points changed), are not exact', () => {
    const rewritten = TEXT.replace('have found', 'have never found');
    expect(anchorInText(rewritten, selectors)?.confidence).toBe('fuzzy');
    const lookalikes = TEXT.replace(/o/g, '\u043e').replace(/a/g, '\u0430');
    expect(anchorInText(lookalikes, selectors)?.confidence ?? null).not.toBe('exact');
    // A hyphen drawn as a hyphen is a character the reader sees: "Secu-rity" is not "Security".
    expect(anchorInText(TEXT.replace('Security', 'Secu-rity'), selectors)?.confidence).toBe('fuzzy');
  });
});
