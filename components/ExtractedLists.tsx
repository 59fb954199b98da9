// Key facts, quotes (optionally grouped by speaker) and entities (grouped by type). Each item's passage is a button
// that shows it on the page; its other actions (save, copy with source) are sibling buttons, never nested in it.
import type { ComponentChildren } from 'preact';
import type { Fact, Quote, Selector } from '../core/types';
import { t, tCount, type MessageKey } from '../lib/i18n';
import { FactText } from './FactText';
import type { ShownEntity } from './present-extraction';
import { inMarks } from '../core/facts/quote-display';

export interface ItemActions {
  /** Scroll the page to the passage and flash it. */
  show(selectors: Selector[]): void;
  /** Save the passage as one of the reader's highlights (sidebar only). */
  save?(kind: 'fact' | 'quote', text: string, selectors: Selector[]): void;
  /** Extra controls for an item (copy with source), rendered beside its other actions. */
  extra?(item: { kind: 'fact'; fact: Fact } | { kind: 'quote'; quote: Quote }): ComponentChildren;
}

/** Who said a quote, in words: "Quoted from The Atlantic" for a block or embedded quote, else the speaker's name. */
export function speakerLine(quote: Pick<Quote, 'speaker' | 'kind'>): string {
  if (!quote.speaker) return t('unknownSpeaker');
  return quote.kind === 'block' || quote.kind === 'embed' ? t('quotedFrom', quote.speaker) : quote.speaker;
}

export function FactList({
  facts,
  actions,
  limit,
  compact,
}: {
  facts: Fact[];
  actions: ItemActions;
  limit?: number;
  compact?: boolean;
}) {
  const shown = limit ? facts.slice(0, limit) : facts;
  if (shown.length === 0) return <p class="muted">{t('nothingYet')}</p>;
  return (
    <ul class={`list${compact ? ' compact' : ''}`} aria-label={t('keyFacts')}>
      {shown.map((f) => (
        <li key={f.id} class="item" data-testid="fact">
          <button
            type="button"
            class="item-main"
            title={t('showOnPage')}
            onClick={() => actions.show([f.source.selector])}
          >
            <span class="fact-text">
              <FactText fact={f} />
            </span>
          </button>
          {(actions.save || actions.extra) && (
            <div class="row item-actions small">
              <span class="grow" />
              {actions.extra?.({ kind: 'fact', fact: f })}
              {actions.save && (
                <button
                  type="button"
                  class="btn link small"
                  onClick={() => actions.save!('fact', f.text, [f.source.selector])}
                >
                  {t('saveAsHighlight')}
                </button>
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function QuoteItem({
  quote,
  actions,
  showSpeaker = true,
}: {
  quote: Quote;
  actions: ItemActions;
  showSpeaker?: boolean;
}) {
  return (
    <li class="item" data-testid="quote">
      <button
        type="button"
        class="item-main"
        title={t('showOnPage')}
        onClick={() => actions.show([quote.source.selector])}
      >
        <span class="quote-text own-marks">{inMarks(quote.text, quote.source?.selector)}</span>
      </button>
      <div class="row small item-actions">
        {showSpeaker && <span class="speaker">{speakerLine(quote)}</span>}
        <span class="grow" />
        {actions.extra?.({ kind: 'quote', quote })}
        {actions.save && (
          <button
            type="button"
            class="btn link small"
            onClick={() => actions.save!('quote', quote.text, [quote.source.selector])}
          >
            {t('saveAsHighlight')}
          </button>
        )}
      </div>
      {quote.attribution && <div class="small muted attribution">{quote.attribution}</div>}
    </li>
  );
}

export function QuoteList({
  quotes,
  actions,
  limit,
  grouped,
  compact,
}: {
  quotes: Quote[];
  actions: ItemActions;
  limit?: number;
  grouped?: boolean;
  compact?: boolean;
}) {
  const shown = limit ? quotes.slice(0, limit) : quotes;
  if (shown.length === 0) return <p class="muted">{t('nothingYet')}</p>;
  if (!grouped) {
    return (
      <ul class={`list${compact ? ' compact' : ''}`} aria-label={t('quotes')}>
        {shown.map((q) => (
          <QuoteItem key={q.id} quote={q} actions={actions} />
        ))}
      </ul>
    );
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
          <h3 class="group-title">
            {speaker} <span class="count">{qs.length}</span>
          </h3>
          <ul class="list">
            {qs.map((q) => (
              <QuoteItem
                key={q.id}
                quote={q}
                actions={actions}
                showSpeaker={qs[0]!.kind === 'block' || qs[0]!.kind === 'embed'}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const MAIN_REASON: Record<NonNullable<ShownEntity['mainReason']>, MessageKey> = {
  headline: 'mainHeadline',
  lead: 'mainLead',
  mentions: 'mainMentions',
};

const GROUPS: { type: ShownEntity['type']; title: MessageKey }[] = [
  { type: 'person', title: 'groupPeople' },
  { type: 'place', title: 'groupPlaces' },
  { type: 'org', title: 'groupOrgs' },
];

/** People, places and organisations, each in its own group, main ones first with the reason in a tooltip. */
export function EntityList({ entities, actions }: { entities: ShownEntity[]; actions: ItemActions }) {
  if (entities.length === 0) return <p class="muted">{t('nothingYet')}</p>;
  return (
    <div>
      <p class="small muted">{t('mainHelp')}</p>
      {GROUPS.map(({ type, title }) => {
        const group = entities.filter((e) => e.type === type);
        if (group.length === 0) return null;
        return (
          <section key={type} aria-labelledby={`group-${type}`}>
            <h3 class="group-title" id={`group-${type}`}>
              {t(title)} <span class="count">{group.length}</span>
            </h3>
            <ul class="list">
              {group.map((e) => {
                const aliases = e.aliases.filter((a) => a !== e.name).slice(0, 3);
                return (
                  <li key={e.id} class="item" data-testid="entity">
                    <button
                      type="button"
                      class="item-main"
                      title={t('showOnPage')}
                      onClick={() => e.occurrences[0] && actions.show([e.occurrences[0].selector])}
                    >
                      <span class="entity-line">
                        <strong class="grow">{e.name}</strong>
                        {e.mainReason && (
                          <span class="chip main" title={t(MAIN_REASON[e.mainReason])}>
                            {t('main')}
                            <span class="visually-hidden">, {t(MAIN_REASON[e.mainReason])}</span>
                          </span>
                        )}
                      </span>
                      <span class="small muted entity-sub">
                        {tCount('mentions', e.mentions)}
                        {aliases.length > 0 && ` · ${aliases.join(', ')}`}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
