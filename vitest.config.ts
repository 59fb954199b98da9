// Unit tests: pure core in Node (happy-dom documents passed in, fake-indexeddb), extension glue with WXT's fake browser.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    testTimeout: 20_000,
    // One module graph per worker, not per file: the suite's files share no mutable module state (no vi.mock, no
    // patched prototypes; fake timers and stubbed globals are restored), and re-importing compromise, happy-dom and
    // the core in each of 150 files cost more than the tests themselves (a full run 250 s isolated, 66-124 s not, on
    // this loaded 2-core machine). Checked with `npx vitest run --sequence.shuffle` twice; a test that leaks state
    // into another must restore it rather than switch this back.
    isolate: false,
  },
});
