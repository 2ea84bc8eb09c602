// Real cost per batch (issue 13): see lot-cost.ts.
export {
  CostBook,
  COST_COLUMNS,
  describeMissingCost,
  roundCents,
  runCost,
  type CostPerUnit,
  type BatchCost,
  type CostTables,
  type InputUse,
  type MissingCost,
  type RunCost,
} from './lot-cost';
