// The sidebar's list of the reader's highlights shows how each was placed: "moved?" with Confirm / Drop under a
// placement that needs confirmation, an "edited" note under a fuzzy one, nothing under an exact one or an orphan.
import { render } from 'preact';
import { STEADY_MS } from '../../components/AnchorConfidence';
import { describe, expect, it, vi } from 'vitest';
import { HighlightList, type HighlightActions } from '../../components/HighlightList';
import type { Annotation } from '../../core/types';
import type { AnchorReport } from '../../lib/messaging';
import { useHappyDomDocument } from './happy-dom-document';

const KEY = 'https://news.example/story';
function note(id: string, exact: string, start: number): Annotation {
  return {
    id,
    articleKey: KEY,
    target: {
      source: KEY,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
    body: { note: '', tags: [], color: 'yellow' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}
const exact = note('urn:uuid:exact', 'the council voted', 10);
const edited = note('urn:uuid:edited', 'approve the budget', 40);
const moved = note('urn:uuid:moved', 'the bridge', 80);
const lost = note('urn:uuid:lost', 'a removed line', 120);
const report: AnchorReport = {
  articleKey: KEY,
  anchored: [exact.id, edited.id, moved.id],
  orphans: [{ id: lost.id, reason: 'not found' }],
  uncertain: [
    { id: edited.id, confidence: 'fuzzy', score: 0.9 },
    { id: moved.id, confidence: 'needs-confirmation', score: 0.55, found: 'the bridge' },
  ],
};

describe('HighlightList with an anchoring report', () => {
  const { mountHost } = useHappyDomDocument();
  let host: HTMLElement;
  const mount = (r: AnchorReport | null) => {
    host = mountHost();
    const actions: HighlightActions = {
      show: vi.fn(),
      update: vi.fn(),
      remove: vi.fn(),
      confirm: vi.fn(),
      drop: vi.fn(),
    };
    render(<HighlightList annotations={[lost, moved, edited, exact]} report={r} actions={actions} />, host);
    const card = (text: string) =>
      [...host.querySelectorAll('[data-testid="highlight"]')].find((li) => li.textContent!.includes(text))!;
    return { actions, card };
  };

  it('marks only the placement to confirm with "moved?", and Confirm / Drop act on that highlight', async () => {
    const { actions, card } = mount(report);
    expect(host.querySelectorAll('[data-testid="anchor-moved"]')).toHaveLength(1);
    const movedCard = card('the bridge');
    expect(movedCard.querySelector('[data-testid="anchor-moved"]')).not.toBeNull();
    expect(card('approve the budget').querySelector('[data-testid="anchor-edited"]')!.textContent).toContain('90');
    expect(card('the council voted').querySelector('[data-testid^="anchor-"]')).toBeNull();
    // The orphan is listed apart with its text and no mark.
    const orphans = host.querySelector('[data-testid="orphans"]')!;
    expect(orphans.textContent).toContain('a removed line');
    expect(orphans.querySelector('[data-testid^="anchor-"]')).toBeNull();
    const buttons = [...movedCard.querySelectorAll('[data-testid="anchor-moved"] button')] as HTMLButtonElement[];
    // Confirm takes the words once they have been shown for a moment (AnchorConfidence's STEADY_MS).
    await new Promise((r) => setTimeout(r, STEADY_MS + 150));
    buttons[0]!.click();
    // With the words the page side found there, which it checks again before storing them.
    expect(actions.confirm).toHaveBeenCalledWith(moved, 'the bridge');
    buttons[1]!.click();
    expect(actions.drop).toHaveBeenCalledWith(moved);
  });

  it('shows no mark when the report is missing or predates the uncertain list', () => {
    mount({ ...report, uncertain: undefined });
    expect(host.querySelector('[data-testid^="anchor-"]')).toBeNull();
  });

  it('an edit saves tags by the note editor\'s rule: "#politics #economy, politics" is two tags', async () => {
    const { actions, card } = mount(report);
    const row = card('the council voted');
    (row.querySelector('button.btn.link:not(.danger)') as HTMLButtonElement).click(); // Edit
    await new Promise((r) => setTimeout(r, 0)); // Preact re-renders after the click
    const field = row.querySelector('input[type="text"]') as HTMLInputElement; // the tag field
    field.value = '#politics #economy, politics';
    field.dispatchEvent(
      new (field.ownerDocument.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }),
    );
    await new Promise((r) => setTimeout(r, 0));
    (row.querySelector('button.btn.primary') as HTMLButtonElement).click(); // Save
    expect(actions.update).toHaveBeenCalledWith(
      expect.objectContaining({ id: exact.id, body: expect.objectContaining({ tags: ['politics', 'economy'] }) }),
    );
  });
});
