// A page that moves its address (a hash route) as the reader presses the shortcut or opens the context menu gets
// nothing filed under its choice (red team 31, wave 23: both failed on the build before).
import { describe, expect, it } from 'vitest';
import { piercedText, runHighlightCommand, selectWithMouse, tabIdOf } from '../../scripts/lib/reader';
import { readStore } from './support';
import { PASSAGE, SAMPLE, useTrustPage } from './trust-support';

const trust = useTrustPage();

const keysOf = async (quote: string, part: string) =>
  (await readStore(trust.probe)).annotations
    .filter((a) => a.target.selector[0]?.exact === quote && (a as { articleKey?: string }).articleKey?.includes(part))
    .map((a) => (a as { articleKey?: string }).articleKey);

/** A hash-routed app at `path` (running `move` first) opened on story one, with the reader's passage selected. */
async function storyOneSelected(path: string, move: string) {
  trust.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${move}</script>`) });
  const base = `${trust.server.url}${path}`;
  const page = await trust.session.context.newPage();
  await page.goto(`${base}#!/story/1`);
  const tabId = await tabIdOf(trust.session, page);
  await page.bringToFront();
  expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
  return { base, page, tabId };
}

describe('red team 31: hash routes', () => {
  it('H3 a hash-routed app moves its route (replaceState) when the reader presses Alt+Shift: the shortcut files story 1’s passage under story 2', async () => {
    const path = '/rt31/h3/app';
    const move = `addEventListener('keydown', (e) => { if (e.altKey && e.shiftKey) history.replaceState(null, '', '#!/story/2'); });`;
    const { base, page, tabId } = await storyOneSelected(path, move);
    await page.waitForTimeout(300);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    const reply = await runHighlightCommand(trust.session.worker, tabId);
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForTimeout(2500);
    const keys = await keysOf(PASSAGE, '/rt31/h3/');
    console.log(
      'H3 url now',
      page.url(),
      'reply',
      JSON.stringify(reply),
      'alert',
      await piercedText(page, 'role', 'alert').catch(() => null),
      'stored under',
      JSON.stringify(keys),
    );
    expect(keys.every((k) => k === `${base}#!/story/1`)).toBe(true);
    await page.close();
  });

  it('H4 the same with the menu: the route moves on contextmenu, the menu’s text is the reader’s', async () => {
    const path = '/rt31/h4/app';
    const move = `addEventListener('contextmenu', () => history.replaceState(null, '', '#!/story/2'));`;
    const { base, page, tabId } = await storyOneSelected(path, move);
    const { centreOfText } = await import('../../scripts/lib/reader');
    const at = await centreOfText(page, 'common cause');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const reply = await runHighlightCommand(trust.session.worker, tabId, PASSAGE);
    await page.waitForTimeout(2500);
    const keys = await keysOf(PASSAGE, '/rt31/h4/');
    console.log('H4 url now', page.url(), 'reply', JSON.stringify(reply), 'stored under', JSON.stringify(keys));
    expect(keys.every((k) => k === `${base}#!/story/1`)).toBe(true);
    await page.close();
  });
});
