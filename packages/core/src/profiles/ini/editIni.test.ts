import { describe, expect, it } from 'vitest';
import { editIniSection } from './editIni.js';

describe('editIniSection', () => {
  it('replaces an existing key in place, keeping everything else', () => {
    const text = '# c\n[a]\nx = 1\ny = 2\n\n[b]\nx = 1\n';
    expect(editIniSection(text, 'a', { set: { x: '9' } })).toBe('# c\n[a]\nx = 9\ny = 2\n\n[b]\nx = 1\n');
  });

  it('matches keys case-insensitively like the AWS CLI and keeps their indentation', () => {
    expect(editIniSection('[a]\n  X = 1\n', 'a', { set: { x: '2' } })).toBe('[a]\n  x = 2\n');
  });

  it('adds a new key after the last entry, before trailing blank lines and the next section comment', () => {
    const text = '[a]\nx = 1\n\n# about b\n[b]\n';
    expect(editIniSection(text, 'a', { set: { y: '2' } })).toBe('[a]\nx = 1\ny = 2\n\n# about b\n[b]\n');
  });

  it('adds a key after a nested s3 block without breaking it', () => {
    const text = '[a]\ns3 =\n  addressing_style = path\n[b]\n';
    expect(editIniSection(text, 'a', { set: { region: 'r' } })).toBe(
      '[a]\ns3 =\n  addressing_style = path\nregion = r\n[b]\n',
    );
  });

  it('appends a missing section after a blank line', () => {
    expect(editIniSection('[a]\nx = 1\n', 'b', { set: { y: '2' } })).toBe('[a]\nx = 1\n\n[b]\ny = 2\n');
    expect(editIniSection('[a]\nx = 1\n\n', 'b', { set: { y: '2' } })).toBe('[a]\nx = 1\n\n[b]\ny = 2\n');
    expect(editIniSection('', 'b', { set: { y: '2', z: '3' } })).toBe('[b]\ny = 2\nz = 3\n');
  });

  it('uses CRLF for new lines in a CRLF file', () => {
    expect(editIniSection('[a]\r\nx = 1\r\n', 'a', { set: { y: '2' } })).toBe('[a]\r\nx = 1\r\ny = 2\r\n');
    expect(editIniSection('[a]\r\nx = 1\r\n', 'b', { set: { y: '2' } })).toBe(
      '[a]\r\nx = 1\r\n\r\n[b]\r\ny = 2\r\n',
    );
  });

  it('keeps a missing final newline missing', () => {
    expect(editIniSection('[a]\nx = 1', 'a', { set: { y: '2' } })).toBe('[a]\nx = 1\ny = 2');
    expect(editIniSection('[a]\nx = 1', 'a', { set: { x: '2' } })).toBe('[a]\nx = 2');
    expect(editIniSection('[a]\nx = 1', 'b', { set: { y: '2' } })).toBe('[a]\nx = 1\n\n[b]\ny = 2');
    expect(editIniSection('[a]\nx = 1\ny = 2', 'a', { unset: ['y'] })).toBe('[a]\nx = 1');
    expect(editIniSection('[a]', 'a', { set: { y: '2' } })).toBe('[a]\ny = 2');
  });

  it('unsets a key with its nested lines', () => {
    const text = '[a]\ns3 =\n  x = 1\nregion = r\n';
    expect(editIniSection(text, 'a', { unset: ['S3'] })).toBe('[a]\nregion = r\n');
  });

  it('unsetting a missing key or section changes nothing', () => {
    const text = '[a]\nx = 1\n';
    expect(editIniSection(text, 'a', { unset: ['nope'] })).toBe(text);
    expect(editIniSection(text, 'zz', { unset: ['x'] })).toBe(text);
  });

  it('removes a section with its leading comment, leaving neighbours intact', () => {
    const text = '[a]\nx = 1\n\n# about b\n[b]\ny = 2\n\n[c]\nz = 3\n';
    expect(editIniSection(text, 'b', { removeSection: true })).toBe('[a]\nx = 1\n\n[c]\nz = 3\n');
  });

  it('removing the last section leaves no dangling blank line', () => {
    expect(editIniSection('[a]\nx = 1\n\n[b]\ny = 2\n', 'b', { removeSection: true })).toBe('[a]\nx = 1\n');
    expect(editIniSection('[a]\nx = 1\n\n[b]\ny = 2', 'b', { removeSection: true })).toBe('[a]\nx = 1');
    expect(editIniSection('[b]\ny = 2\n', 'b', { removeSection: true })).toBe('');
  });

  it('collapses a repeated key to one line, since configparser rejects duplicates', () => {
    expect(editIniSection('[a]\nx = 1\ny = 0\nx = 2\n', 'a', { set: { x: '3' } })).toBe(
      '[a]\nx = 3\ny = 0\n',
    );
  });

  it('a file without a final newline still has none when its last line is unset, the blank line before it gone too', () => {
    expect(editIniSection('[a]\nx = 1\n\ny = 2', 'a', { unset: ['y'] })).toBe('[a]\nx = 1');
    expect(editIniSection('[a]\r\nx = 1\r\n  \r\ny = 2', 'a', { unset: ['y'] })).toBe('[a]\r\nx = 1');
    // Blank lines that stay inside the file stay.
    expect(editIniSection('[a]\nx = 1\n\ny = 2\nz = 3', 'a', { unset: ['y'] })).toBe('[a]\nx = 1\n\nz = 3');
  });

  it('a custom matcher finds [profile default] for the default profile', () => {
    const match = (name: string) => name === 'default' || name === 'profile default';
    expect(editIniSection('[profile default]\n', 'default', { set: { region: 'r' } }, match)).toBe(
      '[profile default]\nregion = r\n',
    );
  });

  describe('files as botocore reads them', () => {
    it('setting a key replaces its whole value, continuation lines included, and keeps the comments among them', () => {
      const text = '[a]\nmfa_serial = old\n# why\n  region = x\ny = 1\n';
      expect(editIniSection(text, 'a', { set: { mfa_serial: 'new' } })).toBe(
        '[a]\nmfa_serial = new\n# why\ny = 1\n',
      );
      expect(editIniSection(text, 'a', { unset: ['mfa_serial'] })).toBe('[a]\n# why\ny = 1\n');
    });

    it('a key the file only has inside another value (an indented `  region = …` after mfa_serial) is added as a key of its own', () => {
      const text = '[a]\nmfa_serial = arn\n  region = x\n';
      expect(editIniSection(text, 'a', { set: { region: 'r' } })).toBe(
        '[a]\nmfa_serial = arn\n  region = x\nregion = r\n',
      );
    });

    it('a new key takes the indentation of the keys before it, so it neither continues them nor is continued', () => {
      expect(editIniSection('[a]\n  x = 1\n  [b]\n', 'a', { set: { y: '2' } })).toBe(
        '[a]\n  x = 1\n  y = 2\n  [b]\n',
      );
      expect(editIniSection('[a]\n\tx = 1\n', 'a', { set: { y: '2' } })).toBe('[a]\n\tx = 1\n\ty = 2\n');
      // A section without keys: as indented as the next header, which must stay a header.
      expect(editIniSection('[a]\n  [b]\n', 'a', { set: { y: '2' } })).toBe('[a]\n  y = 2\n  [b]\n');
    });

    it('several headers of one profile: the last, the one botocore reads, is edited', () => {
      const match = (name: string) => name === 'profile a' || name === 'profile "a"';
      expect(
        editIniSection('[profile a]\nx = 1\n[profile "a"]\nx = 2\n', 'profile a', { set: { x: '3' } }, match),
      ).toBe('[profile a]\nx = 1\n[profile "a"]\nx = 3\n');
    });

    it('a file with lone CR line endings gets CR line endings', () => {
      expect(editIniSection('[a]\rx = 1\r', 'a', { set: { y: '2' } })).toBe('[a]\rx = 1\ry = 2\r');
      expect(editIniSection('[a]\rx = 1\r', 'b', { set: { y: '2' } })).toBe('[a]\rx = 1\r\r[b]\ry = 2\r');
    });

    it('an edit that would make another line continue a value is refused, the text untouched', () => {
      // Without [b], `  [c]` would continue x (indented deeper than it).
      const text = '[a]\nx = 1\n[b]\n  y = 2\n  [c]\nz = 3\n';
      expect(() => editIniSection(text, 'b', { removeSection: true })).toThrow(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          message: expect.stringContaining('Cannot edit [b]'),
        }),
      );
    });
  });
});
