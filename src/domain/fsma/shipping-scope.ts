// Which Orders lines are "shipping" under FSMA 204 (§1.1340): shipments to wholesale customers only. A sale
// to a consumer is not shipping under the rule. A blank Customer type is not taken as a consumer sale, even
// though a blank choice cell elsewhere means its first value: leaving a line out on a guess would hide a
// wholesale shipment from FDA. Such a line is left out of the Shipping sheet (we cannot say it is one) and
// listed among the missing elements as "customer type not recorded", so the gap is said, not invented.

export type ShippingScope = 'shipping' | 'consumer sale' | 'customer type not recorded' | 'customer type not understood';

export function shippingScope(customerType: string): ShippingScope {
  const type = customerType.trim().toLowerCase();
  if (type === 'wholesale') return 'shipping';
  if (type === 'consumer') return 'consumer sale';
  if (type === '') return 'customer type not recorded';
  return 'customer type not understood';
}

/** A period that ends before it starts is refused at its end date; days are ISO 'YYYY-MM-DD', which compare as text. */
export function periodProblem(from: string | undefined, to: string | undefined): string | null {
  if (from && to && to < from) return `The period ends (${to}) before it starts (${from}): choose an end on or after the start.`;
  return null;
}
