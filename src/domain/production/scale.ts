// Scaling a BoM: its quantities are for one standard batch (the product's batch size), so making 250
// bars of a 100-bar recipe takes 2.5 times each line, in the BoM's own units.
import { sameCode } from '../codes';
import { round } from '../on-hand';
import type { Unit } from '../units';
import type { BomLine, Product } from './catalog';
import type { RunProblem } from '../../contract/production';

/** One BoM line for the quantity to make. */
export interface ScaledLine {
  /** BoM row it comes from. */
  bomRow: number;
  /** Material code or sub-assembly SKU, as written in the BoM. */
  component: string;
  /** quantity-to-make ÷ batch size × the BoM quantity, in the BoM line's unit. */
  quantity: number;
  unit: Unit;
}

export interface ScaledBom {
  /** Every BoM line that could be scaled; a line with an unreadable cell is left out and said in problems. */
  lines: ScaledLine[];
  /** On 'sku' (the product or its BoM rows need fixing in the sheets) or 'quantityToMake'. */
  problems: RunProblem[];
}

/** The product's BoM lines for `quantityToMake`, in the product's unit (its batch size's unit). */
export function scaleBom(product: Product, bom: readonly BomLine[], quantityToMake: number): ScaledBom {
  const problems: RunProblem[] = [];
  if (!Number.isFinite(quantityToMake) || quantityToMake <= 0) {
    problems.push({ field: 'quantityToMake', message: `The quantity to make must be more than 0 ${product.unit.symbol}.` });
  }
  if (product.batchSize === null || product.batchSize <= 0) {
    problems.push({
      field: 'sku',
      message: `${product.sku} has no batch size on Products row ${product.row}, so its BoM cannot be scaled: enter the yield of one standard batch (e.g. 100).`,
    });
  }
  if (bom.length === 0)
    problems.push({ field: 'sku', message: `${product.sku} has no lines on the BoM sheet: list what one standard batch takes.` });
  if (problems.length > 0) return { lines: [], problems };

  const factor = quantityToMake / (product.batchSize as number);
  const lines: ScaledLine[] = [];
  for (const line of bom) {
    const where = `BoM row ${line.row} (${line.component || 'no component'})`;
    if (line.component === '') problems.push({ field: 'sku', message: `${where}: the Component is empty.` });
    else if (sameCode(line.component, product.sku))
      problems.push({ field: 'sku', message: `${where}: ${product.sku} cannot be a component of itself.` });
    else if (line.quantity === null || line.quantity <= 0)
      problems.push({ field: 'sku', message: `${where}: the Quantity must be a number more than 0.` });
    else if (!line.unit)
      problems.push({ field: 'sku', message: `${where}: the Unit is not one we know (mg, g, kg, oz, lb, ml, l, fl oz, gal, pcs).` });
    else lines.push({ bomRow: line.row, component: line.component, quantity: round(line.quantity * factor), unit: line.unit });
  }
  return { lines, problems };
}
