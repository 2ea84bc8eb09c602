// What crosses between the workbench's three places — the browser page, the HTTP server (main thread)
// and the worker that owns the workbook and runs the bundle. Types only, so the page bundle pulls in no
// server code. Requests coming from the page are parsed with zod on the server (http-api.ts).

/** A cell as the runtime stores it: '' is empty; Dates are instants. */
export type CellValue = string | number | boolean | Date;

/** An alert or prompt the script is waiting on, as Ui.alert / Ui.prompt were called. */
export interface DialogQuestion {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';
}

/** What the person did with it: a button (CLOSE is the dialog's × or Escape) and, for a prompt, the text. */
export interface DialogAnswer {
  button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
  text?: string;
}

/** Something a person does that runs as one execution in the runtime. */
export type Action =
  | { kind: 'menu'; caption: string }
  /** google.script.run from a sidebar or dialog; args as encoded by client-values.ts. */
  | { kind: 'script.run'; name: string; args: unknown[] }
  /** Typing into a cell: the text is written as a person types it ('0923' becomes 923, '=A1' a formula). */
  | { kind: 'edit'; sheet: string; row: number; column: number; text: string }
  /** Renaming a tab (double-click it), as makers do: the add-on must find its tables however their tabs are named. */
  | { kind: 'rename'; sheet: string; name: string };

/** HTML the script put on screen (a sidebar or a dialog); its page is served at /api/html/:id. */
export interface ShownHtmlView {
  id: number;
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  width: number;
  height: number | null;
}

export interface ToastView {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

/** How one execution ended and what it put on screen. */
export interface ExecutionReport {
  ok: boolean;
  /** The server function's result as google.script.run hands it over (script.run only). */
  value?: unknown;
  error?: string;
  shown: ShownHtmlView | null;
  toasts: ToastView[];
  /** What Apps Script would have charged for it (the runtime's cost model). */
  calls: number;
  projectedMs: number;
}

/** One step of an execution: it stopped on a dialog, or it finished. */
export type Step = { status: 'dialog'; dialog: DialogQuestion } | { status: 'done'; report: ExecutionReport };

export type MenuItemView = { caption: string; functionName: string } | { separator: true } | { submenu: MenuView };

export interface MenuView {
  title: string;
  items: MenuItemView[];
}

export interface SheetView {
  name: string;
  maxRows: number;
  /** Columns the grid shows (the sheet's columns, capped: the grid does not scroll columns virtually). */
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Width in pixels of each shown column, A first. */
  columnWidths: number[];
}

export interface WorkbookView {
  title: string;
  /** Visible sheets in tab order. */
  sheets: SheetView[];
  activeSheet: string;
  /** The current cell of the active sheet, 1-based. */
  current: { row: number; column: number } | null;
  /** Menus installed by onOpen; those titled like the add-on go under Extensions. */
  menus: MenuView[];
  addonName: string;
}

/**
 * One cell of the grid: t is what a person sees (the display value), e the text the cell editor starts
 * from (the formula for a formula cell). a: alignment where not left; b: bold; bg: background colour.
 */
export interface CellView {
  t: string;
  e?: string;
  a?: 'right' | 'center';
  b?: 1;
  bg?: string;
}

/** Rows start..start+rows.length-1 of a sheet; a row lists its cells up to the last non-empty one (null = empty). */
export interface RowWindow {
  sheet: string;
  start: number;
  rows: (CellView | null)[][];
}

export interface SaveStatus {
  file: string;
  /** A change not in the file yet: being written, about to be, or waiting for a retry. */
  pending: boolean;
  saves: number;
  /** Why the file does not hold the latest changes (kept in memory, saving retried); null once a save succeeds. */
  error: string | null;
  /** The last save succeeded after failed ones: the page says the workbook is saved again. */
  recovered: boolean;
}

export interface ServerStatus {
  /** A dialog a running execution is waiting on (e.g. after the page was reloaded), or null. */
  dialog: DialogQuestion | null;
  save: SaveStatus;
}

// ---- main thread ⇄ worker ----

export type WorkerRequest =
  | { id: number; op: 'run'; action: Action }
  | { id: number; op: 'workbook' }
  /** The bundle's public top-level functions: what google.script.run offers a sidebar. */
  | { id: number; op: 'functions' }
  /** The workbook now, if a change has not been handed over for saving yet (else null): before stopping. */
  | { id: number; op: 'flush' }
  | { id: number; op: 'window'; sheet: string; start: number; count: number }
  | { id: number; op: 'select'; sheet: string; row?: number; column?: number };

/** A run's reply also carries the HTML it showed (for /api/html). */
export interface RunReply {
  report: ExecutionReport;
  html: string | null;
}

/** The main thread → a worker paused on a dialog: the person's answer, or a read to serve meanwhile. */
export type AnswerChannelMessage = { type: 'answer'; answer: DialogAnswer } | { type: 'read'; request: ReadRequest };

export type ReadRequest = Exclude<WorkerRequest, { op: 'run' }>;

export type WorkerMessage =
  | { type: 'dialog'; id: number; dialog: DialogQuestion }
  /** The workbook after runs (sent once the worker is idle), or as loaded (baseline: what the file holds). */
  | { type: 'snapshot'; snapshot: WorkbookSnapshot; baseline: boolean }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: string };

// ---- the workbook as saved and loaded ----

export interface SheetSnapshot {
  name: string;
  /** Row 1 first, each row up to its last value; '' is empty. A formula cell holds its last value or ''. */
  values: CellValue[][];
  formulas: { row: number; column: number; formula: string }[];
  numberFormats: { row: number; column: number; format: string }[];
  bold: { row: number; column: number }[];
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  hidden: boolean;
  /** Only widths that differ from the default 100 px. */
  columnWidths: { column: number; width: number }[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  activeSheet: string | null;
  /** PropertiesService.getDocumentProperties() (the code formats): the .xlsx's custom document properties. */
  documentProperties?: Record<string, string>;
}
