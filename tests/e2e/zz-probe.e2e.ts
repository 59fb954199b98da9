import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clickText, paintedHighlights, selectWithMouse, waitForNoteEditor } from '../../scripts/lib/reader';
import { openArticle, useE2E } from './support';

const SAMPLE = readFileSync('tests/fixtures/seed/article.html', 'utf8');
const env = useE2E();

describe('probe', () => {
  it('what a page learns of the editor frame', async () => {
    env.server.route('/probe/article.html', {
      body: process.env.PLAIN ? SAMPLE : SAMPLE.replace('<head>', `<head><script>window.__seen = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__seen.push(e.entryType + ' ' + e.name); }).observe({ entryTypes: ['resource', 'navigation', 'paint', 'longtask', 'element', 'layout-shift', 'largest-contentful-paint', 'event', 'first-input'] });</script>`),
    });
    const { page } = await openArticle(env, '/probe/article.html');
    await selectWithMouse(page, 'Beijing remained neutral');
    await page.waitForTimeout(150);
    await page.keyboard.press('1');
    await expect.poll(async () => (await paintedHighlights(page))['lede-yellow']?.length ?? 0).toBe(1);
    await page.mouse.move(1, 1);
    await clickText(page, 'remained neutral');
    await page.waitForTimeout(500); await page.screenshot({ path: '/tmp/zz/probe.png' });
    await waitForNoteEditor(page);
    await page.keyboard.type('secret words');
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => ({
      observed: (window as any).__seen,
      entries: performance.getEntries().map((e) => e.entryType + ' ' + e.name),
      frames: window.length,
      frame0: (() => { try { return String((window as any)[0]?.location?.href); } catch (e) { return 'err ' + (e as Error).message; } })(),
    }));
    console.log(JSON.stringify(seen, null, 1));
    await page.close();
  });
});
