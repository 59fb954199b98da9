// Red team 58 (wave 38): attacks on the wave's new defences by a page that has read their code. Real Chromium, built
// extension.
import { describe, expect, it } from 'vitest';
import { noteOpenedAfterRewrite, noteThroughRewrite } from './rewrite-support';
import { useTrustPage } from './trust-support';

const t = useTrustPage();

/** What the page does to the element holding the focus the first time its window loses it to one of Lede's. */
const STRIKES = {
  'hides it (its own style, !important)': `a.style.setProperty('display', 'none', 'important');`,
  'makes it inert': `a.inert = true;`,
  'moves it into a hidden container of its own (moveBefore)': `const box = document.createElement('div'); box.style.display = 'none'; document.documentElement.append(box); box.moveBefore(a, null);`,
  'makes its own root inert': `document.documentElement.inert = true;`,
} as const;

describe('red team 58: the key well', () => {
  for (const [name, strike] of Object.entries(STRIKES)) {
    it(`K a page that rewrote itself ${name} as the key well takes the focus: it hears no key of the note`, async () => {
      // The page rewrites itself and listens first on its window (its listeners then come before Lede's), then strikes
      // the host of the first of Lede's elements to take the focus from it (the key well, key-well.ts), as it has
      // read it may; the reader opens a note and types as its editor loads, the keys going into the well meanwhile.
      const path = `/rt58/well-${name.split(' ')[0]}-${name.length}.html`;
      await noteOpenedAfterRewrite(t, path, '', { listen: 'same task', strike });
    });
  }
});

describe('red team 58: a page that rewrites itself twice', () => {
  it('D the page rewrites itself as the reader types, and again 30 ms later, listening first each time: it hears no key, and the note comes back whole', async () => {
    // The second rewrite comes while the note carried over the first is still held for its editor: the build before
    // carried nothing over it, opened no key frame, and the page heard "ted twice in the spring session".
    const page = await noteThroughRewrite(t, '', '/rt58/rewrite-twice.html', { listen: 'same task', again: 30 }, false);
    // The note done, the page's keys are the page's again: a field of its own, focused by the page, gets what the
    // reader types there (the hold of the first restart, carried over the second, let go).
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'search';
      document.body.prepend(field);
      field.focus();
    });
    await page.keyboard.type('veto', { delay: 30 });
    await expect
      .poll(() => page.evaluate(() => (document.getElementById('search') as HTMLInputElement).value))
      .toBe('veto');
    await page.close();
  });
});
