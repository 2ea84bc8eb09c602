// What crosses google.script.run for FDA traceability spreadsheet…: the first screen (the business's
// location as remembered, the products to choose from, today), the request (location, period, lot
// codes, products) and its answer — the sheets made, or a sentence at each field that stops it.
import * as z from 'zod/mini';
import { isoDay } from './iso-day';
import { capitalize, type FieldLabel } from './wire-problems';

export const FSMA_LOCATION_FIELDS = ['name', 'phone', 'street', 'city', 'state', 'zip'] as const;
const LOCATION_LABELS: Record<(typeof FSMA_LOCATION_FIELDS)[number], string> = {
  name: 'business name',
  phone: 'phone',
  street: 'street address',
  city: 'city',
  state: 'state',
  zip: 'ZIP code',
};

const short = z.string().check(z.maxLength(500));
export const fsmaLocation = z.strictObject({ name: short, phone: short, street: short, city: short, state: short, zip: short });

export const fsmaSetup = z.object({
  location: fsmaLocation,
  products: z.array(z.object({ sku: z.string(), product: z.string() })),
  today: isoDay,
  notices: z.array(z.string()),
});

/** A blank day is "no bound". */
const dayOrBlank = z.union([z.literal(''), isoDay]);

export const fsmaRequest = z.strictObject({
  location: fsmaLocation,
  from: dayOrBlank,
  to: dayOrBlank,
  lotCodes: z.array(short).check(z.maxLength(500)),
  products: z.array(short).check(z.maxLength(500)),
});

export const fsmaRequestLabel: FieldLabel = (path) => {
  const [field, sub] = path;
  if (field === 'location' && typeof sub === 'string' && sub in LOCATION_LABELS) {
    return `Your ${LOCATION_LABELS[sub as keyof typeof LOCATION_LABELS]}`;
  }
  if (field === 'from') return 'The start of the period';
  if (field === 'to') return 'The end of the period';
  if (field === 'lotCodes') return typeof sub === 'number' ? `Lot code ${sub + 1}` : 'The lot codes';
  if (field === 'products') return typeof sub === 'number' ? `Product ${sub + 1}` : 'The products';
  return path.length === 0 ? 'The request' : capitalize(`the field "${String(field)}"`);
};

export const FSMA_FIELDS = [...FSMA_LOCATION_FIELDS, 'from', 'to', 'lotCodes', 'products', 'form'] as const;

export const fsmaResult = z.union([
  z.object({
    ok: z.literal(true),
    /** The glossary first, then receiving, transformation, shipping. */
    sheets: z.array(z.string()),
    receiving: z.number(),
    transformation: z.number(),
    shipping: z.number(),
    notKnown: z.number(),
    missing: z.number(),
  }),
  z.object({ ok: z.literal(false), problems: z.array(z.object({ field: z.enum(FSMA_FIELDS), message: z.string() })) }),
]);

export type FsmaLocation = z.infer<typeof fsmaLocation>;
export type FsmaSetup = z.infer<typeof fsmaSetup>;
export type FsmaRequest = z.infer<typeof fsmaRequest>;
export type FsmaResult = z.infer<typeof fsmaResult>;
