// Two people at once in one workbook, through the built add-on's public functions: the runtime runs a
// second execution in the middle of the first (interleave), at the document lock or at a service call,
// and what each maker is told and what the sheets hold afterwards is checked.
import { createRuntimeWithBundle, executionsOf, interleave, type LocalSheet, type Outcome } from '../../local/runtime';
import type { DeliveryDraft, DeliveryResult } from '../../src/contract/receiving';
import type { ProductionResult, ProductionRunRequest } from '../../src/contract/production';
import type * as Lotline from '../../src/index';
import { WORKSHOP } from '../domain/production/workshop';
import { BASICS, smallWorkbook, type SmallTables } from '../fixtures/small-workbook';

function openWorkbook(tables: SmallTables, options: { timeZone?: string } = {}) {
  const { runtime, bundle } = createRuntimeWithBundle(options);
  for (const [name, rows] of Object.entries(smallWorkbook(tables))) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  const sheet = (name: string) => runtime.spreadsheet.getSheetByName(name) as LocalSheet;
  const rows = (name: string) => sheet(name).getRange(1, 1, sheet(name).getLastRow(), sheet(name).getLastColumn()).getDisplayValues();
  return { runtime, bundle, sheet, rows, executions: executionsOf<typeof Lotline>(bundle) };
}

function answer<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`the execution failed: ${outcome.error}`);
  return outcome.value;
}

const SOMEONE_ELSE = { ok: false, problems: [{ field: 'form', message: expect.stringContaining('Someone else is saving') }] };

