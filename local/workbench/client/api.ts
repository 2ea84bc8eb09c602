// The page's calls to the workbench server. Errors come back as { error } with an HTTP status; they
// become Errors with that sentence.
import type { Action, DialogAnswer, RowWindow, ServerStatus, Step, WorkbookView } from '../protocol';

async function request<T>(method: 'GET' | 'POST', url: string, payload?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: payload === undefined ? {} : { 'Content-Type': 'application/json' },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  const value = (await response.json()) as unknown;
  if (!response.ok) {
    const message =
      typeof value === 'object' && value !== null && 'error' in value ? String((value as { error: unknown }).error) : response.statusText;
    throw new Error(message);
  }
  return value as T;
}

// Clicks, edits and dialog answers change the workbook or the cursor: they must reach the server in the
// order the person made them. The browser spreads requests over several connections, where a later one
// can overtake an earlier one, so these go one at a time; reads of rows go at once.
let inOrder: Promise<unknown> = Promise.resolve();
function ordered<T>(send: () => Promise<T>): Promise<T> {
  const result = inOrder.then(send, send);
  inOrder = result.catch(() => undefined);
  return result;
}

export const api = {
  status: () => request<ServerStatus>('GET', '/api/status'),
  // In order too: the cursor it reports must be the one after the clicks sent before it.
  workbook: () => ordered(() => request<WorkbookView>('GET', '/api/workbook')),
  window: (sheet: string, start: number, count: number) =>
    request<RowWindow>('GET', `/api/window?${new URLSearchParams({ sheet, start: String(start), count: String(count) })}`),
  select: (sheet: string, row?: number, column?: number) => ordered(() => request<null>('POST', '/api/select', { sheet, row, column })),
  run: (action: Action) => ordered(() => request<Step>('POST', '/api/run', action)),
  answer: (answer: DialogAnswer) => ordered(() => request<Step>('POST', '/api/dialog', answer)),
};
