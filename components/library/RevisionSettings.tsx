// The library's setting for "changed since you read it": keep the text of highlighted articles or not, and how
// much of each (the copy is compressed; a 10,000-word article keeps about 60,000 characters).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import {
  DEFAULT_REVISION_SETTING,
  loadRevisionSetting,
  MAX_COPY_CHARS_LIMIT,
  saveRevisionSetting,
  type RevisionSetting,
} from '../../lib/revision-setting';

export function RevisionSettings({ onSaved }: { onSaved(message: string): void }) {
  const [setting, setSetting] = useState<RevisionSetting>(DEFAULT_REVISION_SETTING);
  useEffect(() => {
    void loadRevisionSetting()
      .then(setSetting)
      .catch(() => undefined);
  }, []);
  const save = async (next: RevisionSetting) => {
    setSetting(next);
    try {
      await saveRevisionSetting(next);
      onSaved(t('libSettingsSaved'));
    } catch (err) {
      onSaved(String(err));
    }
  };
  return (
    <section class="lib-panel" aria-labelledby="lib-revisions-h">
      <h2 id="lib-revisions-h" class="section-title">
        {t('libRevisions')}
      </h2>
      <label class="row">
        <input
          type="checkbox"
          checked={setting.keep}
          onChange={(e) => void save({ ...setting, keep: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>{t('libRevisionsKeep')}</span>
      </label>
      <label class="lib-label" for="lib-revisions-cap">
        {t('libRevisionsCap')}
      </label>
      <input
        id="lib-revisions-cap"
        type="number"
        min={1}
        max={MAX_COPY_CHARS_LIMIT / 1000}
        value={Math.round(setting.maxChars / 1000)}
        disabled={!setting.keep}
        onChange={(e) =>
          void save({ ...setting, maxChars: Number((e.currentTarget as HTMLInputElement).value) * 1000 })
        }
      />
    </section>
  );
}
