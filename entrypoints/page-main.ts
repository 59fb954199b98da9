// The rest of the page side, imported by the bootstrap only when the page has notes, the reader selected text or
// the extension asked (web-accessible with a per-session dynamic URL in Chrome, so its address is no fingerprint).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { HANDOFF, type BootHandoff } from './content/handoff';
import { PageLife } from './content/page-life';
import { KeyHold } from './content/key-hold';
import { openKeyWell } from './content/key-well';
import { startPageSession } from './content/page-session';

export default defineUnlistedScript(() => {
  const handoff = (window as unknown as Record<symbol, BootHandoff | undefined>)[HANDOFF];
  if (!handoff || handoff.main) return; // loaded by anything but the bootstrap, or twice: do nothing
  const start = (): void => {
    const life = new PageLife(() => !!handoff.api.runtime?.id);
    const root = document.documentElement;
    const session = startPageSession(document, life, handoff);
    handoff.main = {
      ...session,
      restartIfReplaced: () => {
        if (document.documentElement === root || !document.documentElement) return;
        // A note the reader was writing went with the old document, its editor's frame with it (red team 56): their
        // keys are held from the page from this task on, with those kept for it, and its editor opens again on the
        // new document's highlight (else they go to its draft).
        const carried = session.openNote();
        const hold = carried && handoff.input ? new KeyHold(handoff.input) : null;
        if (hold && carried) {
          hold.text = carried.text;
          hold.save = carried.save;
        }
        // Everything the old session added went with the old document; its subscriptions to the hub go now. The
        // new session asks the background for the page's notes as they are now, not as they were at load.
        life.end();
        handoff.notes = null;
        start();
        if (hold && carried) {
          handoff.main?.resumeNote(carried.note, hold);
          // The page may have listened again in the task that rewrote it, before the hub: until the editor is back,
          // the keys go into a frame of Lede's where the page hears none (key-well.ts).
          if (handoff.input) openKeyWell(document, handoff.input, () => !!handoff.main?.keepsNoteKeys());
        }
      },
    };
  };
  start();
});
