// What a reader does, as browser automation: open an article, select a passage with the mouse, open Lede's pages.
// Shared by `npm run demo` and the end-to-end tests so both drive the extension the same way.
import type { CDPSession, Frame, Page, Worker } from 'playwright-core';
import type { ExtensionSession } from './browser';

// The extension's own API, as seen inside its service worker (evaluated there, not here).
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
  };
};
/** The background's sendToTab (lib/send-to-tab.ts), reachable in its worker under Symbol.for('lede.send-to-tab'). */
type SendToTab = (tabId: number, type: string, data: object) => Promise<{ ok?: boolean } | undefined>;

/**
 * Waits until Lede's content script in `page` answers (woken as the extension's own pages wake it), and returns its
 * tab id. Lede has no `tabs` permission, so
 * tabs carry no URLs: the page is brought to the front and the active tab is the one.
 */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    await page.bringToFront();
    const id = await session.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab?.id) return null;
      try {
        // Through the background's own sendToTab, which wakes the page side whose top frame sleeps until needed.
        const send = (globalThis as unknown as Record<symbol, SendToTab>)[Symbol.for('lede.send-to-tab')]!;
        const reply = await send(tab.id, 'getAnchorReport', {});
        return reply?.ok ? tab.id : null;
      } catch {
        return null; // the content script has not started yet
      }
    });
    if (id) return id;
    await page.waitForTimeout(100);
  }
  throw new Error(`Lede's content script never answered on ${page.url()}`);
}

/**
 * In-page code that finds the first occurrence of a needle (any run of white space matching any other) and returns
 * the client coordinates of its first and last characters. Kept as source text: tsx's name-keeping helpers do not
 * exist inside the page.
 */
const FIND_TEXT_IN_PAGE = `(needle) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push(n); all += n.data; }
  const pattern = new RegExp(needle.trim().split(/\\s+/).map((w) => w.replace(/[.*+?^$()|[\\]{}\\\\]/g, '\\\\$&')).join('\\\\s+'));
  const m = pattern.exec(all);
  if (!m) return null;
  // A start at a node boundary belongs to the next node, an end at one to the previous node.
  function locate(offset, isEnd) {
    let seen = 0;
    for (const node of nodes) {
      if (isEnd ? offset <= seen + node.data.length : offset < seen + node.data.length) return { node, offset: offset - seen };
      seen += node.data.length;
    }
    return null;
  }
  const start = locate(m.index, false);
  const end = locate(m.index + m[0].length, true);
  if (!start || !end) return null;
  start.node.parentElement && start.node.parentElement.scrollIntoView({ block: 'center' });
  const first = document.createRange();
  first.setStart(start.node, start.offset);
  first.setEnd(start.node, Math.min(start.offset + 1, start.node.data.length));
  const last = document.createRange();
  last.setStart(end.node, Math.max(end.offset - 1, 0));
  last.setEnd(end.node, end.offset);
  const a = first.getBoundingClientRect();
  const b = last.getBoundingClientRect();
  return { x1: a.left + a.width * 0.3, y1: a.top + a.height / 2, x2: b.right - b.width * 0.3, y2: b.top + b.height / 2 };
}`;

/** Client-coordinate start and end of the first occurrence of `text` in the page's body. */
export async function textEnds(page: Page, text: string) {
  const box = (await page.evaluate(`(${FIND_TEXT_IN_PAGE})(${JSON.stringify(text)})`)) as {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  } | null;
  if (!box) throw new Error(`"${text.slice(0, 40)}…" is not on the page`);
  return box;
}

/**
 * Selects `text` by dragging the mouse over it, as a reader does; `whilePressed` runs with the button down, before the
 * first move. Returns the selected text.
 */
