// What a maker can make and from what: Products, Materials and the BoM, as typed rows of those small
// sheets (read whole), looked up by code the way codes are compared (trimmed, any case).
import { codeKey } from '../codes';
import { rowNumber, rowText, rowUnit, type TypedRow } from '../rows';
import { PIECES } from '../units';
import type { Unit } from '../units';

/** Columns (workbook.ts keys) each sheet is read with; the sheets layer reads them with readTable. */
export const CATALOG_COLUMNS = {
  products: ['sku', 'product', 'kind', 'batchSize', 'unit', 'shelfLifeDays'],
  materials: ['materialCode', 'material', 'unit'],
  bom: ['sku', 'component', 'quantity', 'unit', 'notes'],
} as const;

export interface CatalogTables {
  products: readonly TypedRow[];
  materials: readonly TypedRow[];
  bom: readonly TypedRow[];
}

export interface Product {
  /** Products row. */
  row: number;
  /** As written. */
  sku: string;
  name: string;
  /** 'Finished' or 'Sub-assembly'. Any product may be a component: a gift box holds finished bars. */
  kind: string;
  /** Yield of one standard batch of the BoM, in `unit`; null when blank or unreadable. */
  batchSize: number | null;
  /** Blank means pieces (workbook.md). */
  unit: Unit;
  shelfLifeDays: number | null;
}

export interface Material {
  row: number;
  code: string;
  name: string;
  unit: Unit | null;
}

/** One BoM row: how much of a component one standard batch of the SKU takes. */
export interface BomLine {
  /** BoM row. */
  row: number;
  sku: string;
  /** A material code or the SKU of a product made earlier (a sub-assembly), as written. */
  component: string;
  /** null when blank or unreadable (reported when read; scaleBom says so again for the product). */
  quantity: number | null;
  unit: Unit | null;
  notes: string;
}

export type ComponentKind = 'material' | 'subAssembly';

export class Catalog {
  private readonly products = new Map<string, Product>();
  private readonly materials = new Map<string, Material>();
  private readonly bom = new Map<string, BomLine[]>();

  constructor(tables: CatalogTables) {
    // First row wins for a repeated SKU or material code, as in the trace's lookups.
    for (const row of tables.products) {
      const product: Product = {
        row: row.row,
        sku: rowText(row, 'sku'),
        name: rowText(row, 'product'),
        kind: rowText(row, 'kind'),
        batchSize: rowNumber(row, 'batchSize'),
        unit: rowUnit(row, 'unit') ?? PIECES,
        shelfLifeDays: rowNumber(row, 'shelfLifeDays'),
      };
      const key = codeKey(product.sku);
      if (key !== '' && !this.products.has(key)) this.products.set(key, product);
    }
    for (const row of tables.materials) {
      const material: Material = {
        row: row.row,
        code: rowText(row, 'materialCode'),
        name: rowText(row, 'material'),
        unit: rowUnit(row, 'unit'),
      };
      const key = codeKey(material.code);
      if (key !== '' && !this.materials.has(key)) this.materials.set(key, material);
    }
    for (const row of tables.bom) {
      const line: BomLine = {
        row: row.row,
        sku: rowText(row, 'sku'),
        component: rowText(row, 'component'),
        quantity: rowNumber(row, 'quantity'),
        unit: rowUnit(row, 'unit'),
        notes: rowText(row, 'notes'),
      };
      const key = codeKey(line.sku);
      if (key === '') continue;
      const lines = this.bom.get(key);
      if (lines) lines.push(line);
      else this.bom.set(key, [line]);
    }
  }

  product(sku: string): Product | undefined {
    return this.products.get(codeKey(sku));
  }

  material(code: string): Material | undefined {
    return this.materials.get(codeKey(code));
  }

  /** The SKU's BoM rows in sheet order; empty when it has none. */
  bomOf(sku: string): readonly BomLine[] {
    return this.bom.get(codeKey(sku)) ?? [];
  }

  /**
   * A component is a product made earlier when its code is a SKU, else a material. SKUs never equal
   * material codes (workbook.md), and a material missing from Materials still has its receipt lots.
   */
  componentKind(code: string): ComponentKind {
    return this.products.has(codeKey(code)) ? 'subAssembly' : 'material';
  }

  /** What the maker calls the component: the material's or the product's name, else its code. */
  componentName(code: string): string {
    return this.product(code)?.name || this.material(code)?.name || code.trim();
  }

  allProducts(): Product[] {
    return [...this.products.values()];
  }
}

export function catalogOf(tables: CatalogTables): Catalog {
  return new Catalog(tables);
}
