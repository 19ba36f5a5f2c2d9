import { describe, expect, it } from 'vitest';
import { unsupportedNode } from './unsupportedNode.js';

describe('unsupportedNode', () => {
  it.each(['v20.19.0', 'v20.20.2', 'v21.0.0', 'v22.23.5', 'v24.22.3', 'v26.10.0'])(
    'accepts %s',
    (version) => {
      expect(unsupportedNode(version)).toBeUndefined();
    },
  );
  it.each(['v20.18.3', 'v20.0.0', 'v18.19.0', 'v16.20.2', 'v10.1.0'])('refuses %s with a hint', (version) => {
    expect(unsupportedNode(version)).toBe(
      `awsmfa: error: awsmfa needs Node.js 20.19 or later; this is Node.js ${version}.\n` +
        'hint: install Node.js 22 or 24, or use the standalone executable, which needs no Node (README "Install")\n',
    );
  });
});

describe('unsupportedNode in Japanese', () => {
  it('says it in Japanese when the locale is Japanese, with the same version', () => {
    const text = unsupportedNode('v18.19.0', { LANG: 'ja_JP.UTF-8' });
    expect(text).toMatch(
      /^awsmfa: エラー: awsmfa には Node\.js 20\.19 以降が必要です（この Node\.js は v18\.19\.0）。\nヒント: /,
    );
  });
});
