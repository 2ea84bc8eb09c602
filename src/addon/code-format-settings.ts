// The sidebar's Settings: the formats receipt lot numbers, batch IDs and batch codes are made from.
// A format is refused with the reason (an unknown token, no sequence number) before anything is
// stored; a change is written to the Log, because an inspector reading old labels may ask why they differ.
import {
  codeFormatTexts,
  codeFormatsLabel,
  type CodeFormatsResult,
  type CodeFormatTextsRequest,
  type FormatProblem,
} from '../contract/code-formats';
import { sentencesOf, wireErrors } from '../contract/wire-problems';
import { CODE_KIND_NAMES, CODE_KINDS, parseCodeFormat, type CodeFormatTexts } from '../domain/code-formats';
import { loadCodeFormatTexts, saveCodeFormatTexts } from '../sheets/code-format-settings';
import { appendLogRow, prepareLog } from '../sheets/log';
import { Workbook } from '../sheets/workbook';

/** google.script.run: store the three formats, or say what is wrong with each refused one. */
export function saveCodeFormats(request: CodeFormatTextsRequest): CodeFormatsResult {
  const parsed = codeFormatTexts.safeParse(request, { error: wireErrors(codeFormatsLabel) });
  if (!parsed.success) {
    // A format sent as something else is shown at its field; a request that is not three formats at all is thrown.
    const atFields = parsed.error.issues.flatMap((issue) => {
      const kind = CODE_KINDS.find((each) => each === issue.path[0]);
      return kind ? [{ field: kind, message: issue.message }] : [];
    });
    if (atFields.length < parsed.error.issues.length) throw new Error(sentencesOf(parsed.error, codeFormatsLabel));
    return { ok: false, problems: atFields };
  }
  const texts = parsed.data;
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
  const details = changed.map((kind) => `${CODE_KIND_NAMES[kind]}s: ${before[kind]} → ${after[kind]}`).join('; ');
  // The Log is made ready first, and the formats put back if its row fails: no change without its Log row.
  const workbook = Workbook.active();
  const log = prepareLog(workbook);
  saveCodeFormatTexts(after);
  try {
    appendLogRow(workbook, log.table, 'Change code formats', `New codes are made as ${details}`);
  } catch (error) {
    saveCodeFormatTexts(before);
    log.undo?.();
    throw error;
  }
  return { ok: true, formats: after };
}
