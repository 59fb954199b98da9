// "Copy" beside a highlight, fact or quote: the passage with its source, as Markdown, plain text, APA or Chicago.
import { useState } from 'preact/hooks';
import { citePassage, type CitationFormat, type CitedPassage } from '../core/export/citation';
import { t, type MessageKey } from '../lib/i18n';

const CHOICES: [CitationFormat, MessageKey][] = [
  ['markdown', 'copyMarkdown'],
  ['plain', 'copyPlain'],
  ['apa', 'copyApa'],
  ['chicago', 'copyChicago'],
];

export function CopyWithSource({ cite, onDone }: { cite(): CitedPassage; onDone(message: string): void }) {
  const [open, setOpen] = useState(false);
  const copy = async (format: CitationFormat) => {
    setOpen(false);
    try {
      await navigator.clipboard.writeText(citePassage(cite(), format));
      onDone(t('copied'));
    } catch (err) {
      onDone(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <span class="copy-source" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        class="btn link small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title={t('copyAs')}
      >
        {t('copy')}
      </button>
      {open && (
        <span class="copy-choices" role="group" aria-label={t('copyAs')}>
          {CHOICES.map(([format, label]) => (
            <button key={format} type="button" class="btn small" onClick={() => void copy(format)}>
              {t(label)}
            </button>
          ))}
        </span>
      )}
    </span>
  );
}
