// The lot numbers the sidebar shows before saving, made the way the server will make them: the same
// format and numbering code, started from the highest numbers the server found in the workbook. The
// server chooses again on saving, so a number taken meanwhile by someone else is never saved twice.
import { CodeNumbering } from '../../src/domain/code-numbering';
import { codeKey } from '../../src/domain/codes';
import { sequencePattern, type CodeFormat } from '../../src/domain/code-formats';
import type { Day } from '../../src/domain/days';
import type { LotPreview } from '../../src/contract/receiving';

export interface LineLot {
  materialCode: string;
  /** The maker's own lot number, or null to generate. */
  ownLotNumber: string | null;
}

/** A lot number per line: the maker's own, the next generated one, or '' before a material is chosen. */
export function previewLots(format: CodeFormat, preview: LotPreview, lines: readonly LineLot[]): string[] {
  const numbering = new CodeNumbering(format);
  for (const line of lines) {
    if (line.materialCode === '') continue;
    numbering.assumeHighest({ material: line.materialCode, day: preview.received }, preview.highest[codeKey(line.materialCode)] ?? 0);
  }
  for (const line of lines) if (line.ownLotNumber !== null) numbering.take(line.ownLotNumber);
  return lines.map(
    (line) => line.ownLotNumber ?? (line.materialCode === '' ? '' : numbering.next({ material: line.materialCode, day: preview.received })),
  );
}

/** Whether numbers found for one received day still hold for another: the format puts the same text around them. */
export function sameSequences(format: CodeFormat, a: Day, b: Day): boolean {
  const sample = (day: Day) => sequencePattern(format, { material: 'M', day });
  return JSON.stringify(sample(a)) === JSON.stringify(sample(b));
}
