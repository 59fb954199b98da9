// Opening Lede's other surfaces from a click: the sidebar (Chrome side panel / Firefox sidebar) and the library.
import { browser } from 'wxt/browser';

interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

/** Must run inside the click handler itself: both browsers demand a user gesture. */
export function openSidebar(tabId: number | null): Promise<void> {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  if (chromeSidePanel && tabId !== null) return chromeSidePanel.open({ tabId });
  const sidebar = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('This browser has no sidebar for extensions.'));
}

export function openLibrary(query = ''): Promise<unknown> {
  return browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)(`/notes.html${query}`) });
}
