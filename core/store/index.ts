// Public surface of the store: open the database on a factory, then read and write through LedeStore.
export { openLedeDb, StoreOpenError, type OpenOptions } from './open-db';
export { LedeStore, StoreWriteError, type Clock, type ImportOutcome, type ArticleInput } from './store';
export { DB_NAME, DB_VERSION, MIGRATIONS, type LedeSchema, type ExtractionCacheRecord } from './schema';
export { ImportStages, ImportStageError, type StageLimits } from './import-stage';
