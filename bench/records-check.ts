// Check my records at the three sizes: every tracking table read in the columns the checks need, every
// check run, and the report written with its links and a Log row — one execution, which must finish well
// inside Apps Script's 6 minutes at the Sheets ceiling (cost model version 2, local/runtime/meter.ts).
import { generateWorkbook, type WorkbookSize } from './generate';
import { answerOf, clickMenuItemOrThrow, markdownTable, measure, openGenerated, printProgress, wanted, type Measured } from './harness';

export interface RecordsCheckRow extends Measured {
  case: string;
  cells: number;
  /** Problems the report lists, and its first answer line. */
  reportRows: number;
  answer: string;
}

/** Every `every`-th order line's batch code blanked: a ceiling with tens of thousands of problems to list. */
function unlinkOrderLines(sheets: Record<string, unknown[][]>, every: number): number {
  const [header, ...rows] = sheets.Orders as unknown[][];
  const at = (header as unknown[]).indexOf('Batch code');
  let blanked = 0;
  rows.forEach((row, index) => {
    if (index % every === 0) {
      row[at] = '';
      blanked++;
    }
  });
  return blanked;
}

async function runSize(size: WorkbookSize, unlinkEvery = 0): Promise<RecordsCheckRow> {
  const workbook = generateWorkbook(size);
  const unlinked = unlinkEvery > 0 ? unlinkOrderLines(workbook.sheets, unlinkEvery) : 0;
  const opened = openGenerated(workbook.sheets);
  const { figures } = await measure(opened, () => clickMenuItemOrThrow(opened, 'Check my records'));
  const report = opened.runtime.spreadsheet.getActiveSheet();
  return {
    case: `check my records, ${size}${unlinked > 0 ? `, ${unlinked.toLocaleString('en-US')} order lines unlinked` : ''}`,
    cells: workbook.cells,
    ...figures,
    reportRows: report.getLastRow(),
    answer: answerOf(report),
  };
}

/** Runs the three sizes; progress on stderr, the table on stdout; returns the rows for the JSON line. */
export async function benchRecordsCheck(only: readonly string[] = []): Promise<RecordsCheckRow[]> {
  const rows: RecordsCheckRow[] = [];
  const cases = [
    ['guide', 0],
    ['busy', 0],
    ['ceiling', 0],
    ['ceiling', 10],
  ] as const;
  for (const [size, unlinkEvery] of cases) {
    if (!wanted(only, size, 'records')) continue;
    const row = await runSize(size, unlinkEvery);
    rows.push(row);
    printProgress(row.case, row, row.answer);
  }
  console.log(
    '\nCheck my records, through dist/Code.js on the local runtime: every table read in the columns the checks need, the report written with a link per problem (cost model version 2):\n',
  );
  console.log(
    markdownTable(
      ['case', 'cells', 'calls', 'commits', 'cells read', 'cells written', 'report rows', 'Node ms', 'projected Apps Script s'],
      rows.map((r) => [r.case, r.cells, r.calls, r.commits, r.cellsRead, r.cellsWritten, r.reportRows, r.nodeMs, r.projectedS.toFixed(1)]),
    ),
  );
  return rows;
}

// Run alone: npx tsx bench/records-check.ts [guide|busy|ceiling]
if (process.argv[1]?.endsWith('records-check.ts')) void benchRecordsCheck(process.argv.slice(2));
