// The sheet grid: column letters, row numbers, cells as Sheets displays them, frozen rows and columns
// that stay put (sticky, with Sheets' thick divider), the current cell, and typing into cells. Only the
// rows on screen exist in the page (virtual scrolling); they are fetched in blocks (row-cache.ts).
import type { CellView, SheetView } from '../protocol';
import { CellEditor } from './cell-editor';
import { columnLetters, el } from './dom';
import { RowCache } from './row-cache';

const ROW_HEIGHT = 21;
const HEADER_HEIGHT = 24;
const ROW_NUMBER_WIDTH = 46;
/** Browsers cap an element's height (Chrome near 33M px); past this the scrollbar maps onto the rows proportionally. */
const MAX_BODY_HEIGHT = 8_000_000;

export interface GridEvents {
  /** The person moved the cursor. */
  selected(row: number, column: number): void;
  /** The person typed into a cell (empty text: Delete). */
  typed(row: number, column: number, text: string): Promise<void>;
  /** The cursor or the data under it changed: the name box and formula bar follow. */
  showCurrent(row: number, column: number, cell: CellView | null): void;
}

export class Grid {
  private sheet: SheetView | null = null;
  private cache: RowCache | null = null;
  private current = { row: 1, column: 1 };
  private columnLefts: number[] = [];
  private readonly editor = new CellEditor();
  private readonly canvas = el('div', { class: 'grid-canvas' });
  private readonly head = el('div', { class: 'grid-head' });
  private readonly body = el('div', { class: 'grid-body' });
  private readonly rowsLayer = el('div', { class: 'grid-rows' });
  private frame = 0;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly events: GridEvents,
  ) {
    this.body.append(this.rowsLayer);
    this.canvas.append(this.head, this.body);
    scroller.append(this.canvas);
    scroller.addEventListener('scroll', () => this.schedule());
    window.addEventListener('resize', () => this.schedule());
    this.canvas.addEventListener('mousedown', (event) => this.onMouseDown(event));
    this.canvas.addEventListener('dblclick', (event) => this.onDoubleClick(event));
    scroller.addEventListener('keydown', (event) => this.onKey(event));
  }

  /**
   * Shows a sheet (or the same sheet after a change: its rows are fetched again). `current` is the cursor
   * as the server has it; 'keep' leaves the cursor where it is on the same sheet — the person moved it
   * after the server answered, so the server's is already stale.
   */
  show(sheet: SheetView, current: { row: number; column: number } | null | 'keep'): void {
    const sameSheet = this.sheet?.name === sheet.name;
    if (!sameSheet) {
      this.editor.close();
      this.cache = new RowCache(sheet.name, () => this.schedule());
      this.scroller.scrollTop = 0;
      this.scroller.scrollLeft = 0;
    } else this.cache?.invalidate();
    this.sheet = sheet;
    const position = current === 'keep' ? (sameSheet ? this.current : { row: 1, column: 1 }) : (current ?? { row: 1, column: 1 });
    this.current = { row: Math.min(position.row, sheet.maxRows), column: Math.min(position.column, sheet.columns) };
    this.columnLefts = [];
    let left = 0;
    for (const width of sheet.columnWidths) {
      this.columnLefts.push(left);
      left += width;
    }
    this.canvas.style.width = `${ROW_NUMBER_WIDTH + left}px`;
    this.body.style.height = `${this.bodyHeight()}px`;
    this.render();
  }

  focus(): void {
    this.scroller.focus({ preventScroll: true });
  }

  private get frozenRows(): number {
    return this.sheet ? Math.min(this.sheet.frozenRows, this.sheet.maxRows - 1) : 0;
  }

  private bodyRows(): number {
    return this.sheet ? this.sheet.maxRows - this.frozenRows : 0;
  }

  private bodyHeight(): number {
    return Math.min(this.bodyRows() * ROW_HEIGHT, MAX_BODY_HEIGHT);
  }

  private viewportHeight(): number {
    return Math.max(ROW_HEIGHT, this.scroller.clientHeight - HEADER_HEIGHT - this.frozenRows * ROW_HEIGHT);
  }

  /** Scrolled pixels → pixels of rows: 1 unless the sheet is taller than MAX_BODY_HEIGHT. */
  private ratio(): number {
    const full = this.bodyRows() * ROW_HEIGHT;
    const shown = this.bodyHeight();
    const viewport = this.viewportHeight();
    return full <= shown ? 1 : (full - viewport) / Math.max(1, shown - viewport);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    const sheet = this.sheet;
    const cache = this.cache;
    if (!sheet || !cache) return;
    const scrolled = this.scroller.scrollTop * this.ratio();
    const firstIndex = Math.min(Math.floor(scrolled / ROW_HEIGHT), Math.max(0, this.bodyRows() - 1));
    const firstRow = this.frozenRows + 1 + firstIndex;
    const lastRow = Math.min(sheet.maxRows, firstRow + Math.ceil(this.viewportHeight() / ROW_HEIGHT) + 1);
    if (this.frozenRows > 0) cache.want(1, this.frozenRows);
    cache.want(firstRow, lastRow);

    const headRows = [this.columnHeader(sheet)];
    for (let row = 1; row <= this.frozenRows; row += 1) headRows.push(this.rowElement(sheet, row, row === this.frozenRows));
    this.head.replaceChildren(...headRows);
    const bodyRows: HTMLElement[] = [];
    for (let row = firstRow; row <= lastRow; row += 1) bodyRows.push(this.rowElement(sheet, row, false));
    this.rowsLayer.replaceChildren(...bodyRows);
    this.rowsLayer.style.top = `${this.scroller.scrollTop - (scrolled - firstIndex * ROW_HEIGHT)}px`;

    const { row, column } = this.current;
    this.events.showCurrent(row, column, cache.row(row)?.[column - 1] ?? null);
  }

  private columnHeader(sheet: SheetView): HTMLElement {
    const line = el('div', { class: 'row header-row' }, el('div', { class: 'corner' }));
    sheet.columnWidths.forEach((width, index) => {
      const active = index + 1 === this.current.column ? ' active' : '';
      line.append(this.place(el('div', { class: `col-header${active}`, text: columnLetters(index + 1) }), sheet, index + 1, width));
    });
    return line;
  }

  private rowElement(sheet: SheetView, row: number, frozenEdge: boolean): HTMLElement {
    const cells = this.cache?.row(row);
    const line = el('div', { class: frozenEdge ? 'row frozen-edge' : 'row' });
    line.append(el('div', { class: row === this.current.row ? 'row-number active' : 'row-number', text: String(row) }));
    sheet.columnWidths.forEach((width, index) => {
      const column = index + 1;
      const view = cells?.[index] ?? null;
      const cell = this.place(el('div', { class: 'cell', text: view?.t ?? '' }), sheet, column, width);
      cell.dataset.r = String(row);
      cell.dataset.c = String(column);
      if (view?.a) cell.classList.add(view.a);
      if (view?.b) cell.classList.add('bold');
      if (view?.bg) cell.style.background = view.bg;
      if (row === this.current.row && column === this.current.column) cell.classList.add('current');
      line.append(cell);
    });
    return line;
  }

  /** Width, and for frozen columns a sticky left edge so they stay while the rest scrolls sideways. */
  private place<T extends HTMLElement>(element: T, sheet: SheetView, column: number, width: number): T {
    element.style.width = `${width}px`;
    if (column <= sheet.frozenColumns) {
      element.classList.add('frozen-column');
      if (column === sheet.frozenColumns) element.classList.add('frozen-column-edge');
      element.style.left = `${ROW_NUMBER_WIDTH + this.columnLefts[column - 1]!}px`;
    }
    return element;
  }

  private cellAt(target: EventTarget | null): { row: number; column: number; element: HTMLElement } | null {
    const element = (target as HTMLElement | null)?.closest?.<HTMLElement>('.cell');
    if (!element?.dataset.r || !element.dataset.c) return null;
    return { row: Number(element.dataset.r), column: Number(element.dataset.c), element };
  }

  private onMouseDown(event: MouseEvent): void {
    const cell = this.cellAt(event.target);
    if (!cell) return;
    event.preventDefault();
    this.moveTo(cell.row, cell.column);
    this.focus();
  }

  private onDoubleClick(event: MouseEvent): void {
    const cell = this.cellAt(event.target);
    if (cell) this.startEditing(null);
  }

  private onKey(event: KeyboardEvent): void {
    if (this.editor.active || !this.sheet || event.ctrlKey || event.metaKey || event.altKey) return;
    const { row, column } = this.current;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, event.shiftKey ? -1 : 1],
    };
    const move = moves[event.key];
    if (move) this.moveTo(row + move[0], column + move[1]);
    else if (event.key === 'Enter' || event.key === 'F2') this.startEditing(null);
    else if (event.key === 'Delete' || event.key === 'Backspace') void this.events.typed(row, column, '');
    else if (event.key.length === 1) this.startEditing(event.key);
    else return;
    event.preventDefault();
  }

  private moveTo(row: number, column: number): void {
    if (!this.sheet) return;
    const next = { row: Math.max(1, Math.min(row, this.sheet.maxRows)), column: Math.max(1, Math.min(column, this.sheet.columns)) };
    this.current = next;
    this.scrollToCurrent();
    this.render();
    this.events.selected(next.row, next.column);
  }

  private scrollToCurrent(): void {
    const sheet = this.sheet!;
    const { row, column } = this.current;
    if (row > this.frozenRows) {
      const ratio = this.ratio();
      const top = (row - this.frozenRows - 1) * ROW_HEIGHT;
      const shownTop = this.scroller.scrollTop * ratio;
      if (top < shownTop) this.scroller.scrollTop = top / ratio;
      else if (top + ROW_HEIGHT > shownTop + this.viewportHeight())
        this.scroller.scrollTop = (top + ROW_HEIGHT - this.viewportHeight()) / ratio;
    }
    if (column > sheet.frozenColumns) {
      const frozenWidth = sheet.frozenColumns > 0 ? this.columnLefts[sheet.frozenColumns]! : 0;
      const left = this.columnLefts[column - 1]!;
      const width = sheet.columnWidths[column - 1]!;
      const visible = this.scroller.clientWidth - ROW_NUMBER_WIDTH;
      if (left - frozenWidth < this.scroller.scrollLeft) this.scroller.scrollLeft = left - frozenWidth;
      else if (left + width > this.scroller.scrollLeft + visible) this.scroller.scrollLeft = left + width - visible;
    }
  }

  /** Opens the editor on the current cell: with its contents, or replacing them with the key typed. */
  private startEditing(typed: string | null): void {
    const { row, column } = this.current;
    this.render();
    const element =
      this.rowsLayer.querySelector<HTMLElement>(`[data-r="${row}"][data-c="${column}"]`) ??
      this.head.querySelector<HTMLElement>(`[data-r="${row}"][data-c="${column}"]`);
    if (!element) return;
    const view = this.cache?.row(row)?.[column - 1] ?? null;
    const before = view?.e ?? view?.t ?? '';
    this.editor.open(
      element,
      typed ?? before,
      (text, move) => {
        const write = typed !== null || text !== before ? this.events.typed(row, column, text) : Promise.resolve();
        if (move !== 'none') {
          // Take the keyboard back now, not when the write answers: a scanner's next key comes in 20 ms.
          this.focus();
          this.moveTo(row + (move === 'down' ? 1 : 0), column + (move === 'right' ? 1 : 0));
        } else {
          // Clicked away: keep the keyboard wherever the click put it, else give it back to the grid.
          void write.finally(() => {
            if (document.activeElement === document.body) this.focus();
          });
        }
      },
      () => this.focus(),
    );
  }
}
