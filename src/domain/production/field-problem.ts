// A problem with a production run, said where the sidebar shows it: at a field of the run, or at one
// line of its inputs or waste. The message is a sentence a maker understands; when the fix is in a
// sheet (a BoM row, a Products cell) the message names the sheet and row.

export interface FieldProblem {
  /** The list the line is in; absent for a field of the run itself. */
  list?: 'inputs' | 'waste';
  /** 0-based position of the line in that list (the request's array index). */
  line?: number;
  /** Key of the field in the request: 'sku', 'quantityToMake', 'dateMade', 'lot', 'quantity', 'unit'… */
  field: string;
  message: string;
}
