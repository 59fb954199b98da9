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

  it('3,000 elements added inside the passage, between its words, touch it', () => {
    const { doc, a, words, watch } = page();
    // (Appended after the words, they would lie past the passage's end: the range follows the page's insertions.)
    const rest = (a.firstChild as Text).splitText(8);
    for (let i = 0; i < 3000; i++) rest.before(doc.createElement('b'));
    expect(touchedIn(words, watch.stop(), () => false)).toBe(true);
  });

  it('a snow effect of 2,001 flakes right under <body>, restyled three times during the press, does not touch the passage', () => {
    const { doc, words, watch } = page((d) => {
      for (let i = 0; i < 2001; i++) d.body.append(d.createElement('i'));
    });
    const flakes = [...doc.querySelectorAll('body > i')];
    for (let f = 0; f < 3; f++) for (const [i, s] of flakes.entries()) s.setAttribute('style', `top:${i + f}px`);
    const touched = watch.stop();
    expect(touchedIn(words, touched, () => false)).toBe(false);
    expect(touched.length).toBeLessThanOrEqual(2000);
  });

  it('2,001 pixels appended to <body> during the press do not touch the passage', () => {
    const { doc, words, watch } = page();
    for (let i = 0; i < 2001; i++) doc.body.append(doc.createElement('img'));
    expect(touchedIn(words, watch.stop(), () => false)).toBe(false);
  });

  it('flakes on both sides of the article under <body>, some melting and new ones falling, do not touch the passage; a flake before it does', () => {
    const { doc, words, watch } = page();
    const board = doc.getElementById('board')!;
    const fall = () => {
      const i = doc.createElement('i');
      if (doc.body.childElementCount % 2) doc.body.append(i);
      else board.after(i);
      return i;
    };
    const flakes = Array.from({ length: 2400 }, fall);
    for (let f = 0; f < 3; f++)
      for (const [k, s] of flakes.entries()) {
        s.setAttribute('style', `top:${k + f}px`);
        if (k % 10 === f) {
          s.remove();
          flakes[k] = fall();
        }
      }
    const touched = watch.stop();
    const onFlake = doc.createRange();
    onFlake.selectNode(board.nextSibling!);
    expect(touchedIn(words, touched, () => false)).toBe(false);
    expect(touchedIn(onFlake, touched, () => false)).toBe(true);
  });

  it('a label put in the passage amid 2,500 flakes under <body> still touches it, and the next paragraph stays untouched', () => {
    const { doc, a, words, watch } = page();
    for (let i = 0; i < 1250; i++) doc.body.append(doc.createElement('i'));
    const label = doc.createElement('span');
    label.textContent = 'Xi Jinping was right';
    (a.firstChild as Text).splitText(8).before(label);
    for (let i = 0; i < 1250; i++) doc.body.append(doc.createElement('i'));
    const touched = watch.stop();
    const next = doc.createRange();
    next.selectNodeContents(doc.getElementById('b')!);
    expect(touchedIn(words, touched, () => false)).toBe(true);
    expect(touchedIn(next, touched, () => false)).toBe(false);
  });

  it('a drag from the article into a note after it, where the page added a label amid 2,500 flakes under <body>, is touched; one inside the article is not', () => {
    const { doc, a, watch } = page((d) =>
      d.body.append(Object.assign(d.createElement('aside'), { textContent: 'Note: ' })),
    );
    const aside = doc.querySelector('aside')!;
    for (let i = 0; i < 1250; i++) doc.body.append(doc.createElement('i'));
    aside.append(Object.assign(doc.createElement('b'), { textContent: 'Xi Jinping was right' }));
    for (let i = 0; i < 1250; i++) doc.body.append(doc.createElement('i'));
    const touched = watch.stop();
    const across = doc.createRange();
    across.setStart(a.firstChild!, 0);
    across.setEnd(aside.lastChild!.firstChild!, 5);
    const inside = doc.createRange();
    inside.setStart(a.firstChild!, 0);
    inside.setEnd(doc.getElementById('b')!.firstChild!, 5);
    expect(touchedIn(across, touched, () => false)).toBe(true);
    expect(touchedIn(inside, touched, () => false)).toBe(false);
  });

  it('a label put in the passage, taken out and put back while 2,500 elements are added, still touches it (red team 46)', () => {
    const { doc, a, watch } = page();
    const label = doc.createElement('span');
    label.textContent = 'Xi Jinping was right ';
    (a.firstChild as Text).splitText(8).before(label);
    label.remove();
    const d = doc.createElement('div');
    d.hidden = true;
    doc.body.append(d);
    for (let i = 0; i < 2500; i++) d.append(doc.createElement('span'));
    (a.childNodes[1] as Text).before(label);
    const onLabel = doc.createRange();
    onLabel.selectNodeContents(label);
    expect(touchedIn(onLabel, watch.stop(), () => false)).toBe(true);
  });
});
