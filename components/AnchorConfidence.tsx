// How sure Lede is of where a highlight sits on the page as it is now: nothing when exact, a quiet "edited" when the
// passage was found with small edits, and a "moved?" mark with Confirm / Drop when the reader must decide.
import { useEffect, useState } from 'preact/hooks';
import type { UncertainPlacement } from '../core/anchoring/placement-report';
import { t } from '../lib/i18n';
import { WordDiff } from './RevisionDiff';

/** Words compared as the reader reads them: white space folded. */
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * How long the words found must have been shown unchanged before Confirm takes them: a page that flips the passage
 * back and forth cannot have a click land on words the reader had no time to see (red team 48).
 */
export const STEADY_MS = 1000;

/** Characters that draw nothing (soft hyphen, zero-width space and joiners, direction marks). */
const UNSEEN = /\p{Cf}/u;
const ALL_UNSEEN = /\p{Cf}/gu;
/** Scripts with look-alike letters (Latin "i" and Cyrillic "і", Latin "o" and Greek "ο"). */
const MIXED = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

/**
 * Whether the words found differ from the stored ones in ways the word diff cannot show: only by characters that
 * draw nothing, or by a changed word holding such a character or mixing Latin, Cyrillic or Greek letters. Pure.
 */
export function differsUnseen(stored: string, found: string): boolean {
  const before = squash(stored);
  const after = squash(found);
  if (before === after) return false;
  if (squash(stored.replace(ALL_UNSEEN, '')) === squash(found.replace(ALL_UNSEEN, ''))) return true;
  const storedWords = new Set(before.split(' '));
  return after.split(' ').some((w) => !storedWords.has(w) && (UNSEEN.test(w) || mixesScripts(w)));
}

function mixesScripts(word: string): boolean {
  return MIXED.filter((re) => re.test(word)).length > 1;
}

/** What to show for one placement: nothing, an "edited" note with the match in percent, or "moved?" with actions. */
export type ConfidenceMark = null | { kind: 'edited'; percent: number } | { kind: 'moved'; percent: number };

/** The mark for an annotation's placement (`undefined`: placed exactly, or not in the report). Pure. */
export function confidenceMark(placement: UncertainPlacement | undefined): ConfidenceMark {
  if (!placement) return null;
  const percent = Math.round(placement.score * 100);
  return placement.confidence === 'needs-confirmation' ? { kind: 'moved', percent } : { kind: 'edited', percent };
}

/** Placements by annotation id, from an AnchorReport's `uncertain` list (absent in reports from older pages). */
export function placementsById(uncertain: readonly UncertainPlacement[] | undefined): Map<string, UncertainPlacement> {
  return new Map((uncertain ?? []).map((u) => [u.id, u]));
}

/**
 * The confidence mark of one highlight card. Confirm: the reader says the highlighted words are the passage (the
 * caller re-describes the annotation at its new place). Drop: they are not (the caller keeps it as an orphan, text
 * and note kept).
 */
export function AnchorConfidence({
  placement,
  stored,
  onConfirm,
  onDrop,
}: {
  placement: UncertainPlacement | undefined;
  /** The words the reader highlighted, as stored. */
  stored: string;
  /** `words`: what the card showed as found there (the report's `found`), which the page side checks again. */
  onConfirm(words: string): void;
  onDrop(): void;
}) {
  const found = placement?.found;
  // Confirm waits until the words found have been shown unchanged for a moment.
  const [steady, setSteady] = useState(false);
  useEffect(() => {
    setSteady(false);
    const timer = setTimeout(() => setSteady(true), STEADY_MS);
    return () => clearTimeout(timer);
  }, [found]);
  const mark = confidenceMark(placement);
  if (!mark) return null;
  if (mark.kind === 'edited') {
    return (
      <p class="small muted" data-testid="anchor-edited" title={t('anchorEditedHelp')} style={{ margin: '4px 0' }}>
        {t('anchorEdited', mark.percent)}
      </p>
    );
  }
  return (
    <div
      class="row small"
      data-testid="anchor-moved"
      role="group"
      aria-label={t('anchorMoved')}
      style={{ margin: '4px 0' }}
    >
      <span class="chip" title={t('anchorMovedHelp')}>
        {t('anchorMoved')}
      </span>
      <span class="grow" />
      {/* Without the words found (a report from an older page), there is nothing the reader has seen to confirm. */}
      <button
        class="btn link"
        disabled={found === undefined || !steady}
        onClick={() => found !== undefined && steady && onConfirm(found)}
      >
        {t('anchorConfirm')}
      </button>
      <button class="btn link danger" onClick={onDrop}>
        {t('anchorDrop')}
      </button>
      {/* Confirm stores the words there as they are now: where they are not the reader's own, the card shows how they
          differ, so that what is confirmed is what was seen (red team 47, W1). */}
      {found !== undefined && squash(found) !== squash(stored) && (
        <div class="grow" data-testid="anchor-found" style={{ flexBasis: '100%' }}>
          <p class="small muted" style={{ margin: '4px 0 0' }}>
            {t('anchorFoundWords')}
          </p>
          <WordDiff before={stored} after={found} />
          {differsUnseen(stored, found) && (
            <p class="small" data-testid="anchor-unseen" style={{ margin: '4px 0 0', color: 'var(--danger)' }}>
              {t('anchorUnseenChange')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
