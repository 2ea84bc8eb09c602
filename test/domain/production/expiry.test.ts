// The default expiry of a new batch: the earlier of its shelf life and its ingredients' expiry.
import { defaultExpiry } from '../../../src/domain/production';

describe('default expiry', () => {
  test('made plus shelf life when no ingredient expires sooner (2024 is a leap year)', () => {
    expect(defaultExpiry('2023-11-01', 365, [null, '2025-01-01'])).toBe('2024-10-31');
  });

  test('the soonest ingredient expiry when it comes before the shelf life ends', () => {
    expect(defaultExpiry('2023-11-01', 365, ['2024-03-01', null, '2024-02-01'])).toBe('2024-02-01');
  });

  test('without a shelf life, the soonest ingredient expiry; with neither, none', () => {
    expect(defaultExpiry('2023-11-01', null, ['2024-03-01'])).toBe('2024-03-01');
    expect(defaultExpiry('2023-11-01', null, [null])).toBeNull();
  });
});
