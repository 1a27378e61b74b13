/**
 * The last good body of each GET, kept in the host origin's IndexedDB so a later visit can show
 * it while the service is down. A chunk of its own, loaded after the first good response; the
 * code that reads it back in an outage (outage.ts) loads only on a failure.
 */

/** A body the service sent, and when (ms since the epoch). */
export interface LastGood {
  body: unknown;
  time: number;
}

/** Where the last good body of each GET persists across visits. */
export interface LastGoodStore {
  /** The stored body of `url`, unless too old; never rejects. */
  get(url: string): Promise<LastGood | undefined>;
  /** Never rejects: storage is a bonus, not a requirement. */
  put(url: string, body: unknown): Promise<void>;
}

/** How much the store keeps: oldest entries go first past either size, any past `maxAge`. */
export interface Limits {
  maxEntries: number;
  /** Approximate: the length of the bodies' JSON. */
  maxBytes: number;
  /** Milliseconds after which a stored body is too old to show. */
  maxAge: number;
}

const LIMITS: Limits = { maxEntries: 200, maxBytes: 2_000_000, maxAge: 7 * 24 * 3600_000 };
const STORE = 'last-good';
/** The index of [time, size]: eviction reads it without loading a single body. */
const AGE = 'age';

interface Row extends LastGood {
  url: string;
  size: number;
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Each row's time and size, oldest first, read from the index alone: no body is loaded. */
function ages(store: IDBObjectStore): Promise<Omit<Row, 'body'>[]> {
  const rows: Omit<Row, 'body'>[] = [];
  const cursor = store.index(AGE).openKeyCursor();
  return new Promise((resolve, reject) => {
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return resolve(rows);
      const [time, size] = at.key as [number, number];
      rows.push({ url: at.primaryKey as string, time, size });
      at.continue();
    };
    cursor.onerror = () => reject(cursor.error);
  });
}

/** Deletes the oldest rows until the store is within its limits; inside the writing transaction. */
async function evict(store: IDBObjectStore, limits: Limits): Promise<void> {
  const rows = await ages(store);
  let count = rows.length;
  let bytes = rows.reduce((sum, row) => sum + row.size, 0);
  const oldest = Date.now() - limits.maxAge;
  for (const row of rows) {
    if (count <= limits.maxEntries && bytes <= limits.maxBytes && row.time >= oldest) break;
    store.delete(row.url);
    count--;
    bytes -= row.size;
  }
}

/**
 * The last good body of each GET, in IndexedDB. Where IndexedDB is missing or refuses (private
 * browsing, quota, blocked), nothing persists and nothing throws.
 */
export function openLastGood(name = 'pbgdpl', limits = LIMITS): LastGoodStore {
  let database: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> =>
    (database ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () =>
        request.result
          .createObjectStore(STORE, { keyPath: 'url' })
          .createIndex(AGE, ['time', 'size']);
      request.onsuccess = () => {
        const connection = request.result;
        // Another tab upgrades or deletes the database: step aside, reopen on next use.
        connection.onversionchange = () => {
          connection.close();
          database = undefined;
        };
        resolve(connection);
      };
      request.onerror = () => reject(request.error);
    }));
  const store = async (mode: IDBTransactionMode) =>
    (await open()).transaction(STORE, mode).objectStore(STORE);

  return {
    async get(url) {
      try {
        const row = (await result((await store('readonly')).get(url))) as Row | undefined;
        return row && Date.now() - row.time < limits.maxAge ? row : undefined;
      } catch {
        return undefined;
      }
    },
    async put(url, body) {
      try {
        const objects = await store('readwrite');
        const written = new Promise((resolve, reject) => {
          objects.transaction.oncomplete = resolve;
          objects.transaction.onerror = objects.transaction.onabort = () =>
            reject(objects.transaction.error);
        });
        const row: Row = { url, body, time: Date.now(), size: JSON.stringify(body).length };
        objects.put(row);
        await evict(objects, limits);
        await written;
      } catch {
        // Not stored: the next good response tries again.
      }
    },
  };
}

/** The page's store; `undefined` keeps nothing (tests turn it off or swap it). */
export const lastGood: { store?: LastGoodStore } = { store: openLastGood() };
