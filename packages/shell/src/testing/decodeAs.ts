// How a Windows console decodes a native program's output: with [Console]::OutputEncoding, the OEM
// code page (932 on Japanese Windows, 437/850/1252 elsewhere), whatever bytes the program wrote.

// WHATWG index-windows-1252 for 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90, 0x9D map to themselves).
const windows1252C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes `bytes` as `encoding` with TextDecoder. Node 20.18.3+/22.13+ decode windows-1252 as
 * Latin-1 (nodejs/node#60888: 0x82 comes back as U+0082, not ‚), so its C1 range is mapped here.
 */
export function decodeAs(bytes: Uint8Array, encoding: 'shift_jis' | 'windows-1252'): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\x80-\x9f]/g, (ch) =>
    String.fromCharCode(windows1252C1[ch.charCodeAt(0) - 0x80] as number),
  );
}
