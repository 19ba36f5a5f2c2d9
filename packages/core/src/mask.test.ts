import { describe, expect, it } from 'vitest';
import { mask, redact } from './mask.js';

describe(mask.name, () => {
  it('keeps the key type prefix and hides the rest', () => {
    expect(mask('AKIAIOSFODNN7EXAMPLE')).toBe(`AKIA${'*'.repeat(16)}`);
  });
  it('short_secret_is_not_partially_revealed', () => {
    expect(mask('abc')).toBe('***');
    expect(mask('12345678')).toBe('********');
  });
});

describe(redact.name, () => {
  it('removes every occurrence of every secret', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const out = redact(`a=${secret} b=${secret} token=tok123456`, [secret, 'tok123456', undefined]);
    expect(out).not.toContain(secret);
    expect(out).not.toContain('tok123456');
    expect(out).toContain('wJal');
  });
});
