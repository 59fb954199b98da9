// Notes across sites, tried as an attacker would, in real Chromium with the built extension. Two tenants of one
// multi-tenant host (victim.github.io and evil.github.io: github.io is on the Public Suffix List) are served over
// https from 127.0.0.1 with a throwaway self-signed certificate, so pages are secure contexts on real-looking hosts.
// The evil page names the victim's article as its canonical URL; it must get none of its highlights, be unable to
// list or save under its key even with forged messages, and leave the victim's library record as it was. The same
// holds for two archived pages on web.archive.org, one host serving every site's copies by path.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../../scripts/lib/browser';
import { paintedHighlights, readerArrives, selectWithMouse, tabIdOf } from '../../scripts/lib/reader';
import { highlightParagraph, PASSAGE } from './hostile-support';
import { readStore } from './support';

const SAMPLE = readFileSync('tests/fixtures/seed/article.html', 'utf8');
const SECOND = 'Russian President Vladimir Putin offered the seat next to him';
const HOSTS = ['victim.github.io', 'evil.github.io', 'web.archive.org', 'www.dailynews.com', 'ads.dailynews.com'];

/** A self-signed certificate for HOSTS, made now with openssl; its files are deleted once read. */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'lede-cert-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=victim.github.io',
      '-addext',
      `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const out = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  rmSync(dir, { recursive: true, force: true });
  return out;
}

let session: ExtensionSession;
let server: Server;
let port = 0;
const pages = new Map<string, string>();
/** An extension page kept open to read the store. */
let probe: Page;

const url = (host: string, path: string) => `https://${host}:${port}${path}`;
const ARCHIVED_PATH = '/web/2024/https://news.example/story';
const HOSTILE_PATH = '/web/2024/https://evil.example/a';
/** The key the victim's article is stored under: its own URL (its canonical names itself). */
let VICTIM: string;
let EVIL: string;

