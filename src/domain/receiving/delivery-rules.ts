// What makes a delivery fit to be written into Receipts, checked on the server against the workbook as
// it is at the moment of saving (the sidebar may be stale, or not ours). Every field is checked, so the
// maker sees every problem at once, each next to its field; nothing is written while any remains.
import * as z from 'zod/mini';
import { readChoice, readNumber, type Read } from '../cell-values';
import { codeKey, invisibleCharacterIn } from '../codes';
import { isIsoDay, type Day } from '../days';
import { parseUnit, type Unit } from '../units';
import { CONDITIONS, RECEIPT_STATUSES } from '../workbook';
import type { DeliveryDraft, DeliveryProblem, DeliveryWarning, LineField } from '../../contract/receiving';
import { excerpt } from '../excerpt';

/** A row of Materials, as the sidebar offers it. */
export interface MaterialOnFile {
  code: string;
  name: string;
  /** Null when the Unit cell of the row cannot be read: the material cannot be received until fixed. */
  unit: Unit | null;
  /** The default supplier, as written; '' when none. */
  supplier: string;
  /** Where it is, for messages: "Materials row 7". */
  sheet: string;
  row: number;
}

export interface ReceivingContext {
  materials: readonly MaterialOnFile[];
  /** Supplier names as written in Suppliers. */
  suppliers: readonly string[];
  /** Keys (codeKey) of every receipt lot number and batch code in the workbook. */
  lotNamespace: ReadonlySet<string>;
  /** Today where the spreadsheet is (its time zone): nothing can have arrived after it. */
  today: Day;
}

export interface CheckedLine {
  material: MaterialOnFile;
  quantity: number;
  unit: Unit;
  supplierLot: string;
  cost: number | null;
  expires: Day | null;
  spec: string;
  condition: string;
  status: string;
  notes: string;
  /** The maker's own lot number, or null to generate one. */
  ownLotNumber: string | null;
  /** What the sidebar showed, to tell the maker when a generated number had to change. */
  shownLotNumber: string;
}

export interface CheckedDelivery {
  /** As written in Suppliers, or the new name as typed (trimmed). */
  supplier: string;
  newSupplier: boolean;
  received: Day;
  lines: CheckedLine[];
}

export type DeliveryCheck =
  { ok: true; delivery: CheckedDelivery } | { ok: false; problems: DeliveryProblem[]; toConfirm?: DeliveryWarning[] };

/** Sheets holds at most 50,000 characters in a cell. */
const CELL_LIMIT = 50000;
/** Names and codes go on labels and in dropdowns. */
const NAME_LIMIT = 200;
const LINE_BREAK = /[\r\n\t]/;

type Message = string | null;

const required =
  (what: string) =>
  (text: string): Message =>
    text.trim() === '' ? what : null;

function fitsCell(text: string): Message {
  return text.length > CELL_LIMIT ? `Too long for a cell: at most ${CELL_LIMIT.toLocaleString('en-US')} characters.` : null;
}

function aName(text: string): Message {
  if (LINE_BREAK.test(text.trim())) return 'Write it on one line.';
  return text.trim().length > NAME_LIMIT ? `Too long: at most ${NAME_LIMIT} characters.` : null;
}

/** A code printed on labels and searched for: one line, short, and nothing invisible in it. */
function aCode(text: string): Message {
  const invisible = invisibleCharacterIn(text);
  return aName(text) ?? (invisible ? `It holds ${invisible}: type it again without it.` : null);
}

export function readQuantity(text: string): Read<number> {
  if (text.trim() === '') return { ok: false, message: 'Enter the quantity received.' };
  const read = readNumber(text);
  if (!read.ok) return { ok: false, message: `"${excerpt(text)}" is not a number.` };
  return read.value > 0 ? read : { ok: false, message: 'The quantity must be more than 0.' };
}

export function readCost(text: string): Read<number | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const read = readNumber(text.trim().replace(/^\$/, ''));
  if (!read.ok) return { ok: false, message: `"${excerpt(text)}" is not an amount.` };
  return read.value >= 0 ? read : { ok: false, message: 'The cost cannot be negative.' };
}

