// The law's criteria of a serious adverse event (MoCRA, 21 USC 364(6); traceability.md): serious when
// any applies. The Serious cell names the ones ticked, so a reader sees why without opening the report.
export const SERIOUS_CRITERIA = [
  { key: 'death', label: 'death' },
  { key: 'lifeThreatening', label: 'life-threatening' },
  { key: 'hospitalization', label: 'hospitalization' },
  { key: 'disability', label: 'persistent or significant disability' },
  { key: 'birthDefect', label: 'birth defect' },
  { key: 'infection', label: 'infection' },
  { key: 'disfigurement', label: 'significant disfigurement (persistent rash, 2nd/3rd-degree burn)' },
  { key: 'intervention', label: 'medical intervention to prevent these' },
] as const;

export type SeriousCriterion = (typeof SERIOUS_CRITERIA)[number]['key'];

/** "Yes: hospitalization; infection", or "No" — in the order of the law, whatever order they were ticked in. */
export function seriousCell(ticked: readonly SeriousCriterion[]): string {
  const labels = SERIOUS_CRITERIA.filter((criterion) => ticked.includes(criterion.key)).map((criterion) => criterion.label);
  return labels.length === 0 ? 'No' : `Yes: ${labels.join('; ')}`;
}

/** Whether a Serious cell as read back from the sheet says serious ("Yes…", "Y", "TRUE"). */
export function isSeriousCell(cell: string): boolean {
  return /^\s*(yes|y|true|serious)\b/i.test(cell);
}