describe('two deliveries saved at the same moment', () => {
  const SHOP: SmallTables = { ...BASICS, receipts: [], log: [] };
  const delivery = (quantity: string): DeliveryDraft => ({
    supplier: 'Lavender Fields Co.',
    received: '2023-09-26',
    lines: [
      {
        materialCode: 'LAV',
        quantity,
        unit: 'ml',
        supplierLot: 'LF-1',
        cost: '',
        expires: '2099-09-01',
        spec: '',
        condition: 'OK',
        status: 'Available',
        notes: '',
        lotNumber: '',
        lotNumberEdited: false,
      },
    ],
  });
  const lotsOf = (result: DeliveryResult) => (result.ok ? result.lots.map((lot) => lot.lotNumber) : []);

  it('the second, while the first holds the lock, is told someone else is saving and writes nothing', () => {
    const { bundle, rows, executions } = openWorkbook(SHOP);
    const both = interleave(
      bundle,
      executions.run('receiveDelivery', delivery('500')),
      'documentLock',
      executions.run('receiveDelivery', delivery('250')),
    );
    expect(answer(both.second)).toEqual(SOMEONE_ELSE);
    expect(lotsOf(answer(both.first))).toEqual(['LAV-0923-001']);
    expect(
      rows('Receipts')
        .slice(1)
        .map((row) => [row[0], row[5]]),
    ).toEqual([['LAV-0923-001', '500']]);
    expect(rows('Log')).toHaveLength(2);
  });

  it('the second, once the first has let the lock go, saves with the next lot number', () => {
    const { bundle, rows, executions } = openWorkbook(SHOP);
    const both = interleave(
      bundle,
      executions.run('receiveDelivery', delivery('500')),
      'documentLockReleased',
      executions.as('partner@example.com', executions.run('receiveDelivery', delivery('250'))),
    );
    expect(lotsOf(answer(both.first))).toEqual(['LAV-0923-001']);
    expect(lotsOf(answer(both.second))).toEqual(['LAV-0923-002']);
    expect(
      rows('Receipts')
        .slice(1)
        .map((row) => [row[0], row[5]]),
    ).toEqual([
      ['LAV-0923-001', '500'],
      ['LAV-0923-002', '250'],
    ]);
    expect(
      rows('Log')
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(['maker@example.com', 'partner@example.com']);
  });

  it('the second, saved while the first was still reading, is seen by the first, which takes the next number', () => {
    const { bundle, rows, executions } = openWorkbook(SHOP);
    const both = interleave(
      bundle,
      executions.run('receiveDelivery', delivery('500')),
      { call: 'Lock.tryLock' },
      executions.run('receiveDelivery', delivery('250')),
    );
    expect(lotsOf(answer(both.second))).toEqual(['LAV-0923-001']);
    expect(lotsOf(answer(both.first))).toEqual(['LAV-0923-002']);
    expect(
      new Set(
        rows('Receipts')
          .slice(1)
          .map((row) => row[0]),
      ).size,
    ).toBe(2);
  });
});

describe('two production runs saved at the same moment', () => {
  // COCO-B has 3.8 kg on hand: one run of 3 kg fits, two do not.
  const SHOP: SmallTables = { ...WORKSHOP, suppliers: [{ supplier: 'Coastal Oils' }], log: [] };
  const run = (madeBy: string): { run: ProductionRunRequest; shownBatchCode: string } => ({
    run: {
      sku: 'LSOAP',
      quantityToMake: 250,
      dateMade: '2023-11-01',
      quantityMade: 246,
      madeBy,
      notes: '',
      batchCode: '',
      expires: '',
      inputs: [
        { component: 'COCO', lot: 'COCO-B', quantity: 3000, unit: 'g' },
        { component: 'LYE', lot: 'LYE-1', quantity: 375, unit: 'g' },
        { component: 'FB', lot: 'FB-1', quantity: 100, unit: 'ml' },
      ],
      waste: [],
    },
    shownBatchCode: '',
  });
  const saved = (result: ProductionResult) => (result.ok ? result.batchCode : null);

  it('the second, while the first holds the lock, is told someone else is saving; the first is saved', () => {
    const { bundle, rows, executions } = openWorkbook(SHOP, { timeZone: 'UTC' });
    const batchesBefore = rows('Batches').length;
    const both = interleave(
      bundle,
      executions.run('saveProductionRun', run('ana@example.com')),
      'documentLock',
      executions.run('saveProductionRun', run('ben@example.com')),
    );
    expect(answer(both.second)).toEqual(SOMEONE_ELSE);
    expect(saved(answer(both.first))).not.toBeNull();
    expect(rows('Batches')).toHaveLength(batchesBefore + 1);
  });

  it('the second, once the first is saved, sees the coconut oil it used and is refused, writing nothing', () => {
    const { bundle, rows, executions } = openWorkbook(SHOP, { timeZone: 'UTC' });
    const inputsBefore = rows('Batch inputs').length;
    const both = interleave(
      bundle,
      executions.run('saveProductionRun', run('ana@example.com')),
      'documentLockReleased',
      executions.run('saveProductionRun', run('ben@example.com')),
    );
    expect(saved(answer(both.first))).not.toBeNull();
    const second = answer(both.second);
    expect(second.ok).toBe(false);
    expect(JSON.stringify(second)).toContain('COCO-B');
    expect(rows('Batch inputs')).toHaveLength(inputsBefore + 3);
  });
});

describe('a trace during a delivery', () => {
  const SHOP: SmallTables = {
    ...BASICS,
    receipts: [
      {
        lotNumber: 'LAV-0923-001',
        received: '2023-09-14',
        materialCode: 'LAV',
        supplier: 'Lavender Fields Co.',
        quantity: 1000,
        unit: 'ml',
      },
    ],
    log: [],
  };

  it('finishes while the delivery holds the lock, and both are in the Log', () => {
    const { runtime, bundle, rows, executions, sheet } = openWorkbook(SHOP);
    sheet('Receipts').setSelectionForTest(['A2'], 'A2');
    const both = interleave(
      bundle,
      executions.run('receiveDelivery', {
        supplier: 'Lavender Fields Co.',
        received: '2023-09-26',
        lines: [
          {
            materialCode: 'LAV',
            quantity: '500',
            unit: 'ml',
            supplierLot: '',
            cost: '',
            expires: '2099-01-01',
            spec: '',
            condition: 'OK',
            status: 'Available',
            notes: '',
            lotNumber: '',
            lotNumberEdited: false,
          },
        ],
      }),
      'documentLock',
      executions.clickMenuItem('Trace this lot'),
    );
    expect(both.second).toEqual({ ok: true, value: undefined });
    expect(answer(both.first).ok).toBe(true);
    expect(runtime.spreadsheet.getSheets().some((each) => each.getName().startsWith('LAV-0923-001 trace'))).toBe(true);
    expect(
      rows('Log')
        .slice(1)
        .map((row) => row[2]),
    ).toEqual(['Trace this lot', 'Receive materials']);
    expect(
      rows('Receipts')
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['LAV-0923-001', 'LAV-0923-002']);
  });
});

describe('interleave itself', () => {
  it('says so when the first execution never reaches the meeting point, rather than proving nothing', () => {
    const { bundle, executions } = openWorkbook({ ...BASICS, log: [] });
    expect(() =>
      interleave(
        bundle,
        executions.run('previewLotNumbers', { received: '2023-09-26', materialCodes: ['LAV'] }),
        'documentLock',
        executions.clickMenuItem('Help'),
      ),
    ).toThrow('google.script.run.previewLotNumbers never reached taking the document lock');
  });
});
