// Key facts, quotes (optionally grouped by speaker) and entities: each item is a button that shows its passage.
import type { Entity, Fact, Quote, Selector } from '../core/types';
import { t } from '../lib/i18n';
import { FactText } from './FactText';

export interface ItemActions {
  /** Scroll the page to the passage and flash it. */
  show(selectors: Selector[]): void;
  /** Save the passage as one of the reader's highlights (sidebar only). */
  save?(kind: 'fact' | 'quote', text: string, selectors: Selector[]): void;
}

function activate(handler: () => void) {
  return {
    onClick: handler,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        handler();
      }
    },
  };
}

export function FactList({ facts, actions, limit }: { facts: Fact[]; actions: ItemActions; limit?: number }) {
  const shown = limit ? facts.slice(0, limit) : facts;
  if (shown.length === 0) return <p class="muted">{t('nothingYet')}</p>;
  return (
    <ul class="list" aria-label={t('keyFacts')}>
      {shown.map((f) => (
        <li key={f.id} class="item clickable" role="button" tabIndex={0} title={t('showOnPage')} data-testid="fact" {...activate(() => actions.show([f.source.selector]))}>
          <FactText fact={f} />
          {actions.save && (
            <div class="row" style={{ marginTop: '4px' }}>
              <span class="grow" />
              <button class="btn link small" onClick={(e) => { e.stopPropagation(); actions.save!('fact', f.text, [f.source.selector]); }}>
                {t('saveAsHighlight')}
              </button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function QuoteItem({ quote, actions }: { quote: Quote; actions: ItemActions }) {
  return (
    <li class="item clickable" role="button" tabIndex={0} title={t('showOnPage')} data-testid="quote" {...activate(() => actions.show([quote.source.selector]))}>
      <div class="quote-text">{quote.text}</div>
      <div class="row small" style={{ marginTop: '4px' }}>
        <span class="speaker">{quote.speaker ?? t('unknownSpeaker')}</span>
        {quote.kind !== 'direct' && <span class="chip">{quote.kind}</span>}
        <span class="grow" />
        {actions.save && (
          <button class="btn link small" onClick={(e) => { e.stopPropagation(); actions.save!('quote', quote.text, [quote.source.selector]); }}>
            {t('saveAsHighlight')}
          </button>
        )}
      </div>
      {quote.attribution && <div class="small muted">{quote.attribution}</div>}
    </li>
  );
}

export function QuoteList({ quotes, actions, limit, grouped }: { quotes: Quote[]; actions: ItemActions; limit?: number; grouped?: boolean }) {
  const shown = limit ? quotes.slice(0, limit) : quotes;
  if (shown.length === 0) return <p class="muted">{t('nothingYet')}</p>;
  if (!grouped) {
    return <ul class="list" aria-label={t('quotes')}>{shown.map((q) => <QuoteItem key={q.id} quote={q} actions={actions} />)}</ul>;
  }
  const groups = new Map<string, Quote[]>();
  for (const q of shown) {
    const k = q.speaker ?? t('unknownSpeaker');
    groups.set(k, [...(groups.get(k) ?? []), q]);
  }
  return (
    <div>
      {[...groups].map(([speaker, qs]) => (
        <section key={speaker} aria-label={speaker}>
          <h3 class="group-title">{speaker} <span class="count">{qs.length}</span></h3>
          <ul class="list">{qs.map((q) => <QuoteItem key={q.id} quote={q} actions={actions} />)}</ul>
        </section>
      ))}
    </div>
  );
}

export function EntityList({ entities, actions, mainOnly }: { entities: Entity[]; actions: ItemActions; mainOnly?: boolean }) {
  const shown = mainOnly ? entities.filter((e) => e.main) : entities;
  if (shown.length === 0) return <p class="muted">{t('nothingYet')}</p>;
  const label = { person: t('person'), org: t('org'), place: t('place') } as const;
  return (
    <ul class="list" aria-label={t('peoplePlaces')}>
      {shown.map((e) => (
        <li key={e.id} class="item clickable row" role="button" tabIndex={0} data-testid="entity"
          {...activate(() => e.occurrences[0] && actions.show([e.occurrences[0].selector]))}>
          <span class="grow">
            <strong>{e.name}</strong>
            {e.aliases.filter((a) => a !== e.name).length > 0 && (
              <span class="small muted"> · {e.aliases.filter((a) => a !== e.name).slice(0, 3).join(', ')}</span>
            )}
          </span>
          <span class="chip">{label[e.type]}</span>
          {e.main && <span class="chip">{t('main')}</span>}
          <span class="small muted">{t('mentions', e.mentions)}</span>
        </li>
      ))}
    </ul>
  );
}