export async function selectWithMouse(
  page: Page,
  text: string,
  whilePressed?: () => Promise<unknown>,
): Promise<string> {
  // Pressing inside an existing selection would start dragging it instead of selecting anew.
  await page.evaluate(() => getSelection()?.removeAllRanges());
  const box = await textEnds(page, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await whilePressed?.();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  return page.evaluate(() => String(getSelection()));
}

/**
 * Selects `text` as selectWithMouse does, with the mouse events sent to the browser directly (CDP). Playwright's own
 * `mouse.move` with the button down first asks the page whether a drag starts, with a `setTimeout` of its script's: a
 * page that cancels every timer in its window (red team 55's sweep) cancels that one too, and the move then waited
 * for ever (T2 and T4 waited out their 60 s in one CI run of three). A reader's mouse waits on nothing of the page's.
 */
export async function selectWithRawMouse(page: Page, text: string): Promise<string> {
  await page.evaluate(() => getSelection()?.removeAllRanges());
  const box = await textEnds(page, text);
  const cdp = await page.context().newCDPSession(page);
  const send = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', x: number, y: number, down: boolean) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x,
      y,
      button: down || type === 'mouseReleased' ? 'left' : 'none',
      buttons: down ? 1 : 0,
      clickCount: type === 'mouseMoved' ? 0 : 1,
    });
  await send('mouseMoved', box.x1, box.y1, false);
  await send('mousePressed', box.x1, box.y1, true);
  for (let i = 1; i <= 8; i++)
    await send('mouseMoved', box.x1 + ((box.x2 - box.x1) * i) / 8, box.y1 + ((box.y2 - box.y1) * i) / 8, true);
  await send('mouseReleased', box.x2, box.y2, false);
  await cdp.detach();
  return page.evaluate(() => String(getSelection()));
}

/** The middle, in the window, of the first occurrence of `text` (scrolled into view). */
/**
 * The reader's first input on a page they opened: the pointer moved over it (at `x`, `y`). Lede paints a page's notes
 * only from then on: before it, a page could read from Lede's elements that this reader has notes on it (red team
 * 50, N; entrypoints/content/first-input.ts).
 */
export async function readerArrives(page: Page, x = 4, y = 4): Promise<void> {
  await page.mouse.move(x, y);
  await page.mouse.move(x + 7, y + 5);
}

export async function centreOfText(page: Page, text: string): Promise<{ x: number; y: number }> {
  const box = await textEnds(page, text);
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

/** Clicks in the middle of the first occurrence of `text`. */
export async function clickText(page: Page, text: string): Promise<void> {
  const at = await centreOfText(page, text);
  await page.mouse.click(at.x, at.y);
}

/** A node of CDP's DOM.getDocument answer, as far as paintedHighlights reads it. */
export interface CdpNode {
  nodeName: string;
  nodeType?: number;
  nodeValue?: string;
  backendNodeId?: number;
  documentURL?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
  /** On a shadow root: 'closed', 'open' or 'user-agent'. */
  shadowRootType?: string;
}

/** An attribute of a node of CDP's DOM answer, or null. */
function attrOf(n: CdpNode, name: string): string | null {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1]!;
  return null;
}

/**
 * The centre, in the window, of the first element carrying `attr="value"`, closed shadow roots included (Lede's
 * toolbar lives in one), read through the DevTools protocol as paintedGroups reads the highlights.
 */
export async function centreOf(page: Page, attr: string, value: string): Promise<{ x: number; y: number }> {
  const box = await boxOf(page, attr, value);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The border box, in the window, of the first element carrying `attr="value"`, closed shadow roots included. */
export async function boxOf(
  page: Page,
  attr: string,
  value: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  return withPiercedNode(page, attr, value, async (node, cdp) => {
    if (!node) throw new Error(`no element with ${attr}="${value}"`);
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
      model: { content: number[]; border: number[] };
    };
    const q = model.border;
    return { x: q[0]!, y: q[1]!, width: q[4]! - q[0]!, height: q[5]! - q[1]! };
  });
}

/**
 * The words a node shows, as read through DevTools: its text nodes, and the words Lede draws from a `data-text`
 * attribute in its shadow root (`setText` in ui-host.ts: no text node there, so a page's window.find reads none).
 */
export function drawnText(n: CdpNode): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  return (attrOf(n, 'data-text') ?? '') + (n.children ?? []).map(drawnText).join('');
}

