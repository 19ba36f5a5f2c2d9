// End-to-end fixtures for `awsmfa policy` and `awsmfa admin`: an administrator HOME holding the
// emulator's admin key, the IAM SDK as an independent reader of what IAM holds, and real requests
// (the AWS CLI v2 at /usr/bin/aws, or a raw SigV4 request) made as the users setup creates.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sha256 } from '@aws-crypto/sha256-js';
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  GetGroupPolicyCommand,
  IAMClient,
  paginateListAccessKeys,
} from '@aws-sdk/client-iam';
import { GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
import type { Emulator } from '@awsmfa/emulator';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { onTestFinished } from 'vitest';
import { type RunOptions, type RunResult, runAwsmfa, runProcess, type TestHome, testHome } from './awsmfa.js';
import { enableVirtualMfaDevice, totpCode } from './virtualMfaDevice.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export interface Keys {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** A HOME whose profile `admin` holds the emulator's administrator key. */
export function adminHome(emulator: Emulator, files: Record<string, string> = {}): TestHome {
  return testHome({
    '.aws/config': '[profile admin]\nregion = us-east-1\n',
    '.aws/credentials': `[admin]\naws_access_key_id = ${emulator.admin.accessKeyId}\naws_secret_access_key = ${emulator.admin.secretAccessKey}\n`,
    ...files,
  });
}

/** `awsmfa …args --profile admin --endpoint-url <emulator>` in `home`. */
export function runAdmin(
  emulator: Emulator,
  home: TestHome,
  args: readonly string[],
  options: RunOptions = {},
) {
  return runAwsmfa([...args, '--profile', 'admin', '--endpoint-url', emulator.endpoint], {
    timeoutMs: 30_000,
    ...options,
    env: { ...home.env, ...options.env },
  });
}

/** An IAM client signing with `keys` (the administrator's by default). */
export function iamClient(emulator: Emulator, keys: Keys = emulator.admin): IAMClient {
  const client = new IAMClient({ endpoint: emulator.endpoint, region: emulator.region, credentials: keys });
  onTestFinished(() => client.destroy());
  return client;
}

/** Creates group `groupName` with PowerUserAccess attached and no MFA policy (the seed before step 2-5). */
export async function createPowerUserGroup(iam: IAMClient, groupName: string): Promise<void> {
  await iam.send(new CreateGroupCommand({ GroupName: groupName }));
  await iam.send(
    new AttachGroupPolicyCommand({
      GroupName: groupName,
      PolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess',
    }),
  );
}

/** Creates `userName` as a member of `groupName` with one access key, and returns that key. */
export async function createGroupMember(iam: IAMClient, groupName: string, userName: string): Promise<Keys> {
  await iam.send(new CreateUserCommand({ UserName: userName }));
  await iam.send(new AddUserToGroupCommand({ GroupName: groupName, UserName: userName }));
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: userName }));
  return { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
}

/** The IDs of the user's access keys, every page (the test emulator serves one item a page). */
export async function accessKeyIds(iam: IAMClient, userName: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of paginateListAccessKeys({ client: iam }, { UserName: userName })) {
    for (const key of page.AccessKeyMetadata ?? []) ids.push(key.AccessKeyId!);
  }
  return ids;
}

/** The group's inline policy as IAM holds it, parsed. */
export async function groupPolicy(emulator: Emulator, groupName: string, policyName = 'MyUsersPolicy') {
  const { PolicyDocument } = await iamClient(emulator).send(
    new GetGroupPolicyCommand({ GroupName: groupName, PolicyName: policyName }),
  );
  return JSON.parse(decodeURIComponent(PolicyDocument ?? '')) as Record<string, unknown>;
}

/**
 * `/usr/bin/aws …args --endpoint-url <emulator>` (the AWS CLI v2; the `aws` on PATH may be v1)
 * signing with `keys`, in a throwaway HOME.
 */
