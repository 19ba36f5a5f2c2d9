import { describe, expect, it } from 'vitest';
import { mapConcurrently } from './mapConcurrently.js';

describe(mapConcurrently.name, () => {
  it('keeps the input order and never runs more than `limit` at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapConcurrently([30, 10, 20, 0, 5], 2, async (ms, index) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      return `${index}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:10', '2:20', '3:0', '4:5']);
    expect(peak).toBe(2);
  });

  it('rejects with the first failure', async () => {
    await expect(
      mapConcurrently([1, 2, 3], 3, async (n) => {
        if (n === 2) throw new Error('two');
        return n;
      }),
    ).rejects.toThrow('two');
  });

  it('handles nothing to do', async () => {
    expect(await mapConcurrently([], 4, async () => 1)).toEqual([]);
  });
});
