import { describe, expect, it } from 'vitest';
import { RecentRequests } from './recentRequests.js';
import type { RequestLogEntry } from './server.js';

const entry = (n: number): RequestLogEntry => ({
  time: new Date(n * 1000).toISOString(),
  sourceIp: '127.0.0.1',
  service: 'sts',
  action: `Action${n}`,
  status: 200,
});

describe('RecentRequests', () => {
  it('keeps the last `capacity` entries in order as it wraps around, and counts them all', () => {
    const log = new RecentRequests(3);
    const actions = () => log.entries().map((e) => e.action);
    expect(actions()).toEqual([]);
    for (let n = 1; n <= 2; n++) log.add(entry(n));
    expect(actions()).toEqual(['Action1', 'Action2']);
    for (let n = 3; n <= 7; n++) {
      log.add(entry(n));
      expect(actions()).toEqual([`Action${n - 2}`, `Action${n - 1}`, `Action${n}`]);
    }
    expect(log.count).toBe(7);
  });

  it('capacity 0 keeps nothing but still counts; a bad capacity is refused', () => {
    const log = new RecentRequests(0);
    log.add(entry(1));
    expect(log.entries()).toEqual([]);
    expect(log.count).toBe(1);
    expect(() => new RecentRequests(-1)).toThrow(RangeError);
    expect(() => new RecentRequests(1.5)).toThrow(RangeError);
  });
});
