// Parses saved HTML into a happy-dom Document for Node-side tools (CLI, bench, tests): no scripts, no network.
import { Window } from 'happy-dom';

/** A parsed page and the way to release its window. */
export interface ParsedPage {
  document: Document;
  /** Frees the happy-dom window; call when done with the document. Await it in loops: happy-dom closes async. */
  close(): Promise<void>;
}

/** Placeholder location for pages whose URL is unknown (reserved TLD, never resolves). */
export const UNKNOWN_URL = 'https://page.invalid/';

/**
 * Parses `html` as a page loaded from `url`, with JavaScript, CSS, iframes and navigation disabled, so a saved page
 * cannot run code or fetch anything. Throws only if happy-dom itself fails.
 */
export function parseHtml(html: string, url: string = UNKNOWN_URL): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const document = window.document as unknown as Document;
  document.write(html);
  return { document, close: () => window.happyDOM.close() };
}
