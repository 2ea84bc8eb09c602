// The law's criteria of a serious adverse event (MoCRA, 21 USC 364(5); traceability.md): serious when
// any applies. The Serious cell names the ones ticked, so a reader sees why without opening the report.
// The labels follow the statute's words, shortened: the sidebar shows them as the checklist.
export const SERIOUS_CRITERIA = [
  { key: 'death', label: 'death' },
  { key: 'lifeThreatening', label: 'life-threatening experience' },
  { key: 'hospitalization', label: 'inpatient hospitalization' },
  { key: 'disability', label: 'persistent or significant disability or incapacity' },
  { key: 'birthDefect', label: 'congenital anomaly or birth defect' },
  { key: 'infection', label: 'infection' },
  {
    key: 'disfigurement',
    label:
      'significant disfigurement (serious and persistent rash, 2nd/3rd-degree burn, significant hair loss, persistent or significant alteration of appearance)',
  },
  { key: 'intervention', label: 'medical or surgical intervention needed to prevent one of these' },
] as const;

export type SeriousCriterion = (typeof SERIOUS_CRITERIA)[number]['key'];

export const SERIOUS_CRITERION_KEYS = SERIOUS_CRITERIA.map((criterion) => criterion.key) as [SeriousCriterion, ...SeriousCriterion[]];

/** "Yes: inpatient hospitalization; infection", or "No" — in the order of the law, whatever order they were ticked in. */
export function seriousCell(ticked: readonly SeriousCriterion[]): string {
  const labels = SERIOUS_CRITERIA.filter((criterion) => ticked.includes(criterion.key)).map((criterion) => criterion.label);
  return labels.length === 0 ? 'No' : `Yes: ${labels.join('; ')}`;
}

/** Whether a Serious cell as read back from the sheet says serious ("Yes…", "Y", "TRUE"). */
export function isSeriousCell(cell: string): boolean {
  return /^\s*(yes|y|true|serious)\b/i.test(cell);
}
