// google.script.run rules, through callFromClient.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRuntimeWithBundle } from '../../local/runtime/bundle';
import { callFromClient, clientCallStats, MAX_CONCURRENT_CALLS } from '../../local/runtime/script-run';

const SCRIPT = `
function echo(x) { return x; }
function seesOwnArray(x) { return x instanceof Array && Object.getPrototypeOf(x[0]) === Object.prototype; }
function withDate() { return { lots: ['A'], when: [new Date(0)] }; }
function withHoles() { return { list: [1, undefined, 3], gone: undefined }; }
function boom() { throw new Error('No lot called LOT-9 on the Lots sheet.'); }
function instance() { return new (class Lot { name() { return 'x'; } })(); }
function secret_() { return 'secret'; }
function count(i) { return i * 2; }
`;

function load() {
  const dir = mkdtempSync(path.join(tmpdir(), 'lotline-run-'));
  writeFileSync(path.join(dir, 'Code.js'), SCRIPT);
  return createRuntimeWithBundle({ codePath: path.join(dir, 'Code.js') }).bundle;
}

describe('google.script.run', () => {
  it('resolves with a copy of plain data, asynchronously', async () => {
    const bundle = load();
    const input = { lot: 'LOT-1', qty: 2.5, ok: true, none: null, tags: ['a'] };
    let settled = false;
    const pending = callFromClient(bundle, 'echo', [input]).then((value) => {
      settled = true;
      return value;
    });
    expect(settled).toBe(false);
    const result = await pending;
    expect(result).toEqual(input);
    expect(result).not.toBe(input);
  });

  it('rebuilds arguments in the server’s realm', async () => {
    await expect(callFromClient(load(), 'seesOwnArray', [[{ a: 1 }]])).resolves.toBe(true);
  });

  it('refuses private and unknown functions', async () => {
    const bundle = load();
    await expect(callFromClient(bundle, 'secret_')).rejects.toThrow('Script function not found: secret_');
    await expect(callFromClient(bundle, 'nope')).rejects.toThrow('Script function not found: nope');
  });

  it('fails a call with a Date, function, class instance or cycle in its arguments', async () => {
    const bundle = load();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    await expect(callFromClient(bundle, 'echo', [{ when: new Date() }])).rejects.toThrow('Failed due to illegal value in property: 0.when');
    await expect(callFromClient(bundle, 'echo', [() => 1])).rejects.toThrow('Failed due to illegal value in property: 0');
    await expect(callFromClient(bundle, 'echo', [new Map()])).rejects.toThrow(/illegal value/);
    await expect(callFromClient(bundle, 'echo', [cycle])).rejects.toThrow(/illegal value in property: 0.self/);
  });

  it('delivers null for a whole result holding a Date anywhere', async () => {
    await expect(callFromClient(load(), 'withDate')).resolves.toBeNull();
  });

  it('turns undefined in arrays into null and drops undefined properties', async () => {
    await expect(callFromClient(load(), 'withHoles')).resolves.toEqual({ list: [1, null, 3] });
  });

  it('rejects with an Error carrying the server’s message', async () => {
    const error = await callFromClient(load(), 'boom').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('No lot called LOT-9 on the Lots sheet.');
  });

  it('refuses to send back a class instance', async () => {
    await expect(callFromClient(load(), 'instance')).rejects.toThrow(/cannot send/);
  });

  it('runs at most 10 calls at once and finishes them all', async () => {
    const bundle = load();
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => callFromClient(bundle, 'count', [i])));
    expect(results).toEqual(Array.from({ length: 25 }, (_, i) => i * 2));
    expect(clientCallStats(bundle)).toEqual({ maxInFlight: MAX_CONCURRENT_CALLS, completed: 25 });
  });
});
