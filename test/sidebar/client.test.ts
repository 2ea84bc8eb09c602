// The sidebar's client is typed from the server's exports: a misspelt server function or a wrong
// argument does not compile (the `@ts-expect-error` lines below are checked by `npm run typecheck`,
// which fails if any of them stops being an error). Run against the built bundle through
// google.script.run's rules, the client's calls reach the real server functions.
import { callFromClient, createRuntimeWithBundle, scriptRunOf, type LoadedBundle } from '../../local/runtime';
import { callServer } from '../../sidebar/client';
import { receivingSetup } from '../../src/contract/receiving';
import type * as Lotline from '../../src/index';
import { smallWorkbook, BASICS } from '../fixtures/small-workbook';

/** google.script.run as a sidebar page has it, served by the local runtime. */
function installScriptRun(bundle: LoadedBundle): void {
  const runner = (onSuccess: (value: unknown) => void, onFailure: (error: Error) => void): Record<string, unknown> =>
    new Proxy(
      {},
      {
        get(_target, name: string) {
          if (name === 'withSuccessHandler') return (handler: (value: unknown) => void) => runner(handler, onFailure);
          if (name === 'withFailureHandler') return (handler: (error: Error) => void) => runner(onSuccess, handler);
          if (!bundle.functionNames.includes(name)) return undefined;
          return (...args: unknown[]) => void callFromClient(bundle, name, args).then(onSuccess, onFailure);
        },
      },
    );
  (globalThis as { google?: unknown }).google = {
    script: {
      run: runner(
        () => undefined,
        () => undefined,
      ),
      host: { close() {} },
    },
  };
}

let bundle: LoadedBundle;

beforeEach(() => {
  const created = createRuntimeWithBundle();
  for (const [name, rows] of Object.entries(smallWorkbook(BASICS))) created.runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  created.bundle.open('LIMITED');
  created.runtime.setAuthMode('FULL');
  bundle = created.bundle;
  installScriptRun(bundle);
});

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

describe('the sidebar client', () => {
  it('calls a server function by its exported name and gets its answer', async () => {
    const setup = receivingSetup.parse(await callServer('loadReceiving'));
    expect(setup.materials.map((material) => material.code)).toEqual(['LAV', 'COCO', 'CED']);
  });

  it('does not compile a misspelt server function, which the server would not find either', async () => {
    // @ts-expect-error: there is no loadReceving on the server.
    await expect(callServer('loadReceving')).rejects.toThrow();
  });

  it('does not compile a wrong argument, which the server refuses too', async () => {
    // @ts-expect-error: previewLotNumbers takes { received, materialCodes }.
    await expect(callServer('previewLotNumbers', { received: 20230926 })).rejects.toThrow();
  });
});

describe("the local runtime's google.script.run", () => {
  it('is typed from the same exports', async () => {
    const server = scriptRunOf<typeof Lotline>(bundle);
    const preview = await server.previewLotNumbers({ received: '2023-09-30', materialCodes: ['LAV'] });
    expect(preview.received).toBe('2023-09-30');
    // @ts-expect-error: there is no loadReceving on the server.
    expect(server.loadReceving).toBeUndefined();
  });
});