beforeAll(async () => {
  const { key, cert } = throwawayCertificate();
  server = createServer({ key, cert }, (req, res) => {
    const body = pages.get(`${req.headers.host?.split(':')[0]}${req.url}`);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  VICTIM = url('victim.github.io', '/notes/article');
  EVIL = url('evil.github.io', '/post');
  const article = (canonical: string, title: string) =>
    SAMPLE.replace(/<link rel="canonical"[^>]*>/, `<link rel="canonical" href="${canonical}">`).replace(
      /<title>[\s\S]*?<\/title>/,
      `<title>${title}</title>`,
    );
  pages.set('victim.github.io/notes/article', article(VICTIM, 'Victim’s article'));
  // Two copies on one archive: the victim's story, and a hostile page archived from the attacker's own site, which
  // names the story's copy as canonical and carries its own title (the archive replays the page's head as it was).
  pages.set(`web.archive.org${ARCHIVED_PATH}`, article(url('web.archive.org', ARCHIVED_PATH), 'Archived story'));
  pages.set(
    `web.archive.org${HOSTILE_PATH}`,
    article(url('web.archive.org', ARCHIVED_PATH), 'Hostile copy').replace(
      /<meta property="og:title"[^>]*>/,
      '<meta property="og:title" content="EVIL TITLE (attacker page)">',
    ),
  );
  // The attacker copies the article's text (so passages would anchor) and names the victim's URL as canonical.
  pages.set(
    'evil.github.io/post',
    article(VICTIM, 'Evil copy').replace('<meta property="og:title"', '<meta property="og:ignored"'),
  );

  // Nothing but the mapped hosts: saved pages' stylesheets and fonts would wait on lookups that never succeed.
  session = await launchWithExtension({ mapHosts: HOSTS, onlyLocal: true, args: ['--ignore-certificate-errors'] });
  probe = await session.context.newPage();
  await probe.goto(`chrome-extension://${session.extensionId}/popup.html?tab=-1`);
});

afterAll(async () => {
  await session?.close();
  await new Promise((ok) => server?.close(ok));
});

async function openPage(target: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(target, { waitUntil: 'domcontentloaded' });
  return { page, tabId: await tabIdOf(session, page) };
}

/** How many highlights the store holds under the article `key`. */
async function storedOn(key: string): Promise<number> {
  return (await readStore(probe)).annotations.filter((a) => a.articleKey === key).length;
}

/**
 * Runs `code` in Lede's content-script world of `page` (the isolated world the browser gives the extension), as a
 * compromised content script would: its messages carry the real sender.url of the frame.
 */
async function inContentScript(page: Page, code: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world =
    contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(session.extensionId)) ??
    contexts.find((c) => c.auxData?.type === 'isolated');
  if (!world) throw new Error('no content-script world found in the page');
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: code,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

describe('a page on another tenant of a shared host (evil.github.io naming victim.github.io)', () => {
  it('gets none of the victim’s highlights, cannot read or write under its key, and leaves its record alone', async () => {
    // The reader highlights a passage on the victim's article.
    const victim = await openPage(VICTIM);
    await highlightParagraph(victim.page, PASSAGE);
    await expect.poll(async () => (await readStore(probe)).annotations.length, { timeout: 15_000 }).toBe(1);
    // Control: Lede paints them on the victim's page (read through DevTools: no page script can).
    await expect
      .poll(async () =>
        Object.values(await paintedHighlights(victim.page))
          .flat()
          .join(' '),
      )
      .toContain('Beijing and Moscow');
    const before = (await readStore(probe)).articles.find((a) => a.key === VICTIM);
    expect(before?.title).toBe('China and Russia Strengthen Alliance');

    // The attacker's page: Lede runs there, the page's own script reads CSS.highlights.
    const evil = await openPage(EVIL);
    await evil.page.waitForTimeout(1_500);
    expect(await paintedHighlights(evil.page)).toEqual({});
    expect(
      await evil.page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size),
    ).toBe(0);

    // Forged messages from Lede's own content-script world on the evil page: sender.url is evil.github.io.
    const forged = (type: string, data: unknown) =>
      inContentScript(evil.page, `chrome.runtime.sendMessage(${JSON.stringify({ lede: 1, type, data })})`) as Promise<{
        ok: boolean;
        reason?: string;
        annotations?: unknown[];
      }>;
    const listed = await forged('listAnnotations', { articleKey: VICTIM });
    expect(listed.ok).toBe(false);
    expect(listed.annotations).toBeUndefined();
    const detected = await forged('pageDetected', {
      url: VICTIM,
      articleKey: VICTIM,
      title: 'Hijacked',
      siteName: null,
      isArticle: true,
    });
    expect(detected.ok).toBe(false);
    const stolenId = (await readStore(probe)).annotations[0]!.id;
    const deleted = await forged('deleteAnnotation', { id: stolenId });
    expect(deleted.ok).toBe(false);
    const now = new Date().toISOString();
    const saved = await forged('saveAnnotation', {
      annotation: {
        id: 'urn:uuid:0badc0de-0000-4000-8000-000000000001',
        articleKey: VICTIM,
        target: { source: VICTIM, selector: [{ type: 'TextQuoteSelector', exact: 'planted', prefix: '', suffix: '' }] },
        body: { note: 'planted by evil.github.io', tags: [], color: 'yellow' },
        created: now,
        modified: now,
      },
    });
    expect(saved.ok).toBe(false);
    // Its own key still works: the check binds pages to their article, it does not switch Lede off.
    const own = await forged('listAnnotations', { articleKey: EVIL });
    expect(own).toEqual({ ok: true, annotations: [] });

    const after = await readStore(probe);
    expect(after.annotations.map((a) => a.body.note)).toEqual(['']);
    const record = after.articles.find((a) => a.key === VICTIM) as { url?: string; title?: string } | undefined;
    expect(record?.title).toBe(before?.title);
    expect(record?.url).toBe(VICTIM);
    await Promise.all([victim.page.close(), evil.page.close()]);
  });
});

describe('after Chrome stops the service worker', () => {
  it('a delete made in an extension page still reaches the tab showing the article', async () => {
    const victim = await openPage(VICTIM);
    await readerArrives(victim.page); // painted at the reader's first input (red team 50, N)
    await expect
      .poll(async () => Object.values(await paintedHighlights(victim.page)).flat().length, { timeout: 10_000 })
      .toBe(1);
    const cdp = await session.context.newCDPSession(victim.page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await victim.page.waitForTimeout(500);
    // The library (an extension page) deletes the note: the new worker must still know which tab shows it.
    const id = (await readStore(probe)).annotations[0]!.id;
    const reply = await probe.evaluate(
      (data) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }
        ).chrome.runtime.sendMessage({ lede: 1, type: 'deleteAnnotation', data }),
      { id },
    );
    expect(reply.ok).toBe(true);
    await expect
      .poll(async () => Object.values(await paintedHighlights(victim.page)).flat().length, { timeout: 10_000 })
      .toBe(0);
    await cdp.detach();
    await victim.page.close();
  });
});

