// Walking the lot namespace. Forward: a lot → Batch inputs rows that consumed it → their batches →
// those batches' codes, consumed in turn by further batches (sub-assemblies, any depth) → order
// lines shipping any of them. Backward: a batch → its Batch inputs rows → the lots they name → down
// to receipt lots. Breadth-first, so each lot keeps the shortest path it was reached by; every map
// lookup is by codeKey, so a trace costs what it touches, not what the workbook holds.
import { codeKey } from '../codes';
import { findLoops, type Edge } from './loops';
import { isKnownLot, positionsOf, type LotGraph } from './lot-graph';
import { nearestCodes } from './nearest';
import { findLotsAtRisk } from './at-risk';
import { findPeerOrderLines } from './peers';
import type { TraceStart } from './resolve';
import { ProblemList } from './trace-problems';
import type { Trace, TraceDirection, TracedLot } from './trace-types';

export interface TraceOptions {
  /** Default: forward from a lot or supplier lot, backward from an order, both from a batch. */
  direction?: TraceDirection;
}

export function defaultDirection(start: TraceStart): TraceDirection {
  if (start.batches.length > 0) return 'both';
  if (start.orderLines.length > 0) return 'backward';
  return 'forward';
}

interface Step extends Edge {
  row: number;
}

export function traceLots(graph: LotGraph, start: TraceStart, options: TraceOptions = {}): Trace {
  const direction = options.direction ?? defaultDirection(start);
  const problems = new ProblemList();
  const walk = new LotWalk(graph, problems);
  const { index } = graph;

  // Level 0: what the user named. An order's lines start from the lots they shipped.
  const startOrderRows = start.orderLines.map((position) => index.orders.row[position] as number);
  const startKeys: string[] = [
    ...start.receipts.map((position) => codeKey(index.receipts.lotNumber[position] ?? '')),
    ...start.batches.map((position) => codeKey(index.batches.batchCode[position] ?? '')),
  ];
  const orderStarts: { key: string; row: number }[] = [];
  for (const position of start.orderLines) {
    const row = index.orders.row[position] as number;
    const code = index.orders.batchCode[position] ?? '';
    const key = codeKey(code);
    if (key === '') continue;
    if (isKnownLot(graph, key)) orderStarts.push({ key, row });
    else problems.add({ sheet: 'orders', row, column: 'batchCode', message: unknownLotMessage(graph, code, 'this order line shipped') });
  }

  const forwardNodes = new Map<string, TracedLot>();
  const backwardNodes = new Map<string, TracedLot>();
  for (const nodes of [forwardNodes, backwardNodes]) {
    for (const key of startKeys) if (key !== '' && !nodes.has(key)) nodes.set(key, walk.lot(key, 0, []));
    for (const { key, row } of orderStarts) {
      let node = nodes.get(key);
      if (!node) nodes.set(key, (node = walk.lot(key, 0, [])));
      node.links.push({ sheet: 'orders', row, other: '' });
    }
  }
  const steps: Step[] = [];
  if (direction !== 'backward') walkForward(graph, walk, forwardNodes, steps);
  if (direction !== 'forward') walkBackward(graph, walk, backwardNodes, steps);
  reportLoops(steps, problems, new Map([...backwardNodes, ...forwardNodes]));

  const forward = direction === 'backward' ? [] : [...forwardNodes.values()];
  const backward = [...backwardNodes.values()];
  const shipmentRows = sortedUnique([...forward.flatMap((lot) => lot.shipRows), ...startOrderRows]);
  const peers = findPeerOrderLines(graph, shipmentRows);
  const atRisk = direction === 'forward' ? [] : findLotsAtRisk(graph, backward, forward);
  return {
    start,
    direction,
    forward,
    backward,
    shipmentRows,
    startOrderRows,
    peerOrderRows: peers.rows,
    skuOfOrderRow: peers.skuOfOrderRow,
    atRisk,
    problems: problems.items,
  };
}

