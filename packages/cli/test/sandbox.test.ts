import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { cliPath, runAwsmfa, testHome } from './support/awsmfa.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

interface Sandbox {
  child: ChildProcessWithoutNullStreams;
  /** The first stdout line. */
  firstLine: Promise<string>;
  /** Resolves with all stdout so far once it matches `pattern`. */
  waitFor(pattern: RegExp): Promise<string>;
  /** Resolves when the process exits. */
  exited: Promise<{ status: number | null; stdout: string; stderr: string }>;
}

/** Starts `awsmfa sandbox …args` in the background. */
function startSandbox(args: string[], env: Record<string, string>): Sandbox {
  const child = spawn(process.execPath, [cliPath, 'sandbox', ...args], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', ...env },
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ pattern: RegExp; resolve: (text: string) => void }> = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      if (waiter.pattern.test(stdout)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(stdout);
      }
    }
  };
  const waitFor = (pattern: RegExp) =>
    new Promise<string>((resolve) => {
      waiters.push({ pattern, resolve });
      check();
    });
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    check();
  });
  const firstLine = waitFor(/\n/).then((text) => text.slice(0, text.indexOf('\n')));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const exited = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (status) => {
      clearTimeout(timer);
      for (const waiter of waiters.splice(0)) waiter.resolve(stdout);
      resolve({ status, stdout, stderr });
    });
  });
  return { child, firstLine, waitFor, exited };
}

async function callerArn(endpoint: string, accessKeyId: string, secretAccessKey: string): Promise<string> {
  const sts = new STSClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId, secretAccessKey } });
  try {
    return (await sts.send(new GetCallerIdentityCommand({}))).Arn ?? '';
  } finally {
    sts.destroy();
  }
}