describe('an archived hostile page naming another archived article (web.archive.org, tenants by path)', () => {
  it('is painted none of its highlights, files the reader’s highlight under itself, and leaves its record alone', async () => {
    const story = url('web.archive.org', ARCHIVED_PATH);
    const hostile = url('web.archive.org', HOSTILE_PATH);
    const victim = await openPage(story);
    await highlightParagraph(victim.page, PASSAGE);
    await expect.poll(() => storedOn(story), { timeout: 15_000 }).toBe(1);
    const before = (await readStore(probe)).articles.find((a) => a.key === story);
    expect(before?.title).toBe('China and Russia Strengthen Alliance');
    await victim.page.close();

    const evil = await openPage(hostile);
    await evil.page.waitForTimeout(1_500);
    // (1) The story's highlight is not painted on the hostile copy.
    expect(await paintedHighlights(evil.page)).toEqual({});
    // (2) The reader's highlight there is filed under the hostile copy, never under the story.
    await evil.page.bringToFront();
    expect(await selectWithMouse(evil.page, SECOND)).toBe(SECOND);
    await evil.page.waitForTimeout(150);
    await evil.page.keyboard.press('2');
    await expect
      .poll(
        async () =>
          (await readStore(probe)).annotations.find((a) => a.target.selector[0]?.exact === SECOND)?.articleKey,
        {
          timeout: 15_000,
        },
      )
      .toBe(hostile);
    // (3) The story's library record keeps its title and its URL.
    const record = (await readStore(probe)).articles.find((a) => a.key === story) as
      | { url?: string; title?: string }
      | undefined;
    expect({ title: record?.title, url: record?.url }).toEqual({ title: before?.title, url: story });
    expect((await readStore(probe)).annotations.filter((a) => a.articleKey === story).length).toBe(1);
    await evil.page.close();
  });
});

