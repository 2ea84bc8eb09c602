import { namedFew } from '../../src/domain/named-few';

describe('the first few of a list', () => {
  it.each([
    [['A'], 3, undefined, 'A'],
    [['A', 'B', 'C'], 3, undefined, 'A, B, C'],
    [['A', 'B', 'C', 'D', 'E'], 3, undefined, 'A, B, C and 2 more'],
    [['A', 'B'], 2, 10, 'A, B and 8 more'],
  ])('%p, at most %p (of %p) reads %p', (items, most, total, said) => {
    expect(namedFew(items, most, total)).toBe(said);
  });
});
