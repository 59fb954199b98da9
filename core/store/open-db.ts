// Opens Lede's database on a given IDBFactory, running the migrations between the stored and the wanted version.
import { wrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, MIGRATIONS, type LedeSchema } from './schema';

export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

export interface OpenOptions {
  name?: string;
  /** For tests of the migration path: open at an older version. */
  version?: number;
  /** Called when another context holds an older version open and the upgrade has to wait. */
  onBlocked?: () => void;
  /**
   * Called once the handle is closed, by a `versionchange` from another context or by the browser (storage
   * cleared, disk error): the caller must open again rather than keep using a dead handle.
   */
  onClose?: () => void;
}

/**
 * Opens (and if needed creates or upgrades) the database. Migrations run in the version-change transaction,
 * so an upgrade either completes whole or leaves the old data untouched.
 */
export async function openLedeDb(factory: IDBFactory, options: OpenOptions = {}): Promise<IDBPDatabase<LedeSchema>> {
  const version = options.version ?? DB_VERSION;
  if (version < 1 || version > MIGRATIONS.length) throw new StoreOpenError(`no schema version ${version}`);
  const request = factory.open(options.name ?? DB_NAME, version);
  request.onupgradeneeded = (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<LedeSchema>;
    const tx = wrap(request.transaction!) as unknown as IDBPTransaction<
      LedeSchema,
      StoreNames<LedeSchema>[],
      'versionchange'
    >;
    for (let v = event.oldVersion; v < (event.newVersion ?? version); v++) MIGRATIONS[v]!(db, tx);
  };
  request.onblocked = () => options.onBlocked?.();
  try {
    const db = (await wrap(request)) as unknown as IDBPDatabase<LedeSchema>;
    let closed = false;
    const onClosed = () => {
      if (closed) return;
      closed = true;
      options.onClose?.();
    };
    // Another context upgrading later must not wait on us forever: close and let it proceed.
    db.addEventListener('versionchange', () => {
      db.close();
      onClosed();
    });
    // Fired when the browser closes the connection itself (not after our own close()).
    db.addEventListener('close', onClosed);
    return db;
  } catch (err) {
    throw new StoreOpenError(`could not open the notes database: ${describeError(err)}`);
  }
}

export function describeError(err: unknown): string {
  if (err && typeof err === 'object' && 'name' in err && 'message' in err) {
    return `${String((err as Error).name)}: ${String((err as Error).message)}`;
  }
  return String(err);
}
