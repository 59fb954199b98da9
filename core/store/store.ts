// Lede's store: articles, annotations and the extraction cache over one idb database. The clock is passed in.
import type { IDBPDatabase } from 'idb';
import * as v from 'valibot';
import { mayUseArticleKey } from '../article/site-owner';
import { repairAnnotation, repairAnnotations, repairArticle, repairArticles } from '../records';
import { AnnotationSchema, ArticleRecordSchema, describeIssues } from '../schemas';
import type { Annotation, ArticleRecord, Extraction } from '../types';
import type { LedeSchema } from './schema';
import { importRecords, type ImportOutcome, type ImportWriteProgress } from './import-records';
import { StoreWriteError, writeError } from './write-error';

export { StoreWriteError } from './write-error';
export type { ImportOutcome, ImportWriteProgress } from './import-records';

/**
 * A save refused because the stored record moved on since the copy it was made from: edited elsewhere (newer
 * `modified`) or deleted elsewhere. Nothing was written; `reason` tells the reader what to do.
 */
export class StaleWriteError extends StoreWriteError {
  override name = 'StaleWriteError';
}

export type Clock = () => Date;

/** What an undo put back: how many records, which could not be (id or article key, and why), and the articles touched. */
export interface RestoreOutcome {
  restored: number;
  failed: { id: string; reason: string }[];
  touched: string[];
}

/** Records written per transaction by {@link LedeStore.restoreRecords} before it falls back to one by one. */
const RESTORE_BATCH = 500;

/** Milliseconds of an ISO time; -Infinity for what is not one (so it never counts as newer). */
const timeOf = (iso: string | undefined) => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
};

export type ArticleInput = Omit<ArticleRecord, 'firstSeen' | 'lastSeen'>;

