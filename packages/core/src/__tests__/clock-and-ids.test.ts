import { DAY, ManualClock } from '../clock';
import { stableUuid } from '../ids';

describe('ManualClock', () => {
  it('stands still until moved, then moves exactly', () => {
    const clock = new ManualClock('2026-09-07T18:01:00Z');
    expect(clock.now().toISOString()).toBe('2026-09-07T18:01:00.000Z');
    clock.advance(9 * DAY);
    expect(clock.now().toISOString()).toBe('2026-09-16T18:01:00.000Z');
    clock.set('2027-01-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('stableUuid', () => {
  it('gives the same valid v5-layout uuid for the same name and different ones for different names', () => {
    expect(stableUuid('app:1')).toBe(stableUuid('app:1'));
    expect(stableUuid('app:1')).not.toBe(stableUuid('app:2'));
    expect(stableUuid('app:1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
