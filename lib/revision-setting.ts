// Whether Lede keeps the text of annotated articles as first read, and how much per article: a versioned
// `storage.local` item, repaired on read.
import { DEFAULT_MAX_COPY_CHARS } from '../core/revisions';
import { storedItem } from './stored-item';

const KEY = 'readingCopies';
const VERSION = 1;
/** The largest per-article cap a reader can choose, in characters (the background refuses more than 2 MB). */
export const MAX_COPY_CHARS_LIMIT = 2_000_000;

export interface RevisionSetting {
  keep: boolean;
  /** Most characters of one article's paragraphs kept. */
  maxChars: number;
}

export const DEFAULT_REVISION_SETTING: RevisionSetting = { keep: true, maxChars: DEFAULT_MAX_COPY_CHARS };

export function normalizeRevisionSetting(raw: unknown): RevisionSetting {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<RevisionSetting>;
  const maxChars =
    typeof r.maxChars === 'number' && Number.isFinite(r.maxChars)
      ? Math.round(Math.min(MAX_COPY_CHARS_LIMIT, Math.max(1_000, r.maxChars)))
      : DEFAULT_MAX_COPY_CHARS;
  return { keep: typeof r.keep === 'boolean' ? r.keep : true, maxChars };
}

const item = storedItem(KEY, VERSION, normalizeRevisionSetting);
export const loadRevisionSetting: () => Promise<RevisionSetting> = item.load;
export const saveRevisionSetting: (setting: RevisionSetting) => Promise<void> = item.save;