describe('a hostile copy that moves its address onto another copy’s path on the same host (red team 53)', () => {
  it('is painted none of the story’s highlights, its sidebar lists none, and the reader’s highlight there is not filed under the story', async () => {
    // Two copies on one archive again, apart from the test above: the reader's story, and a hostile copy whose own
    // script moves its address onto the story's (one origin, so the browser allows it) before Lede reads it. The
    // address bar then shows the story's address.
    const storyPath = '/web/2025/https://news.example/second-story';
    const hostilePath = '/web/2025/https://evil.example/b';
    const story = url('web.archive.org', storyPath);
    const hostile = url('web.archive.org', hostilePath);
    const article = (title: string) =>
      SAMPLE.replace(/<link rel="canonical"[^>]*>/, '').replace(/<title>[\s\S]*?<\/title>/, `<title>${title}</title>`);
    pages.set(`web.archive.org${storyPath}`, article('Second story'));
    pages.set(
      `web.archive.org${hostilePath}`,
      article('Hostile copy').replace(
        '<head>',
        `<head><script>history.replaceState(null, '', ${JSON.stringify(storyPath)});</script>`,
      ),
    );
    const victim = await openPage(story);
    await highlightParagraph(victim.page, PASSAGE);
    await expect.poll(() => storedOn(story), { timeout: 15_000 }).toBe(1);
    await victim.page.close();

    const evil = await openPage(hostile);
    expect(evil.page.url()).toBe(story);
    // The reader highlights a passage there; the page side has certainly asked for its notes once this settles.
    await evil.page.bringToFront();
    expect(await selectWithMouse(evil.page, SECOND)).toBe(SECOND);
    await evil.page.waitForTimeout(150);
    await evil.page.keyboard.press('2');
    // The sidebar, opened on the tab, reads no article from it and lists none of the story's highlights.
    const sidebar = await session.context.newPage();
    await sidebar.setViewportSize({ width: 380, height: 900 });
    await sidebar.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${evil.tabId}`);
    await expect
      .poll(async () => (await sidebar.locator('[data-testid="unreadable"], #tab-notes').count()) > 0, {
        timeout: 15_000,
      })
      .toBe(true);
    // Before: the story's article, with the story's highlight listed under Notes.
    if ((await sidebar.locator('#tab-notes').count()) > 0) {
      await sidebar.locator('#tab-notes').click();
      await expect.poll(() => sidebar.locator('[data-testid="highlight"]').count()).toBe(0);
    }
    expect(await sidebar.locator('[data-testid="unreadable"]').innerText()).toContain('moved its address');
    // Nothing of the story's is painted on the hostile copy (read through DevTools: no page script can).
    expect(await paintedHighlights(evil.page)).toEqual({});
    // The story keeps its one note; the reader's new highlight there was filed under neither address.
    expect(await storedOn(story)).toBe(1);
    expect((await readStore(probe)).annotations.filter((a) => a.articleKey === hostile)).toEqual([]);
    await Promise.all([sidebar.close(), evil.page.close()]);
  });
});

describe('a frame from another subdomain of the article’s site that names the article as its canonical (red team 53)', () => {
  it('is handed none of the article’s notes, which the article’s own tab still paints', async () => {
    // An ad server on the site's name (often someone else's code) holds the story's text in a frame inside the story
    // and declares the story as its canonical; the owner rule counts every subdomain of dailynews.com as the site's.
    const story = url('www.dailynews.com', '/2026/story');
    const ad = url('ads.dailynews.com', '/slot.html');
    pages.set(
      'www.dailynews.com/2026/story',
      SAMPLE.replace(/<link rel="canonical"[^>]*>/, '').replace(
        '<body>',
        `<body><iframe src="${ad}" style="width:1000px;height:700px"></iframe>`,
      ),
    );
    pages.set(
      'ads.dailynews.com/slot.html',
      SAMPLE.replace(/<link rel="canonical"[^>]*>/, `<link rel="canonical" href="${story}">`),
    );
    const reader = await openPage(story);
    await highlightParagraph(reader.page, PASSAGE);
    await expect.poll(() => storedOn(story), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(async () => Object.keys(await paintedHighlights(reader.page)), { timeout: 10_000 })
      .toEqual(['lede-yellow']);
    // Lede's own content-script world in the ad's frame asks for its notes with the canonical it declares, as its
    // page side does: the background answers by the frame's real URL and its frame id.
    const cdp = await reader.page.context().newCDPSession(reader.page);
    const contexts: { id: number; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    let reply: { ok?: boolean; articleKey?: string; annotations?: unknown[] } | null = null;
    for (const c of contexts.filter((x) => x.name === 'Lede')) {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `location.href.startsWith(${JSON.stringify(ad)}) ? chrome.runtime.sendMessage({ lede: 1, type: 'pageNotes', data: { url: location.href, canonical: ${JSON.stringify(story)}, ogUrl: null } }) : null`,
        contextId: c.id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (result.value) reply = result.value as typeof reply;
    }
    await cdp.detach();
    // Before: { ok: true, articleKey: the story, annotations: [the reader's highlight] }.
    expect(reply).toEqual({ ok: true, articleKey: ad, annotations: [] });
    await reader.page.close();
  });
});
