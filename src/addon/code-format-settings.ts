// The sidebar's Settings: the formats receipt lot numbers, batch IDs and batch codes are made from.
// A format is refused with the reason (an unknown token, no sequence number) before anything is
// stored; a change is written to the Log, because an inspector reading old labels may ask why they differ.
import { codeFormatTexts, type CodeFormatsResult, type CodeFormatTextsRequest, type FormatProblem } from '../contract/code-formats';
import { CODE_KIND_NAMES, CODE_KINDS, parseCodeFormat, type CodeFormatTexts } from '../domain/code-formats';
import { loadCodeFormatTexts, saveCodeFormatTexts } from '../sheets/code-format-settings';
import { appendLog } from '../sheets/log';
import { Workbook } from '../sheets/workbook';

/** google.script.run: store the three formats, or say what is wrong with each refused one. */
export function saveCodeFormats(request: CodeFormatTextsRequest): CodeFormatsResult {
  const texts = codeFormatTexts.parse(request);
  const problems: FormatProblem[] = [];
  for (const kind of CODE_KINDS) {
    const parsed = parseCodeFormat(texts[kind], kind);
    if (!parsed.ok) problems.push({ field: kind, message: parsed.message });
  }
  if (problems.length > 0) return { ok: false, problems };

  const before = loadCodeFormatTexts();
  const after: CodeFormatTexts = { receiptLot: texts.receiptLot.trim(), batchId: texts.batchId.trim(), batchCode: texts.batchCode.trim() };
  const changed = CODE_KINDS.filter((kind) => before[kind] !== after[kind]);
  if (changed.length === 0) return { ok: true, formats: after };
  saveCodeFormatTexts(after);
  const details = changed.map((kind) => `${CODE_KIND_NAMES[kind]}s: ${before[kind]} → ${after[kind]}`).join('; ');
  appendLog(Workbook.active(), 'Change code formats', `New codes are made as ${details}`);
  return { ok: true, formats: after };
}
