// Terminal columns a text takes, after Unicode's East Asian Width (UAX #11): wide and fullwidth
// characters (kanji, kana, fullwidth forms, emoji) take two, combining marks and format
// characters none, everything else one (ambiguous ones too, as UTF-8 terminals draw them by
// default). Enough to keep tables and the QR caption aligned around Japanese text.

// Colour and style escapes (`\x1b[1m`) take no room.
const escapeSequence = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
const zeroWidth = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;
const emoji = /\p{Emoji_Presentation}/u;

// East_Asian_Width W and F outside the emoji, as [first, last] code points.
const wideRanges: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x2329, 0x232a], // angle brackets
  [0x2e80, 0x303e], // CJK radicals, Kangxi radicals, CJK symbols and punctuation (、。「」 and the ideographic space)
  [0x3041, 0x33ff], // hiragana, katakana, bopomofo, Hangul compatibility jamo, kanbun, CJK strokes, enclosed CJK
  [0x3400, 0x4dbf], // CJK unified ideographs extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth ASCII and brackets (！（）：)
  [0xffe0, 0xffe6], // fullwidth signs (￥)
  [0x16fe0, 0x16fe4], // ideographic symbols
  [0x17000, 0x18aff], // Tangut
  [0x1b000, 0x1b2ff], // kana supplement and extensions
  [0x20000, 0x3fffd], // CJK unified ideographs extensions B and beyond
];

function isWide(codePoint: number): boolean {
  for (const [first, last] of wideRanges) {
    if (codePoint < first) return false;
    if (codePoint <= last) return true;
  }
  return false;
}

/**
 * How many terminal columns `text` takes.
 *
 * @example displayWidth('プロファイル') // 12
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(escapeSequence, '')) {
    const codePoint = char.codePointAt(0)!;
    // Printable ASCII, the common case, without a regular expression.
    if (codePoint >= 0x20 && codePoint < 0x7f) width += 1;
    else if (zeroWidth.test(char)) continue;
    else if (isWide(codePoint) || emoji.test(char)) width += 2;
    else width += 1;
  }
  return width;
}
