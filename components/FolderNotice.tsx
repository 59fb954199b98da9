// The popup's word when the reader's folder stopped being written (the browser withdrew the permission, or a write
// failed): says so plainly and opens the library, whose button asks the browser again (that needs a click in a
// page that stays open; a popup closes as soon as the browser's prompt takes focus).
import { useEffect, useState } from 'preact/hooks';
import type { FolderStatus } from '../core/vault/folder-status';
import { loadFolderStatus, watchFolderStatus } from '../lib/folder-status';
import { t } from '../lib/i18n';

export function FolderNotice({ onOpenLibrary }: { onOpenLibrary(): void }) {
  const [status, setStatus] = useState<FolderStatus | null>(null);
  useEffect(() => {
    void loadFolderStatus()
      .then(setStatus)
      .catch(() => undefined);
    return watchFolderStatus(setStatus);
  }, []);
  if (status?.state !== 'needs-permission' && status?.state !== 'failed') return null;
  return (
    <section role="alert" class="folder-notice" data-testid="folder-notice">
      <p class="small">
        {status.state === 'needs-permission'
          ? t('folderNeedsPermission', status.folder ?? '')
          : t('folderFailed', status.reason ?? '')}
      </p>
      <button type="button" class="btn primary" onClick={onOpenLibrary}>
        {t('folderOpenLibrary')}
      </button>
    </section>
  );
}
