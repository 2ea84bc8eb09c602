// Saving from a sidebar form: the form is busy (fields and button disabled, the button says so, a
// status line for screen readers) for exactly as long as the server call takes.

export interface SavingForm {
  form: HTMLFormElement;
  fields: HTMLFieldSetElement;
  save: HTMLButtonElement;
  status: HTMLElement;
  /** Where a failed call is reported. */
  formProblem: HTMLElement;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The server's answer, or null when the call failed (said in formProblem: nothing was saved). */
export async function whileSaving<T>(parts: SavingForm, doing: string, call: () => Promise<T>): Promise<T | null> {
  const label = parts.save.textContent;
  parts.fields.disabled = true;
  parts.save.disabled = true;
  parts.save.textContent = 'Saving…';
  parts.form.setAttribute('aria-busy', 'true');
  parts.status.textContent = doing;
  try {
    return await call();
  } catch (error) {
    parts.formProblem.textContent = `Could not save: ${messageOf(error)} Nothing was saved.`;
    return null;
  } finally {
    // Enabled again before problems are shown: a disabled field cannot take the focus.
    parts.fields.disabled = false;
    parts.save.disabled = false;
    parts.save.textContent = label;
    parts.form.removeAttribute('aria-busy');
    parts.status.textContent = '';
  }
}