describe('awsmfa sandbox', () => {
  it('--json prints one JSON line, serves STS, stops on SIGTERM and keeps its state for the next run', async () => {
    const t = testHome();
    const stateFile = t.path('sandbox/state.json');
    const first = startSandbox(['--port', '0', '--json', '--state', stateFile], t.env);
    const info = JSON.parse(await first.firstLine) as Record<string, string>;
    expect(Object.keys(info).sort()).toEqual([
      'accessKeyId',
      'accountId',
      'endpoint',
      'region',
      'secretAccessKey',
    ]);
    expect(info.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(await callerArn(info.endpoint!, info.accessKeyId!, info.secretAccessKey!)).toBe(
      'arn:aws:iam::123456789012:user/admin',
    );

    first.child.kill('SIGTERM');
    const result = await first.exited;
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`state saved to ${stateFile}`);
    expect(statSync(stateFile).mode & 0o777).toBe(0o600);

    const second = startSandbox(['--port', '0', '--json', '--state', stateFile], t.env);
    const again = JSON.parse(await second.firstLine) as Record<string, string>;
    expect(again.accessKeyId).toBe(info.accessKeyId);
    second.child.kill('SIGINT');
    expect((await second.exited).status).toBe(0);
  });

  it('prints export lines that bash can source and /usr/bin/aws can use with --endpoint-url', async () => {
    const t = testHome();
    const sandbox = startSandbox(['--port', '0'], t.env);
    const exports = await sandbox.waitFor(/sts get-caller-identity\n/);
    try {
      const endpoint = /^export AWS_ENDPOINT_URL=(http:\/\/127\.0\.0\.1:\d+)$/m.exec(exports)?.[1];
      expect(endpoint).toBeDefined();
      expect(exports).toMatch(/^export AWS_ACCESS_KEY_ID=AKIA[A-Z2-7]{16}$/m);
      expect(exports).toMatch(/^export AWS_SECRET_ACCESS_KEY=\S{40}$/m);
      expect(exports).toMatch(/^export AWS_REGION=us-east-1$/m);
      expect(exports).toContain(`aws --endpoint-url ${endpoint} sts get-caller-identity`);
      const aws = spawnSync(
        'bash',
        [
          '--norc',
          '--noprofile',
          '-c',
          `${exports}\n/usr/bin/aws --endpoint-url "$AWS_ENDPOINT_URL" sts get-caller-identity --query Arn --output text`,
        ],
        {
          encoding: 'utf8',
          env: {
            PATH: '/usr/bin:/bin',
            HOME: t.home,
            AWS_CONFIG_FILE: t.path('.aws/config'),
            AWS_SHARED_CREDENTIALS_FILE: t.path('.aws/credentials'),
            AWS_PAGER: '',
          },
        },
      );
      expect(aws.stderr).toBe('');
      expect(aws.stdout).toBe('arn:aws:iam::123456789012:user/admin\n');
    } finally {
      sandbox.child.kill('SIGTERM');
      expect((await sandbox.exited).status).toBe(0);
    }
  });

  it('--debug logs one line per request on stderr, --log FILE appends the same lines (0600); keys masked', async () => {
    const t = testHome();
    const logFile = t.path('logs/sandbox.log');
    mkdirSync(t.path('logs'));
    writeFileSync(logFile, 'earlier line\n', { mode: 0o600 });
    const sandbox = startSandbox(['--port', '0', '--json', '--debug', '--log', logFile], t.env);
    const info = JSON.parse(await sandbox.firstLine) as Record<string, string>;
    const sts = (secretAccessKey: string) =>
      new STSClient({
        endpoint: info.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: info.accessKeyId!, secretAccessKey },
        maxAttempts: 1,
      });
    try {
      await sts(info.secretAccessKey!).send(new GetCallerIdentityCommand({}));
      await expect(sts('x'.repeat(40)).send(new GetCallerIdentityCommand({}))).rejects.toThrow(/signature/);
    } finally {
      sandbox.child.kill('SIGTERM');
    }
    const result = await sandbox.exited;
    expect(result.status).toBe(0);
    const logged = result.stderr.split('\n').filter((line) => /^\d{4}-\d\d-\d\dT/.test(line));
    expect(logged).toEqual([
      expect.stringMatching(
        /^\S+Z 127\.0\.0\.1 arn:aws:iam::123456789012:user\/admin AKIA\*{16} sts:GetCallerIdentity - 200$/,
      ),
      expect.stringMatching(
        /^\S+Z 127\.0\.0\.1 - AKIA\*{16} sts:GetCallerIdentity - 403 SignatureDoesNotMatch$/,
      ),
    ]);
    expect(readFileSync(logFile, 'utf8')).toBe(`earlier line\n${logged.join('\n')}\n`);
    expect(statSync(logFile).mode & 0o777).toBe(0o600);
    const everything = result.stderr + readFileSync(logFile, 'utf8');
    expect(everything).not.toContain(info.accessKeyId);
    expect(everything).not.toContain(info.secretAccessKey);
  });

  it('--log into a missing folder is a FILE_ERROR (exit 7) before anything listens', async () => {
    const t = testHome();
    const result = await runAwsmfa(['sandbox', '--port', '0', '--log', t.path('missing/sandbox.log')], {
      env: t.env,
    });
    expect(result.status).toBe(7);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`Cannot write the sandbox log ${t.path('missing/sandbox.log')}`);
    expect(result.stderr).toContain('hint: ');
  });

  it('without --debug or --log nothing is logged per request', async () => {
    const t = testHome();
    const sandbox = startSandbox(['--port', '0', '--json'], t.env);
    const info = JSON.parse(await sandbox.firstLine) as Record<string, string>;
    await callerArn(info.endpoint!, info.accessKeyId!, info.secretAccessKey!);
    sandbox.child.kill('SIGTERM');
    const result = await sandbox.exited;
    expect(result.stderr).not.toContain('GetCallerIdentity');
  });

  it('a port in use is a CONFLICT (exit 8) with nothing on stdout', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await runAwsmfa(['sandbox', '--port', String(port)], { env: testHome().env });
      expect(result.status).toBe(8);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is in use.`);
      expect(result.stderr).toContain('hint: pass --port 0');
    } finally {
      blocker.close();
    }
  });

  it('started with an IPC channel (as pnpm demo starts it), stops when its parent goes away', async () => {
    const t = testHome();
    const child = spawn(process.execPath, [cliPath, 'sandbox', '--port', '0', '--json'], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', ...t.env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
    await new Promise((resolve) => child.stdout!.once('data', resolve));
    // What the parent dying does to the channel, SIGKILL included.
    child.disconnect();
    expect(await exited).toBe(0);
    clearTimeout(timer);
    expect(stderr).toContain('awsmfa sandbox stopped.');
  });

  it('is listed in --help', () => {
    const help = spawnSync(process.execPath, [cliPath, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toContain('awsmfa sandbox');
  });
});
