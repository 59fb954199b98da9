// The library's source ledger: who was quoted saying what across the reader's annotated articles (by date and
// outlet, each quote linking back to its passage), and figures two outlets report differently. Built on demand
// from the cached extractions; page text is rendered as text, and links are only ever http(s).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ledgerLink, SourceLedger, type LedgerPerson } from '../../core/ledger';
import type { Extraction } from '../../core/types';
import { t } from '../../lib/i18n';
import type { ExportSource } from './ExportButtons';
import { isWebLink } from './web-link';

/** Extractions fetched at once while building (each is one background round trip). */
const BATCH = 50;

function PersonQuotes({ person }: { person: LedgerPerson }) {
  return (
    <ol class="ledger-quotes">
      {person.quotes.map((q, i) => (
        <li key={i}>
          <blockquote>“{q.text}”</blockquote>
          <p class="small muted">
            {q.date.slice(0, 10)} · {q.outlet} · {q.title}{' '}
            {isWebLink(q.url) && (
              <a href={ledgerLink(q)} target="_blank" rel="noopener noreferrer">
                {t('ledgerOpenQuote')}
              </a>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}

export function LedgerView({ source }: { source: ExportSource }) {
  const [ledger, setLedger] = useState<SourceLedger | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [openKey, setOpenKey] = useState<string | null>(null);

  const build = async () => {
    setProgress(t('ledgerBuilding', 0));
    const { articles, annotations } = await source.everything();
    const annotated = new Set(annotations.map((a) => a.articleKey));
    const records = articles.filter((a) => annotated.has(a.key));
    const found: { article: (typeof records)[number]; extraction: Extraction }[] = [];
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const extractions = await Promise.all(batch.map((a) => source.extractionOf(a.key)));
      batch.forEach((article, j) => extractions[j] && found.push({ article, extraction: extractions[j]! }));
      setProgress(t('ledgerBuilding', Math.min(records.length, i + BATCH)));
    }
    setLedger(new SourceLedger(found));
    setProgress(null);
  };
  const [shown, setShown] = useState(false);
  useEffect(() => {
    // Built when the reader opens the panel (one round trip per annotated article); "Rebuild" picks up newer notes.
    if (shown) void build().catch((err: unknown) => setProgress(String(err)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown]);

  const people = useMemo(() => ledger?.search(query, 50) ?? [], [ledger, query]);
  const conflicts = useMemo(() => ledger?.conflicts(50) ?? [], [ledger]);

  return (
    <section class="lib-panel ledger" aria-labelledby="ledger-h" data-testid="ledger">
      <h2 id="ledger-h" class="section-title">
        {t('ledgerTitle')}
      </h2>
      {!shown && (
        <button type="button" class="btn" onClick={() => setShown(true)}>
          {t('ledgerOpen')}
        </button>
      )}
      {shown && (
        <>
          {progress && (
            <p class="small muted" role="status">
              {progress}
            </p>
          )}
          <div class="row">
            <input
              type="search"
              aria-label={t('ledgerSearch')}
              placeholder={t('ledgerSearch')}
              value={query}
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            />
            <button type="button" class="btn" onClick={() => void build()}>
              {t('ledgerRebuild')}
            </button>
          </div>
          {ledger && people.length === 0 && <p class="small muted">{t('ledgerNobody')}</p>}
          <ul class="ledger-people">
            {people.map((p) => (
              <li key={p.key}>
                <button
                  type="button"
                  class="btn link"
                  aria-expanded={openKey === p.key}
                  onClick={() => setOpenKey(openKey === p.key ? null : p.key)}
                >
                  {p.name}
                </button>{' '}
                <span class="small muted">{t('ledgerCounts', p.quotes.length, p.outlets)}</span>
                {openKey === p.key && <PersonQuotes person={p} />}
              </li>
            ))}
          </ul>
          {conflicts.length > 0 && (
            <>
              <h3 class="lib-label">{t('ledgerFigures')}</h3>
              <ul class="ledger-figures">
                {conflicts.map((c, i) => (
                  <li key={i}>
                    <p class="small muted">{c.about.slice(0, 6).join(' · ')}</p>
                    {c.figures.map((f, j) => (
                      <p key={j}>
                        <strong>{f.value}</strong> · {f.outlet} · {f.date.slice(0, 10)}{' '}
                        {isWebLink(f.url) && (
                          <a href={ledgerLink(f)} target="_blank" rel="noopener noreferrer">
                            {t('ledgerOpenQuote')}
                          </a>
                        )}
                      </p>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
