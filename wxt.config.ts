// Build configuration: WXT turns entrypoints/ into Chrome MV3 and Firefox MV2 manifests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { drawIcon, ICON_SIZES } from './assets/icon/draw-icon';

const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Only the note editor is ever framed, by Lede's own content script on a web page; every other extension page is
  // not web-accessible, so no page can frame it whatever this says.
  "frame-ancestors 'self' http: https:",
  "connect-src 'none'",
  "img-src 'self' data: blob:",
].join('; ');

const PAGE_MATCHES = ['http://*/*', 'https://*/*'];
const WEB_ACCESSIBLE = ['page-main.js', 'note-editor.html'];

export default defineConfig({
  // Explicit imports everywhere (docs/style.md): every file shows what it depends on.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The icon is drawn from its source (assets/icon/draw-icon.ts) on every build: public/ holds only files copied
    // as they are. WXT finds icon/<size>.png among the output and lists them in the manifest.
    'build:publicAssets': (wxt, files) => {
      const dir = join(wxt.config.wxtDir, 'icon');
      mkdirSync(dir, { recursive: true });
      for (const size of ICON_SIZES) {
        const file = join(dir, `${size}.png`);
        writeFileSync(file, drawIcon(size));
        files.push({ absoluteSrc: file, relativeDest: `icon/${size}.png` });
      }
    },
  },
  // The sources zip (for Firefox's review) needs the code that builds the extension, not test pages or outputs.
  zip: { excludeSources: ['tests/**', 'bench/**', 'demo-output/**', 'docs/**', '.tmp/**'] },
  manifest: ({ browser, command }) => ({
    name: 'Lede',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      // storage: small versioned preferences (colours, quiet sites); annotations live in IndexedDB.
      'storage',
      // contextMenus: "Highlight with Lede" on a selection.
      'contextMenus',
      // sidePanel: the fact sidebar in Chrome (Firefox uses sidebar_action from the same entry).
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      // scripting: the background wakes a tab's sleeping page side (lib/page-wake.ts) where the site has notes or an
      // extension page messages the tab, so that pages with no notes run no extension API at load (issue #13). It
      // also registers the note-hold script while a note is open (entrypoints/background/note-watch.ts).
      'scripting',
      // webNavigation (Chrome): each subframe's URL, so that subframes sleep too and are woken only where their site
      // has notes (entrypoints/background/page-watch.ts `watchFrames`). Chrome shows no warning for it beside the host
      // permissions (its all-hosts message absorbs it); Firefox would show "access browser activity during
      // navigation", so there subframes ask for themselves instead.
      ...(browser === 'firefox' ? [] : ['webNavigation']),
      // Firefox (MV2) takes host permissions here; see host_permissions below.
      ...(browser === 'firefox' ? PAGE_MATCHES : []),
    ],
    // Host access to every http(s) page, which `scripting` and each tab's URL in `tabs.onUpdated` need. The install
    // warning is the one the content script already causes ("read and change all your data on all websites"); what
    // it adds is that the background may run a function in a page at any time (only Lede's own wake call, in Lede's
    // isolated world: entrypoints/background/page-watch.ts and lib/send-to-tab.ts).
    ...(browser === 'firefox' ? {} : { host_permissions: PAGE_MATCHES }),
    // Firefox has no File System Access API, so the reader's folder becomes a scheduled backup into the downloads
    // folder (lib/scheduled-backup.ts). `downloads` is optional, asked the moment the reader turns backups on:
    // nothing is asked at install. No `alarms`: the backup is checked when the background starts, when the library
    // opens and after every change to the notes; with no change there is nothing new to back up, so a timer would
    // add a permanent permission for nothing. Chrome writes the chosen folder instead and asks for neither.
    ...(browser === 'firefox' ? { optional_permissions: ['downloads'] } : {}),
    // Extension pages: only our own scripts, no plugins, and no network at all (Lede never calls out).
    // Dev mode (`wxt`) needs its reload server, so the lock applies to builds.
    ...(command === 'build'
      ? browser === 'firefox'
        ? { content_security_policy: STRICT_CSP }
        : { content_security_policy: { extension_pages: STRICT_CSP } }
      : {}),
    // The bootstrap content script (entrypoints/page-boot.ts), in every frame: highlighting works in frames too.
    content_scripts: [{ matches: PAGE_MATCHES, js: ['page-boot.js'], run_at: 'document_start', all_frames: true }],
    // The lazily loaded page script and the note editor frame. Chrome: only through a per-session dynamic URL, so a
    // page cannot probe a fixed chrome-extension://<id>/… address to learn that Lede is installed. Firefox (MV2):
    // a string list; its moz-extension:// address is already random per installation.
    web_accessible_resources:
      browser === 'firefox'
        ? WEB_ACCESSIBLE
        : [{ resources: WEB_ACCESSIBLE, matches: PAGE_MATCHES, use_dynamic_url: true }],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lede@lede.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
