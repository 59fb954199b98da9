// Saved real pages for the benches that load them in Chromium: every `step`-th page of trafilatura's cache
// (LEDE_TRAFILATURA, its tests/ folder) for about `n` pages, and every fourth of Readability's test pages
// (LEDE_READABILITY_PAGES). Public data, never committed; null (after saying so) when neither is set.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PageServer } from '../../tests/fixtures/anchoring/chromium';

export function savedPageFiles(bench: string, n: number): string[] | null {
  const trafRoot = process.env.LEDE_TRAFILATURA;
  const rdr = process.env.LEDE_READABILITY_PAGES;
  if (!trafRoot && !rdr) {
    console.log(`${bench}: set LEDE_TRAFILATURA and/or LEDE_READABILITY_PAGES (docs/toolchain.md); nothing run`);
    return null;
  }
  const files: string[] = [];
  if (trafRoot && existsSync(join(trafRoot, 'cache'))) {
    const traf = join(trafRoot, 'cache');
    const all = readdirSync(traf)
      .filter((f) => f.endsWith('.html'))
      .sort();
    const step = Math.max(1, Math.ceil(all.length / n));
    for (let i = 0; i < all.length; i += step) files.push(join(traf, all[i]!));
  }
  if (rdr && existsSync(rdr)) {
    const rs = readdirSync(rdr).sort();
    for (let i = 0; i < rs.length; i += 4)
      if (existsSync(join(rdr, rs[i]!, 'source.html'))) files.push(join(rdr, rs[i]!, 'source.html'));
  }
  return files;
}

/**
 * Opens saved page `file` in a new 1200×800 tab served at `path` (nothing but the server is reached) and injects
 * `engine`. The caller closes the page, also when this throws (a page that never loads).
 */
export async function openSavedPage(
  browser: Browser,
  server: PageServer,
  engine: string,
  file: string,
  path: string,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
  server.put(path, readFileSync(file, 'utf8'));
  try {
    await page.goto(server.url(path), { timeout: 15000, waitUntil: 'load' });
    await page.evaluate(engine);
  } catch (e) {
    await page.close();
    throw e;
  }
  return page;
}
