// Where each tracking sheet keeps its columns, remembered between executions in the document's
// properties. Opening a table costs two calls (its size and its header row); at the Sheets ceiling a
// trace opens eight tables, so it reads the header row together with the columns it wants and checks
// it against what is remembered here: one property read instead of sixteen calls. Anything that no
// longer matches — a renamed sheet, a column inserted before ours — is found out on that read, and the
// table is opened the slow way and remembered anew.
import * as z from 'zod/mini';
import type { SheetKey } from '../domain/workbook';

export const LAYOUT_PROPERTY = 'lotline.layouts.v1';

const cachedSheet = z.object({ name: z.string(), header: z.array(z.string()), rows: z.number() });
// No time zone here: it is asked in every execution (workbook.ts), as a changed one moves every date's day.
const layoutData = z.object({
  sheets: z.record(z.string(), cachedSheet),
});

export type CachedSheet = z.infer<typeof cachedSheet>;
type LayoutData = z.infer<typeof layoutData>;

export class LayoutCache {
  private dirty = false;

  private constructor(private readonly data: LayoutData) {}

  /** What the document remembers; an empty cache when nothing (or nothing readable) is stored. */
  static load(): LayoutCache {
    const stored = PropertiesService.getDocumentProperties().getProperty(LAYOUT_PROPERTY);
    return new LayoutCache(parseLayouts(stored) ?? { sheets: {} });
  }

  /** Forget every layout, after something changed the sheets' columns. */
  static clear(): void {
    PropertiesService.getDocumentProperties().deleteProperty(LAYOUT_PROPERTY);
  }

  sheet(key: SheetKey): CachedSheet | undefined {
    return this.data.sheets[key];
  }

  remember(key: SheetKey, sheet: CachedSheet): void {
    const known = this.data.sheets[key];
    // The row count is only a hint for planning reads: a few new rows are not worth a property write.
    const rowsClose = known !== undefined && Math.abs(known.rows - sheet.rows) <= Math.max(100, known.rows * 0.1);
    if (known && rowsClose && known.name === sheet.name && known.header.join('\u0000') === sheet.header.join('\u0000')) return;
    this.data.sheets[key] = sheet;
    this.dirty = true;
  }

  forget(key: SheetKey): void {
    if (!this.data.sheets[key]) return;
    delete this.data.sheets[key];
    this.dirty = true;
  }

  /** Store what changed; one property write, and none when nothing did. */
  save(): void {
    if (!this.dirty) return;
    PropertiesService.getDocumentProperties().setProperty(LAYOUT_PROPERTY, JSON.stringify(this.data));
    this.dirty = false;
  }
}

export function parseLayouts(stored: string | null): LayoutData | null {
  if (!stored) return null;
  try {
    const parsed = layoutData.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