function runAwsCli(emulator: Emulator, args: readonly string[], keys: Keys): Promise<RunResult> {
  const home = mkdtempSync(join(tmpdir(), 'awsmfa-awscli-'));
  onTestFinished(() => rmSync(home, { recursive: true, force: true }));
  const env: Record<string, string> = {
    PATH: '/usr/bin:/bin',
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
    AWS_ACCESS_KEY_ID: keys.accessKeyId,
    AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_PAGER: '',
  };
  if (keys.sessionToken) env.AWS_SESSION_TOKEN = keys.sessionToken;
  return runProcess('/usr/bin/aws', [...args, '--endpoint-url', emulator.endpoint], {
    env,
    timeoutMs: 30_000,
  });
}

/** `/usr/bin/aws s3 ls` signing with `keys`: a real ListBuckets request from 127.0.0.1. */
export function awsS3Ls(emulator: Emulator, keys: Keys): Promise<RunResult> {
  return runAwsCli(emulator, ['s3', 'ls'], keys);
}

/**
 * `/usr/bin/aws …args --output json` signing with `keys`; the parsed stdout. Fails with the AWS
 * CLI's stderr when it exits non-zero.
 */
export async function awsCliJson(emulator: Emulator, args: readonly string[], keys: Keys): Promise<unknown> {
  const result = await runAwsCli(emulator, [...args, '--output', 'json'], keys);
  if (result.status !== 0) throw new Error(`aws ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** A raw SigV4-signed S3 ListBuckets (`GET /`) from 127.0.0.1; returns the HTTP status. */
export async function listBucketsStatus(emulator: Emulator, keys: Keys): Promise<number> {
  const url = new URL(emulator.endpoint);
  const request = new HttpRequest({
    method: 'GET',
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    headers: { host: url.host },
  });
  const signer = new SignatureV4({
    service: 's3',
    region: emulator.region,
    credentials: keys,
    sha256: Sha256,
    uriEscapePath: false,
    applyChecksum: true,
  });
  const signed = await signer.sign(request);
  const response = await fetch(`${emulator.endpoint}/`, {
    headers: Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name !== 'host')),
  });
  await response.text();
  return response.status;
}

/** The rows of the console CSV `admin setup` wrote. */
export function readConsoleCsv(path: string) {
  const [header, row] = readFileSync(path, 'utf8').split('\r\n');
  const cells = row!.split(',');
  return {
    header,
    userName: cells[0]!,
    accessKeyId: cells[2]!,
    secretAccessKey: cells[3]!,
    consoleLoginLink: cells[4]!,
  };
}

/**
 * The user enrolls their own virtual MFA device with their long-term key (what the MFA policy must
 * allow without MFA), then trades a code for session credentials with MFA.
 */
export async function enrollAndStartSession(
  emulator: Emulator,
  userName: string,
  keys: Keys,
): Promise<{ serial: string; session: Keys }> {
  // Signed with the user's own long-term key: what the MFA policy must allow without MFA.
  const { serial, seed } = await enableVirtualMfaDevice(iamClient(emulator, keys), userName);
  const sts = new STSClient({ endpoint: emulator.endpoint, region: emulator.region, credentials: keys });
  onTestFinished(() => sts.destroy());
  const { Credentials } = await sts.send(
    new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: totpCode(seed), DurationSeconds: 900 }),
  );
  return {
    serial,
    session: {
      accessKeyId: Credentials!.AccessKeyId!,
      secretAccessKey: Credentials!.SecretAccessKey!,
      sessionToken: Credentials!.SessionToken!,
    },
  };
}

/** A row of `policy check --json`. */
export interface CheckRowJson {
  action: string;
  mfa: boolean;
  source: 'trusted' | 'untrusted';
  sourceIp: string;
  expected: string;
  actual: string;
  remote?: string;
  ok: boolean;
  decidedBy: string;
}

/** Finds one row of `policy check --json` output. */
export function checkRow(
  stdout: string,
  row: { action: string; mfa: boolean; source: 'trusted' | 'untrusted' },
): CheckRowJson {
  const parsed = JSON.parse(stdout) as { rows: CheckRowJson[] };
  const found = parsed.rows.find(
    (r) => r.action === row.action && r.mfa === row.mfa && r.source === row.source,
  );
  if (!found) throw new Error(`no check row ${JSON.stringify(row)} in ${stdout}`);
  return found;
}
