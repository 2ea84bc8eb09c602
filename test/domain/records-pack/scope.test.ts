import { closestCodes } from '../../../src/domain/closest-codes';
import { checkScope } from '../../../src/domain/records-pack/scope';

const KNOWN = { batchCodes: ['LSOAP-231015-01', 'LSOAP-231016-01', 'FB-230920-01'], skus: ['LSOAP', 'FB', 'TIN'] };

describe('the scope of a records pack', () => {
  it('accepts a batch that exists, whatever its case and spaces', () => {
    expect(checkScope({ kind: 'batch', batchCode: ' lsoap-231015-01 ' }, KNOWN)).toEqual([]);
  });

  it('refuses a batch code that exists nowhere at its field, offering the closest', () => {
    const problems = checkScope({ kind: 'batch', batchCode: 'LSOAP-231015-1' }, KNOWN);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('batchCode');
    expect(problems[0]?.message).toMatch(/No batch .* LSOAP-231015-1\. The closest that exist: LSOAP-231015-01/);
  });

  it('refuses a SKU that exists nowhere, and a period that ends before it starts, each at its field', () => {
    const problems = checkScope({ kind: 'product', sku: 'LSOPA', from: '2023-10-31', to: '2023-10-01' }, KNOWN);
    expect(problems.map((problem) => problem.field)).toEqual(['sku', 'to']);
    expect(problems[1]?.message).toMatch(/ends \(2023-10-01\) before it starts \(2023-10-31\)/);
  });

  it('accepts one product or everything over a period of one day', () => {
    expect(checkScope({ kind: 'product', sku: 'lsoap', from: '2023-10-01', to: '2023-10-01' }, KNOWN)).toEqual([]);
    expect(checkScope({ kind: 'period', from: '2023-10-01', to: '2023-10-31' }, KNOWN)).toEqual([]);
  });

  it('offers nothing when no code is near', () => {
    expect(closestCodes(KNOWN.batchCodes, 'ZZZZZZZZZZ')).toEqual([]);
  });
});