function walkForward(graph: LotGraph, walk: LotWalk, nodes: Map<string, TracedLot>, steps: Step[]): void {
  const { batchInputs, batches } = graph.index;
  const queue = [...nodes.values()];
  for (let next = 0; next < queue.length; next++) {
    const lot = queue[next] as TracedLot;
    for (const use of walk.usesOf(lot.key)) {
      for (const batch of use.batches) {
        const code = batches.batchCode[batch] ?? '';
        const key = codeKey(code);
        if (key === '') continue;
        if (key === lot.key) {
          walk.selfUse(use.position);
          continue;
        }
        steps.push({ from: lot.key, to: key, row: batchInputs.row[use.position] as number });
        let made = nodes.get(key);
        if (!made) {
          made = walk.lot(key, lot.level + 1, lot.path);
          nodes.set(key, made);
          queue.push(made);
        }
        made.links.push({ sheet: 'batchInputs', row: batchInputs.row[use.position] as number, other: lot.key });
      }
    }
  }
}

function walkBackward(graph: LotGraph, walk: LotWalk, nodes: Map<string, TracedLot>, steps: Step[]): void {
  const { batchInputs, batches } = graph.index;
  const queue = [...nodes.values()];
  for (let next = 0; next < queue.length; next++) {
    const lot = queue[next] as TracedLot;
    for (const batch of positionsOf(graph.batchesByCode, lot.key)) {
      const inputs = walk.inputsOf(batch);
      for (const input of inputs) {
        const code = batchInputs.lot[input] ?? '';
        const key = codeKey(code);
        const row = batchInputs.row[input] as number;
        if (key === '') continue;
        if (key === lot.key) {
          walk.selfUse(input);
          continue;
        }
        if (!isKnownLot(graph, key)) {
          walk.problems.add({ sheet: 'batchInputs', row, column: 'lot', message: unknownLotMessage(graph, code, `batch ${batches.batchId[batch] ?? ''} used`) });
          continue;
        }
        steps.push({ from: key, to: lot.key, row });
        let ingredient = nodes.get(key);
        if (!ingredient) {
          ingredient = walk.lot(key, lot.level + 1, lot.path);
          nodes.set(key, ingredient);
          queue.push(ingredient);
        }
        ingredient.links.push({ sheet: 'batchInputs', row, other: lot.key });
      }
    }
  }
}

function reportLoops(steps: readonly Step[], problems: ProblemList, lots: Map<string, TracedLot>): void {
  for (const loop of findLoops(steps)) {
    const members = new Set(loop);
    const codes = loop.map((key) => lots.get(key)?.code ?? key);
    const rows = steps.filter((step) => members.has(step.from) && members.has(step.to));
    for (const step of rows) {
      problems.add({
        sheet: 'batchInputs',
        row: step.row,
        column: 'lot',
        message: `${codes.join(', ')} are each made from the other (a loop of sub-assemblies); a batch cannot contain itself, so one of these lots is wrong.`,
      });
    }
  }
}

function unknownLotMessage(graph: LotGraph, code: string, what: string): string {
  const near = nearestCodes(graph, code, 3).filter((candidate) => candidate.kind === 'receiptLot' || candidate.kind === 'batchCode');
  const hint = near.length > 0 ? ` Closest: ${near.map((candidate) => candidate.code).join(', ')}.` : '';
  return `${what} lot "${code.trim()}", which is neither a lot number on Receipts nor a batch code on Batches.${hint}`;
}

export function sortedUnique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** A Batch inputs position consuming a lot, with the Batches positions of the batch ID it names. */
interface UseAt {
  position: number;
  batches: readonly number[];
}

/**
 * Builds TracedLots and checks, once per lot or batch met, the problems that belong to it:
 * duplicated codes, duplicated batch IDs, inputs naming a batch ID that does not exist.
 */
class LotWalk {
  private readonly usesByLot = new Map<string, UseAt[]>();
  private readonly checkedIds = new Set<string>();

  constructor(
    private readonly graph: LotGraph,
    readonly problems: ProblemList,
  ) {}

