import { describe, expect, it } from 'vitest';
import { element, escapeXml, isoSeconds } from './xml.js';

describe('xml', () => {
  it('writes members, lists as <member>, dates in whole seconds, and leaves out undefined', () => {
    expect(
      element('Result', {
        Name: 'a',
        Missing: undefined,
        Count: 2,
        Flag: false,
        When: new Date('2026-01-02T03:04:05.678Z'),
        Items: ['x', { K: 'y' }],
      }),
    ).toBe(
      '<Result><Name>a</Name><Count>2</Count><Flag>false</Flag><When>2026-01-02T03:04:05Z</When>' +
        '<Items><member>x</member><member><K>y</K></member></Items></Result>',
    );
  });

  it.each([
    ['&', '&#38;'],
    ['<tag>', '&#60;tag&#62;'],
    [`"'`, '&#34;&#39;'],
    ['é $(x)', 'é $(x)'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });

  it('isoSeconds drops milliseconds', () => {
    expect(isoSeconds(new Date(0))).toBe('1970-01-01T00:00:00Z');
  });
});
