// Component tests render with Preact into a happy-dom window made the global document for one describe block (the
// unit tests run in Node). Each mount gets a fresh host element, unmounted and removed after each test.
import { Window } from 'happy-dom';
import { render } from 'preact';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** Installs the document for the enclosing describe block; `mountHost()` gives the element to render into. */
export function useHappyDomDocument(): { document: Document; mountHost(): HTMLElement } {
  const window = new Window({ url: 'http://127.0.0.1/' });
  const document = window.document as unknown as Document;
  let host: HTMLElement | null = null;
  beforeAll(() => {
    (globalThis as { document?: Document }).document = document;
  });
  afterAll(async () => {
    delete (globalThis as { document?: Document }).document;
    await window.happyDOM.close();
  });
  afterEach(() => {
    if (!host) return;
    render(null, host);
    host.remove();
    host = null;
  });
  return {
    document,
    mountHost() {
      host = document.createElement('div');
      document.body.appendChild(host);
      return host;
    },
  };
}
