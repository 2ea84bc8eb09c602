// A save never drops a value because its sheet lacks the column: it adds the column at the right end
// first (src/sheets/add-columns.ts) and says so in its answer, which both sidebars show.
import * as z from 'zod/mini';

/** Known columns a save added at the right end of a sheet, so that nothing entered was dropped. */
export const addedColumns = z.array(z.object({ sheet: z.string(), columns: z.array(z.string()) }));

export type AddedColumns = z.infer<typeof addedColumns>;

/** "Receipts had no Expires or Notes column: they were added at its right end." ('' when none were). */
export function describeAddedColumns(added: AddedColumns): string {
  return added
    .map(({ sheet, columns }) => {
      const names = columns.length === 1 ? (columns[0] as string) : `${columns.slice(0, -1).join(', ')} or ${columns.at(-1)}`;
      const plural = columns.length === 1 ? 'it was' : 'they were';
      return `${sheet} had no ${names} column: ${plural} added at its right end.`;
    })
    .join(' ');
}
