// The batch code the sidebar shows before saving, made the way the server will make it: the same
// format and numbering code, started from the highest number the server found for the SKU and day.
// The server allocates again under the lock, so a code taken meanwhile is never given twice.
import { CodeNumbering } from '../../src/domain/code-numbering';
import { codeKey } from '../../src/domain/codes';
import { sequencePattern, type CodeFormat } from '../../src/domain/code-formats';
import type { Day } from '../../src/domain/days';
import type { BatchCodePreview } from '../../src/contract/production';

export function previewBatchCode(format: CodeFormat, preview: BatchCodePreview, sku: string): string {
  const numbering = new CodeNumbering(format);
  const values = { sku, day: preview.made };
  numbering.assumeHighest(values, preview.highest[codeKey(sku)] ?? 0);
  return numbering.next(values);
}

/** Whether numbers found for one day still hold for another: the format puts the same text around them. */
export function sameBatchSequences(format: CodeFormat, a: Day, b: Day): boolean {
  const sample = (day: Day) => sequencePattern(format, { sku: 'S', day });
  return JSON.stringify(sample(a)) === JSON.stringify(sample(b));
}
