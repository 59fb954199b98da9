// A transient message at the bottom of a page, with Undo when the action can be taken back.
import { useEffect } from 'preact/hooks';
import { t } from '../lib/i18n';

/** A message for the reader, with the action that takes it back when there is one. Every page's toast is this. */
export interface Toast {
  message: string;
  undo?: () => void;
}

export function ToastBar({ toast, onClose }: { toast: Toast | null; onClose(): void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, toast.undo ? 8000 : 4000);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  // The live region is always in the page, so screen readers announce each message when it appears in it.
  return (
    <div class="toast-region" role="status" aria-live="polite" data-testid="live-region">
      {toast && (
        <div class="toast">
          <span>{toast.message}</span>
          {toast.undo && (
            <button
              type="button"
              class="btn link"
              onClick={() => {
                toast.undo!();
                onClose();
              }}
            >
              {t('undo')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
