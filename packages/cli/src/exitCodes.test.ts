import { errorCodes } from '@awsmfa/core';
import { describe, expect, it } from 'vitest';
import { exitCodes } from './exitCodes.js';

describe('exitCodes', () => {
  it('gives every error code its own exit code', () => {
    const values = errorCodes.map((code) => exitCodes[code]);
    expect(values.every((v) => Number.isInteger(v) && v > 0 && v < 256)).toBe(true);
    expect(new Set(values).size).toBe(errorCodes.length);
  });
  it('README documents every exit code', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const code of errorCodes)
      expect(readme).toMatch(new RegExp(`\\|\\s*${exitCodes[code]}\\s*\\|\\s*\`${code}\``));
  });
});
