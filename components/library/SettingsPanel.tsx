// Settings in the library: what each colour means, the default colour, the sites where Lede stays quiet, and the sites
// where the reader let selecting work although the site blocks it.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { saveSettings, type LedeSettings } from '../../lib/settings';

export function SettingsPanel({ settings, onSaved }: { settings: LedeSettings; onSaved(message: string): void }) {
  const [draft, setDraft] = useState(settings);
  const [quiet, setQuiet] = useState(settings.quietSites.join('\n'));
  const [select, setSelect] = useState(settings.selectSites.join('\n'));
  useEffect(() => {
    setDraft(settings);
    setQuiet(settings.quietSites.join('\n'));
    setSelect(settings.selectSites.join('\n'));
  }, [settings]);

  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await saveSettings({ ...draft, quietSites: hosts(quiet), selectSites: hosts(select) });
      onSaved(t('libSettingsSaved'));
    } catch (err) {
      onSaved(String(err));
    }
  };

  return (
    <section class="lib-panel" aria-labelledby="lib-settings-h">
      <h2 id="lib-settings-h" class="section-title">
        {t('libSettings')}
      </h2>
      <form onSubmit={(e) => void save(e)}>
        <fieldset class="lib-fieldset">
          <legend>{t('libColourMeanings')}</legend>
          <div class="row small muted lib-colour-head" aria-hidden="true">
            <span class="grow" />
            <span>{t('libDefaultColour')}</span>
          </div>
          {draft.colors.map((c, i) => (
            <div key={c.id} class="row lib-colour-row">
              <span class={`swatch ${c.id}`} aria-hidden="true" />
              <label class="visually-hidden" for={`lib-colour-${c.id}`}>
                {c.id}
              </label>
              <input
                id={`lib-colour-${c.id}`}
                type="text"
                maxLength={60}
                value={c.label}
                onInput={(e) => {
                  const colors = draft.colors.slice();
                  colors[i] = { ...c, label: (e.currentTarget as HTMLInputElement).value };
                  setDraft({ ...draft, colors });
                }}
              />
              <label class="lib-default">
                <input
                  type="radio"
                  name="lib-default"
                  checked={draft.defaultColor === c.id}
                  onChange={() => setDraft({ ...draft, defaultColor: c.id })}
                />
                <span class="visually-hidden">
                  {t('libDefaultColour')}: {c.label}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <HostList
          id="lib-quiet"
          label={t('libQuietSites')}
          help={t('libQuietSitesHelp')}
          rows={3}
          value={quiet}
          onInput={setQuiet}
        />
        <HostList
          id="lib-select"
          label={t('libSelectSites')}
          help={t('libSelectSitesHelp')}
          rows={2}
          value={select}
          onInput={setSelect}
        />
        <button type="submit" class="btn primary">
          {t('libSaveSettings')}
        </button>
      </form>
    </section>
  );
}

/** A labelled list of host names, one per line, with its help beneath. */
function HostList(p: {
  id: string;
  label: string;
  help: string;
  rows: number;
  value: string;
  onInput(v: string): void;
}) {
  return (
    <>
      <label for={p.id} class="lib-label">
        {p.label}
      </label>
      <textarea
        id={p.id}
        rows={p.rows}
        value={p.value}
        placeholder="example.com"
        aria-describedby={`${p.id}-help`}
        onInput={(e) => p.onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p id={`${p.id}-help`} class="small muted">
        {p.help}
      </p>
    </>
  );
}

/** Host names typed one per line (or pasted as addresses): lower case, no scheme or path, each once. */
function hosts(text: string): string[] {
  const list = text
    .split(/[\s,]+/)
    .map((s) =>
      s
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, ''),
    )
    .filter(Boolean);
  return [...new Set(list)];
}