  lot(key: string, level: number, parentPath: readonly string[]): TracedLot {
    const { index } = this.graph;
    const receipts = positionsOf(this.graph.receiptsByLot, key);
    const batches = positionsOf(this.graph.batchesByCode, key);
    const code = (receipts.length > 0 ? index.receipts.lotNumber[receipts[0] as number] : index.batches.batchCode[batches[0] as number])?.trim() ?? key;
    this.checkDuplicates(code, receipts, batches);
    const uses = this.usesOf(key).map((use) => ({
      row: index.batchInputs.row[use.position] as number,
      batchRows: use.batches.map((batch) => index.batches.row[batch] as number),
    }));
    return {
      key,
      code,
      level,
      path: [...parentPath, code],
      receiptRows: receipts.map((position) => index.receipts.row[position] as number),
      batchRows: batches.map((position) => index.batches.row[position] as number),
      links: [],
      uses,
      shipRows: positionsOf(this.graph.ordersByCode, key).map((position) => index.orders.row[position] as number),
      wasteRows: positionsOf(this.graph.wasteByLot, key).map((position) => index.waste.row[position] as number),
    };
  }

  /** Batch inputs rows of one batch, by its batch ID. */
  inputsOf(batch: number): readonly number[] {
    const { index } = this.graph;
    const id = index.batches.batchId[batch] ?? '';
    const idKey = codeKey(id);
    const inputs = positionsOf(this.graph.inputsByBatchId, idKey);
    this.checkBatchId(idKey);
    if (inputs.length === 0) {
      this.problems.add({
        sheet: 'batches',
        row: index.batches.row[batch] as number,
        column: 'batchId',
        message: `batch ${id} (${index.batches.batchCode[batch] ?? ''}) has no rows on Batch inputs, so what went into it cannot be traced.`,
      });
    }
    return inputs;
  }

  selfUse(input: number): void {
    const { index } = this.graph;
    this.problems.add({
      sheet: 'batchInputs',
      row: index.batchInputs.row[input] as number,
      column: 'lot',
      message: `batch ${index.batchInputs.batchId[input] ?? ''} lists its own batch code ${index.batchInputs.lot[input]?.trim() ?? ''} as an input; a batch cannot consume itself.`,
    });
  }

  usesOf(key: string): UseAt[] {
    let uses = this.usesByLot.get(key);
    if (uses) return uses;
    const { index } = this.graph;
    uses = positionsOf(this.graph.inputsByLot, key).map((position) => {
      const idKey = codeKey(index.batchInputs.batchId[position] ?? '');
      const batches = positionsOf(this.graph.batchesById, idKey);
      if (batches.length === 0) {
        this.problems.add({
          sheet: 'batchInputs',
          row: index.batchInputs.row[position] as number,
          column: 'batchId',
          message: `batch ID ${index.batchInputs.batchId[position]?.trim() ?? ''} is on no row of Batches, so the batch that used lot ${index.batchInputs.lot[position]?.trim() ?? ''} is unknown.`,
        });
      } else this.checkBatchId(idKey);
      return { position, batches };
    });
    this.usesByLot.set(key, uses);
    return uses;
  }

  private checkBatchId(idKey: string): void {
    if (this.checkedIds.has(idKey)) return;
    this.checkedIds.add(idKey);
    const { index } = this.graph;
    const batches = positionsOf(this.graph.batchesById, idKey);
    const first = batches[0];
    if (first === undefined) return;
    for (const batch of batches.slice(1)) {
      this.problems.add({
        sheet: 'batches',
        row: index.batches.row[batch] as number,
        column: 'batchId',
        message: `batch ID ${index.batches.batchId[batch]?.trim() ?? ''} is also on Batches row ${index.batches.row[first]}; each batch needs its own ID, or its inputs are counted for both.`,
      });
    }
  }

  private checkDuplicates(code: string, receipts: readonly number[], batches: readonly number[]): void {
    if (receipts.length + batches.length < 2) return;
    const { index } = this.graph;
    const rows = [
      ...receipts.map((position) => ({ sheet: 'receipts' as const, column: 'lotNumber', row: index.receipts.row[position] as number })),
      ...batches.map((position) => ({ sheet: 'batches' as const, column: 'batchCode', row: index.batches.row[position] as number })),
    ];
    const [first, ...others] = rows;
    if (!first) return;
    const firstPlace = `${first.sheet === 'receipts' ? 'Receipts' : 'Batches'} row ${first.row}`;
    for (const other of others) {
      this.problems.add({
        ...other,
        message: `${code} is also the ${first.sheet === 'receipts' ? 'lot number' : 'batch code'} on ${firstPlace}; a code must name one lot only, so this trace counts both as one.`,
      });
    }
  }
}
