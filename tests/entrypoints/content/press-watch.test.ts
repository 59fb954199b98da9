// The press watch (press-watch.ts) under a storm of changes: each node kept once, nodes gone from the document dropped,
// and past the cap their parents kept instead, so a storm outside the reader's passage leaves the drag standing while
// a label the page puts inside it is still seen (red team 44).
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PressWatch, touchedIn } from '../../../entrypoints/content/press-watch';

function page(before?: (doc: Document) => void) {
  const doc = new Window().document as unknown as Document;
  doc.body.innerHTML =
    '<div id="board"></div><article><p id="a">Beijing and Moscow have found common cause.</p><p id="b">Xi Jinping and Vladimir Putin met.</p></article>';
  before?.(doc);
  const a = doc.getElementById('a')!;
  const words = doc.createRange();
  words.selectNodeContents(a);
  const watch = new PressWatch(() => doc);
  watch.start(a.firstChild!);
  return { doc, a, words, watch };
}

/** 3,000 hidden elements added outside the article, one by one. */
function storm(doc: Document): void {
  const d = doc.createElement('div');
  d.hidden = true;
  doc.body.append(d);
  for (let i = 0; i < 3000; i++) {
    const s = doc.createElement('span');
    s.textContent = String(i);
    d.append(s);
  }
}

describe('press watch under a storm of changes', () => {
  it('one text node outside the passage rewritten 5,000 times does not touch the passage', () => {
    const { doc, words, watch } = page();
    const t = doc.createTextNode('');
    doc.getElementById('board')!.append(t);
    for (let i = 0; i < 5000; i++) t.data = String(i);
    expect(touchedIn(words, watch.stop(), () => false)).toBe(false);
  });

  it('a ticker that replaces its 40 text nodes 100 times outside the passage does not touch it', () => {
    const { doc, words, watch } = page();
    const board = doc.getElementById('board')!;
    const cells = Array.from({ length: 40 }, () => board.appendChild(doc.createElement('span')));
    for (let tick = 0; tick < 100; tick++) for (const c of cells) c.replaceChildren(String(tick));
    const touched = watch.stop();
    expect(touchedIn(words, touched, () => false)).toBe(false);
    expect(touched.length).toBeLessThanOrEqual(2000);
  });

  it('a label put inside the passage amid 3,000 elements added elsewhere still touches it; the next paragraph is untouched', () => {
    const { doc, a, words, watch } = page();
    storm(doc);
    const label = doc.createElement('span');
    label.textContent = 'Xi Jinping was right';
    (a.firstChild as Text).splitText(8).before(label);
    storm(doc);
    const touched = watch.stop();
    const onLabel = doc.createRange();
    onLabel.selectNodeContents(label);
    const next = doc.createRange();
    next.selectNodeContents(doc.getElementById('b')!);
    expect(touchedIn(words, touched, () => false)).toBe(true);
    expect(touchedIn(onLabel, touched, () => false)).toBe(true);
    expect(touchedIn(next, touched, () => false)).toBe(false);
  });

  it('2,500 text nodes rewritten outside the passage, each alone in its element, do not touch it', () => {
    const { doc, words, watch } = page((d) => {
      for (let i = 0; i < 2500; i++) d.getElementById('board')!.append(d.createElement('div'));
      for (const e of d.querySelectorAll('#board div')) e.textContent = '100.00';
    });
    for (const t of doc.querySelectorAll('#board div')) (t.firstChild as Text).data = '101.00';
    const touched = watch.stop();
    expect(touchedIn(words, touched, () => false)).toBe(false);
    expect(touched.length).toBeLessThanOrEqual(2000);
  });

  it('3,000 elements added inside the passage touch it', () => {
    const { doc, a, words, watch } = page();
    for (let i = 0; i < 3000; i++) a.append(doc.createElement('b'));
    expect(touchedIn(words, watch.stop(), () => false)).toBe(true);
  });
});
