import { describe, expect, it } from 'vitest';
import { displayWidth } from './displayWidth.js';

describe('displayWidth', () => {
  it.each([
    ['ASCII takes one column per character', 'profile dev', 11],
    ['empty text takes none', '', 0],
    ['hiragana and katakana take two', 'ひらがなカタカナ', 16],
    ['kanji take two', '仮想 MFA デバイス', 17],
    ['Japanese punctuation and the ideographic space take two', '、。「」\u3000', 10],
    ['fullwidth forms take two', '（ＡＢ）：', 10],
    ['halfwidth katakana take one', 'ｱｸｾｽｷｰ', 6],
    ['Latin letters with accents take one', 'é café', 6],
    ['a combining accent takes none', 'e\u0301', 1],
    ['a zero-width joiner takes none', 'a\u200db', 2],
    ['colour escapes take none', '\x1b[1mプロファイル\x1b[22m dev', 16],
    ['an emoji takes two', '✅ ok', 5],
    ['box drawing (ambiguous width) takes one', '─│', 2],
    ['the check mark awsmfa prints takes one', '✓', 1],
    ['a CJK extension B ideograph (surrogate pair) takes two', '𠮷', 2],
    ['Hangul takes two', '한국', 4],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
