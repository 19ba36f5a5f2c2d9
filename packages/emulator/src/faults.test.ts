import { describe, expect, it } from 'vitest';
import { FaultInjector } from './faults.js';

describe('FaultInjector', () => {
  it('matches service:Action, then Action, then *; counts down times', () => {
    const faults = new FaultInjector();
    faults.set({
      'sts:GetSessionToken': { error: 'Throttling', times: 1 },
      GetSessionToken: { error: 'InternalError' },
      '*': { latencyMs: 5 },
    });
    expect(faults.take('sts', 'GetSessionToken')).toEqual({ latencyMs: 0, error: 'Throttling' });
    expect(faults.take('sts', 'GetSessionToken')).toEqual({ latencyMs: 0, error: 'InternalError' });
    expect(faults.take('iam', 'ListUsers')).toEqual({ latencyMs: 5, error: undefined });
    faults.set({});
    expect(faults.take('iam', 'ListUsers')).toBeUndefined();
  });

  it('errorRate 0 never fails; 1 always does', () => {
    const faults = new FaultInjector();
    faults.set({ A: { error: 'reset', errorRate: 0 }, B: { error: 'reset', errorRate: 1 } });
    for (let i = 0; i < 20; i++) {
      expect(faults.take('s3', 'A')?.error).toBeUndefined();
      expect(faults.take('s3', 'B')?.error).toBe('reset');
    }
  });
});
