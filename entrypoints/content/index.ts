// Content script: thin wiring. Everything it does is in the page session, whose timers and listeners go through ctx.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageSession } from './page-session';

export default defineContentScript({
  // Highlights must be painted again on every later visit to an annotated article, so the script runs on every
  // http(s) page; it stays dormant (one cheap check, no UI) on pages that are not articles and have no notes.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageSession(document, ctx);
  },
});
