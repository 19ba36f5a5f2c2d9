// The key stores as commands use them: import, move, list, remove, open; the encrypted file and a
// memory keyring stand in for the OS keyring here (packages/cli tests the real one).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAccessKeys } from '../import/importAccessKeys.js';
import { downloadCsv, keyA, keyB } from '../import/testKeys.js';
import { loadProfile } from '../profiles/loadProfile.js';
import { tempHome } from '../profiles/testing.js';
import type { KeyStore, KeyStores } from './keyStore.js';
import { listKeyLocations } from './listKeyLocations.js';
import { moveProfileKeys } from './moveProfileKeys.js';
import { openProfileKeys } from './openProfileKeys.js';
import { placeProfileKeys } from './placeProfileKeys.js';
import { removeProfileKeys } from './removeProfileKeys.js';
import { memoryKeyring, testStores } from './testing.js';

const csv = (text: string) => ({ name: 'keys.csv', text });
const a = { accessKeyId: keyA.id, secretAccessKey: keyA.secret };
const b = { accessKeyId: keyB.id, secretAccessKey: keyB.secret };
const read = (path: string) => readFileSync(path, 'utf8');

describe('import --store', () => {
  it('into the keyring: the entry, awsmfa_key_store and the key ID in config, nothing in the credentials file', async () => {
    const { env, path } = tempHome({
      '.aws/config': '[profile dev]\nmfa_serial = arn:aws:iam::123456789012:mfa/dev\n',
    });
    const stores = testStores(env);
    const result = await importAccessKeys({
      env,
      csv: csv(downloadCsv(keyA)),
      profile: 'dev',
      store: 'keyring',
      stores,
    });
    expect(result.imported).toEqual([
      { row: 2, profile: 'dev', accessKeyId: keyA.id, status: 'added', store: 'keyring' },
    ]);
    expect(JSON.parse((await stores.keyring.get('dev'))!)).toEqual({
      Version: 1,
      AccessKeyId: keyA.id,
      SecretAccessKey: keyA.secret,
    });
    expect(read(path('.aws/config'))).toBe(
      `[profile dev]\nmfa_serial = arn:aws:iam::123456789012:mfa/dev\nawsmfa_key_store = keyring\nawsmfa_access_key_id = ${keyA.id}\n`,
    );
    expect(() => read(path('.aws/credentials'))).toThrow();
  });

  it('plaintext keys of the profile leave the credentials file (other bytes kept); other keys need --force', async () => {
    const credentials = `# mine\n[dev]\naws_access_key_id = ${keyB.id}\nregion = eu-west-1\naws_secret_access_key = ${keyB.secret}\n[other]\nx = 1\n`;
    const { env, path } = tempHome({ '.aws/credentials': credentials });
    const stores = testStores(env);
    await expect(
      importAccessKeys({ env, csv: csv(downloadCsv(keyA)), profile: 'dev', store: 'encrypted-file', stores }),
    ).rejects.toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        message: 'Profile dev already has other keys in the credentials file; nothing imported.',
      }),
    );
    expect(read(path('.aws/credentials'))).toBe(credentials);
    expect(await stores('encrypted-file').read('dev')).toBeUndefined();

    const forced = await importAccessKeys({
      env,
      csv: csv(downloadCsv(keyA)),
      profile: 'dev',
      store: 'encrypted-file',
      stores,
      force: true,
    });
    expect(forced.imported[0]).toMatchObject({ status: 'replaced', store: 'encrypted-file' });
    expect(read(path('.aws/credentials'))).toBe('# mine\n[dev]\nregion = eu-west-1\n[other]\nx = 1\n');
    expect(await stores('encrypted-file').read('dev')).toEqual(a);
  });

  it('other keys in the keyring: the CONFLICT says they are in the keyring, not the credentials file', async () => {
    const { env, path } = tempHome({});
    const stores = testStores(env);
    await stores('keyring').write('dev', b);
    await expect(
      importAccessKeys({ env, csv: csv(downloadCsv(keyA)), profile: 'dev', store: 'keyring', stores }),
    ).rejects.toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        message: 'Profile dev already has other keys in the OS keyring; nothing imported.',
      }),
    );
    expect(await stores('keyring').read('dev')).toEqual(b);
    expect(() => read(path('.aws/config'))).toThrow();
  });

  it('the same plaintext keys move without --force; importing again is unchanged and writes nothing', async () => {
    const { env, path } = tempHome({
      '.aws/credentials': `[dev]\naws_access_key_id = ${keyA.id}\naws_secret_access_key = ${keyA.secret}\n`,
    });
    const stores = testStores(env);
    const first = await importAccessKeys({
      env,
      csv: csv(downloadCsv(keyA)),
      profile: 'dev',
      store: 'keyring',
      stores,
    });
    expect(first.imported[0]?.status).toBe('added');
    expect(read(path('.aws/credentials'))).toBe('[dev]\n');
    const config = read(path('.aws/config'));
    const again = await importAccessKeys({ env, csv: csv(downloadCsv(keyA)), profile: 'dev', stores });
    expect(again.imported[0]).toMatchObject({ status: 'unchanged', store: 'keyring' });
    expect(read(path('.aws/config'))).toBe(config);
  });

  it('without --store a profile that uses a store gets its new keys there, never in plaintext', async () => {
    const { env, path } = tempHome({
      '.aws/config': `[profile dev]\nawsmfa_key_store = keyring\nawsmfa_access_key_id = ${keyB.id}\n`,
    });
    const stores = testStores(env, {
      keyring: memoryKeyring(
        new Map([['dev', JSON.stringify({ AccessKeyId: keyB.id, SecretAccessKey: keyB.secret })]]),
      ),
    });
    const result = await importAccessKeys({
      env,
      csv: csv(downloadCsv(keyA)),
      profile: 'dev',
      stores,
      force: true,
    });
    expect(result.imported[0]).toMatchObject({ status: 'replaced', store: 'keyring' });
    expect(await stores('keyring').read('dev')).toEqual(a);
    expect(read(path('.aws/config'))).toContain(`awsmfa_access_key_id = ${keyA.id}\n`);
    expect(() => read(path('.aws/credentials'))).toThrow();
  });

  it('a keyring profile with a plaintext copy beside it: importing into the keyring removes the copy', async () => {
    const { env, path } = tempHome({
      '.aws/config': `[profile dev]\nawsmfa_key_store = keyring\nawsmfa_access_key_id = ${keyA.id}\n`,
      '.aws/credentials': `[dev]\naws_access_key_id = ${keyA.id}\naws_secret_access_key = ${keyA.secret}\n`,
    });
    const stores = testStores(env);
    await stores('keyring').write('dev', a);
    await importAccessKeys({ env, csv: csv(downloadCsv(keyA)), profile: 'dev', stores });
    expect(read(path('.aws/credentials'))).toBe('[dev]\n');
  });

  it('--store file for a keyring profile: the keys go to the file, the profile leaves the keyring', async () => {
    const { env, path } = tempHome({
      '.aws/config': `[profile dev]\nregion = us-east-1\nawsmfa_key_store = keyring\nawsmfa_access_key_id = ${keyA.id}\n`,
    });
    const stores = testStores(env);
    await stores('keyring').write('dev', a);
    await importAccessKeys({ env, csv: csv(downloadCsv(keyA)), profile: 'dev', store: 'file', stores });
    expect(read(path('.aws/config'))).toBe('[profile dev]\nregion = us-east-1\n');
    expect(await stores('keyring').read('dev')).toBeUndefined();
    expect(loadProfile('dev', { env })).toMatchObject(a);
  });
});

