// Lede's store: articles, annotations and the extraction cache over one idb database. The clock is passed in.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import * as v from 'valibot';
import { mayUseArticleKey } from '../article/site-owner';
import { oneLineMetadata, repairAnnotation, repairAnnotations, repairArticle, repairArticles } from '../records';
import { AnnotationSchema, ArticleRecordSchema, describeIssues } from '../schemas';
import type { Annotation, ArticleRecord, Extraction } from '../types';
import { unwrap } from 'idb';
import { NoteIdDirectory } from './note-ids';
import { notePack, packedAnnotations, type LedeSchema, type NotePack } from './schema';
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

/**
 * The note-id directory of `tx` with the bucket of `id` read, and the pack holding `id` (undefined when none does):
 * how every read or write of one annotation by its id starts.
 */
async function packHolding(
  tx: IDBPTransaction<LedeSchema, ('notes' | 'noteIds')[], IDBTransactionMode>,
  id: string,
): Promise<{ directory: NoteIdDirectory; pack: NotePack | undefined }> {
  const directory = new NoteIdDirectory(tx.objectStore('noteIds'), tx.objectStore('notes'));
  await directory.load([id]);
  const key = directory.holder(id);
  return { directory, pack: key === null ? undefined : await tx.objectStore('notes').get(key) };
}

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
   * metadata where the new report has none. `seenSince` is when the reader was first seen on it, for a new record
   * written later than that (the first highlight after detection); never later than now, ignored once a record exists.
   */
  async recordArticle(input: ArticleInput, seenSince?: Date): Promise<ArticleRecord> {
    const clock = this.clock();
    const now = clock.toISOString();
    const since = seenSince && seenSince.getTime() <= clock.getTime() ? seenSince.toISOString() : now;
    try {
      const tx = this.db.transaction('articles', 'readwrite');
      const existing = await tx.store.get(input.key);
      // A light report (from the content script) must not erase metadata a full extraction found earlier.
      // Metadata is stored on one line whoever reported it (content script, popup, a hostile page's message).
      const merged = { ...oneLineMetadata(input) } as ArticleInput;
      if (existing) {
        for (const field of ['byline', 'siteName', 'publishedTime', 'lang'] as const)
          merged[field] = merged[field] ?? existing[field];
        if (!merged.title) merged.title = existing.title;
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
      const record: ArticleRecord = { ...merged, firstSeen: existing?.firstSeen ?? since, lastSeen: now };
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
      const tx = this.db.transaction(['notes', 'noteIds'], 'readwrite');
      const notes = tx.objectStore('notes');
      // The pack holding this id (normally its article's; another article's if the id was stored there).
      const { directory, pack: holder } = await packHolding(tx, annotation.id);
      const held = packedAnnotations(holder) as Annotation[];
      const existing = held.find((a) => a?.id === annotation.id);
      if (opts.baseModified !== undefined && !existing) {
        stale = new StaleWriteError(
          'This highlight was deleted elsewhere (in the sidebar, the library or another tab), so the edit was not saved.',
        );
      } else if (existing && timeOf(existing.modified) > timeOf(opts.baseModified ?? annotation.modified)) {
        stale = new StaleWriteError(
          'This note was changed elsewhere since it was opened, so this edit was not saved. Open it again to see the newest version.',
        );
      }
      if (!stale) {
        if (holder && holder.articleKey === annotation.articleKey) {
          const next = existing ? held.map((a) => (a === existing ? annotation : a)) : [...held, annotation];
          await notes.put(notePack(holder.articleKey, next));
        } else {
          // Out of the other article's pack, so the id is never held by two.
          if (holder)
            await this.putPack(
              notes,
              holder.articleKey,
              held.filter((a) => a !== existing),
            );
          const own = packedAnnotations(await notes.get(annotation.articleKey)) as Annotation[];
          await notes.put(notePack(annotation.articleKey, [...own, annotation]));
        }
        directory.set(annotation.id, annotation.articleKey);
        directory.write(unwrap(tx.objectStore('noteIds')));
      }
      await tx.done;
    } catch (err) {
      throw writeError('The highlight could not be saved', err);
    }
    if (stale) throw stale;
  }

  /** Writes the pack of `articleKey` holding `annotations`, or deletes it when there are none left. */
  private async putPack(
    notes: { put(pack: NotePack): Promise<unknown>; delete(key: string): Promise<unknown> },
    articleKey: string,
    annotations: Annotation[],
  ): Promise<void> {
    if (annotations.length) await notes.put(notePack(articleKey, annotations));
    else await notes.delete(articleKey);
  }

  /** The annotation (repaired), or undefined when there is none or it is beyond repair. */
  async getAnnotation(id: string): Promise<Annotation | undefined> {
    const tx = this.db.transaction(['notes', 'noteIds'], 'readonly');
    const { pack } = await packHolding(tx, id);
    return repairAnnotation(packedAnnotations(pack).find((a) => (a as Annotation | null)?.id === id)) ?? undefined;
  }

  /** Deletes an annotation and returns what was deleted (for undo), or null if there was none. */
  async deleteAnnotation(id: string): Promise<Annotation | null> {
    try {
      const tx = this.db.transaction(['notes', 'noteIds'], 'readwrite');
      const notes = tx.objectStore('notes');
      const { directory, pack: holder } = await packHolding(tx, id);
      const held = packedAnnotations(holder) as Annotation[];
      const existing = held.find((a) => a?.id === id);
      if (holder && existing)
        await this.putPack(
          notes,
          holder.articleKey,
          held.filter((a) => a !== existing),
        );
      directory.remove(id);
      directory.write(unwrap(tx.objectStore('noteIds')));
      await tx.done;
      return existing ?? null;
    } catch (err) {
      throw writeError('The highlight could not be deleted', err);
    }
  }

  /** The article's annotations, repaired; those beyond repair are left out. */
  async listAnnotations(articleKey: string): Promise<Annotation[]> {
    return repairAnnotations(packedAnnotations(await this.db.get('notes', articleKey)));
  }

  /** Whether the article has any annotation stored (repaired or not): one key read, no record loaded. */
  async hasAnnotations(articleKey: string): Promise<boolean> {
    return (await this.db.getKey('notes', articleKey)) !== undefined;
  }

  /** Every annotation, repaired; those beyond repair are left out. */
  async allAnnotations(): Promise<Annotation[]> {
    return repairAnnotations((await this.db.getAll('notes')).flatMap(packedAnnotations));
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
      if (storeName === 'annotations') return this.addAnnotations(records as Annotation[]);
      const tx = this.db.transaction(storeName, 'readwrite');
      for (const record of records as ArticleRecord[]) {
        if (!(await tx.store.getKey(record.key))) await tx.store.add(record);
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
      const tx = this.db.transaction(['articles', 'notes', 'noteIds', 'extractions'], 'readwrite');
      const article = (await tx.objectStore('articles').get(key)) ?? null;
      const annotations = packedAnnotations(await tx.objectStore('notes').get(key)) as Annotation[];
      // Out of the directory: the ids this pack held (those it held, not any another pack holds).
      const ids = annotations.map((a) => a?.id).filter((id): id is string => typeof id === 'string');
      const directory = new NoteIdDirectory(tx.objectStore('noteIds'), tx.objectStore('notes'));
      await directory.load(ids);
      for (const id of ids) if (directory.holder(id) === key) directory.remove(id);
      directory.write(unwrap(tx.objectStore('noteIds')));
      await tx.objectStore('articles').delete(key);
      await tx.objectStore('notes').delete(key);
      await tx.objectStore('extractions').delete(key);
      await tx.done;
      return { article, annotations };
    } catch (err) {
      throw writeError('The article could not be deleted', err);
    }
  }

  /**
   * Adds annotations to their articles' packs in one transaction, leaving any whose id is already stored (in any
   * pack) as it is. Throws (writing nothing) when a write is refused.
   */
  private async addAnnotations(annotations: readonly Annotation[]): Promise<void> {
    const tx = this.db.transaction(['notes', 'noteIds'], 'readwrite');
    const directory = new NoteIdDirectory(tx.objectStore('noteIds'), tx.objectStore('notes'));
    await directory.load(annotations.map((a) => a.id));
    const fresh = new Map<string, Annotation[]>();
    for (const a of annotations) {
      if (directory.holder(a.id) !== null) continue;
      directory.set(a.id, a.articleKey);
      const list = fresh.get(a.articleKey);
      if (list) list.push(a);
      else fresh.set(a.articleKey, [a]);
    }
    const notes = tx.objectStore('notes');
    for (const [key, list] of fresh) {
      const own = packedAnnotations(await notes.get(key)) as Annotation[];
      await notes.put(notePack(key, [...own, ...list]));
    }
    directory.write(unwrap(tx.objectStore('noteIds')));
    await tx.done;
  }
}
