import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAccessKeyCsv } from './parseAccessKeyCsv.js';
import { consoleHeader, consoleRow, downloadCsv, keyA, keyB, keyC } from './testKeys.js';

const source = 'keys.csv';
const parse = (text: string, options: { profile?: string; profilePrefix?: string } = {}) =>
  parseAccessKeyCsv(text, { source, ...options });
const error = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as { code: string; message: string; hint?: string };
  }
  throw new Error('expected an error');
};

describe('parseAccessKeyCsv', () => {
  it('reads the 5-column console CSV, one profile per user name', () => {
    const { rows, invalid } = parse(
      `${consoleHeader}\n${consoleRow('alice', keyA)}\n${consoleRow('bob', keyB)}\n`,
    );
    expect(invalid).toEqual([]);
    expect(rows).toEqual([
      { row: 2, profile: 'alice', accessKeyId: keyA.id, secretAccessKey: keyA.secret },
      { row: 3, profile: 'bob', accessKeyId: keyB.id, secretAccessKey: keyB.secret },
    ]);
  });

  it('reads the 2-column download with --profile; ASIA keys pass the shape check', () => {
    expect(parse(downloadCsv(keyC), { profile: 'ci' }).rows).toEqual([
      { row: 2, profile: 'ci', accessKeyId: keyC.id, secretAccessKey: keyC.secret },
    ]);
  });

  it('2-column download without --profile is a USAGE error saying to pass --profile', () => {
    const e = error(() => parse(downloadCsv(keyA)));
    expect(e.code).toBe('USAGE');
    expect(e.hint).toContain('--profile NAME');
  });

  it('--profile with several rows is a USAGE error', () => {
    const text = `${consoleHeader}\n${consoleRow('alice', keyA)}\n${consoleRow('bob', keyB)}\n`;
    expect(error(() => parse(text, { profile: 'x' })).code).toBe('USAGE');
  });

  it('--profile overrides the user name of a single row; --profile-prefix applies to either', () => {
    const text = `${consoleHeader}\n${consoleRow('alice', keyA)}\n`;
    expect(parse(text, { profile: 'dev' }).rows[0]?.profile).toBe('dev');
    expect(parse(text, { profilePrefix: 'imp-' }).rows[0]?.profile).toBe('imp-alice');
    expect(parse(text, { profile: 'dev', profilePrefix: 'x-' }).rows[0]?.profile).toBe('x-dev');
  });

  it('any header case, order, spacing, quoting; BOM; CRLF; blank lines', () => {
    const text = `\ufeff"SECRET ACCESS KEY", access_key_id,  User Name \r\n\r\n"${keyA.secret}",${keyA.id},alice\r\n`;
    expect(parse(text).rows).toEqual([
      { row: 2, profile: 'alice', accessKeyId: keyA.id, secretAccessKey: keyA.secret },
    ]);
  });

  it('a quoted field with a comma (e.g. a password) is one field', () => {
    const text = `${consoleHeader}\nalice,"pa,ss""word",${keyA.id},${keyA.secret},https://x/console\n`;
    expect(parse(text).rows[0]?.profile).toBe('alice');
  });

  it.each([
    ['missing access key', `alice,,,${keyA.secret},l`, 'has no access key ID'],
    ['missing secret', `alice,,${keyA.id},,l`, 'has no secret access key'],
    ['key with spaces around it', `alice,, ${keyA.id} ,${keyA.secret},l`, 'spaces around the access key ID'],
    ['quoted key with a space', `alice,,"${keyA.id} ",${keyA.secret},l`, 'spaces around the access key ID'],
    ['secret with spaces around it', `alice,,${keyA.id},"${keyA.secret} ",l`, 'spaces around the secret'],
    ['lowercase key', `alice,,${keyA.id.toLowerCase()},${keyA.secret},l`, 'not AKIA or ASIA'],
    ['short key', `alice,,AKIA123,${keyA.secret},l`, '(7 characters)'],
    ['extra comma inside the quoted key', `alice,,"${keyA.id},",${keyA.secret},l`, 'not AKIA or ASIA'],
    ['short secret', `alice,,${keyA.id},abc,l`, 'not 40 base64 characters (3 characters)'],
    ['unquoted extra comma', `alice,,${keyA.id},${keyA.secret},l,extra`, 'has 6 fields, the header has 5'],
    ['missing user name', `,,${keyA.id},${keyA.secret},l`, 'has no User name'],
    ['user name with ]', `a]b,,${keyA.id},${keyA.secret},l`, 'contains ]'],
    ['user name with a newline', `"a\nb",,${keyA.id},${keyA.secret},l`, 'control character'],
  ])('row with %s is invalid with its row number and never its secret', (_, row, reason) => {
    const { rows, invalid } = parse(`${consoleHeader}\n${consoleRow('ok', keyB)}\n${row}\n`);
    expect(rows.map((r) => r.profile)).toEqual(['ok']);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.row).toBe(3);
    expect(invalid[0]?.reason).toContain(reason);
    expect(invalid[0]?.reason).not.toContain(keyA.secret);
  });

  it('the same profile twice with other keys is invalid; with the same keys it counts once', () => {
    const twice = `${consoleHeader}\n${consoleRow('alice', keyA)}\n${consoleRow('alice', keyA)}\n`;
    expect(parse(twice)).toEqual({ rows: [expect.objectContaining({ row: 2 })], invalid: [] });
    const clash = `${consoleHeader}\n${consoleRow('alice', keyA)}\n${consoleRow('alice', keyB)}\n`;
    expect(parse(clash).invalid).toMatchObject([
      { row: 3, reason: expect.stringContaining('other keys than row 2') },
    ]);
  });

  it.each([
    ['only a header', consoleHeader, /header line but no rows/],
    ['only a header and blank lines', `${consoleHeader}\r\n\r\n`, /header line but no rows/],
    ['no access key column', 'User name,Password\nalice,x\n', /no "Access key ID" column/],
    ['no secret column', 'User name,Access key ID\nalice,x\n', /no "Secret access key" column/],
    ['headerless keys', `${keyA.id},${keyA.secret}\n`, /no header line/],
    ['duplicate column', `Access key ID,access key id,Secret access key\n`, /two "Access key ID" columns/],
    [
      'unclosed quote',
      `${consoleHeader}\nalice,"x,${keyA.id},${keyA.secret},l\n`,
      /not valid CSV.*never closed/,
    ],
    [
      'junk after a closing quote',
      `${consoleHeader}\nalice,"x"y,${keyA.id},${keyA.secret},l\n`,
      /not valid CSV/,
    ],
  ])('%s: CSV_INVALID for the whole file', (_, text, message) => {
    const e = error(() => parse(text));
    expect(e.code).toBe('CSV_INVALID');
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain(keyA.secret);
    expect(e.message.split('\n')).toHaveLength(1);
  });
});

