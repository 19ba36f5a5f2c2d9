import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialProcessLine } from './credentialProcessLine.js';
import { botocoreWindowsSplit, jsSdkWindowsArgv } from './testing/windowsCommandLine.js';

const windowsWords = [
  'C:\\Program Files\\nodejs\\node.exe',
  'C:\\Users\\Jos\u00e9 & Ana\\AppData\\Roaming\\npm\\node_modules\\awsmfa\\dist\\cli.js',
  'credential-process',
  '--profile',
  "it's (dev) ^x <y> | z!",
  '--endpoint-url',
  'http://127.0.0.1:4599/',
];

/** What each AWS client on Windows starts for `line`: botocore's split, and cmd.exe + C runtime. */
const windowsReaders = { botocore: botocoreWindowsSplit, 'JS SDK (cmd.exe)': jsSdkWindowsArgv };

describe('credential_process on Windows', () => {
  const written = credentialProcessLine(windowsWords, 'win32');

  it.each(Object.entries(windowsReaders))(
    'windows_credential_process_quoting: %s reads back the exact words',
    (_reader, read) => {
      expect('line' in written && read(written.line)).toEqual(windowsWords);
    },
  );

  it('no POSIX single quotes: botocore on Windows splits on double quotes only', () => {
    expect('line' in written && written.line).toMatch(/^"C:\\Program Files\\nodejs\\node\.exe" "C:\\Users\\/);
  });

  it('a folder ending in backslashes keeps them, and they do not escape the closing quote', () => {
    const words = ['C:\\node.exe', 'C:\\a b\\', 'C:\\c d\\\\', 'x'];
    const result = credentialProcessLine(words, 'win32');
    for (const read of Object.values(windowsReaders))
      expect('line' in result && read(result.line)).toEqual(words);
  });

  it.each(['C:\\100%\\node.exe', 'C:\\a"b', 'a\nb', ''])(
    'refuses what cmd and the C runtime cannot both carry: %j',
    (word) => {
      expect(credentialProcessLine(['node', word], 'win32')).toEqual({ unquotable: word });
    },
  );

  it('any path-like words: both readers agree with what was written, or the word is refused', () => {
    const pathCharacter = fc.constantFrom(...'aZ09 \\/:._-&()^!\'<>|,;=+@#$~`[]{}\u00e9\u65e5\t%"');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: pathCharacter, minLength: 1, maxLength: 16 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (words) => {
          const result = credentialProcessLine(['C:\\node.exe', ...words], 'win32');
          if ('unquotable' in result) {
            expect(result.unquotable).toMatch(/[%"\t]/);
            return;
          }
          for (const read of Object.values(windowsReaders))
            expect(read(result.line)).toEqual(['C:\\node.exe', ...words]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('credential_process elsewhere', () => {
  it('sh -c (the JS SDK) reads back the exact words', () => {
    const words = ['/usr/bin/node', "/opt/it's here/$HOME/cli.js", 'credential-process', '--profile', 'a b'];
    const result = credentialProcessLine(words, 'linux');
    const argv = execFileSync('/bin/sh', [
      '-c',
      `${'line' in result ? result.line : ''} `.replace(/^\S+/, 'printf "%s\\0"'),
      'sh',
    ])
      .toString()
      .split('\0')
      .slice(0, -1);
    expect(argv).toEqual(words.slice(1));
  });
});
