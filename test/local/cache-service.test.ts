// CacheService: what a cache keeps, for how long, and what Google refuses.
import { MESSAGES } from '../../local/runtime';
import { CacheStore, MAX_CACHE_ENTRIES } from '../../local/runtime/cache-service';
import { errorOf, fresh } from './helpers';

describe('CacheService', () => {
  it('keeps strings per document: a missing key is null, getAll returns only what it found', () => {
    const { runtime } = fresh();
    const cache = runtime.CacheService.getDocumentCache();
    expect(cache.get('part-1')).toBeNull();
    cache.put('part-1', 'one');
    cache.putAll({ 'part-2': 'two', 'part-3': 3 as never });
    expect(runtime.CacheService.getDocumentCache().getAll(['part-1', 'part-3', 'gone'])).toEqual({ 'part-1': 'one', 'part-3': '3' });
    cache.removeAll(['part-1', 'part-2']);
    cache.remove('part-3');
    expect(cache.getAll(['part-1', 'part-2', 'part-3'])).toEqual({});
    expect(runtime.CacheService.getScriptCache().get('part-1')).toBeNull();
  });

  it('costs one call for each get, getAll, put, putAll, remove and removeAll; getting the cache costs none', () => {
    const { runtime } = fresh();
    runtime.meter.reset();
    const cache = runtime.CacheService.getDocumentCache();
    cache.putAll({ a: '1', b: '2' });
    cache.getAll(['a', 'b']);
    cache.get('a');
    cache.removeAll(['a', 'b']);
    expect(runtime.meter.snapshot().calls).toBe(4);
  });

  it('refuses a value over 100 KB or a key over 250 characters, and a putAll with one stores none', () => {
    const { runtime } = fresh();
    const cache = runtime.CacheService.getUserCache();
    cache.put('ok', 'x'.repeat(100 * 1024));
    expect(errorOf(() => cache.put('big', 'é'.repeat(60_000)))).toBe(MESSAGES.propertyTooLarge); // 120,000 bytes
    expect(errorOf(() => cache.putAll({ small: 'x', big: 'x'.repeat(100 * 1024 + 1) }))).toBe(MESSAGES.propertyTooLarge);
    expect(cache.get('small')).toBeNull();
    expect(errorOf(() => cache.get('k'.repeat(251)))).toBe(MESSAGES.cacheKeyTooLarge);
    expect(errorOf(() => cache.put('k', 'v', 0))).toBe(MESSAGES.invalidArgument('expirationInSeconds'));
    expect(errorOf(() => cache.put('k', 'v', 21_601))).toBe(MESSAGES.invalidArgument('expirationInSeconds'));
  });

  it('forgets an entry once it expires, and the oldest past 1,000 entries', () => {
    let now = 0;
    const store = new CacheStore(() => now);
    store.set('short', 'v', 5);
    store.set('default', 'v', 600);
    now = 5_000;
    expect(store.live('short')).toBeNull();
    expect(store.live('default')).toBe('v');
    for (let index = 0; index < MAX_CACHE_ENTRIES; index += 1) store.set(`k${index}`, 'v', 600);
    expect(store.live('default')).toBeNull();
    expect(store.live('k0')).toBe('v');
    expect(store.entries.size).toBe(MAX_CACHE_ENTRIES);
  });

  it('may lose everything at any time (evictAll), as a cache on Google may', () => {
    const { runtime } = fresh();
    runtime.CacheService.getDocumentCache().put('part-1', 'one');
    runtime.caches.document.evictAll();
    expect(runtime.CacheService.getDocumentCache().get('part-1')).toBeNull();
  });
});