describe('parseAccessKeyCsv properties', () => {
  const key = fc
    .tuple(fc.constantFrom('AKIA', 'ASIA'), fc.stringMatching(/^[A-Z0-9]{16}$/))
    .map(([prefix, rest]) => prefix + rest);
  const secret = fc.stringMatching(/^[A-Za-z0-9/+=]{40}$/);
  const user = fc.stringMatching(/^[A-Za-z0-9+=,.@_-]{1,20}$/);
  const password = fc.string({ maxLength: 12 });
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;

  it('any column order, quoting, line ending and BOM gives back the rows', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ user, key, secret, password }), {
          minLength: 1,
          maxLength: 5,
          selector: (r) => r.user,
        }),
        fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        (records, order, eol, bom, quoteAll) => {
          const headers = [
            'User name',
            'Password',
            'Access key ID',
            'Secret access key',
            'Console login link',
          ];
          const cells = (r: (typeof records)[number]) => [
            r.user,
            r.password,
            r.key,
            r.secret,
            'https://x/console',
          ];
          const line = (values: string[]) =>
            order
              .map((i) => (quoteAll || /[",\r\n]/.test(values[i]!) ? quote(values[i]!) : values[i]!))
              .join(',');
          const text =
            (bom ? '\ufeff' : '') + [line(headers), ...records.map((r) => line(cells(r)))].join(eol) + eol;
          const { rows, invalid } = parse(text);
          expect(invalid).toEqual([]);
          expect(rows).toEqual(
            records.map((r, i) => ({
              row: i + 2,
              profile: r.user,
              accessKeyId: r.key,
              secretAccessKey: r.secret,
            })),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
