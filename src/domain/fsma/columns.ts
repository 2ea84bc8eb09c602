// The key data elements of each critical tracking event, as column headers in the rule's own words
// (21 CFR 1.1345, 1.1350, 1.1340), with what kind of value each column holds: a date is written as a
// date, so FDA can sort by it. Receiving adds our own Lot number, which ties a supplier's code to our
// records (and to the input lots of Transformation, which carry the same traceability lot code).
import type { FsmaColumn } from './records';

const t = (header: string) => ({ header, kind: 'text' }) as FsmaColumn;
const n = (header: string) => ({ header, kind: 'number' }) as FsmaColumn;
const d = (header: string) => ({ header, kind: 'day' }) as FsmaColumn;

export const RECEIVING_COLUMNS = [
  t('Traceability lot code'),
  n('Quantity'),
  t('Unit of measure'),
  t('Product description'),
  t('Immediate previous source'),
  t('Receiving location'),
  d('Date received'),
  t('Traceability lot code source'),
  t('Reference document type'),
  t('Reference document number'),
  t('Lot number'),
];

export const TRANSFORMATION_COLUMNS = [
  t('Input traceability lot code'),
  t('Input product description'),
  n('Input quantity used'),
  t('Input unit of measure'),
  t('New traceability lot code'),
  t('Traceability lot code source'),
  d('Date transformation completed'),
  t('Product description'),
  n('Quantity'),
  t('Unit of measure'),
  t('Reference document type'),
  t('Reference document number'),
];

export const SHIPPING_COLUMNS = [
  t('Traceability lot code'),
  n('Quantity'),
  t('Unit of measure'),
  t('Product description'),
  t('Immediate subsequent recipient'),
  t('Ship-from location'),
  d('Date shipped'),
  t('Traceability lot code source'),
  t('Reference document type'),
  t('Reference document number'),
];