export function readOptionalDay(text: string): Read<Day | null> {
  if (text.trim() === '') return { ok: true, value: null };
  return isIsoDay(text.trim()) ? { ok: true, value: text.trim() } : { ok: false, message: `"${excerpt(text)}" is not a real date.` };
}

function readReceivedUnit(text: string): Read<Unit> {
  if (text.trim() === '') return { ok: false, message: 'Choose a unit.' };
  const unit = parseUnit(text);
  return unit
    ? { ok: true, value: unit }
    : { ok: false, message: `"${excerpt(text)}" is not a unit Lotline knows (mg, g, kg, oz, lb, ml, l, fl oz, gal, pcs).` };
}

const fromRead =
  (read: (text: string) => Read<unknown>) =>
  (text: string): Message => {
    const result = read(text);
    return result.ok ? null : result.message;
  };

/** A text field whose rules each give the maker's sentence, or null when the text is fine. */
function field(...rules: ((text: string) => Message)[]) {
  return z.string().check(
    z.superRefine((text, ctx) => {
      for (const rule of rules) {
        const message = rule(text);
        if (message === null) continue;
        ctx.issues.push({ code: 'custom', message, input: text });
        return;
      }
    }),
  );
}

function valueOf<T>(read: Read<T>): T {
  if (!read.ok) throw new Error(`A checked delivery failed to read: ${read.message}`);
  return read.value;
}

/** Materials by code key; the first row wins when a code is listed twice. */
function materialsByKey(context: ReceivingContext): Map<string, MaterialOnFile> {
  const byKey = new Map<string, MaterialOnFile>();
  for (const material of context.materials) if (!byKey.has(codeKey(material.code))) byKey.set(codeKey(material.code), material);
  return byKey;
}

function deliveryRules(context: ReceivingContext, materials: Map<string, MaterialOnFile>) {
  const material = (text: string): Message => {
    const found = materials.get(codeKey(text));
    if (!found) return `There is no material "${excerpt(text)}" in Materials.`;
    if (!found.unit) return `${found.sheet} row ${found.row} has no unit Lotline knows for ${found.code}; fix its Unit cell first.`;
    return null;
  };
  const choice =
    (choices: readonly string[]) =>
    (text: string): Message =>
      readChoice(text, choices).ok ? null : `"${excerpt(text)}" is not one of ${choices.join(', ')}.`;
  const line = z.object({
    materialCode: field(required('Choose a material.'), material),
    quantity: field(fromRead(readQuantity)),
    unit: field(fromRead(readReceivedUnit)),
    supplierLot: field(aName),
    cost: field(fromRead(readCost)),
    expires: field(fromRead(readOptionalDay)),
    spec: field(fitsCell),
    condition: field(choice(CONDITIONS)),
    status: field(choice(RECEIPT_STATUSES)),
    notes: field(fitsCell),
    lotNumber: z.string(),
    lotNumberEdited: z.boolean(),
  });
  return z
    .object({
      supplier: field(required('Choose a supplier, or type the name of a new one.'), aName),
      received: field(
        required('Enter the day the delivery arrived.'),
        (text) => (isIsoDay(text.trim()) ? null : `"${excerpt(text)}" is not a real date.`),
        (text) =>
          text.trim() > context.today ? `${text.trim()} is after today (${context.today}): enter the day the delivery arrived.` : null,
      ),
      lines: z.array(line).check(z.minLength(1, 'Add at least one line: the material received.')),
    })
    .check(
      // Rules across fields run even when a field failed, so every problem shows at once.
      z.superRefine(
        (draft, ctx) => {
          const problem = (index: number, fieldName: LineField, message: string) =>
            ctx.issues.push({ code: 'custom', message, input: draft, path: ['lines', index, fieldName] });
          const ownLots = new Map<string, number>();
          draft.lines.forEach((line, index) => {
            const found = materials.get(codeKey(line.materialCode));
            const unit = parseUnit(line.unit);
            if (found?.unit && unit && unit.kind !== found.unit.kind) {
              problem(
                index,
                'unit',
                `${found.code} is counted in ${found.unit.symbol}: choose a ${found.unit.kind} unit, not ${unit.symbol}.`,
              );
            }
            const expires = line.expires.trim();
            if (isIsoDay(expires) && isIsoDay(draft.received.trim()) && expires < draft.received.trim())
              problem(index, 'expires', `The expiry ${expires} is before the day received, ${draft.received.trim()}.`);
            const lot = line.lotNumber.trim();
            if (!line.lotNumberEdited) {
              // The number the sidebar showed is only echoed back, but it must be one a sidebar could show.
              const shown = aName(lot);
              if (shown) problem(index, 'lotNumber', shown);
              return;
            }
            const shape = aName(lot);
            if (lot === '') problem(index, 'lotNumber', 'Type a lot number, or clear the field to have one made for you.');
            else if (shape) problem(index, 'lotNumber', shape);
            else if (context.lotNamespace.has(codeKey(lot)))
              problem(index, 'lotNumber', `${lot} is already used in Receipts or Batches: a lot number is never used twice.`);
            else if (invisibleCharacterIn(lot)) problem(index, 'lotNumber', aCode(lot) as string);
            else if (ownLots.has(codeKey(lot)))
              problem(index, 'lotNumber', `Line ${(ownLots.get(codeKey(lot)) as number) + 1} has the same lot number.`);
            else ownLots.set(codeKey(lot), index);
          });
        },
        { when: () => true },
      ),
    );
}