/** The words of the first element carrying `attr="value"`, closed shadow roots included; null when there is none. */
export async function piercedText(page: Page, attr: string, value: string): Promise<string | null> {
  return withPiercedNode(page, attr, value, async (node) => (node ? drawnText(node) : null));
}

/** Runs `use` on the first element carrying `attr="value"` in the whole document, read through DevTools. */
async function withPiercedNode<T>(
  page: Page,
  attr: string,
  value: string,
  use: (node: CdpNode | null, cdp: CDPSession) => Promise<T>,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (n: CdpNode): CdpNode | null => {
      if (attrOf(n, attr) === value) return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const hit = find(c);
        if (hit) return hit;
      }
      return null;
    };
    return await use(find(root), cdp);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** One highlight as Lede drew it: its group ("lede-yellow"), id, words, and boxes in document coordinates. */
export interface PaintedGroup {
  name: string;
  id: string | null;
  text: string;
  /** CDP's id for the group's element: a repaint makes a new element, so a new id. */
  node: number;
  boxes: { x: number; y: number; width: number; height: number; hidden: boolean }[];
}

/**
 * The highlights Lede painted in the page (or in `frame`'s document, not its subframes'). They live in a closed
 * shadow root the page's own scripts cannot open, so this reads them the way DevTools does, through the DevTools
 * protocol, which pierces closed roots (Chromium only).
 */
export async function paintedGroups(target: Page | Frame): Promise<PaintedGroup[]> {
  const isFrame = 'parentFrame' in target;
  const page = isFrame ? (target as Frame).page() : (target as Page);
  const frameUrl = isFrame && (target as Frame).parentFrame() ? (target as Frame).url() : null;
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let doc: CdpNode | null = root;
    if (frameUrl) {
      doc = null;
      const find = (n: CdpNode): void => {
        if (doc) return;
        if (n.contentDocument?.documentURL === frameUrl) doc = n.contentDocument;
        for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) find(c);
        if (n.contentDocument) find(n.contentDocument);
      };
      find(root);
    }
    const out: PaintedGroup[] = [];
    const px = (style: string, prop: string): number =>
      Number(new RegExp(`(?:^|;)\\s*${prop}:\\s*(-?[\\d.]+)px`).exec(style)?.[1] ?? NaN);
    const walk = (n: CdpNode, inPainter: boolean): void => {
      const name = inPainter ? attrOf(n, 'data-h') : null;
      if (name) {
        out.push({
          name,
          id: attrOf(n, 'data-id'),
          text: attrOf(n, 'data-text') ?? '',
          node: n.backendNodeId ?? 0,
          boxes: (n.children ?? []).map((b) => {
            const style = attrOf(b, 'style') ?? '';
            return {
              x: px(style, 'left'),
              y: px(style, 'top'),
              width: px(style, 'width'),
              height: px(style, 'height'),
              hidden: attrOf(b, 'hidden') !== null,
            };
          }),
        });
        return;
      }
      for (const c of n.children ?? []) walk(c, inPainter);
      // Lede's painter host (a random name saying nothing of Lede): its closed shadow root holds the groups; on a page
      // that kept removing that host, the body's closed root does (core/highlight/sealed-root.ts). Read by what they
      // are, closed roots, never by a name.
      for (const r of n.shadowRoots ?? []) if (r.shadowRootType === 'closed') walk(r, true);
    };
    if (doc) walk(doc, false);
    return out;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The highlights Lede painted, by group name ("lede-yellow"), with the words of each (paintedGroups). */
export async function paintedHighlights(target: Page | Frame): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const g of await paintedGroups(target)) (out[g.name] ??= []).push(g.text);
  return out;
}

/** Opens an extension page (popup, sidepanel, notes) in a tab, pointed at the article tab. */
export async function openExtensionPage(
  session: ExtensionSession,
  path: string,
  size: { width: number; height: number },
): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/**
 * Presses a key that closes the note editor (Escape; Control+Enter saves, then the page closes it) and releases it on
 * the page once the editor's frame is gone, or after `timeout` if it stays (a refused save keeps it open). A key
 * event CDP sends into a frame that is being torn down can wait a minute for an answer, which is what stalled
 * `keyboard.press` in tests under load; real keyboards do not wait.
 */
