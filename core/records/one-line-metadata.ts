// Page metadata on one line, for records written before metadata was read that way or brought in by an import.
import { oneLine } from '../article/metadata-values';
import type { ArticleRecord } from '../types';

type Metadata = Pick<ArticleRecord, 'url' | 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang'>;
const FIELDS = ['url', 'title', 'byline', 'siteName', 'publishedTime', 'lang'] as const;

/**
 * The record with its page metadata (URL, title, byline, site name, date, language) on one line: runs of white
 * space, line breaks and control characters become one space (core/article's `oneLine`). Metadata is read that way
 * from the page, but an older record or an import may hold line breaks, and the store and every export write
 * metadata where a line break would start a new block (a Markdown heading, a CSV row, a YAML key). The reader's
 * article note is left as written. A record that needs nothing is returned as it is; never mutates `record`.
 */
export function oneLineMetadata<T extends Metadata>(record: T): T {
  const fixed = { ...record };
  let changed = false;
  for (const k of FIELDS) {
    const v = record[k];
    if (typeof v !== 'string') continue;
    const line = oneLine(v);
    if (line === v) continue;
    // A byline or site name of nothing but white space is no byline or site name.
    (fixed as Record<string, string | null>)[k] = line === '' && k !== 'url' && k !== 'title' ? null : line;
    changed = true;
  }
  return changed ? fixed : record;
}
