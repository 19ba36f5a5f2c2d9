// A real Secret Service for keyring tests: a private D-Bus session (dbus-run-session) with Debian's
// gnome-keyring-daemon, its login keyring created and unlocked with a test password, as on a
// desktop after login. Tests run awsmfa with the session's DBUS_SESSION_BUS_ADDRESS. A missing
// dbus-run-session or gnome-keyring fails the tests (npm run setup installs them): never a skip.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SecretService {
  /** The variables that point a program at this session's bus (and the keyring's HOME-independent state). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export interface SecretServiceOptions {
  /**
   * `unlocked` (default): the login keyring exists and is unlocked. `locked`: it exists (made in an
   * earlier session) but nobody unlocked it, as over SSH into a desktop machine. `hung-prompt`:
   * locked, and the unlock prompter never answers, as when it shows on a screen nobody watches.
   * `no-secret-service`: a session bus on which nothing provides the Secret Service.
   */
  state?: 'unlocked' | 'locked' | 'hung-prompt' | 'no-secret-service';
}

const testPassword = 'awsmfa-test-keyring-password';

/**
 * Starts gnome-keyring-daemon with the login keyring unlocked (created on first use) and waits
 * until it owns the Secret Service name. `--foreground` keeps it in the session's process group,
 * so it ends with the session: without it the daemon forks away and outlives every test.
 * NameHasOwner, unlike a Secret Service call, never activates a second daemon.
 */
const unlockDaemon = [
  'printf %s "$AWSMFA_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &',
  'tries=0',
  'until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do tries=$((tries + 1)); [ "$tries" -lt 150 ] || exit 1; sleep 0.1; done',
].join('\n');

/**
 * Starts the session and returns once the keyring answers. Its data lives in its own temporary
 * folder (XDG_DATA_HOME of the daemon), removed by stop().
 *
 * @example const keyring = await startSecretService(); await awsmfa([...], { ...home.env, ...keyring.env })
 */
export async function startSecretService(options: SecretServiceOptions = {}): Promise<SecretService> {
  const state = options.state ?? 'unlocked';
  const root = mkdtempSync(join(tmpdir(), 'awsmfa-keyring-'));
  const base = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    HOME: root,
    XDG_DATA_HOME: join(root, 'data'),
    XDG_RUNTIME_DIR: join(root, 'run'),
    XDG_CACHE_HOME: join(root, 'cache'),
  };
  for (const dir of [base.XDG_DATA_HOME, base.XDG_RUNTIME_DIR, base.XDG_CACHE_HOME]) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  if (state !== 'unlocked') {
    // The login keyring of an earlier session, with its password, then locked by that session's end.
    // Its own runtime folder: a daemon finding the first one's control socket would wait for it.
    const firstRun = join(root, 'run-first');
    mkdirSync(firstRun, { mode: 0o700 });
    const first = runSession({ ...base, XDG_RUNTIME_DIR: firstRun }, unlockDaemon);
    if ((await first.done) !== 0 || !existsSync(join(base.XDG_DATA_HOME, 'keyrings', 'login.keyring'))) {
      throw new Error(`the first keyring session made no login keyring:\n${first.stderr()}`);
    }
  }
  if (state === 'hung-prompt') {
    // D-Bus activates the prompter from XDG_DATA_HOME before the system's: this one never answers.
    const services = join(base.XDG_DATA_HOME, 'dbus-1', 'services');
    mkdirSync(services, { recursive: true });
    const prompter = join(root, 'silent-prompter');
    writeFileSync(prompter, '#!/bin/sh\nexec sleep 60\n');
    chmodSync(prompter, 0o755);
    for (const name of ['org.gnome.keyring.SystemPrompter', 'org.gnome.keyring.PrivatePrompter']) {
      writeFileSync(join(services, `${name}.service`), `[D-BUS Service]\nName=${name}\nExec=${prompter}\n`);
    }
  }
  if (state === 'no-secret-service') {
    // A bus that activates nothing: its only service folder is empty.
    const config = join(root, 'bus.conf');
    mkdirSync(join(root, 'services'));
    writeFileSync(
      config,
      `<busconfig><type>session</type><listen>unix:tmpdir=${root}</listen><auth>EXTERNAL</auth><servicedir>${join(root, 'services')}</servicedir><policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy></busconfig>\n`,
    );
    return started(
      runSession(base, 'echo "BUS=$DBUS_SESSION_BUS_ADDRESS"; exec cat >/dev/null', [
        '--config-file',
        config,
      ]),
      root,
    );
  }
  // Locked: D-Bus starts the daemon on the first request, as a desktop session's bus does.
  const unlock = state === 'unlocked' ? `${unlockDaemon}; ` : '';
  // The session lives as long as `cat` reads stdin: stop() closes it.
  return started(
    runSession(base, `${unlock}echo "BUS=$DBUS_SESSION_BUS_ADDRESS"; exec cat >/dev/null`),
    root,
  );
}

/** The running session, once it printed its bus address; stop() ends it and removes `root`. */
async function started(session: ReturnType<typeof runSession>, root: string): Promise<SecretService> {
  const address = await session.firstLine(/^BUS=(.+)$/);
  return {
    env: { DBUS_SESSION_BUS_ADDRESS: address },
    async stop() {
      session.child.stdin.end();
      const killer = setTimeout(() => {
        try {
          process.kill(-session.child.pid!, 'SIGKILL');
        } catch {}
      }, 3000);
      await session.done;
      clearTimeout(killer);
      // The daemon and an activated prompter share the session's process group.
      try {
        process.kill(-session.child.pid!, 'SIGKILL');
      } catch {}
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function runSession(env: Record<string, string>, script: string, options: readonly string[] = []) {
  const child: ChildProcessWithoutNullStreams = spawn(
    'dbus-run-session',
    [...options, '--', 'sh', '-c', script],
    {
      env: { ...env, AWSMFA_TEST_KEYRING_PASSWORD: testPassword },
      stdio: 'pipe',
      detached: true,
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<number | null>((resolve, reject) => {
    child.on('error', (error) =>
      reject(
        new Error(
          `cannot start dbus-run-session (run npm run setup: Debian dbus-daemon and gnome-keyring): ${error.message}`,
        ),
      ),
    );
    child.on('close', (code) => resolve(code));
  });
  return {
    child,
    done,
    stderr: () => stderr,
    async firstLine(pattern: RegExp): Promise<string> {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const match = stdout
          .split('\n')
          .map((line) => pattern.exec(line))
          .find(Boolean);
        if (match) return match[1]!;
        const exited = await Promise.race([
          done.then(() => true),
          new Promise((r) => setTimeout(() => r(false), 50)),
        ]);
        if (exited || Date.now() > deadline) {
          throw new Error(
            `the Secret Service did not start (gnome-keyring installed? npm run setup):\n${stderr}`,
          );
        }
      }
    },
  };
}
