// A drill in progress as the sidebar shows it: the lot and the clock, the answer first (mass balance
// verdict, what could not be checked, the customers), then every step's balance and the problems met.
// Everything from the workbook goes in as text (dom.ts).
import type { DrillView } from '../../src/contract/recall-drill';
import { el } from '../dom';

type Step = DrillView['steps'][number];

const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** "1:05:09" from milliseconds. */
export function clockText(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

export function targetText(hours: number): string {
  return hours < 1 ? `${Math.round(hours * 60)} minutes` : `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

export function drillHead(drill: DrillView, clock: HTMLElement): HTMLElement {
  const how = drill.picked === 'random' ? 'picked at random' : 'your choice';
  return el(
    'div',
    {},
    el('h2', { class: 'drill-title code', text: drill.lot, attrs: { id: 'drill-title', tabindex: '-1' } }),
    el('p', { class: 'drill-meta', text: `${drill.direction} trace · ${how} · started ${drill.started}` }),
    clock,
  );
}

export function drillBody(drill: DrillView): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const { balance, settings } = drill;
  const outside = balance.failing.length;
  parts.push(
    el('p', {
      class: `verdict ${balance.within ? 'pass' : 'fail'}`,
      text: balance.within
        ? `Mass balance: every step within 100% ± ${settings.tolerancePct}%`
        : `Mass balance: ${outside} ${outside === 1 ? 'step is' : 'steps are'} outside 100% ± ${settings.tolerancePct}% or could not be counted`,
      attrs: { id: 'balance-verdict' },
    }),
  );
  if (drill.notChecked.length > 0) {
    parts.push(
      el(
        'ul',
        { class: 'not-checked', attrs: { id: 'not-checked', 'aria-label': 'What the trace could not check' } },
        ...drill.notChecked.map((line) => el('li', { text: line })),
      ),
    );
  }
  parts.push(customersSection(drill), stepsSection(drill));
  if (drill.problems.length > 0) {
    parts.push(
      el(
        'details',
        { attrs: { id: 'problems' } },
        el('summary', { text: `Problems in the records (${drill.problems.length})` }),
        el('ul', { class: 'problems' }, ...drill.problems.map((problem) => el('li', { text: problem }))),
      ),
    );
  }
  return parts;
}

function customersSection(drill: DrillView): HTMLElement {
  const { customers } = drill;
  const shown = customers.list.length;
  const list = el(
    'ul',
    { class: 'customers' },
    ...customers.list.map((customer) =>
      el(
        'li',
        {},
        el('span', { text: customer.customer || '(no name)' }),
        customer.email ? el('span', { class: 'email', text: ` ${customer.email}` }) : null,
        customer.orders.length > 0 ? el('span', { class: 'email', text: ` · ${customer.orders.join(', ')}` }) : null,
      ),
    ),
  );
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'customers-title' } },
    el('h2', { text: `Customers identified: ${customers.count}`, attrs: { id: 'customers-title' } }),
    el('p', { class: 'customer-count', text: customers.line, attrs: { id: 'customers-line' } }),
    shown > 0
      ? el('details', {}, el('summary', { text: shown < customers.count ? `The first ${shown} of them` : `Who they are` }), list)
      : null,
  );
}

function stepsSection(drill: DrillView): HTMLElement {
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'steps-title' } },
    el('h2', { text: `Mass balance of every step (${drill.steps.length})`, attrs: { id: 'steps-title' } }),
    el('p', { class: 'hint', text: 'Received or made = used + shipped + wasted + on hand.' }),
    el('ul', { class: 'steps', attrs: { id: 'steps' } }, ...drill.steps.map(stepItem)),
  );
}

function stepItem(step: Step): HTMLElement {
  const unit = step.unit ? ` ${step.unit}` : '';
  const inWord = step.kind === 'lot' ? 'received' : 'made';
  const sum =
    step.quantityIn === null
      ? `nothing ${inWord} recorded`
      : `${number(step.quantityIn)}${unit} ${inWord} = ${number(step.used)} used + ${number(step.shipped)} shipped + ${number(step.wasted)} wasted + ${
          step.onHand === null ? '?' : number(step.onHand)
        } on hand`;
  return el(
    'li',
    { class: `step${step.within ? '' : ' out'}` },
    el(
      'div',
      { class: 'step-head' },
      el('span', { class: 'step-code', text: step.code }),
      el('span', { class: 'step-pct', text: step.accountedPct === null ? 'not counted' : `${step.accountedPct}%` }),
    ),
    el('p', { class: 'step-sum', text: sum }),
    step.why ? el('p', { class: 'step-why', text: step.why }) : null,
  );
}
