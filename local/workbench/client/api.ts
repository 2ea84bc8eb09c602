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

export const api = {
  status: () => request<ServerStatus>('GET', '/api/status'),
  workbook: () => request<WorkbookView>('GET', '/api/workbook'),
  window: (sheet: string, start: number, count: number) =>
    request<RowWindow>('GET', `/api/window?${new URLSearchParams({ sheet, start: String(start), count: String(count) })}`),
  select: (sheet: string, row?: number, column?: number) => request<null>('POST', '/api/select', { sheet, row, column }),
  run: (action: Action) => request<Step>('POST', '/api/run', action),
  answer: (answer: DialogAnswer) => request<Step>('POST', '/api/dialog', answer),
};
