// How the sidebar gets everything it proposes from. Most workbooks: one call. Near the Sheets ceiling the
// server answers with a plan instead, and the stock is read in parts side by side (google.script.run
// runs ten calls at once), then one call counts it from them. A part that fails costs only time: the
// counting call reads whatever the parts did not keep itself, so the answer is never short of rows.
import {
  openRunAnswer,
  productionSetup,
  type LoadRunRequest,
  type OpenRunRequest,
  type ProductionSetup,
} from '../../src/contract/production';
import type { StockPartRequest } from '../../src/contract/stock-in-parts';

/** The three server calls, as callServer makes them (a test passes its own). */
export interface SetupCalls {
  openProductionRun(request: OpenRunRequest): Promise<unknown>;
  loadProductionStockPart(request: StockPartRequest): Promise<unknown>;
  loadProductionRun(request: LoadRunRequest): Promise<unknown>;
}

/** `stockFrom`: the day lots are offered from (absent: the server's today). `progress`: what to show meanwhile. */
export async function loadSetup(
  calls: SetupCalls,
  stockFrom: string | undefined,
  progress: (text: string) => void = () => undefined,
): Promise<ProductionSetup> {
  const day = stockFrom === undefined ? {} : { stockFrom };
  const opened = openRunAnswer.parse(await calls.openProductionRun(day));
  if ('setup' in opened) return opened.setup;
  const plan = opened.inParts;
  let read = 0;
  const said = () => progress(`Counting the stock of a large workbook: ${read} of ${plan.parts} parts read…`);
  said();
  await Promise.all(
    Array.from({ length: plan.parts }, (_, part) =>
      calls
        .loadProductionStockPart({ plan, part })
        .catch(() => null)
        .then(() => {
          read += 1;
          said();
        }),
    ),
  );
  progress('Counting the stock of a large workbook: putting the parts together…');
  return productionSetup.parse(await calls.loadProductionRun({ ...day, fromParts: plan }));
}
