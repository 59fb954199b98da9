// Small line icons for the sidebar's tabs, drawn in the text colour; decorative (the tab's label names it).
const PATHS: Record<string, string> = {
  // A list with a check: facts.
  facts: 'M4 6h2M4 12h2M4 18h2M9 6h11M9 12h11M9 18h7',
  // Two quotation marks.
  quotes: 'M7 7h4v5c0 3-2 5-4 5M14 7h4v5c0 3-2 5-4 5',
  // A person beside a map pin.
  entities:
    'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 19c0-3 2-5 5-5s5 2 5 5M17 20s4-4.5 4-7.5a4 4 0 0 0-8 0c0 3 4 7.5 4 7.5zM17 12.5h.01',
  // A pencil.
  notes: 'M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4',
};

export function TabIcon({ tab }: { tab: string }) {
  return (
    <svg
      class="tab-icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={PATHS[tab] ?? ''} />
    </svg>
  );
}
