// AWS shared files are UTF-8 for the AWS CLI, but a hand-edited one may hold any byte (a Latin-1
// `é` in a comment). Editing must keep every byte it does not change, so files are decoded the way
// Python's `surrogateescape` does it: valid UTF-8 as text, each other byte as the lone surrogate
// U+DC80–U+DCFF, which valid UTF-8 never produces; encoding turns those back into their bytes.

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of a file's bytes, losing none: invalid UTF-8 bytes become U+DC80–U+DCFF (see
 * encodeIniText). A byte order mark stays in the text.
 *
 * @example decodeIniBytes(Buffer.from('# Ren\xe9\n', 'latin1')) // '# Ren\udce9\n'
 */
export function decodeIniBytes(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // Not all UTF-8: decode the valid runs and escape the bytes between them.
  }
  let text = '';
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    text += strictUtf8.decode(bytes.subarray(runStart, i)) + String.fromCharCode(0xdc00 + bytes[i]!);
    i += 1;
    runStart = i;
  }
  return text + strictUtf8.decode(bytes.subarray(runStart));
}

/**
 * The bytes of a text that decodeIniBytes made, edited or not: U+DC80–U+DCFF that do not end a
 * surrogate pair become the bytes they stand for, the rest is UTF-8.
 *
 * @example encodeIniText('# Ren\udce9\n').equals(Buffer.from('# Ren\xe9\n', 'latin1')) // true
 */
export function encodeIniText(text: string): Buffer {
  const chunks: Buffer[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isEscapedByte(text, i)) continue;
    chunks.push(Buffer.from(text.slice(runStart, i), 'utf8'), Buffer.of(text.charCodeAt(i) - 0xdc00));
    runStart = i + 1;
  }
  if (chunks.length === 0) return Buffer.from(text, 'utf8');
  chunks.push(Buffer.from(text.slice(runStart), 'utf8'));
  return Buffer.concat(chunks);
}

/** Whether the code unit at `i` is a byte decodeIniBytes could not decode. */
export function isEscapedByte(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0xdc80 || unit > 0xdcff) return false;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  return before < 0xd800 || before > 0xdbff;
}

/** Length of the valid UTF-8 sequence starting at `i` (Unicode table 3-7), or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  const inRange = (offset: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[i + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return inRange(1) ? 2 : 0;
  if (lead === 0xe0) return inRange(1, 0xa0) && inRange(2) ? 3 : 0;
  // 0xED 0xA0… would be a surrogate, which UTF-8 may not encode.
  if (lead === 0xed) return inRange(1, 0x80, 0x9f) && inRange(2) ? 3 : 0;
  if (lead >= 0xe1 && lead <= 0xef) return inRange(1) && inRange(2) ? 3 : 0;
  if (lead === 0xf0) return inRange(1, 0x90) && inRange(2) && inRange(3) ? 4 : 0;
  if (lead >= 0xf1 && lead <= 0xf3) return inRange(1) && inRange(2) && inRange(3) ? 4 : 0;
  if (lead === 0xf4) return inRange(1, 0x80, 0x8f) && inRange(2) && inRange(3) ? 4 : 0;
  return 0;
}
