// The server's problems with a run, each shown where the maker fixes it: a field of the run, one lot of
// a BoM line (the request's input lines are the lines' lots, in order), or a waste line. The first
// field with a problem takes the focus; what belongs to no field is said above the Save button.
import type { RunProblem } from '../../src/contract/production';
import type { Field } from '../field';
import type { ComponentLine } from './component-line';
import type { WasteLineForm } from './waste-line';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export type RunFields = Record<
  'sku' | 'quantityToMake' | 'dateMade' | 'quantityMade' | 'madeBy' | 'batchId' | 'batchCode' | 'expires' | 'notes',
  Field<Control>
>;

export interface ProblemPlaces {
  run: RunFields;
  /** The lines and waste lines as they were when the run was sent. */
  lines: readonly ComponentLine[];
  waste: readonly WasteLineForm[];
  inputsProblem: HTMLElement;
  formProblem: HTMLElement;
}

export function showProblems(problems: readonly RunProblem[], places: ProblemPlaces): void {
  let first: HTMLElement | null = null;
  const general: string[] = [];
  for (const problem of problems) {
    const refused = problem.list === 'inputs' ? refuseInput(problem, places.lines) : null;
    const target = refused ? null : fieldOf(problem, places);
    if (refused) first ??= refused;
    else if (target) {
      target.setProblem(problem.message);
      first ??= target.control;
    } else if (problem.field === 'inputs') places.inputsProblem.textContent = problem.message;
    else general.push(problem.message);
  }
  const marked = problems.length - general.length;
  places.formProblem.textContent = [
    ...general,
    marked > 0 ? `Nothing was saved: fix the ${marked === 1 ? 'problem' : `${marked} problems`} marked above.` : 'Nothing was saved.',
  ].join(' ');
  first?.focus();
}

/** A problem with one input line: shown at its lot in its BoM line, whose status then says it was refused. */
function refuseInput(problem: RunProblem, lines: readonly ComponentLine[]): HTMLElement | null {
  let index = problem.line ?? -1;
  if (index < 0) return null;
  for (const line of lines) {
    if (index < line.count) return line.refuse(index, problem.field, problem.message);
    index -= line.count;
  }
  return null;
}

function fieldOf(problem: RunProblem, places: ProblemPlaces): Field<Control> | null {
  if (problem.list === 'waste') return places.waste[problem.line ?? -1]?.fieldOf(problem.field) ?? null;
  if (problem.list === 'inputs') return null;
  return problem.field in places.run ? places.run[problem.field as keyof RunFields] : null;
}
