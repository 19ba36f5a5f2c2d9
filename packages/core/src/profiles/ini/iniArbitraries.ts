// fast-check generators of AWS ini files and edits, shared by the property tests.
import fc from 'fast-check';
import type { IniSectionEdit } from './editIni.js';
import { decodeIniBytes } from './iniBytes.js';
import { parseIni } from './parseIni.js';

/** One generated `key = value` (or nested `key =` block) and the filler lines after it. */
interface GeneratedEntry {
  key: string;
  value: string;
  nested: Array<[string, string]>;
  after: string[];
}
interface GeneratedSection {
  name: string;
  lead: string[];
  entries: GeneratedEntry[];
}

export const iniKey = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
/** Values survive configparser's trimming, and may hold the characters that look like syntax. */
export const iniValue = fc
  .array(fc.constantFrom('a', 'Z', '9', '/', '+', '=', ':', '#', ';', '[', ']', ' ', 'é', '"', "'"), {
    maxLength: 12,
  })
  .map((chars) => chars.join('').trim());
/** Any bytes but line breaks, as decodeIniBytes reads them: a Latin-1 `é`, a stray 0xff, UTF-8. */
const anyBytes = fc
  .uint8Array({ maxLength: 12 })
  .map((bytes) => decodeIniBytes(bytes.filter((byte) => byte !== 0x0a && byte !== 0x0d)));
const comment = fc
  .tuple(fc.constantFrom('#', ';', '  #'), fc.oneof(iniValue, anyBytes))
  .map(([prefix, text]) => `${prefix} ${text}`);
const filler = fc.array(fc.oneof(comment, fc.constantFrom('', '   ')), { maxLength: 2 });
const entry: fc.Arbitrary<GeneratedEntry> = fc.record({
  key: iniKey,
  value: iniValue,
  nested: fc.oneof(
    { weight: 4, arbitrary: fc.constant([] as Array<[string, string]>) },
    {
      weight: 1,
      arbitrary: fc.array(
        fc.tuple(
          iniKey,
          iniValue.filter((v) => v !== ''),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    },
  ),
  after: filler,
});
export const iniSectionName = fc.oneof(
  iniKey,
  iniKey.map((k) => `profile ${k}`),
  fc.constant('default'),
);
const section: fc.Arbitrary<GeneratedSection> = fc.record({
  name: iniSectionName,
  lead: fc.array(comment, { maxLength: 2 }),
  entries: fc.uniqueArray(entry, { selector: (e) => e.key, maxLength: 5 }),
});

/**
 * A generated file: sections with leading comments, plain keys, nested s3-style blocks, comments
 * and blank lines between entries, LF or CRLF, with or without a final newline. Section names and
 * keys are unique, as configparser demands.
 */
export const iniFile = fc.record({
  preamble: filler,
  sections: fc.uniqueArray(section, { selector: (s) => s.name, maxLength: 6 }),
  eol: fc.constantFrom('\n', '\r\n'),
  finalNewline: fc.boolean(),
});

export type GeneratedIniFile = typeof iniFile extends fc.Arbitrary<infer T> ? T : never;

/** The text of a generated file. */
export function renderIniFile(f: GeneratedIniFile): string {
  const lines: string[] = [...f.preamble];
  for (const s of f.sections) {
    lines.push(...s.lead, `[${s.name}]`);
    for (const e of s.entries) {
      if (e.nested.length > 0) lines.push(`${e.key} =`, ...e.nested.map(([k, v]) => `  ${k} = ${v}`));
      else lines.push(`${e.key} = ${e.value}`);
      lines.push(...e.after);
    }
  }
  const text = lines.join(f.eol);
  return f.finalNewline && text !== '' ? text + f.eol : text;
}

const editFor = (existingKeys: string[]): fc.Arbitrary<IniSectionEdit> => {
  const someKey = existingKeys.length > 0 ? fc.oneof(iniKey, fc.constantFrom(...existingKeys)) : iniKey;
  return fc.oneof(
    fc.record({
      set: fc.dictionary(someKey, iniValue, { maxKeys: 3 }) as fc.Arbitrary<Record<string, string>>,
      unset: fc.array(someKey, { maxLength: 2 }),
    }),
    fc.constant({ removeSection: true }),
  );
};

/** A generated file, a section to edit (existing or new), and the edit. */
export const iniEditScenario: fc.Arbitrary<[GeneratedIniFile, string, IniSectionEdit]> = iniFile.chain(
  (f) => {
    const names = f.sections.map((s) => s.name);
    const target = names.length > 0 ? fc.oneof(fc.constantFrom(...names), iniSectionName) : iniSectionName;
    return target.chain((name) => {
      const keys = f.sections.find((s) => s.name === name)?.entries.map((e) => e.key) ?? [];
      return fc.tuple(fc.constant(f), fc.constant(name), editFor(keys));
    });
  },
);

/** Whitespace where Python and JavaScript disagree (U+001C, U+0085, U+FEFF) next to the usual kinds. */
const oddSpace = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\u000b',
  '\u000c',
  '\u001c',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\ufeff',
);
const indent = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom(' ', '  ', '    ', '\t') },
  { weight: 1, arbitrary: oddSpace },
);
/** Few names, so keys and sections repeat; odd spellings of profile headers as the AWS CLI splits them. */
const oddKey = fc.constantFrom('region', 'mfa_serial', 'Region', 's3', 'x', 'aws_access_key_id', 'a b');
const oddHeaderName = fc.oneof(
  fc.constantFrom('default', 'DEFAULT', 'dev', 'profile dev', 'profile default', 'sso-session s'),
  fc.constantFrom(
    '  profile   dev  ',
    'profile  dev',
    'profile "dev"',
    "profile 'a b'",
    'profile a b',
    'profiles dev',
  ),
  fc.constantFrom('profile', 'profile "open', 'profile a\\', 'profile\tdev', 'a]b', 'é', ' dev '),
);
const oddValue = fc.oneof(
  iniValue,
  fc.tuple(oddSpace, iniValue, oddSpace).map((parts) => parts.join('')),
);
const oddLine = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(indent, oddHeaderName).map(([i, n]) => `${i}[${n}]`) },
  { weight: 1, arbitrary: fc.tuple(oddHeaderName, iniValue).map(([n, t]) => `[${n}] ${t}`) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(indent, oddKey, fc.constantFrom(' = ', '=', ': ', ' =', ' :'), oddValue)
      .map(([i, k, d, v]) => `${i}${k}${d}${v}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('  ', '    ', '\t'), iniKey, iniValue)
      .map(([i, k, v]) => `${i}${k} = ${v}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        indent,
        fc.constantFrom('#', ';'),
        fc.oneof({ weight: 5, arbitrary: iniValue }, { weight: 1, arbitrary: anyBytes }),
      )
      .map((p) => p.join('')),
  },
  { weight: 2, arbitrary: fc.constantFrom('', '   ', '\t', '\u000c') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('not a setting', '= no key', '[]', '[', '  orphan text', 'key', '  more text'),
  },
);

