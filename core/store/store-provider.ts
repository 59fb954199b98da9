// One store handle for a long-lived context (the background): opened on first use, opened again after the
// browser or another context closed it, never a cached failure or a dead handle.
import { openLedeDb, type OpenOptions } from './open-db';
import { LedeStore, type Clock } from './store';

/**
 * Returns `getStore`: the open store, opening it on first call, and again on the next call after the connection
 * was closed (a `versionchange` from an upgrade or a deleted database, or the browser closing it) or failed to open.
 */
export function provideStore(
  factory: IDBFactory,
  clock: Clock,
  options: Omit<OpenOptions, 'onClose'> = {},
): () => Promise<LedeStore> {
  let store: Promise<LedeStore> | null = null;
  return () => {
    if (!store) {
      const opening: Promise<LedeStore> = openLedeDb(factory, {
        ...options,
        onClose: () => {
          if (store === opening) store = null;
        },
      }).then((db) => new LedeStore(db, clock));
      store = opening;
      opening.catch(() => {
        if (store === opening) store = null; // let the next call try again instead of caching a failure
      });
    }
    return store;
  };
}
