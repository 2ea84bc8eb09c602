// PropertiesService: string-only key/value stores per document, per user and per script, with Google's
// quotas — 9 KB a value, 500 KB a store (UTF-8 bytes of keys and values). Non-strings are converted
// with String(), as Google does, so an object stored by mistake reads back as "[object Object]".
import { arity, signatureFail, stringArg } from './arguments';
import type { RuntimeContext } from './context';
import type { Surface } from './google-surface';
import { MESSAGES } from './messages';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
const PROPERTIES = 'Properties';

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export class PropertyStore {
  readonly values = new Map<string, string>();

  size(entries: Iterable<[string, string]> = this.values): number {
    let total = 0;
    for (const [key, value] of entries) total += bytes(key) + bytes(value);
    return total;
  }
}

export class LocalProperties implements Surface<
  GoogleAppsScript.Properties.Properties,
  'getProperty' | 'setProperty' | 'getProperties' | 'setProperties' | 'deleteProperty' | 'deleteAllProperties' | 'getKeys'
> {
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly store: PropertyStore,
  ) {}

  private call(method: string): void {
    this.ctx.call(`${PROPERTIES}.${method}`);
  }

  /** Replaces the store with `next` after checking both quotas; nothing changes when a check fails. */
  private commit(next: Map<string, string>, written: Iterable<string>): void {
    for (const key of written) {
      if (bytes(next.get(key) ?? '') > MAX_VALUE_BYTES) this.ctx.fail(MESSAGES.propertyTooLarge);
    }
    if (this.store.size(next) > MAX_STORE_BYTES) this.ctx.fail(MESSAGES.propertyQuota);
    this.store.values.clear();
    for (const [key, value] of next) this.store.values.set(key, value);
  }

  getProperty(...args: [key: string]): string | null {
    this.call('getProperty');
    arity(this.ctx, `${PROPERTIES}.getProperty`, args, 1, 1);
    return this.store.values.get(stringArg(this.ctx, `${PROPERTIES}.getProperty`, args, 0)) ?? null;
  }

  setProperty(...args: [key: string, value: string]): this {
    this.call('setProperty');
    arity(this.ctx, `${PROPERTIES}.setProperty`, args, 2, 2);
    const key = stringArg(this.ctx, `${PROPERTIES}.setProperty`, args, 0);
    const next = new Map(this.store.values);
    next.set(key, String(args[1]));
    this.commit(next, [key]);
    return this;
  }

  getProperties(): Record<string, string> {
    this.call('getProperties');
    return Object.fromEntries(this.store.values);
  }

  setProperties(...args: [properties: Record<string, string>, deleteAllOthers?: boolean]): this {
    this.call('setProperties');
    const count = arity(this.ctx, `${PROPERTIES}.setProperties`, args, 1, 2);
    const [properties, deleteAllOthers = false] = args;
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties))
      signatureFail(this.ctx, `${PROPERTIES}.setProperties`, args);
    if (count === 2 && typeof deleteAllOthers !== 'boolean') signatureFail(this.ctx, `${PROPERTIES}.setProperties`, args);
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store.values);
    const keys = Object.keys(properties);
    for (const key of keys) next.set(key, String(properties[key]));
    this.commit(next, keys);
    return this;
  }

  deleteProperty(...args: [key: string]): this {
    this.call('deleteProperty');
    arity(this.ctx, `${PROPERTIES}.deleteProperty`, args, 1, 1);
    this.store.values.delete(stringArg(this.ctx, `${PROPERTIES}.deleteProperty`, args, 0));
    return this;
  }

  deleteAllProperties(): this {
    this.call('deleteAllProperties');
    this.store.values.clear();
    return this;
  }

  getKeys(): string[] {
    this.call('getKeys');
    return [...this.store.values.keys()];
  }

  toString(): string {
    return 'Properties';
  }
}

/** The three stores; user properties belong to whoever runs the script. */
export class LocalPropertiesService implements Surface<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'
> {
  readonly document = new PropertyStore();
  readonly script = new PropertyStore();
  private readonly users = new Map<string, PropertyStore>();

  constructor(private readonly ctx: RuntimeContext) {}

  userStore(email: string): PropertyStore {
    let store = this.users.get(email);
    if (!store) {
      store = new PropertyStore();
      this.users.set(email, store);
    }
    return store;
  }

  getDocumentProperties(): LocalProperties {
    this.ctx.call('PropertiesService.getDocumentProperties', false);
    return new LocalProperties(this.ctx, this.document);
  }

  getUserProperties(): LocalProperties {
    this.ctx.call('PropertiesService.getUserProperties', false);
    return new LocalProperties(this.ctx, this.userStore(this.ctx.effectiveUserEmail));
  }

  getScriptProperties(): LocalProperties {
    this.ctx.call('PropertiesService.getScriptProperties', false);
    return new LocalProperties(this.ctx, this.script);
  }

  toString(): string {
    return 'PropertiesService';
  }
}
