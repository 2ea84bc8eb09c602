// Records pack… for a year of the busy workbook: everything made in 2023 (every batch, every lot each
// used through the sub-assemblies, every order line that shipped them), each table read once, the
// records check run for the cover's gaps, and the pack's sheets written with a Log row — one
// execution, projected by cost model version 2 (local/runtime/meter.ts); the target is 30 s.
import { scriptRunOf } from '../local/runtime';
import type * as Lotline from '../src/index';
import { generateWorkbook, type WorkbookSize } from './generate';
import { busiestSku, markdownTable, measure, openGenerated, printProgress, wanted, type Measured } from './harness';

export interface RecordsPackRow extends Measured {
  case: string;
  cells: number;
  /** Rows of the pack's batches, lots and shipments sheets. */
  packRows: number;
  answer: string;
}

async function runCase(size: WorkbookSize, from: string, to: string, product: boolean, includeAll = false): Promise<RecordsPackRow> {
  const workbook = generateWorkbook(size);
  const sku = product ? busiestSku(workbook.sheets) : '';
  const opened = openGenerated(workbook.sheets);
  const { result, figures } = await measure(opened, () =>
    scriptRunOf<typeof Lotline>(opened.bundle).makeRecordsPack({
      ...(product ? { kind: 'product', sku } : { kind: 'period' }),
      from,
      to,
      includeFormulas: includeAll,
      includeCosts: includeAll,
    }),
  );
  if (!result.ok) throw new Error(`Records pack refused: ${JSON.stringify(result.problems)}`);
  const packRows = result.sheets
    .filter((name) => /(batches|lots|shipments)$/.test(name))
    .reduce((sum, name) => sum + opened.runtime.spreadsheet.getSheetByName(name)!.getLastRow() - 1, 0);
  return {
    case: `records pack, a year of the ${size} workbook: ${product ? `one product (${sku})` : 'everything made'}${includeAll ? ', formulas and costs included' : ''}`,
    cells: workbook.cells,
    ...figures,
    packRows,
    answer: `${result.summary[1]} ${result.summary[2]}`,
  };
}

/** Runs the case; progress on stderr, the table on stdout; returns the rows for the JSON line. */
export async function benchRecordsPack(only: readonly string[] = []): Promise<RecordsPackRow[]> {
  const rows: RecordsPackRow[] = [];
  for (const product of wanted(only, 'busy', 'pack', 'records') ? [true, false] : []) {
    const row = await runCase('busy', '2023-01-01', '2023-12-31', product);
    rows.push(row);
    printProgress(row.case, row, row.answer);
  }
  console.log(
    '\nRecords pack, through dist/Code.js on the local runtime: each table read once, the records check run for the cover, the pack’s sheets written (cost model version 2):\n',
  );
  console.log(
    markdownTable(
      ['case', 'cells', 'calls', 'commits', 'cells read', 'cells written', 'pack rows', 'Node ms', 'projected Apps Script s'],
      rows.map((r) => [r.case, r.cells, r.calls, r.commits, r.cellsRead, r.cellsWritten, r.packRows, r.nodeMs, r.projectedS.toFixed(1)]),
    ),
  );
  return rows;
}

// Run alone: npx tsx bench/records-pack.ts [busy]
if (process.argv[1]?.endsWith('records-pack.ts')) void benchRecordsPack(process.argv.slice(2));
