// The OS keyring through @napi-rs/keyring (keyring-rs): macOS Keychain, Windows Credential Manager,
// the Secret Service on Linux. A native module cannot be bundled into JavaScript: it is an optional
// dependency of the npm package, required from disk, and only in a child process of awsmfa (see
// osKeyring) the first time a keyring is used, so the fast path (dist/cli.js) and every profile
// kept elsewhere never load it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { isSea } from 'node:sea';
import { AwsMfaError, type KeyringBackend, keyringService, keyringText, type Message } from '@awsmfa/core';
import { selfCommand } from './selfCommand.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The argument that makes dist/cli.js a keyring worker (runKeyringWorker), never typed by users. */
// cli.ts checks for the same word before anything else loads.
const keyringWorkerArgument = '__keyring-worker';

/** One keyring call, sent to the worker on its stdin (secrets never go into argv). */
interface KeyringRequest {
  op: 'get' | 'set' | 'delete';
  account: string;
  secret?: string;
}

/** The worker's answer on its stdout. */
type KeyringAnswer =
  | { ok: true; value?: string | boolean | null }
  | { ok: false; kind: 'module-missing'; standalone: boolean }
  | { ok: false; kind: 'keyring'; message: string };

const moduleName = '@napi-rs/keyring';
const defaultTimeoutSeconds = 30;

/**
 * The keyring backend of the `keyring` store. Each call runs in a child process (this awsmfa with
 * keyringWorkerArgument) that gives up after `AWSMFA_KEYRING_TIMEOUT` seconds (30): with a session
 * bus but a locked keyring, gnome-keyring asks a graphical prompter, which may wait on a screen
 * nobody is looking at, and a native call cannot be cancelled (in-process it even holds up the
 * exit). Linux is pinned to the Secret Service: keyring-rs would otherwise fall back to the kernel
 * keyring, which forgets everything at reboot. Failures are STORE_UNAVAILABLE with the remedy;
 * nothing ever falls back to plaintext.
 */
export function osKeyring(env: Env, worker: readonly string[] = selfCommand()): KeyringBackend {
  const call = (request: KeyringRequest) => callWorker(request, env, worker, keyringTimeoutSeconds(env));
  return {
    get: async (account) => {
      const value = await call({ op: 'get', account });
      return typeof value === 'string' ? value : undefined;
    },
    set: async (account, secret) => {
      await call({ op: 'set', account, secret });
    },
    delete: async (account) => (await call({ op: 'delete', account })) === true,
  };
}

async function callWorker(
  request: KeyringRequest,
  env: Env,
  worker: readonly string[],
  timeoutSeconds: number,
): Promise<string | boolean | null | undefined> {
  const [file, ...args] = worker;
  const child = spawn(file!, [...args, keyringWorkerArgument], {
    env: env as NodeJS.ProcessEnv,
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stdin.on('error', () => undefined);
  child.stdin.end(JSON.stringify(request));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutSeconds * 1000);
  const exit = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => clearTimeout(timer));
  if (timedOut) {
    throw new AwsMfaError('STORE_UNAVAILABLE', keyringText.timedOut({ seconds: timeoutSeconds }), {
      hint: keyringText.timedOutHint(),
    });
  }
  let answer: KeyringAnswer;
  try {
    answer = JSON.parse(stdout) as KeyringAnswer;
  } catch {
    throw new AwsMfaError('STORE_UNAVAILABLE', keyringText.helperFailed({ exit }), {
      hint: keyringText.helperFailedHint(),
    });
  }
  if (answer.ok) return answer.value;
  if (answer.kind === 'module-missing') throw moduleMissing(answer.standalone);
  throw keyringError(answer.message);
}

/** `AWSMFA_KEYRING_TIMEOUT` in seconds (up to 600), else 30. */
function keyringTimeoutSeconds(env: Env): number {
  const raw = env.AWSMFA_KEYRING_TIMEOUT?.trim();
  if (!raw) return defaultTimeoutSeconds;
  const seconds = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || seconds <= 0 || seconds > 600) {
    throw new AwsMfaError('INVALID_INPUT', keyringText.badTimeout({ value: JSON.stringify(raw) }), {
      hint: keyringText.badTimeoutHint({ seconds: defaultTimeoutSeconds }),
    });
  }
  return seconds;
}

/** The part of @napi-rs/keyring's API the worker uses. */
interface KeyringModule {
  Entry: new (
    service: string,
    account: string,
    options?: { linux?: { store?: string } },
  ) => {
    getPassword(): string | null;
    setPassword(password: string): void;
    deletePassword(): boolean;
  };
}

/**
 * The worker's side: one request from stdin, one answer on stdout (JSON), exit code 0. Loads
 * @napi-rs/keyring from disk: beside the npm package (its optional dependency), or for the
 * standalone executable from a node_modules folder beside it, the only way a native module
 * reaches it.
 */
export async function runKeyringWorker(
  input: NodeJS.ReadableStream = process.stdin,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<number> {
  let text = '';
  for await (const chunk of input) text += chunk.toString();
  const request = JSON.parse(text) as KeyringRequest;
  let keyring: KeyringModule;
  try {
    keyring = createRequire(isSea() ? process.execPath : import.meta.url)(moduleName) as KeyringModule;
  } catch {
    write(JSON.stringify({ ok: false, kind: 'module-missing', standalone: isSea() } satisfies KeyringAnswer));
    return 0;
  }
  let answer: KeyringAnswer;
  try {
    const entry = new keyring.Entry(keyringService, request.account, { linux: { store: 'secret-service' } });
    const value =
      request.op === 'get'
        ? entry.getPassword()
        : request.op === 'set'
          ? entry.setPassword(request.secret ?? '')
          : entry.deletePassword();
    answer = { ok: true, value: value ?? null };
  } catch (error) {
    const cause = error instanceof Error ? (error.cause as Error | undefined)?.message : undefined;
    answer = {
      ok: false,
      kind: 'keyring',
      message: error instanceof Error ? `${error.message}${cause ? ` (${cause})` : ''}` : String(error),
    };
  }
  write(JSON.stringify(answer));
  return 0;
}

function moduleMissing(standalone: boolean): AwsMfaError {
  const module = moduleName;
  return new AwsMfaError(
    'STORE_UNAVAILABLE',
    standalone ? keyringText.moduleMissingStandalone({ module }) : keyringText.moduleMissing({ module }),
    {
      hint: standalone
        ? keyringText.moduleMissingStandaloneHint({ module })
        : keyringText.moduleMissingHint({ module }),
    },
  );
}

/** keyring-rs's errors in the user's words: which part is missing and what to do. */
function keyringError(text: string): AwsMfaError {
  const unavailable = (message: Message, hint: Message) =>
    new AwsMfaError('STORE_UNAVAILABLE', message, { hint });
  if (/autolaunch|DBUS_SESSION_BUS_ADDRESS|Failed to connect to socket/i.test(text)) {
    return unavailable(keyringText.noBus(), keyringText.noBusHint());
  }
  if (/org\.freedesktop\.secrets|ServiceUnknown|not provided by any \.service/i.test(text)) {
    return unavailable(keyringText.noService(), keyringText.noServiceHint());
  }
  if (/locked|unlock prompt|dismissed|no result found/i.test(text)) {
    return unavailable(keyringText.locked(), keyringText.lockedHint());
  }
  return unavailable(keyringText.refused({ error: text }), keyringText.refusedHint());
}
