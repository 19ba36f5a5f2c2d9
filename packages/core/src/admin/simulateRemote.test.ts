import { describe, expect, it } from 'vitest';
import { callerContext } from '../policy/callerContext.js';
import { contextEntries } from './simulateRemote.js';

describe(contextEntries.name, () => {
  it('types each key as IAM compares it: ip, boolean, numeric, date, string', () => {
    const context = callerContext({
      accountId: '123456789012',
      userName: 'cli-user',
      sourceIp: '203.0.113.9',
      mfaPresent: true,
      mfaAgeSeconds: 60,
      now: new Date('2026-11-29T12:00:00Z'),
    });
    const types = Object.fromEntries(
      contextEntries(context).map((e) => [e.ContextKeyName, e.ContextKeyType]),
    );
    expect(types).toMatchObject({
      'aws:SourceIp': 'ip',
      'aws:MultiFactorAuthPresent': 'boolean',
      'aws:ViaAWSService': 'boolean',
      'aws:MultiFactorAuthAge': 'numeric',
      'aws:CurrentTime': 'date',
      'aws:username': 'string',
    });
  });

  it('a long-term key sends no aws:MultiFactorAuthPresent at all; lists become *List types', () => {
    const entries = contextEntries({
      ...callerContext({ accountId: '1', userName: 'u' }),
      'aws:TagKeys': ['a', 'b'],
    });
    expect(entries.find((e) => e.ContextKeyName === 'aws:MultiFactorAuthPresent')).toBeUndefined();
    expect(entries.find((e) => e.ContextKeyName === 'aws:TagKeys')).toEqual({
      ContextKeyName: 'aws:TagKeys',
      ContextKeyType: 'stringList',
      ContextKeyValues: ['a', 'b'],
    });
  });
});
