// Said above the key facts when part of the page is closed (a "read more" remainder, a closed panel): key facts read
// only what the page shows, so a page cannot slip words no reader saw into them beside a button of its own.
import { t } from '../lib/i18n';

/** "Part of this page is closed…"; nothing when every part is open. */
export function ClosedPartsNote({ parts }: { parts: number }) {
  if (parts <= 0) return null;
  return (
    <p class="muted" data-testid="closed-parts" role="note">
      {t('closedParts')}
    </p>
  );
}