describe('placeProfileKeys', () => {
  it('a store that does not give back what it was given: an error, and neither config nor the old store change', async () => {
    const { env, path } = tempHome({
      '.aws/credentials': `[dev]\naws_access_key_id = ${keyA.id}\naws_secret_access_key = ${keyA.secret}\n`,
    });
    const real = testStores(env);
    const lossy: KeyStore = { ...real('keyring'), read: async () => b };
    const stores: KeyStores = (name) => (name === 'keyring' ? lossy : real(name));
    await expect(
      placeProfileKeys({ env, profile: 'dev', keys: a, to: 'keyring', stores, removeFrom: ['file'] }),
    ).rejects.toMatchObject({
      code: 'FILE_ERROR',
      message: expect.stringMatching(/did not give back the key of profile dev/),
    });
    expect(read(path('.aws/credentials'))).toContain(keyA.secret);
    expect(() => read(path('.aws/config'))).toThrow();
  });
});

describe('keys move', () => {
  it('file → encrypted-file → keyring → file: the keys survive each step and leave each store they leave', async () => {
    const credentials = `[dev]\naws_access_key_id = ${keyA.id}\naws_secret_access_key = ${keyA.secret}\n`;
    const { env, path } = tempHome({
      '.aws/credentials': credentials,
      '.aws/config': '[profile dev]\nregion = us-east-1\n',
    });
    const stores = testStores(env);
    expect(await moveProfileKeys({ env, profile: 'dev', to: 'encrypted-file', stores })).toMatchObject({
      from: 'file',
      outcome: 'moved',
    });
    expect(read(path('.aws/credentials'))).toBe('[dev]\n');
    expect(await moveProfileKeys({ env, profile: 'dev', to: 'keyring', stores })).toMatchObject({
      from: 'encrypted-file',
      outcome: 'moved',
    });
    expect(await stores('encrypted-file').read('dev')).toBeUndefined();
    expect(await stores('keyring').read('dev')).toEqual(a);
    expect(await moveProfileKeys({ env, profile: 'dev', to: 'keyring', stores })).toMatchObject({
      outcome: 'already-there',
    });
    expect(await moveProfileKeys({ env, profile: 'dev', to: 'file', stores })).toMatchObject({
      outcome: 'moved',
    });
    expect(read(path('.aws/credentials'))).toBe(
      `[dev]\naws_access_key_id = ${keyA.id}\naws_secret_access_key = ${keyA.secret}\n`,
    );
    expect(read(path('.aws/config'))).toBe('[profile dev]\nregion = us-east-1\n');
    expect(await stores('keyring').read('dev')).toBeUndefined();
  });

  it('an interrupted move left plaintext behind: moving again removes it; another key there is a CONFLICT', async () => {
    const { env, path } = tempHome({
      '.aws/config': `[profile dev]\nawsmfa_key_store = keyring\nawsmfa_access_key_id = ${keyA.id}\n`,
      '.aws/credentials': `[dev]\naws_access_key_id = ${keyA.id}\naws_secret_access_key = ${keyA.secret}\n`,
    });
    const stores = testStores(env);
    await stores('keyring').write('dev', a);
    expect(listKeyLocations({ env })).toEqual([
      { profile: 'dev', store: 'keyring', accessKeyId: keyA.id, plaintextCopy: true },
    ]);
    expect(await moveProfileKeys({ env, profile: 'dev', to: 'keyring', stores })).toMatchObject({
      outcome: 'cleaned',
    });
    expect(read(path('.aws/credentials'))).toBe('[dev]\n');
    await stores('file').write('dev', b);
    await expect(moveProfileKeys({ env, profile: 'dev', to: 'keyring', stores })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('a role profile has no keys to move: the hint names its source profile', async () => {
    const { env } = tempHome({
      '.aws/config':
        '[profile prod]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = dev\n',
    });
    await expect(
      moveProfileKeys({ env, profile: 'prod', to: 'keyring', stores: testStores(env) }),
    ).rejects.toMatchObject({
      code: 'PROFILE_INCOMPLETE',
      hint: 'its keys are those of profile dev: use --profile dev',
    });
  });
});

describe('keys list and remove', () => {
  it('lists every profile from the files alone, never a secret', () => {
    const { env } = tempHome({
      '.aws/config': `[profile kr]\nawsmfa_key_store = keyring\nawsmfa_access_key_id = ${keyA.id}\n[profile bad]\nawsmfa_key_store = vault\n[profile prod]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = plain\n`,
      '.aws/credentials': `[plain]\naws_access_key_id = ${keyB.id}\naws_secret_access_key = ${keyB.secret}\n[temp]\naws_access_key_id = ASIAX\naws_secret_access_key = s\naws_session_token = t\n`,
    });
    // Without the Messages, which say the same as `problem` in the user's language.
    const list = listKeyLocations({ env }).map(({ problemText: _text, ...location }) => location);
    expect(list).toEqual([
      { profile: 'kr', store: 'keyring', accessKeyId: keyA.id },
      {
        profile: 'bad',
        problem: expect.stringMatching(
          /^awsmfa_key_store of profile bad is "vault", which is not a key store\.$/,
        ),
      },
      { profile: 'prod', sourceProfile: 'plain' },
      { profile: 'plain', store: 'file', accessKeyId: keyB.id },
      { profile: 'temp', store: 'file', accessKeyId: 'ASIAX', sessionCredentials: true },
    ]);
    expect(JSON.stringify(list)).not.toContain(keyB.secret);
  });

  it("remove: the entry and the profile's store settings go; nothing there is NOT_FOUND", async () => {
    const { env, path } = tempHome({
      '.aws/config': `[profile dev]\nregion = us-east-1\nawsmfa_key_store = keyring\nawsmfa_access_key_id = ${keyA.id}\n`,
    });
    const stores = testStores(env);
    await stores('keyring').write('dev', a);
    expect(await removeProfileKeys({ env, profile: 'dev', stores })).toMatchObject({ store: 'keyring' });
    expect(await stores('keyring').read('dev')).toBeUndefined();
    expect(read(path('.aws/config'))).toBe('[profile dev]\nregion = us-east-1\n');
    await expect(removeProfileKeys({ env, profile: 'dev', stores })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('openProfileKeys', () => {
  it('a store profile opens its store; awsmfa_access_key_id is recorded when it does not name the key', async () => {
    const { env, path } = tempHome({ '.aws/config': '[profile dev]\nawsmfa_key_store = keyring\n' });
    const stores = testStores(env);
    await stores('keyring').write('dev', a);
    expect(await openProfileKeys(loadProfile('dev', { env }), stores, { recordKeyId: { env } })).toEqual(a);
    expect(read(path('.aws/config'))).toBe(
      `[profile dev]\nawsmfa_key_store = keyring\nawsmfa_access_key_id = ${keyA.id}\n`,
    );
  });

  it('a store without keys for the profile: PROFILE_INCOMPLETE naming the store, never the plaintext beside it', async () => {
    const { env } = tempHome({
      '.aws/config': '[profile dev]\nawsmfa_key_store = keyring\n',
      '.aws/credentials': `[dev]\naws_access_key_id = ${keyB.id}\naws_secret_access_key = ${keyB.secret}\n`,
    });
    await expect(openProfileKeys(loadProfile('dev', { env }), testStores(env))).rejects.toMatchObject({
      code: 'PROFILE_INCOMPLETE',
      message: 'Profile dev keeps its keys in the OS keyring (service awsmfa), which has none for it.',
    });
  });

  it('a file profile never touches a store', async () => {
    const { env } = tempHome({
      '.aws/credentials': `[dev]\naws_access_key_id = ${keyA.id}\naws_secret_access_key = ${keyA.secret}\n`,
    });
    const untouchable: KeyStores = () => {
      throw new Error('no store may be opened');
    };
    expect(await openProfileKeys(loadProfile('dev', { env }), untouchable)).toEqual(a);
  });
});
