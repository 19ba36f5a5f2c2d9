import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempHome } from '../profiles/testing.js';
import { encryptedFileKeyStore, encryptedKeyFile, type PassphraseSource } from './encryptedFileKeyStore.js';

// Cheap for tests; the default (2^17) is what files get in use.
const cost = { N: 2 ** 10, r: 8, p: 1 };
const alice = {
  accessKeyId: 'AKIAALICEALICEALICE0',
  secretAccessKey: 'alice/secret+0123456789abcdefghijklmnopq',
};
const bob = {
  accessKeyId: 'AKIABOBBOBBOBBOBBOB0',
  secretAccessKey: 'bob/secret+0123456789abcdefghijklmnopqrs',
};

/** A passphrase source that records every question. */
function answering(passphrase: string) {
  const asked: Array<{ create: boolean }> = [];
  const source: PassphraseSource = async ({ create }) => {
    asked.push({ create });
    return passphrase;
  };
  return { source, asked };
}

function storeIn(home: ReturnType<typeof tempHome>, passphrase: string) {
  const answers = answering(passphrase);
  const store = encryptedFileKeyStore({ path: encryptedKeyFile(home.env), passphrase: answers.source, cost });
  return { store, asked: answers.asked, path: encryptedKeyFile(home.env) };
}

describe('the encrypted-file store', () => {
  it('round trip: 0600 in a 0700 folder, no secret in the file, one question per process', async () => {
    const home = tempHome();
    const { store, asked, path } = storeIn(home, 'correct horse');
    expect(await store.read('alice')).toBeUndefined();
    // Nothing to open yet: no question.
    expect(asked).toEqual([]);
    await store.write('alice', alice);
    await store.write('bob', bob);
    expect(asked).toEqual([{ create: true }]);
    expect(await store.read('alice')).toEqual(alice);
    expect(path).toBe(home.path('.aws/awsmfa/keys.enc'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(home.path('.aws/awsmfa')).mode & 0o777).toBe(0o700);
    const text = readFileSync(path, 'utf8');
    for (const secret of [alice.secretAccessKey, bob.secretAccessKey, alice.accessKeyId])
      expect(text).not.toContain(secret);

    const other = storeIn(home, 'correct horse');
    expect(await other.store.read('bob')).toEqual(bob);
    expect(other.asked).toEqual([{ create: false }]);
    expect(await other.store.remove('bob')).toBe(true);
    expect(await other.store.remove('bob')).toBe(false);
    expect(await other.store.read('bob')).toBeUndefined();
    expect(await other.store.read('alice')).toEqual(alice);
  });

  it('a wrong passphrase: PASSPHRASE_WRONG, and the file is the same bytes afterwards', async () => {
    const home = tempHome();
    const { store, path } = storeIn(home, 'right');
    await store.write('alice', alice);
    const before = readFileSync(path);
    const wrong = storeIn(home, 'wrong');
    for (const attempt of [
      () => wrong.store.write('bob', bob),
      () => wrong.store.remove('alice'),
      () => wrong.store.read('alice'),
    ]) {
      await expect(attempt()).rejects.toMatchObject({
        code: 'PASSPHRASE_WRONG',
        message: `The passphrase does not open ${path}; nothing was changed.`,
      });
    }
    expect(readFileSync(path)).toEqual(before);
    // A wrong answer is not remembered: asked again each time.
    expect(wrong.asked).toHaveLength(3);
  });

  it.each([
    ['a flipped ciphertext byte', (e: Envelope) => ({ ...e, ciphertext: flip(e.ciphertext) })],
    ['a changed salt', (e: Envelope) => ({ ...e, header: { ...e.header, salt: flip(e.header.salt) } })],
    ['a changed scrypt cost', (e: Envelope) => ({ ...e, header: { ...e.header, N: 2 ** 11 } })],
    ['a changed tag', (e: Envelope) => ({ ...e, tag: flip(e.tag) })],
  ])('%s fails to open, as a wrong passphrase does', async (_, alter) => {
    const home = tempHome();
    const { store, path } = storeIn(home, 'right');
    await store.write('alice', alice);
    writeFileSync(path, JSON.stringify(alter(JSON.parse(readFileSync(path, 'utf8')))));
    await expect(storeIn(home, 'right').store.read('alice')).rejects.toMatchObject({
      code: 'PASSPHRASE_WRONG',
    });
  });

  it.each([
    ['not JSON', 'garbage', /not JSON/],
    ['another format', '{"header":{"format":"x"}}', /unknown format/],
    [
      'a scrypt cost that would take hours',
      JSON.stringify({
        header: {
          format: 'awsmfa-encrypted-keys',
          version: 1,
          kdf: 'scrypt',
          N: 2 ** 30,
          r: 8,
          p: 1,
          salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
        },
        iv: 'AAAAAAAAAAAAAAAA',
        tag: 'AAAAAAAAAAAAAAAAAAAAAA==',
        ciphertext: '',
      }),
      /scrypt cost out of range/,
    ],
  ])('%s: FILE_ERROR naming the file, no passphrase asked', async (_, text, problem) => {
    const home = tempHome({ '.aws/awsmfa/keys.enc': text });
    const { store, asked, path } = storeIn(home, 'right');
    await expect(store.read('alice')).rejects.toMatchObject({
      code: 'FILE_ERROR',
      message: expect.stringMatching(
        new RegExp(
          `^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not an awsmfa encrypted key file \\(${problem.source}`,
        ),
      ),
    });
    expect(asked).toEqual([]);
  });

  it('an empty passphrase is refused before anything is written', async () => {
    const home = tempHome();
    const { store, path } = storeIn(home, '');
    await expect(store.write('alice', alice)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(() => statSync(path)).toThrow();
  });

  it('two processes writing at once: both profiles are kept (the lock serialises them)', async () => {
    const home = tempHome();
    await storeIn(home, 'pw').store.write('seed', alice);
    await Promise.all([
      storeIn(home, 'pw').store.write('alice', alice),
      storeIn(home, 'pw').store.write('bob', bob),
    ]);
    const reader = storeIn(home, 'pw').store;
    expect(await reader.read('alice')).toEqual(alice);
    expect(await reader.read('bob')).toEqual(bob);
    expect(await reader.read('seed')).toEqual(alice);
  });

  it('a profile named __proto__ is a profile like any other', async () => {
    const home = tempHome();
    const { store } = storeIn(home, 'pw');
    await store.write('__proto__', alice);
    expect(await storeIn(home, 'pw').store.read('__proto__')).toEqual(alice);
    expect(await storeIn(home, 'pw').store.read('constructor')).toBeUndefined();
  });
});

interface Envelope {
  header: { salt: string; N: number };
  ciphertext: string;
  tag: string;
}

/** The same base64 value with its first byte changed. */
function flip(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = bytes[0]! ^ 1;
  return bytes.toString('base64');
}
