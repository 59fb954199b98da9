// The library's search box, filters (tag, colour, site, date read) and sort order.
import type { LibraryQuery, SortOrder } from '../../core/search';
import { COLOR_IDS, type ColorId } from '../../core/types';
import { t } from '../../lib/i18n';
import type { ColorMeaning } from '../../lib/settings';

const SORTS: [SortOrder, Parameters<typeof t>[0]][] = [
  ['relevance', 'libSortRelevance'],
  ['newest', 'libSortNewest'],
  ['oldest', 'libSortOldest'],
  ['title', 'libSortTitle'],
  ['most', 'libSortMost'],
];

export function SearchBar({
  query,
  onChange,
  facets,
  colors,
  indexing,
}: {
  query: LibraryQuery;
  onChange(q: LibraryQuery): void;
  facets: { tags: string[]; sites: string[] };
  colors: ColorMeaning[];
  indexing: boolean;
}) {
  const set = (patch: Partial<LibraryQuery>) => onChange({ ...query, ...patch });
  const one = (v: string) => (v ? [v] : undefined);
  const filtered = Boolean(query.tags?.length || query.colors?.length || query.sites?.length || query.from || query.to);
  return (
    <div class="lib-search" role="search">
      <label class="visually-hidden" for="lib-q">
        {t('libSearchLabel')}
      </label>
      <input
        id="lib-q"
        type="search"
        placeholder={t('libSearchPlaceholder')}
        value={query.text ?? ''}
        onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })}
        autoFocus
      />
      {indexing && (
        <span class="muted small" role="status">
          {t('libIndexing')}
        </span>
      )}
      <div class="lib-filters" role="group" aria-label={t('libFilters')}>
        <label>
          <span>{t('libFilterTag')}</span>
          <select
            value={query.tags?.[0] ?? ''}
            onChange={(e) => set({ tags: one((e.currentTarget as HTMLSelectElement).value) })}
          >
            <option value="">{t('libAny')}</option>
            {facets.tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="lib-colours">
          <legend>{t('libFilterColour')}</legend>
          {COLOR_IDS.map((id) => {
            const on = query.colors?.includes(id) ?? false;
            const label = colors.find((c) => c.id === id)?.label ?? id;
            return (
              <button
                key={id}
                type="button"
                class="colour-filter"
                aria-pressed={on}
                title={label}
                onClick={() => {
                  const next = new Set<ColorId>(query.colors ?? []);
                  if (on) next.delete(id);
                  else next.add(id);
                  set({ colors: next.size ? [...next] : undefined });
                }}
              >
                <span class={`dot ${id}`} aria-hidden="true" />
                {label}
              </button>
            );
          })}
        </fieldset>
        <label>
          <span>{t('libFilterSite')}</span>
          <select
            value={query.sites?.[0] ?? ''}
            onChange={(e) => set({ sites: one((e.currentTarget as HTMLSelectElement).value) })}
          >
            <option value="">{t('libAny')}</option>
            {facets.sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('libFilterFrom')}</span>
          <input
            type="date"
            value={query.from ?? ''}
            onInput={(e) => set({ from: (e.currentTarget as HTMLInputElement).value || undefined })}
          />
        </label>
        <label>
          <span>{t('libFilterTo')}</span>
          <input
            type="date"
            value={query.to ?? ''}
            onInput={(e) => set({ to: (e.currentTarget as HTMLInputElement).value || undefined })}
          />
        </label>
        <label>
          <span>{t('libSort')}</span>
          <select
            value={query.sort ?? (query.text ? 'relevance' : 'newest')}
            onChange={(e) => set({ sort: (e.currentTarget as HTMLSelectElement).value as SortOrder })}
          >
            {SORTS.map(([id, key]) => (
              <option key={id} value={id}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        {filtered && (
          <button type="button" class="btn link" onClick={() => onChange({ text: query.text, sort: query.sort })}>
            {t('libClearFilters')}
          </button>
        )}
      </div>
    </div>
  );
}
