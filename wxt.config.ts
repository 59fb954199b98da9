// Build configuration: WXT turns entrypoints/ into Chrome MV3 and Firefox MV2 manifests.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  // Explicit imports everywhere (STYLE.md): every file shows what it depends on.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Lede',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      // storage: small versioned preferences (colours, quiet sites); annotations live in IndexedDB.
      'storage',
      // activeTab: read the current tab's article only after the reader clicks Lede; no broad host access.
      'activeTab',
      // contextMenus: "Highlight with Lede" on a selection.
      'contextMenus',
      // sidePanel: the fact sidebar in Chrome (Firefox uses sidebar_action from the same entry).
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
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
