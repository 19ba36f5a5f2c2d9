// fast-check generators of AWS ini files and edits, shared by the property tests.
import fc from 'fast-check';
import type { IniSectionEdit } from './editIni.js';
import { decodeIniBytes } from './iniBytes.js';

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
