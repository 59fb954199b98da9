// Public surface of the store: open the database on a factory, then read and write through LedeStore.
export { openLedeDb, StoreOpenError, type OpenOptions } from './open-db';
export {
  LedeStore,
  StaleWriteError,
  StoreWriteError,
  type Clock,
  type ImportOutcome,
  type ArticleInput,
  type RestoreOutcome,
} from './store';
export { DB_NAME, DB_VERSION, MIGRATIONS, type LedeSchema, type ExtractionCacheRecord } from './schema';
export { provideStore } from './store-provider';
export { importRecords, type ImportWriteProgress } from './import-records';
