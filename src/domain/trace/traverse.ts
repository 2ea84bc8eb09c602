// Walking the lot namespace. Forward: a lot → Batch inputs rows that consumed it → their batches →
// those batches' codes, consumed in turn by further batches (sub-assemblies, any depth) → order
// lines shipping any of them. Backward: a batch → its Batch inputs rows → the lots they name → down
// to receipt lots. Breadth-first, so each lot keeps the shortest path it was reached by; every map
// lookup is by codeKey, so a trace costs what it touches, not what the workbook holds.
import { codeKey } from '../codes';
import { findLotsAtRisk } from './at-risk';
import { findLoops, type Edge } from './loops';
import { isKnownLot, positionsOf, type LotGraph } from './lot-graph';
import { LotWalk, sortedUnique, unknownLotMessage } from './lot-walk';
import { findPeerOrderLines } from './peers';
import type { TraceStart } from './resolve';
import { ProblemList } from '../problems';
import type { Trace, TraceDirection, TracedLot } from './trace-types';
import { findUnmatchedRows } from './unmatched';

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

  // The start is level 0 of both lists: backward it is the source the report shows, whatever the direction.
  const startNodes = () => {
    const nodes = new Map<string, TracedLot>();
    for (const key of startKeys) if (key !== '' && !nodes.has(key)) nodes.set(key, walk.lot(key, 0, []));
    for (const { key, row } of orderStarts) {
      let node = nodes.get(key);
      if (!node) nodes.set(key, (node = walk.lot(key, 0, [])));
      node.links.push({ sheet: 'orders', row, other: '' });
    }
    return nodes;
  };
  const forwardNodes = direction === 'backward' ? new Map<string, TracedLot>() : startNodes();
  const backwardNodes = startNodes();
  const steps: Step[] = [];
  // Batch inputs rows of a traced batch whose lot matches nothing: an ingredient the report cannot name.
  const unknownInputRows = new Set<number>();
  if (direction !== 'backward') walkForward(graph, walk, forwardNodes, steps);
  if (direction !== 'forward') walkBackward(graph, walk, backwardNodes, steps, unknownInputRows);
  reportLoops(steps, problems, new Map([...backwardNodes, ...forwardNodes]));

  const forward = [...forwardNodes.values()];
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
    unmatched: findUnmatchedRows(graph, [...forward, ...backward], direction, shipmentRows, unknownInputRows),
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

function walkBackward(graph: LotGraph, walk: LotWalk, nodes: Map<string, TracedLot>, steps: Step[], unknownInputRows: Set<number>): void {
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
          walk.problems.add({
            sheet: 'batchInputs',
            row,
            column: 'lot',
            message: unknownLotMessage(graph, code, `batch ${batches.batchId[batch] ?? ''} used`),
          });
          unknownInputRows.add(row);
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
