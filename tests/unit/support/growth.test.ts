import { describe, expect, it } from 'vitest';
import { growthFactor } from '../../support/growth.ts';

let sink = 0;
/** Adds up `steps` numbers: work in proportion to `steps`, which the engine cannot skip (the sum is kept). */
function work(steps: number): void {
  let sum = 0;
  for (let step = 0; step < steps; step++) sum = (sum + step * 7) % 1_000_003;
  sink += sum;
}

describe('the growth factor linearity guards use', () => {
  it('tells work that grows with its input from work that grows with its square', () => {
    const linear = growthFactor(() => work(5_000 * 5_000), () => work(20_000 * 5_000));
    const quadratic = growthFactor(() => work(5_000 * 5_000), () => work(20_000 * 20_000));
    // Four times the input: about 4 times the work, or 16 for the square.
    expect(linear).toBeGreaterThan(2);
    expect(linear).toBeLessThan(8);
    expect(quadratic).toBeGreaterThan(10);
    expect(sink).toBeGreaterThan(0);
  });
});
