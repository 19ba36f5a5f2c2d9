import { describe, expect, it } from 'vitest';
import { listAll } from './listAll.js';

describe(listAll.name, () => {
  it('follows markers while truncated, and stops at the first untruncated page', async () => {
    const pages: Record<string, { items: number[]; marker?: string; truncated?: boolean }> = {
      start: { items: [1, 2], marker: 'm1', truncated: true },
      m1: { items: [3], marker: 'm2', truncated: true },
      // A marker on an untruncated page means nothing, as in IAM.
      m2: { items: [4], marker: 'ignored', truncated: false },
    };
    const asked: Array<string | undefined> = [];
    const all = await listAll(async (marker) => {
      asked.push(marker);
      return pages[marker ?? 'start']!;
    });
    expect(all).toEqual([1, 2, 3, 4]);
    expect(asked).toEqual([undefined, 'm1', 'm2']);
  });

  it('refuses an endpoint that hands back the marker it was given instead of paging forever', async () => {
    await expect(
      listAll(async () => ({ items: [1], marker: 'same', truncated: true })),
    ).rejects.toMatchObject({
      code: 'SERVICE_ERROR',
      message: expect.stringContaining('same page marker twice'),
    });
  });
});