export class LedeStore {
  constructor(
    readonly db: IDBPDatabase<LedeSchema>,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds or refreshes an article: keeps when it was first seen, sets when it was last seen, and keeps stored
   * metadata where the new report has none.
   */
  async recordArticle(input: ArticleInput): Promise<ArticleRecord> {
    const now = this.clock().toISOString();
    try {
      const tx = this.db.transaction('articles', 'readwrite');
      const existing = await tx.store.get(input.key);
      // A light report (from the content script) must not erase metadata a full extraction found earlier.
      const merged = { ...input } as ArticleInput;
      if (existing) {
        for (const field of ['byline', 'siteName', 'publishedTime', 'lang'] as const)
          merged[field] = input[field] ?? existing[field];
        if (!input.title) merged.title = existing.title;
        // A report from an address that could not itself use this key (another site's page naming it) never
        // replaces the record's URL and title.
        if (!mayUseArticleKey(input.url, existing.key)) {
          merged.url = existing.url;
          merged.title = existing.title;
        }
        // Only an edit of the note carries one: every other report keeps the reader's article note.
        if (input.note === undefined && existing.note !== undefined) merged.note = existing.note;
      }
      if (merged.note === undefined || merged.note === '') delete merged.note;
      const record: ArticleRecord = { ...merged, firstSeen: existing?.firstSeen ?? now, lastSeen: now };
      await tx.store.put(record);
      await tx.done;
      return record;
    } catch (err) {
      throw writeError('The article could not be saved', err);
    }
  }

  // Reads: every record leaving the store goes through core/records' repair, so the readers behind this edge
  // (pages, library, exports, anchoring) trust core/types.ts; a record beyond repair is left out.

  /** The article's record (repaired), or undefined when there is none or it is beyond repair. */
  async getArticle(key: string): Promise<ArticleRecord | undefined> {
    return repairArticle(await this.db.get('articles', key)) ?? undefined;
  }

  /** Every article record, repaired; records beyond repair are left out. */
  async listArticles(): Promise<ArticleRecord[]> {
    return repairArticles(await this.db.getAll('articles'));
  }

  /**
   * Saves (creates or replaces) an annotation. Resolves only once the transaction has committed.
   * With `baseModified` (the `modified` of the stored copy an edit started from) it is an update: refused with a
   * {@link StaleWriteError} when the record has since been deleted or changed (newer `modified`), so a stale editor
   * neither brings back a deleted note nor overwrites a newer edit. Without it (a new highlight, or an undo putting
   * back the deleted copy) it is still refused when the stored record is newer than the one being written.
   */
  async saveAnnotation(annotation: Annotation, opts: { baseModified?: string } = {}): Promise<void> {
    let stale: StaleWriteError | null = null;
    try {
      const tx = this.db.transaction('annotations', 'readwrite');
      const existing = await tx.store.get(annotation.id);
      if (opts.baseModified !== undefined && !existing) {
        stale = new StaleWriteError(
          'This highlight was deleted elsewhere (in the sidebar, the library or another tab), so the edit was not saved.',
        );
      } else if (existing && timeOf(existing.modified) > timeOf(opts.baseModified ?? annotation.modified)) {
        stale = new StaleWriteError(
          'This note was changed elsewhere since it was opened, so this edit was not saved. Open it again to see the newest version.',
        );
      }
      if (!stale) await tx.store.put(annotation);
      await tx.done;
    } catch (err) {
      throw writeError('The highlight could not be saved', err);
    }
    if (stale) throw stale;
  }

  /** The annotation (repaired), or undefined when there is none or it is beyond repair. */
  async getAnnotation(id: string): Promise<Annotation | undefined> {
    return repairAnnotation(await this.db.get('annotations', id)) ?? undefined;
  }

  /** Deletes an annotation and returns what was deleted (for undo), or null if there was none. */
  async deleteAnnotation(id: string): Promise<Annotation | null> {
    try {
      const tx = this.db.transaction('annotations', 'readwrite');
      const existing = await tx.store.get(id);
      if (existing) await tx.store.delete(id);
      await tx.done;
      return existing ?? null;
    } catch (err) {
      throw writeError('The highlight could not be deleted', err);
    }
  }

  /** The article's annotations, repaired; those beyond repair are left out. */
  async listAnnotations(articleKey: string): Promise<Annotation[]> {
    return repairAnnotations(await this.db.getAllFromIndex('annotations', 'articleKey', articleKey));
  }

  /** Every annotation, repaired; those beyond repair are left out. */
  async allAnnotations(): Promise<Annotation[]> {
    return repairAnnotations(await this.db.getAll('annotations'));
  }

  /** The cached extraction for this article, if it was made from text with the same hash. */
  async getCachedExtraction(articleKey: string, textHash: string): Promise<Extraction | null> {
    const record = await this.db.get('extractions', articleKey);
    return record && record.textHash === textHash ? record.extraction : null;
  }

  /** The newest cached extraction of an article, whatever text it was made from. */
  async getAnyCachedExtraction(articleKey: string): Promise<Extraction | null> {
    return (await this.db.get('extractions', articleKey))?.extraction ?? null;
  }

  async putCachedExtraction(articleKey: string, textHash: string, extraction: Extraction): Promise<void> {
    try {
      await this.db.put('extractions', { articleKey, textHash, extraction, created: this.clock().toISOString() });
    } catch (err) {
      throw writeError('The extraction could not be cached', err);
    }
  }

  /** {@link importRecords} on this store's database: all of the records or none of them. */
  importRecords(
    articles: readonly ArticleRecord[],
    annotations: readonly Annotation[],
    signal?: AbortSignal,
    onProgress?: (progress: ImportWriteProgress) => void,
  ): Promise<ImportOutcome> {
    return importRecords(this.db, articles, annotations, signal, onProgress);
  }

  /**
   * Undo of {@link deleteArticle}: validates and writes each record on its own, so a corrupt or refused record is
   * reported in `failed` while every other one comes back. Records already stored are left as they are (counted
   * as restored). Batches of {@link RESTORE_BATCH} are tried in one transaction first, for speed.
   */
  async restoreRecords(articles: readonly unknown[], annotations: readonly unknown[]): Promise<RestoreOutcome> {
    const outcome: RestoreOutcome = { restored: 0, failed: [], touched: [] };
    const touched = new Set<string>();
    const idOf = (x: unknown, field: 'key' | 'id') => {
      const value = x && typeof x === 'object' ? (x as Record<string, unknown>)[field] : undefined;
      return typeof value === 'string' ? value.slice(0, 200) : '(no id)';
    };
    const valid = <T>(schema: v.GenericSchema<unknown, T>, list: readonly unknown[], field: 'key' | 'id'): T[] => {
      const ok: T[] = [];
      for (const item of list) {
        const r = v.safeParse(schema, item);
        if (r.success) ok.push(r.output);
        else outcome.failed.push({ id: idOf(item, field), reason: describeIssues(r.issues) });
      }
      return ok;
    };
    const goodArticles = valid(ArticleRecordSchema, articles, 'key');
    const goodAnnotations = valid(AnnotationSchema as v.GenericSchema<unknown, Annotation>, annotations, 'id');
    const write = async (storeName: 'articles' | 'annotations', records: (ArticleRecord | Annotation)[]) => {
      const tx = this.db.transaction(storeName, 'readwrite');
      for (const record of records) {
        const key = 'id' in record ? record.id : record.key;
        if (!(await tx.store.getKey(key))) await (tx.store.add as (r: unknown) => Promise<unknown>)(record);
      }
      await tx.done;
    };
    const restore = async (storeName: 'articles' | 'annotations', records: (ArticleRecord | Annotation)[]) => {
      for (let i = 0; i < records.length; i += RESTORE_BATCH) {
        const batch = records.slice(i, i + RESTORE_BATCH);
        try {
          await write(storeName, batch);
          outcome.restored += batch.length;
          for (const r of batch) touched.add('id' in r ? r.articleKey : r.key);
          continue;
        } catch {
          // One record spoiled the batch (nothing of it was kept): write this batch one by one to find it.
        }
        for (const record of batch) {
          try {
            await write(storeName, [record]);
            outcome.restored++;
            touched.add('id' in record ? record.articleKey : record.key);
          } catch (err) {
            outcome.failed.push({
              id: 'id' in record ? record.id : record.key,
              reason: writeError('Not restored', err).reason,
            });
          }
        }
      }
    };
    await restore('articles', goodArticles);
    await restore('annotations', goodAnnotations);
    outcome.touched = [...touched];
    return outcome;
  }

  /** Deletes an article with all its annotations and cached extraction; returns what was deleted (for undo). */
  async deleteArticle(key: string): Promise<{ article: ArticleRecord | null; annotations: Annotation[] }> {
    try {
      const tx = this.db.transaction(['articles', 'annotations', 'extractions'], 'readwrite');
      const article = (await tx.objectStore('articles').get(key)) ?? null;
      const annotations = await tx.objectStore('annotations').index('articleKey').getAll(key);
      await tx.objectStore('articles').delete(key);
      for (const a of annotations) await tx.objectStore('annotations').delete(a.id);
      await tx.objectStore('extractions').delete(key);
      await tx.done;
      return { article, annotations };
    } catch (err) {
      throw writeError('The article could not be deleted', err);
    }
  }
}
