import { describe, expect, it } from 'vitest';
import { parseIni, sectionSettings } from './parseIni.js';

const names = (text: string) => parseIni(text).sections.map((s) => s.name);
const settings = (text: string, index = 0) => sectionSettings(parseIni(text).sections[index]!);

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

  it('a UTF-8 BOM before the first header is ignored for parsing', () => {
    expect(names('\ufeff[default]\nregion = x\n')).toEqual(['default']);
  });

  it('keys before any section and lines without = are kept out of the model', () => {
    const text = 'orphan = 1\n[a]\nnot a key\nx = 2\n';
    expect(settings(text)).toEqual({ x: '2' });
  });

  it('header is read greedily up to the last ] like configparser', () => {
    expect(names('[profile a]b]\n[ spaced ] trailing\n')).toEqual(['profile a]b', ' spaced ']);
  });

  it('empty text has no sections', () => {
    expect(parseIni('').sections).toEqual([]);
  });
});
