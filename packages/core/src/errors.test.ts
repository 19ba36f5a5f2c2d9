import { describe, expect, it } from 'vitest';
import { AwsMfaError, isAwsMfaError } from './errors.js';

describe(AwsMfaError.name, () => {
  it('carries code, message, hint and cause', () => {
    const cause = new Error('socket hang up');
    const err = new AwsMfaError('ENDPOINT_UNREACHABLE', 'Cannot reach http://127.0.0.1:1.', {
      hint: 'is the sandbox running?',
      cause,
    });
    expect(err.code).toBe('ENDPOINT_UNREACHABLE');
    expect(err.hint).toBe('is the sandbox running?');
    expect(err.cause).toBe(cause);
    expect(isAwsMfaError(err)).toBe(true);
    expect(isAwsMfaError(new Error('x'))).toBe(false);
  });
});
