// The business's own location for the FDA traceability spreadsheet, kept in the document's properties:
// asked once in the sidebar and offered again the next time, for whoever opens this spreadsheet.
import { LOCATION_FIELDS, type BusinessLocation } from '../domain/fsma/location';

export const FSMA_LOCATION_PROPERTY = 'lotline.fsma.location.v1';

/** The location as stored; a field never set (or a stored value that cannot be read) is blank. */
export function loadFsmaLocation(): BusinessLocation {
  const stored = PropertiesService.getDocumentProperties().getProperty(FSMA_LOCATION_PROPERTY);
  let value: Record<string, unknown> = {};
  try {
    const parsed: unknown = stored ? JSON.parse(stored) : {};
    if (parsed && typeof parsed === 'object') value = parsed as Record<string, unknown>;
  } catch {
    // As if never set: the sidebar asks again.
  }
  const location = {} as BusinessLocation;
  for (const field of LOCATION_FIELDS) location[field] = typeof value[field] === 'string' ? value[field] : '';
  return location;
}

export function saveFsmaLocation(location: BusinessLocation): void {
  PropertiesService.getDocumentProperties().setProperty(FSMA_LOCATION_PROPERTY, JSON.stringify(location));
}
