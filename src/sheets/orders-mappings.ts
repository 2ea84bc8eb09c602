// The maker's order-import mappings — an unrecognised export's columns, a shop's product taken as one of
// their SKUs — kept in the document's properties as JSON, so the next export of the same shape imports
// without asking again. Anything unreadable there is dropped, never a reason an import stops.
import * as z from 'zod/mini';
import { columnMapping, productMapping, type ColumnMapping, type ProductMapping } from '../contract/orders';
import { codeKey } from '../domain/codes';
import { headerKey } from '../domain/headers';

export const ORDER_MAPPINGS_PROPERTY = 'lotline.orderMappings.v1';

/** Kept small enough for a document property (9 kB each). */
const MOST_COLUMN_MAPPINGS = 20;
const MOST_PRODUCT_MAPPINGS = 200;

export interface OrderMappings {
  columnMappings: ColumnMapping[];
  productMappings: ProductMapping[];
}

const stored = z.object({
  columnMappings: z.optional(z.array(z.unknown())),
  productMappings: z.optional(z.array(z.unknown())),
});

export function parseStoredMappings(text: string | null): OrderMappings {
  const none: OrderMappings = { columnMappings: [], productMappings: [] };
  if (!text) return none;
  try {
    const parsed = stored.safeParse(JSON.parse(text));
    if (!parsed.success) return none;
    const keep = <T>(schema: z.ZodMiniType<T>, items: readonly unknown[] | undefined) =>
      (items ?? []).flatMap((item) => {
        const each = schema.safeParse(item);
        return each.success ? [each.data] : [];
      });
    return {
      columnMappings: keep(columnMapping, parsed.data.columnMappings),
      productMappings: keep(productMapping, parsed.data.productMappings),
    };
  } catch {
    return none;
  }
}

export function loadOrderMappings(): OrderMappings {
  return parseStoredMappings(PropertiesService.getDocumentProperties().getProperty(ORDER_MAPPINGS_PROPERTY));
}

/** The mappings remembered with these added: a newer one replaces one for the same header row or shop name. */
export function mergeMappings(remembered: OrderMappings, added: Partial<OrderMappings>): OrderMappings {
  const byHeaders = new Map<string, ColumnMapping>();
  for (const mapping of [...remembered.columnMappings, ...(added.columnMappings ?? [])])
    byHeaders.set(mapping.headers.map(headerKey).join('\u0000'), mapping);
  const byShop = new Map<string, ProductMapping>();
  for (const mapping of [...remembered.productMappings, ...(added.productMappings ?? [])]) byShop.set(codeKey(mapping.shop), mapping);
  return {
    columnMappings: [...byHeaders.values()].slice(-MOST_COLUMN_MAPPINGS),
    productMappings: [...byShop.values()].slice(-MOST_PRODUCT_MAPPINGS),
  };
}

/** Remember the mappings a saved import used; nothing is written when they add nothing new. */
export function rememberOrderMappings(added: Partial<OrderMappings>): void {
  if ((added.columnMappings ?? []).length === 0 && (added.productMappings ?? []).length === 0) return;
  const properties = PropertiesService.getDocumentProperties();
  const remembered = parseStoredMappings(properties.getProperty(ORDER_MAPPINGS_PROPERTY));
  const merged = mergeMappings(remembered, added);
  const text = JSON.stringify(merged);
  if (text !== JSON.stringify(remembered)) properties.setProperty(ORDER_MAPPINGS_PROPERTY, text);
}
