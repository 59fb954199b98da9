// A placed passage found again at once in a block the page re-rendered: only where the block reads the same words,
// at the same place in the page (red team 50: a paragraph rendered again every frame was never painted).
import { describe, expect, it } from 'vitest';
import { refindSpot, spotOf } from '../../../core/anchoring/dom/same-words';
import { useTestDocuments } from '../../fixtures/anchoring/test-documents';

const { body } = useTestDocuments();

/** A range over the first `words` in the body's text. */
function rangeOver(root: HTMLElement, words: string): Range {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(words);
    if (at >= 0) {
      const r = doc.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + words.length);
      return r;
    }
  }
  throw new Error(`no "${words}"`);
}

const ARTICLE =
  '<article><p>First paragraph.</p><p>Moscow and <b>Beijing</b> found common cause at the UN.</p></article>';

const cases: Record<string, { rerender: (root: HTMLElement) => void; found: string | null }> = {
  'its text nodes replaced with the same words': {
    rerender: (root) => {
      const p = root.querySelectorAll('p')[1]!;
      p.replaceChildren(...[...p.childNodes].map((n) => n.cloneNode(true)));
    },
    found: 'found common cause',
  },
  'the paragraph element replaced with a copy': {
    rerender: (root) => {
      const p = root.querySelectorAll('p')[1]!;
      p.replaceWith(p.cloneNode(true));
    },
    found: 'found common cause',
  },
  'the whole article re-rendered from its markup': {
    rerender: (root) => {
      root.innerHTML = String(root.innerHTML);
    },
    found: 'found common cause',
  },
  'a text node set to itself': {
    rerender: (root) => {
      const t = root.querySelectorAll('p')[1]!.lastChild as Text;
      t.data = String(t.data);
    },
    found: 'found common cause',
  },
  'the same words with other markup inside the block': {
    rerender: (root) => {
      root.querySelectorAll('p')[1]!.innerHTML = 'Moscow and Beijing <i>found</i> common cause at the UN.';
    },
    found: 'found common cause',
  },
  // The page must never move the highlight onto other words: these go to the full re-anchor.
  'one word changed in the block': {
    rerender: (root) => {
      root.querySelectorAll('p')[1]!.innerHTML = 'Moscow and <b>Beijing</b> lost common cause at the UN.';
    },
    found: null,
  },
  'a word added before the passage (its offsets moved)': {
    rerender: (root) => {
      root.querySelectorAll('p')[1]!.innerHTML = 'Then Moscow and <b>Beijing</b> found common cause at the UN.';
    },
    found: null,
  },
  'a paragraph inserted before it (the block at its place reads other words)': {
    rerender: (root) => {
      const p = root.ownerDocument.createElement('p');
      p.textContent = 'An inserted paragraph.';
      root.querySelector('article')!.prepend(p);
    },
    found: null,
  },
  'a word of the block hidden': {
    rerender: (root) => {
      root.querySelector('b')!.setAttribute('hidden', '');
    },
    found: null,
  },
  'the block made another element with the same words': {
    rerender: (root) => {
      const p = root.querySelectorAll('p')[1]!;
      const div = root.ownerDocument.createElement('div');
      div.innerHTML = p.innerHTML;
      p.replaceWith(div);
    },
    found: null,
  },
};

describe('refindSpot', () => {
  it.each(Object.entries(cases))('%s', (_name, { rerender, found }) => {
    const root = body(ARTICLE);
    const spot = spotOf(root, rangeOver(root, 'found common cause'));
    expect(spot).not.toBeNull();
    rerender(root);
    const range = refindSpot(root, spot!);
    expect(range?.toString() ?? null).toBe(found);
    if (range) expect(range.startContainer.isConnected).toBe(true);
  });

  it('keeps no spot for a passage in a block longer than it will walk again', () => {
    const root = body(`<p>${'word '.repeat(5_000)}found common cause</p>`);
    expect(spotOf(root, rangeOver(root, 'found common cause'))).toBeNull();
  });

  it('finds a passage across two paragraphs in their shared block', () => {
    const root = body(ARTICLE);
    const range = root.ownerDocument.createRange();
    range.setStart(root.querySelector('p')!.firstChild!, 6);
    range.setEnd(root.querySelectorAll('p')[1]!.firstChild!, 6);
    const spot = spotOf(root, range)!;
    expect(spot.tag).toBe('ARTICLE');
    root.innerHTML = String(root.innerHTML);
    expect(refindSpot(root, spot)?.toString().replace(/\s+/g, ' ')).toBe(range.toString().replace(/\s+/g, ' '));
  });
});