/**
 * Files built line by line from shapes that botocore reads its own way: continuation lines at any
 * indentation (`  region = …` after `mfa_serial` continues it), comments and blank lines inside
 * values, odd whitespace around headers and keys, `[DEFAULT]`, repeated sections and keys, keys
 * before any section, lines of no kind, bytes that are not UTF-8, and `\n`, `\r\n` or `\r` line
 * endings, mixed. Many are files the AWS CLI refuses, which is the point.
 */
export const oddIniText = fc
  .tuple(
    fc.oneof(
      { weight: 9, arbitrary: oddHeaderName.map((name) => [`[${name}]`]) },
      { weight: 1, arbitrary: fc.constant([]) },
    ),
    fc.array(oddLine, { maxLength: 12 }),
    fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 13, maxLength: 13 }),
    fc.oneof({ weight: 19, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant('\ufeff') }),
  )
  .map(([first, lines, eols, bom]) => bom + [...first, ...lines].map((line, i) => line + eols[i]).join(''));

/** An odd file (oddIniText), a section to edit (one of its headers, or a new one) and the edit. */
export const oddEditScenario: fc.Arbitrary<[string, string, IniSectionEdit]> = oddIniText.chain((text) => {
  const sections = parseIni(text).sections;
  const names = sections.map((s) => s.name);
  const target = names.length > 0 ? fc.oneof(fc.constantFrom(...names), iniSectionName) : iniSectionName;
  return target.chain((name) => {
    // Keys an edit may name (updateProfile's own rule), from every header of that name.
    const keys = sections
      .filter((s) => s.name === name)
      .flatMap((s) => s.entries.map((e) => e.key))
      .filter((key) => /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(key));
    return fc.tuple(fc.constant(text), fc.constant(name), editFor([...new Set(keys)]));
  });
});
