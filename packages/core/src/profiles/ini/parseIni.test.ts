import { describe, expect, it } from 'vitest';
import { iniModel, parseIni, sectionSettings } from './parseIni.js';

const names = (text: string) => parseIni(text).sections.map((s) => s.name);
const settings = (text: string, index = 0) => sectionSettings(parseIni(text).sections[index]!);
const problems = (text: string) => parseIni(text).problems.map((p) => p.message.english);

describe('parseIni', () => {
  it('reads sections and keys, lowercasing keys and trimming values like configparser', () => {
    const text = '[default]\nRegion = eu-west-1 \n[profile dev]\naws_access_key_id=AKIA\nmfa_serial : arn\n';
    expect(names(text)).toEqual(['default', 'profile dev']);
    expect(settings(text, 0)).toEqual({ region: 'eu-west-1' });
    expect(settings(text, 1)).toEqual({ aws_access_key_id: 'AKIA', mfa_serial: 'arn' });
  });

  it('CRLF line endings do not leak \\r into names or values', () => {
    const text = '[dev]\r\nregion = us-east-2\r\n';
    const doc = parseIni(text);
    expect(doc.eol).toBe('\r\n');
    expect(names(text)).toEqual(['dev']);
    expect(settings(text)).toEqual({ region: 'us-east-2' });
  });

  it('# and ; comments are neither keys nor sections, and inline # stays part of the value', () => {
    const text = '# top\n; also\n[dev]\n# region = no\n;x=1\nregion = us-east-1 # not a comment\n';
    expect(settings(text)).toEqual({ region: 'us-east-1 # not a comment' });
  });

  it('nested sub-section (s3 =) is one entry spanning its indented lines', () => {
    const text =
      '[profile dev]\ns3 =\n  max_concurrent_requests = 10\n  addressing_style = path\nregion = eu-west-1\n';
    const section = parseIni(text).sections[0]!;
    expect(section.entries.map((e) => e.key)).toEqual(['s3', 'region']);
    expect(section.entries[0]!.value).toBe('\nmax_concurrent_requests = 10\naddressing_style = path');
    expect(text.slice(section.entries[0]!.start, section.entries[0]!.end)).toBe(
      's3 =\n  max_concurrent_requests = 10\n  addressing_style = path\n',
    );
  });

  it('comment lines directly above a header belong to that section; a blank line detaches them', () => {
    const text = '[a]\nx = 1\n\n# about b\n[b]\ny = 2\n# stray\n\n[c]\n';
    const [a, b, c] = parseIni(text).sections;
    expect(text.slice(a!.start, a!.end)).toBe('[a]\nx = 1\n\n');
    expect(text.slice(b!.leadStart, b!.start)).toBe('# about b\n');
    expect(text.slice(b!.start, b!.bodyEnd)).toBe('[b]\ny = 2\n');
    expect(c!.leadStart).toBe(c!.start);
  });

  it('a missing final newline still yields the last key', () => {
    expect(settings('[a]\nx = 1')).toEqual({ x: '1' });
    expect(parseIni('[a]\nx = 1').sections[0]!.bodyEnd).toBe(9);
  });

  it('a UTF-8 BOM before the first header: the section is found (for edits), and it is a problem (botocore refuses it)', () => {
    expect(names('\ufeff[default]\nregion = x\n')).toEqual(['default']);
    expect(problems('\ufeff[default]\nregion = x\n')).toEqual([
      'the file starts with a byte order mark (BOM)',
    ]);
  });

  it('keys before any section and lines without = are kept out of the model, as problems', () => {
    const text = 'orphan = 1\n[a]\nnot a key\nx = 2\n';
    expect(settings(text)).toEqual({ x: '2' });
    expect(problems(text)).toEqual([
      'line 1 comes before any [section]',
      'line 3 is neither a [section], a key = value setting nor a comment',
    ]);
  });

  it('an indented line after a key continues its value, as botocore reads it: `  region = …` after mfa_serial', () => {
    const text = '[profile dev]\nmfa_serial = arn:aws:iam::1:mfa/a\n  region = eu-west-1\n';
    expect(settings(text)).toEqual({ mfa_serial: 'arn:aws:iam::1:mfa/a\nregion = eu-west-1' });
    const entry = parseIni(text).sections[0]!.entries[0]!;
    expect(entry.lines).toHaveLength(2);
    expect(text.slice(entry.start, entry.end)).toBe(
      'mfa_serial = arn:aws:iam::1:mfa/a\n  region = eu-west-1\n',
    );
  });

  it('comments inside a value are skipped and do not end it; blank lines inside it are kept', () => {
    const text = '[a]\nx = 1\n# note\n  2\n\n  3\n\ny = 4\n';
    expect(settings(text)).toEqual({ x: '1\n2\n\n3', y: '4' });
    const x = parseIni(text).sections[0]!.entries[0]!;
    expect(x.lines.map(([start, end]) => text.slice(start, end))).toEqual(['x = 1\n', '  2\n', '  3\n']);
  });

  it('continuation is relative to the key line: a key indented by two needs three', () => {
    expect(settings('[a]\n  x = 1\n  y = 2\n   z\n')).toEqual({ x: '1', y: '2\nz' });
    // An indented header right after a key is part of the value, not a section.
    expect(names('[a]\nx = 1\n  [b]\n')).toEqual(['a']);
    expect(names('[a]\n  [b]\n')).toEqual(['a', 'b']);
  });

  it("lines end at \\n, \\r\\n and a lone \\r, as Python's universal newlines", () => {
    expect(settings('[a]\rx = 1\ry = 2')).toEqual({ x: '1', y: '2' });
    expect(parseIni('[a]\rx = 1\r').eol).toBe('\r');
  });

  it("Python's whitespace, not JavaScript's: U+001C and U+0085 are spaces, U+FEFF is not", () => {
    expect(settings('[a]\n\u001cx = 1\u0085\n')).toEqual({ x: '1' });
    expect(parseIni('[a]\nx = 1\n\u001cy = 2\n').sections[0]!.entries[0]!.value).toBe('1\ny = 2');
    expect(settings('[a]\n\ufeffx = 1\n')).toEqual({ '\ufeffx': '1' });
  });

  it('repeated sections and keys are problems, as configparser refuses them', () => {
    expect(problems('[a]\nx = 1\n[b]\n[a]\n')).toEqual(['section [a] appears twice (lines 1 and 4)']);
    expect(problems('[a]\nx = 1\nX = 2\n')).toEqual(['x is set twice in [a] (lines 2 and 3)']);
    expect(problems('[a]\n= 1\n')).toEqual(['line 2 has no key before its =']);
    // `[DEFAULT]` may appear twice; its keys may not.
    expect(problems('[DEFAULT]\nx = 1\n[DEFAULT]\ny = 2\n')).toEqual([]);
  });

  it('bytes that are not UTF-8 and nested blocks with a line without = are problems', () => {
    expect(problems('[a]\n# Ren\udce9\n')).toEqual(['line 2 holds bytes that are not UTF-8']);
    expect(problems('[a]\ns3 =\n  addressing_style\n')).toEqual([
      'the nested block of s3 (line 2) has a line without =',
    ]);
  });

  it('iniModel gives every section the keys of [DEFAULT] it does not set, and leaves [DEFAULT] out', () => {
    const doc = parseIni('[DEFAULT]\nregion = r\nx = 0\n[a]\nx = 1\n[b]\n');
    expect(iniModel(doc)).toEqual([
      ['a', { region: 'r', x: '1' }],
      ['b', { region: 'r', x: '0' }],
    ]);
  });

  it('header is read greedily up to the last ] like configparser', () => {
    expect(names('[profile a]b]\n[ spaced ] trailing\n')).toEqual(['profile a]b', ' spaced ']);
  });

  it('empty text has no sections', () => {
    expect(parseIni('').sections).toEqual([]);
  });
});