function toDeliveryProblem(issue: z.core.$ZodIssue): DeliveryProblem {
  const [first, index, name] = issue.path;
  if (first === 'lines' && typeof index === 'number' && typeof name === 'string')
    return { line: index, field: name as LineField, message: issue.message };
  if (first === 'supplier' || first === 'received' || first === 'lines') return { field: first, message: issue.message };
  return { field: 'form', message: issue.message };
}

/** The delivery checked against the workbook: typed lines, or every problem with its field. */
export function checkDelivery(draft: DeliveryDraft, context: ReceivingContext): DeliveryCheck {
  const materials = materialsByKey(context);
  const checked = deliveryRules(context, materials).safeParse(draft);
  if (!checked.success) return { ok: false, problems: checked.error.issues.map(toDeliveryProblem) };

  const toConfirm = unusualDates(draft, context).filter((warning) => !(draft.confirmed ?? []).includes(warning.key));
  if (toConfirm.length > 0) return { ok: false, problems: [], toConfirm };

  const supplierKey = codeKey(draft.supplier);
  const known = context.suppliers.find((name) => codeKey(name) === supplierKey);
  return {
    ok: true,
    delivery: {
      supplier: known ?? draft.supplier.trim(),
      newSupplier: known === undefined,
      received: draft.received.trim(),
      lines: draft.lines.map((line) => ({
        material: materials.get(codeKey(line.materialCode)) as MaterialOnFile,
        quantity: valueOf(readQuantity(line.quantity)),
        unit: valueOf(readReceivedUnit(line.unit)),
        supplierLot: line.supplierLot.trim(),
        cost: valueOf(readCost(line.cost)),
        expires: valueOf(readOptionalDay(line.expires)),
        spec: line.spec.trim(),
        condition: valueOf(readChoice(line.condition, CONDITIONS)),
        status: valueOf(readChoice(line.status, RECEIPT_STATUSES)),
        notes: line.notes.trim(),
        ownLotNumber: line.lotNumberEdited ? line.lotNumber.trim() : null,
        shownLotNumber: line.lotNumber.trim(),
      })),
    },
  };
}

/**
 * What the maker may mean but should see first: a lot that is expired on arrival, or has expired since
 * (a delivery entered late), is never offered to a production run. The key names the line as it is
 * now, so a confirmation does not carry over to a line changed since.
 */
function unusualDates(draft: DeliveryDraft, context: ReceivingContext): DeliveryWarning[] {
  const received = draft.received.trim();
  const warnings: DeliveryWarning[] = [];
  draft.lines.forEach((line, index) => {
    const expires = line.expires.trim();
    if (expires === '' || expires > context.today) return;
    const message =
      expires <= received
        ? `The expiry ${expires} is the day it arrived: this lot is expired on arrival, and no run will be offered it. Save it anyway?`
        : `The expiry ${expires} has passed (today is ${context.today}): runs from today on will not be offered this lot. Save it anyway?`;
    const key = `expired:${index}:${codeKey(line.materialCode).slice(0, 100)}:${received}:${expires}`;
    warnings.push({ line: index, field: 'expires', message, key });
  });
  return warnings;
}
