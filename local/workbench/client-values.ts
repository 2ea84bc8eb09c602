// google.script.run arguments travel sidebar → page → server as JSON, which would quietly turn a Date
// into a string and drop a function. Google refuses those calls, so the shim tags what JSON cannot carry
// and the worker rebuilds it before callFromClient — the runtime then applies Google's rules itself,
// with its own messages, instead of the workbench guessing them. Shared by the shim and the worker.

const TAG = '$workbench';

type Tagged = { [TAG]: 'Date'; time: number } | { [TAG]: 'function' } | { [TAG]: 'instance'; type: string };

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || prototype === Object.prototype;
}

/** In the sidebar: a value made safe for JSON, keeping Dates, functions and class instances recognisable. */
export function encodeClientValue(value: unknown, seen: Set<object> = new Set()): unknown {
  if (typeof value === 'function') return { [TAG]: 'function' };
  if (typeof value !== 'object' || value === null) return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return { [TAG]: 'Date', time: (value as Date).getTime() };
  // A cycle cannot cross either; an instance marker makes the server refuse it at this property.
  if (seen.has(value)) return { [TAG]: 'instance', type: 'cycle' };
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => encodeClientValue(item, seen));
    if (!isPlainObject(value))
      return { [TAG]: 'instance', type: (value as { constructor?: { name?: string } }).constructor?.name ?? 'Object' };
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = encodeClientValue(item, seen);
    return out;
  } finally {
    seen.delete(value);
  }
}

/** In the worker: the value the sidebar passed, with Dates, functions and instances rebuilt. */
export function decodeClientValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(decodeClientValue);
  const tagged = value as Partial<Tagged>;
  if (tagged[TAG] === 'Date') return new Date((tagged as { time: number }).time);
  if (tagged[TAG] === 'function') return () => undefined;
  if (tagged[TAG] === 'instance') return new (class ClientInstance {})();
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = decodeClientValue(item);
  return out;
}
