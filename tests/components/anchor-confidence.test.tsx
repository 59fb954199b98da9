// The reader sees how sure Lede is of a highlight's place: nothing when exact, "edited" with the match when fuzzy,
// and "moved?" with Confirm / Drop when the placement needs confirmation.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import {
  AnchorConfidence,
  confidenceMark,
  differsUnseen,
  placementsById,
  STEADY_MS,
} from '../../components/AnchorConfidence';
import type { UncertainPlacement } from '../../core/anchoring/index';
import { useHappyDomDocument } from './happy-dom-document';

const fuzzy: UncertainPlacement = { id: 'a', confidence: 'fuzzy', score: 0.874 };
const STORED = 'separate bilateral agreements, including a non-aggression pledge';
const moved: UncertainPlacement = { id: 'b', confidence: 'needs-confirmation', score: 0.61, found: STORED };

describe('confidenceMark', () => {
  it.each<[string, UncertainPlacement | undefined, ReturnType<typeof confidenceMark>]>([
    ['an exact placement shows nothing', undefined, null],
    ['a fuzzy placement says it was edited, with the match in percent', fuzzy, { kind: 'edited', percent: 87 }],
    ['a placement to confirm says "moved?"', moved, { kind: 'moved', percent: 61 }],
  ])('%s', (_name, placement, expected) => {
    expect(confidenceMark(placement)).toEqual(expected);
  });

  it('indexes a report by annotation id, and a report without the list as empty', () => {
    expect(placementsById([fuzzy, moved]).get('b')).toBe(moved);
    expect(placementsById(undefined).size).toBe(0);
  });
});

describe('differsUnseen', () => {
  const STORED_WORDS = 'separate bilateral agreements, including a non-aggression pledge';
  it.each([
    ['a Cyrillic і inside a Latin word', STORED_WORDS.replace('including', 'іncluding'), true],
    ['a soft hyphen inside a word', STORED_WORDS.replace('including', 'in\u00adcluding'), true],
    ['a zero-width space between words', STORED_WORDS.replace(' a ', ' a\u200b '), true],
    ['another word, which the diff shows', STORED_WORDS.replace('including', 'excluding'), false],
    ['the same words, spaced otherwise', STORED_WORDS.replace(' ', '\n '), false],
    ['a word in Russian, whole', STORED_WORDS.replace('including', 'включая'), false],
  ])('%s: %s', (_name, found, expected) => {
    expect(differsUnseen(STORED_WORDS, found)).toBe(expected);
  });
});

/**
 * Until Confirm takes the words found (they must have been shown unchanged for a moment): the moment itself, then
 * until the first button is enabled. Preact starts the moment's timer in an effect, after a frame, which a loaded
 * machine delays past any fixed margin (the full unit suite on two busy cores failed a 150 ms one).
 */
const steady = async () => {
  await new Promise((r) => setTimeout(r, STEADY_MS));
  await vi.waitFor(() => expect(document.querySelector('button')?.disabled).toBe(false), { timeout: 5000 });
};

describe('AnchorConfidence', () => {
  const { mountHost } = useHappyDomDocument();
  let host: HTMLElement;
  const mount = (placement: UncertainPlacement | undefined) => {
    host = mountHost();
    const onConfirm = vi.fn();
    const onDrop = vi.fn();
    render(<AnchorConfidence placement={placement} stored={STORED} onConfirm={onConfirm} onDrop={onDrop} />, host);
    return { onConfirm, onDrop };
  };

  it('renders nothing for an exact placement', () => {
    mount(undefined);
    expect(host.textContent).toBe('');
  });

  it('offers Confirm and Drop for a placement that needs confirmation, each calling its action once', async () => {
    const { onConfirm, onDrop } = mount(moved);
    await steady();
    expect(host.querySelector('[data-testid="anchor-moved"]')).not.toBeNull();
    const [confirm, drop] = [...host.querySelectorAll('button')];
    confirm.click();
    expect(onConfirm).toHaveBeenCalledTimes(1);
    // The words found there go with the Confirm: the page side stores them only if they are still those words.
    expect(onConfirm).toHaveBeenCalledWith(STORED);
    expect(onDrop).not.toHaveBeenCalled();
    drop.click();
    expect(onDrop).toHaveBeenCalledTimes(1);
  });

  it('shows a placement to confirm whose words differ from the stored ones word by word, before Confirm sends them', async () => {
    const found = 'separate bilateral agreements, excluding a non-aggression pledge';
    const { onConfirm } = mount({ ...moved, found });
    const diff = host.querySelector('[data-testid="anchor-found"]');
    expect(diff?.querySelector('del')?.textContent).toBe('including');
    expect(diff?.querySelector('ins')?.textContent).toBe('excluding');
    // Another word the diff shows: no warning about look-alike letters.
    expect(host.querySelector('[data-testid="anchor-unseen"]')).toBeNull();
    await steady();
    host.querySelector('button')!.click();
    expect(onConfirm).toHaveBeenCalledWith(found);
  });

  it('shows no word diff where the words found are the stored ones, and cannot confirm words it was not given', () => {
    mount(moved);
    expect(host.querySelector('[data-testid="anchor-found"]')).toBeNull();
    const { onConfirm } = mount({ ...moved, found: undefined });
    const confirm = host.querySelector('button')!;
    expect(confirm.disabled).toBe(true);
    confirm.click();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('takes Confirm only once the words found have been shown unchanged for a moment (red team 48)', async () => {
    const onConfirm = vi.fn();
    host = mountHost();
    const show = (found: string) =>
      render(
        <AnchorConfidence placement={{ ...moved, found }} stored={STORED} onConfirm={onConfirm} onDrop={vi.fn()} />,
        host,
      );
    show(STORED);
    const confirm = () => host.querySelector('button')!;
    expect(confirm().disabled).toBe(true);
    confirm().click();
    expect(onConfirm).not.toHaveBeenCalled();
    await steady();
    expect(confirm().disabled).toBe(false);
    // The page flips the words: Confirm waits again before it takes the new ones.
    const flipped = STORED.replace('including', 'excluding');
    show(flipped);
    await new Promise((r) => setTimeout(r, 50));
    expect(confirm().disabled).toBe(true);
    confirm().click();
    expect(onConfirm).not.toHaveBeenCalled();
    await steady();
    confirm().click();
    expect(onConfirm).toHaveBeenCalledWith(flipped);
  });

  it('warns where the words found differ only by look-alike or unseen characters (red team 48)', () => {
    mount({ ...moved, found: STORED.replace('including', 'іncluding') });
    expect(host.querySelector('[data-testid="anchor-unseen"]')?.textContent).toBe('anchorUnseenChange');
  });

  it('shows a fuzzy placement as edited, with no buttons to press', () => {
    mount(fuzzy);
    expect(host.querySelector('[data-testid="anchor-edited"]')).not.toBeNull();
    expect(host.querySelectorAll('button')).toHaveLength(0);
  });
});
