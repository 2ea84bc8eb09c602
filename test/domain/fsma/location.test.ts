// The maker's own location is required before the first FDA spreadsheet: each blank element is named at
// its field, so the ship-from and receiving locations are never left blank in what FDA receives.
import { locationText, missingLocationFields } from '../../../src/domain/fsma/location';
import { rowRuns } from '../../../src/domain/fsma/glossary';
import { periodProblem, shippingScope } from '../../../src/domain/fsma/shipping-scope';

const whole = { name: 'Lavender Lane Soap', phone: '555-0100', street: '1 Main St', city: 'Asheville', state: 'NC', zip: '28801' };

describe('the business location (FSMA 204)', () => {
  it('is whole with all six elements, and reads on one line', () => {
    expect(missingLocationFields(whole)).toEqual([]);
    expect(locationText(whole)).toBe('Lavender Lane Soap, 555-0100, 1 Main St, Asheville, NC 28801');
  });

  it('names each blank element at its field', () => {
    const problems = missingLocationFields({ ...whole, phone: ' ', zip: '' });
    expect(problems.map((problem) => problem.field)).toEqual(['phone', 'zip']);
    expect(problems[1]!.message).toBe("Enter your ZIP code: FDA's traceability records name every location by it.");
    expect(missingLocationFields({})).toHaveLength(6);
  });
});

describe('what counts as shipping', () => {
  it('is a wholesale order, never a consumer sale, and a blank type is not guessed', () => {
    expect(shippingScope('Wholesale')).toBe('shipping');
    expect(shippingScope(' wholesale ')).toBe('shipping');
    expect(shippingScope('Consumer')).toBe('consumer sale');
    expect(shippingScope('')).toBe('customer type not recorded');
    expect(shippingScope('Retail')).toBe('customer type not understood');
  });
});

describe('the period', () => {
  it('refuses one that ends before it starts, at its end', () => {
    expect(periodProblem('2023-10-01', '2023-09-30')).toContain('ends (2023-09-30) before it starts (2023-10-01)');
    expect(periodProblem('2023-09-01', '2023-09-30')).toBeNull();
    expect(periodProblem('2023-09-01', '2023-09-01')).toBeNull();
    expect(periodProblem(undefined, '2023-09-30')).toBeNull();
  });
});

describe('Orders rows of the lines not known to be shipping', () => {
  it('are listed in runs', () => {
    expect(rowRuns([17, 4, 230, 232, 231, 233, 4])).toBe('4, 17, 230–233');
    expect(rowRuns([9])).toBe('9');
    expect(rowRuns([])).toBe('');
  });
});
