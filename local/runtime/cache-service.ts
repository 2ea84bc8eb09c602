// CacheService: string values kept for a while (600 s unless told, at most 21,600 s), per document, per
// user and per script, with Google's limits — a key of at most 250 characters, a value of at most 100 KB
// (UTF-8 bytes), at most 1,000 entries a cache. A cache is not a store: past 1,000 entries the oldest go
// first, and any entry may be gone before it expires (evictAll lets a test say so), so code that reads one
// must do without it. get, getAll, put, putAll, remove and removeAll each cost one call.
import { arity, integerArg, signatureFail, stringArg } from './arguments';
import type { RuntimeContext } from './context';
import type { Surface } from './google-surface';
import { MESSAGES } from './messages';

export const MAX_CACHE_KEY_CHARACTERS = 250;
export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
export const MAX_CACHE_ENTRIES = 1000;
const DEFAULT_EXPIRY_S = 600;
const MAX_EXPIRY_S = 21_600;
const CACHE = 'Cache';

export class CacheStore {
  /** In the order they were put (a put again moves an entry to the end): the oldest is evicted first. */
  readonly entries = new Map<string, { value: string; expiresAtMs: number }>();

  constructor(private readonly now: () => number) {}

  live(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAtMs <= this.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  set(key: string, value: string, expirySeconds: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAtMs: this.now() + expirySeconds * 1000 });
    while (this.entries.size > MAX_CACHE_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** Everything gone, as Google may do to any cache at any time. */
  evictAll(): void {
    this.entries.clear();
  }
}

export class LocalCache implements Surface<GoogleAppsScript.Cache.Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'> {
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly store: CacheStore,
  ) {}

  private key(key: string): string {
    if (key.length > MAX_CACHE_KEY_CHARACTERS) this.ctx.fail(MESSAGES.cacheKeyTooLarge);
    if (key === '') this.ctx.fail(MESSAGES.invalidArgument('key'));
    return key;
  }

  private value(value: unknown): string {
    // Google converts what is not a string, as PropertiesService does.
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > MAX_CACHE_VALUE_BYTES) this.ctx.fail(MESSAGES.propertyTooLarge);
    return text;
  }

  private expiry(method: string, args: readonly unknown[], index: number): number {
    if (args.length <= index) return DEFAULT_EXPIRY_S;
    const seconds = integerArg(this.ctx, `${CACHE}.${method}`, args, index, 'expirationInSeconds');
    if (seconds < 1 || seconds > MAX_EXPIRY_S) this.ctx.fail(MESSAGES.invalidArgument('expirationInSeconds'));
    return seconds;
  }

  private keysArg(method: string, args: readonly unknown[]): string[] {
    const keys = args[0];
    if (!Array.isArray(keys)) signatureFail(this.ctx, `${CACHE}.${method}`, args);
    return keys.map((key) => (typeof key === 'string' ? this.key(key) : signatureFail(this.ctx, `${CACHE}.${method}`, args)));
  }

  get(...args: [key: string]): string | null {
    this.ctx.call(`${CACHE}.get`);
    arity(this.ctx, `${CACHE}.get`, args, 1, 1);
    return this.store.live(this.key(stringArg(this.ctx, `${CACHE}.get`, args, 0)));
  }

  getAll(...args: [keys: string[]]): Record<string, string> {
    this.ctx.call(`${CACHE}.getAll`);
    arity(this.ctx, `${CACHE}.getAll`, args, 1, 1);
    const found: Record<string, string> = {};
    for (const key of this.keysArg('getAll', args)) {
      const value = this.store.live(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }

  put(...args: [key: string, value: string, expirationInSeconds?: number]): void {
    this.ctx.call(`${CACHE}.put`);
    arity(this.ctx, `${CACHE}.put`, args, 2, 3);
    const key = this.key(stringArg(this.ctx, `${CACHE}.put`, args, 0));
    this.store.set(key, this.value(args[1]), this.expiry('put', args, 2));
  }

  putAll(...args: [values: Record<string, string>, expirationInSeconds?: number]): void {
    this.ctx.call(`${CACHE}.putAll`);
    arity(this.ctx, `${CACHE}.putAll`, args, 1, 2);
    const values = args[0];
    if (typeof values !== 'object' || values === null || Array.isArray(values)) signatureFail(this.ctx, `${CACHE}.putAll`, args);
    const expiry = this.expiry('putAll', args, 1);
    // Every entry is checked before any is kept: a value too large stores none of them.
    const checked = Object.entries(values).map(([key, value]) => [this.key(key), this.value(value)] as const);
    for (const [key, value] of checked) this.store.set(key, value, expiry);
  }

  remove(...args: [key: string]): void {
    this.ctx.call(`${CACHE}.remove`);
    arity(this.ctx, `${CACHE}.remove`, args, 1, 1);
    this.store.entries.delete(this.key(stringArg(this.ctx, `${CACHE}.remove`, args, 0)));
  }

  removeAll(...args: [keys: string[]]): void {
    this.ctx.call(`${CACHE}.removeAll`);
    arity(this.ctx, `${CACHE}.removeAll`, args, 1, 1);
    for (const key of this.keysArg('removeAll', args)) this.store.entries.delete(key);
  }

  toString(): string {
    return 'Cache';
  }
}

/** The three caches; a user's belongs to whoever runs the script. Getting one is not a call. */
export class LocalCacheService implements Surface<
  GoogleAppsScript.Cache.CacheService,
  'getDocumentCache' | 'getUserCache' | 'getScriptCache'
> {
  readonly document: CacheStore;
  readonly script: CacheStore;
  private readonly users = new Map<string, CacheStore>();

  constructor(
    private readonly ctx: RuntimeContext,
    private readonly now: () => number = Date.now,
  ) {
    this.document = new CacheStore(now);
    this.script = new CacheStore(now);
  }

  userStore(email: string): CacheStore {
    let store = this.users.get(email);
    if (!store) {
      store = new CacheStore(this.now);
      this.users.set(email, store);
    }
    return store;
  }

  getDocumentCache(): LocalCache {
    this.ctx.call('CacheService.getDocumentCache', false);
    return new LocalCache(this.ctx, this.document);
  }

  getUserCache(): LocalCache {
    this.ctx.call('CacheService.getUserCache', false);
    return new LocalCache(this.ctx, this.userStore(this.ctx.effectiveUserEmail));
  }

  getScriptCache(): LocalCache {
    this.ctx.call('CacheService.getScriptCache', false);
    return new LocalCache(this.ctx, this.script);
  }

  toString(): string {
    return 'CacheService';
  }
}