export async function pressClosingEditor(page: Page, key: 'Escape' | 'Control+Enter', timeout = 5_000): Promise<void> {
  const keys = key.split('+');
  // The key-down itself can be the event that waits: the editor's frame starts closing at it, and CDP's answer to
  // that very event then came after a minute (trust-page-reach (k3) timed out so in 2 of 9 runs alone). Each event is
  // sent at once, in order (one DevTools session delivers them in order), and waited for a moment at most.
  const briefly = (sent: Promise<void>) =>
    Promise.race([sent.catch(() => {}), new Promise<void>((done) => setTimeout(done, 500))]);
  for (const k of keys) await briefly(page.keyboard.down(k));
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline && page.frames().some((f) => f.url().includes('/note-editor.html')))
    await new Promise((done) => setTimeout(done, 25));
  for (const k of keys.reverse()) await briefly(page.keyboard.up(k));
}

/**
 * Waits until Lede's note editor (an extension page in a frame inside Lede's closed shadow root) is shown and has
 * put the focus in its note or tags field, so the reader's keys go there. Returns the editor's frame.
 */
export async function waitForNoteEditor(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  await page.bringToFront(); // keys go to the focused tab only
  while (Date.now() < deadline) {
    // A closed editor's frame lingers hidden for a moment beside the new one: look at each, newest first.
    for (const frame of page
      .frames()
      .filter((f) => f.url().includes('/note-editor.html'))
      .reverse()) {
      // An evaluate in a frame that is being replaced (the editor closes and reopens as a new frame) or whose
      // document has not started yet can wait with no end of its own: each look is bounded, then the frame is
      // looked up again, so a stalled look costs a second, not the test's whole time.
      const look = frame
        .evaluate(() => document.hasFocus() && /^(TEXTAREA|INPUT)$/.test(document.activeElement?.tagName ?? ''))
        .catch(() => false);
      const focused = await Promise.race([
        look,
        new Promise<false>((done) =>
          setTimeout(() => done(false), Math.max(0, Math.min(1_000, deadline - Date.now()))),
        ),
      ]);
      if (focused) return frame;
    }
    await page.waitForTimeout(50);
  }
  throw new Error('Lede’s note editor did not open with the focus in its note');
}

/**
 * Runs, in the background `worker`, what the context menu's "Highlight with Lede" and the shortcut run (a headless
 * browser can open neither), for tab `tabId` or, without one, the active tab; returns the background's reply. With
 * `menuText`, as the context menu runs it, opened on that selection.
 */
export function runHighlightCommand(worker: Worker, tabId?: number, menuText?: string): Promise<unknown> {
  return worker.evaluate(
    async ([id, menu]) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
        .chrome;
      const target = id ?? (await c.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      const run = (globalThis as unknown as Record<symbol, (tabId: number, menuText?: string) => Promise<unknown>>)[
        Symbol.for('lede.highlight-selection')
      ]!;
      return run(target!, menu);
    },
    [tabId, menuText] as const,
  );
}

/**
 * Presses Alt+Shift as the reader does for the shortcut (Alt+Shift+H: a page hears Alt and Shift go down, not H),
 * runs the background's highlight command on `tabId` (the active tab without one) while they are held, releases, and
 * gives the save a moment. Headless Chromium has no browser shortcuts.
 */
export async function pressShortcut(page: Page, worker: Worker, tabId?: number): Promise<unknown> {
  await page.bringToFront();
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  const reply = await runHighlightCommand(worker, tabId);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  await page.waitForTimeout(1200);
  return reply;
}

/**
 * A copy of `html` declaring `path` as its canonical, with a `window.navigate()` that moves the single-page site to
 * `next` at once and its canonical 300 ms later, as client-side routers do.
 */
export function singlePageStory(html: string, path: string, next: string): string {
  return html.replace('<head>', `<head><link rel="canonical" href="${path}">`).replace(
    '</body>',
    `<script>window.navigate = () => { history.pushState({}, '', '${next}'); setTimeout(() => {
          document.querySelector('link[rel=canonical]').href = '${next}'; }, 300); };</script></body>`,
  );
}
