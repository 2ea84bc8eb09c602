// FSMA 204 (21 CFR 1 subpart S) names a location by six elements: business name, phone, street address,
// city, state and ZIP. The maker's own location is the ship-from location, the receiving location and the
// traceability lot code source of every lot the maker assigns, so the FDA spreadsheet is refused until all
// six are set: a spreadsheet with a blank ship-from would look complete and is not (never a false all-clear).

export const LOCATION_FIELDS = ['name', 'phone', 'street', 'city', 'state', 'zip'] as const;
export type LocationField = (typeof LOCATION_FIELDS)[number];
export type BusinessLocation = Record<LocationField, string>;

const LABELS: Record<LocationField, string> = {
  name: 'business name',
  phone: 'phone',
  street: 'street address',
  city: 'city',
  state: 'state',
  zip: 'ZIP code',
};

export interface LocationProblem {
  field: LocationField;
  message: string;
}

/** One sentence per element left blank, at its field; none when the location is whole. */
export function missingLocationFields(location: Partial<BusinessLocation>): LocationProblem[] {
  return LOCATION_FIELDS.filter((field) => (location[field] ?? '').trim() === '').map((field) => ({
    field,
    message: `Enter your ${LABELS[field]}: FDA's traceability records name every location by it.`,
  }));
}

/** The location on one line, the way a spreadsheet cell carries it: "Lavender Lane Soap, 555-0100, 1 Main St, Asheville, NC 28801". */
export function locationText(location: BusinessLocation): string {
  const t = (field: LocationField) => location[field].trim();
  return `${t('name')}, ${t('phone')}, ${t('street')}, ${t('city')}, ${t('state')} ${t('zip')}`;
}
