// The pack's sheet names: "Pack LSOAP 2310 cover", "Pack LSOAP 2310 batches" … One prefix for all its
// sheets, cut the same way for each, so they sort together and stay apart in an .xlsx download (which
// keeps 31 characters of a name); a second pack of the same scope gets "(2)" on every sheet.
import { REPORT_NAME_LIMIT } from '../report-name';
import type { PackScope } from './scope';

export const PACK_SHEETS = ['cover', 'batches', 'lots', 'shipments', 'events', 'formulas'] as const;
export type PackSheet = (typeof PACK_SHEETS)[number];

const LONGEST_KIND = Math.max(...PACK_SHEETS.map((kind) => kind.length));
const UNSAFE = /[:\\/?*[\]]/g;

/** 2023-10-01 → 2310. */
const month = (day: string) => `${day.slice(2, 4)}${day.slice(5, 7)}`;

function tagOf(scope: PackScope): { lead: string; period: string } {
  if (scope.kind === 'batch') return { lead: scope.batchCode.trim(), period: '' };
  const period = month(scope.from) === month(scope.to) ? month(scope.from) : `${month(scope.from)}-${month(scope.to)}`;
  return { lead: scope.kind === 'product' ? scope.sku.trim() : 'all', period: ` ${period}` };
}

/** Every sheet's name for the n-th pack of this scope, each within 31 characters. */
export function packSheetNames(scope: PackScope, n = 1): Record<PackSheet, string> {
  const { lead, period } = tagOf(scope);
  const tail = `${period}${n > 1 ? ` (${n})` : ''}`;
  const room = REPORT_NAME_LIMIT - 'Pack '.length - tail.length - 1 - LONGEST_KIND;
  const clean = lead.replace(UNSAFE, '-').replace(/\s+/g, ' ');
  let cut = clean;
  if ([...clean].length > room) {
    cut = '';
    for (const character of clean) {
      if (cut.length + character.length > room - 1) break;
      cut += character;
    }
    cut = `${cut.trimEnd()}…`;
  }
  const names = {} as Record<PackSheet, string>;
  for (const kind of PACK_SHEETS) names[kind] = `Pack ${cut}${tail} ${kind}`;
  return names;
}

/** The first set of names none of which is taken (`taken` compares as Sheets does, ignoring case). */
export function freePackSheetNames(scope: PackScope, taken: (name: string) => boolean): Record<PackSheet, string> {
  for (let n = 1; ; n++) {
    const names = packSheetNames(scope, n);
    if (!Object.values(names).some(taken)) return names;
  }
}
