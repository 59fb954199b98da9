// Build configuration: WXT turns entrypoints/ into Chrome MV3 and Firefox MV2 manifests.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "connect-src 'none'",
  "img-src 'self' data: blob:",
].join('; ');

export default defineConfig({
  // Explicit imports everywhere (STYLE.md): every file shows what it depends on.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
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
    ],
    // Extension pages: only our own scripts, no plugins, and no network at all (Lede never calls out).
    // Dev mode (`wxt`) needs its reload server, so the lock applies to builds.
    ...(command === 'build'
      ? browser === 'firefox'
        ? { content_security_policy: STRICT_CSP }
        : { content_security_policy: { extension_pages: STRICT_CSP } }
      : {}),
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
