import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteUserCommand,
  GetUserCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { awsError, clients, testClock } from './support/clients.js';
import { queryRequest, signedFetch } from './support/signedFetch.js';

describe('authentication', () => {
  const clock = testClock(new Date('2026-05-04T08:00:00Z'));
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ clock: clock.now });
  });
  afterAll(() => emulator.stop());
  const callerIdentity = queryRequest('sts', { Action: 'GetCallerIdentity' });

  it('answers in the query protocol shape with a RequestId and a Date from the emulator clock', async () => {
    const response = await signedFetch(emulator, emulator.admin, {
      ...callerIdentity,
      signingDate: clock.now(),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/xml');
    expect(response.headers.get('date')).toBe(clock.now().toUTCString());
    const requestId = response.headers.get('x-amzn-requestid');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body).toBe(
      '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>' +
        `<UserId>${/<UserId>(AIDA\w+)<\/UserId>/.exec(response.body)?.[1]}</UserId><Account>123456789012</Account>` +
        '<Arn>arn:aws:iam::123456789012:user/admin</Arn></GetCallerIdentityResult>' +
        `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></GetCallerIdentityResponse>\n`,
    );
  });

  it('unknown key → InvalidClientTokenId; wrong secret → SignatureDoesNotMatch (SDK)', async () => {
    const now = clock.now;
    const unknown = clients(emulator, { accessKeyId: 'AKIAAAAAAAAAAAAAAAAA', secretAccessKey: 'x' }, { now });
    expect(await awsError(unknown.sts.send(new GetCallerIdentityCommand({})))).toEqual({
      name: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
      status: 403,
    });
    const wrong = clients(
      emulator,
      { ...emulator.admin, secretAccessKey: `${emulator.admin.secretAccessKey}x` },
      { now },
    );
    expect(await awsError(wrong.sts.send(new GetCallerIdentityCommand({})))).toEqual({
      name: 'SignatureDoesNotMatch',
      message:
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      status: 403,
    });
  });

  it('an inactive key → InvalidClientTokenId, and works again once reactivated', async () => {
    const { iam } = clients(emulator, emulator.admin, { now: clock.now });
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({}));
    const key = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
    await iam.send(new UpdateAccessKeyCommand({ AccessKeyId: key.accessKeyId, Status: 'Inactive' }));
    const { sts } = clients(emulator, key, { now: clock.now });
    expect((await awsError(sts.send(new GetCallerIdentityCommand({})))).name).toBe('InvalidClientTokenId');
    await iam.send(new UpdateAccessKeyCommand({ AccessKeyId: key.accessKeyId, Status: 'Active' }));
    expect((await sts.send(new GetCallerIdentityCommand({}))).Arn).toContain(':user/admin');
  });

  it('an inactive key cannot get a session either; a session it made before outlives its deactivation and deletion (AWS cannot revoke one)', async () => {
    const admin = clients(emulator, emulator.admin, { now: clock.now }).iam;
    await admin.send(new CreateUserCommand({ UserName: 'rotating' }));
    const { AccessKey } = await admin.send(new CreateAccessKeyCommand({ UserName: 'rotating' }));
    const key = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
    const keySts = clients(emulator, key, { now: clock.now }).sts;
    const { Credentials: c } = await keySts.send(new GetSessionTokenCommand({}));
    const session = clients(
      emulator,
      { accessKeyId: c!.AccessKeyId!, secretAccessKey: c!.SecretAccessKey!, sessionToken: c!.SessionToken! },
      { now: clock.now },
    ).sts;
    await admin.send(
      new UpdateAccessKeyCommand({ UserName: 'rotating', AccessKeyId: key.accessKeyId, Status: 'Inactive' }),
    );
    expect(await awsError(keySts.send(new GetSessionTokenCommand({})))).toEqual({
      name: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
      status: 403,
    });
    expect((await session.send(new GetCallerIdentityCommand({}))).Arn).toBe(
      'arn:aws:iam::123456789012:user/rotating',
    );
    await admin.send(new DeleteAccessKeyCommand({ UserName: 'rotating', AccessKeyId: key.accessKeyId }));
    expect((await session.send(new GetCallerIdentityCommand({}))).Arn).toBe(
      'arn:aws:iam::123456789012:user/rotating',
    );
  });

  it('session credentials die with their user, and do not come back for a new user of the same name', async () => {
    const admin = clients(emulator, emulator.admin, { now: clock.now }).iam;
    await admin.send(new CreateUserCommand({ UserName: 'reborn' }));
    const { AccessKey } = await admin.send(new CreateAccessKeyCommand({ UserName: 'reborn' }));
    const key = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
    const { Credentials: c } = await clients(emulator, key, { now: clock.now }).sts.send(
      new GetSessionTokenCommand({}),
    );
    const session = {
      accessKeyId: c!.AccessKeyId!,
      secretAccessKey: c!.SecretAccessKey!,
      sessionToken: c!.SessionToken!,
    };
    await admin.send(new DeleteAccessKeyCommand({ UserName: 'reborn', AccessKeyId: key.accessKeyId }));
    await admin.send(new DeleteUserCommand({ UserName: 'reborn' }));
    await admin.send(new CreateUserCommand({ UserName: 'reborn' }));
    const { sts } = clients(emulator, session, { now: clock.now });
    expect((await awsError(sts.send(new GetCallerIdentityCommand({})))).name).toBe('InvalidClientTokenId');
  });

  it('a signature more than 15 minutes off is expired or not yet current', async () => {
    const early = new Date(clock.now().getTime() - 16 * 60_000);
    const expired = await signedFetch(emulator, emulator.admin, { ...callerIdentity, signingDate: early });
    expect(expired.status).toBe(403);
    expect(expired.body).toContain('<Code>SignatureDoesNotMatch</Code>');
    expect(expired.body).toContain(
      '<Message>Signature expired: 20260504T074400Z is now earlier than 20260504T074500Z (20260504T080000Z - 15 min.)</Message>',
    );
    const late = new Date(clock.now().getTime() + 16 * 60_000);
    const future = await signedFetch(emulator, emulator.admin, { ...callerIdentity, signingDate: late });
    expect(future.body).toContain(
      'Signature not yet current: 20260504T081600Z is still later than 20260504T081500Z (20260504T080000Z + 15 min.)',
    );
    const s3 = await signedFetch(emulator, emulator.admin, { service: 's3', signingDate: early });
    expect(s3.status).toBe(403);
    expect(s3.body).toContain('<Code>RequestTimeTooSkewed</Code>');
    // 14 minutes is fine.
    const near = new Date(clock.now().getTime() - 14 * 60_000);
    expect(
      (await signedFetch(emulator, emulator.admin, { ...callerIdentity, signingDate: near })).status,
    ).toBe(200);
  });

  it('an SDK with a wrong clock corrects itself from the Date header and retries', async () => {
    const { sts } = clients(emulator, emulator.admin, { maxAttempts: 3 });
    expect((await sts.send(new GetCallerIdentityCommand({}))).Arn).toContain(':user/admin');
    const statuses = emulator.requestLog.slice(-2).map((e) => e.status);
    expect(statuses).toEqual([403, 200]);
  });

  it('no Authorization header → MissingAuthenticationToken (S3: AccessDenied)', async () => {
    const response = await signedFetch(emulator, emulator.admin, { ...callerIdentity, unsigned: true });
    expect(response.status).toBe(403);
    expect(response.body).toMatch(
      /^<ErrorResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/"><Error><Type>Sender<\/Type><Code>MissingAuthenticationToken<\/Code><Message>Request is missing Authentication Token<\/Message><\/Error><RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>\n$/,
    );
    const s3 = await signedFetch(emulator, emulator.admin, { service: 's3', unsigned: true });
    expect(s3.status).toBe(403);
    expect(s3.body).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<Error><Code>AccessDenied<\/Code><Message>Access Denied<\/Message>/,
    );
  });

  it('S3 speaks its own error codes for bad keys and signatures', async () => {
    const now = clock.now();
    const unknown = await signedFetch(
      emulator,
      { accessKeyId: 'AKIAAAAAAAAAAAAAAAAA', secretAccessKey: 'x' },
      {
        service: 's3',
        signingDate: now,
      },
    );
    expect(unknown.body).toContain('<Code>InvalidAccessKeyId</Code>');
    const wrong = await signedFetch(
      emulator,
      { ...emulator.admin, secretAccessKey: 'x' },
      { service: 's3', signingDate: now },
    );
    expect(wrong.body).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('a body that does not match x-amz-content-sha256 is refused', async () => {
    const response = await signedFetch(emulator, emulator.admin, {
      ...callerIdentity,
      signingDate: clock.now(),
      headers: { ...callerIdentity.headers, 'x-amz-content-sha256': '0'.repeat(64) },
    });
    expect(response.status).toBe(400);
    expect(response.body).toContain('<Code>XAmzContentSHA256Mismatch</Code>');
  });

  it('a tampered body breaks the signature', async () => {
    const listUsers = queryRequest('iam', { Action: 'ListUsers' });
    const signed = { ...listUsers, signingDate: clock.now() };
    expect((await signedFetch(emulator, emulator.admin, signed)).status).toBe(200);
    const tampered = await signedFetch(emulator, emulator.admin, {
      ...signed,
      tamperedBody: listUsers.body!.replace('ListUsers', 'ListGroups'),
    });
    expect(tampered.status).toBe(403);
    expect(tampered.body).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('IAM and STS hash the body themselves: UNSIGNED-PAYLOAD cannot carry a replayed body', async () => {
    const listUsers = queryRequest('iam', { Action: 'ListUsers' });
    const unsigned = {
      ...listUsers,
      headers: { ...listUsers.headers, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      signingDate: clock.now(),
    };
    const replayed = await signedFetch(emulator, emulator.admin, {
      ...unsigned,
      tamperedBody: new URLSearchParams({
        Action: 'CreateUser',
        UserName: 'intruder',
        Version: '2010-05-08',
      }).toString(),
    });
    expect(replayed.status).toBe(403);
    expect(replayed.body).toContain('<Code>SignatureDoesNotMatch</Code>');
    const { iam } = clients(emulator, emulator.admin, { now: clock.now });
    expect((await awsError(iam.send(new GetUserCommand({ UserName: 'intruder' })))).name).toBe(
      'NoSuchEntityException',
    );
    // Even the body that was signed: the signature covers the string UNSIGNED-PAYLOAD, not the body.
    for (const service of ['iam', 'sts'] as const) {
      const request = queryRequest(service, { Action: service === 'iam' ? 'GetUser' : 'GetCallerIdentity' });
      const response = await signedFetch(emulator, emulator.admin, {
        ...request,
        headers: { ...request.headers, 'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER' },
        signingDate: clock.now(),
      });
      expect(response.status, service).toBe(403);
      expect(response.body, service).toContain('<Code>SignatureDoesNotMatch</Code>');
    }
  });

  it('S3 still accepts an UNSIGNED-PAYLOAD request', async () => {
    const response = await signedFetch(emulator, emulator.admin, {
      service: 's3',
      headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      signingDate: clock.now(),
    });
    expect(response.status).toBe(200);
    expect(response.body).toContain('<ListAllMyBucketsResult');
  });

  it('a signature that leaves host out of SignedHeaders is refused, as AWS does', async () => {
    const response = await signedFetch(emulator, emulator.admin, {
      ...callerIdentity,
      signingDate: clock.now(),
      unsignableHeaders: ['host'],
    });
    expect(response.status).toBe(400);
    expect(response.body).toContain(
      '<Code>IncompleteSignature</Code><Message>&#39;Host&#39; or &#39;:authority&#39; must be a &#39;SignedHeader&#39; in the AWS Authorization.</Message>',
    );
    const s3 = await signedFetch(emulator, emulator.admin, {
      service: 's3',
      signingDate: clock.now(),
      unsignableHeaders: ['host'],
    });
    expect(s3.status).toBe(403);
    expect(s3.body).toContain(
      '<Code>AccessDenied</Code><Message>There were headers present in the request which were not signed</Message>',
    );
  });

  it('a long-term (AKIA) key sent with a session token → InvalidClientTokenId (S3: InvalidToken)', async () => {
    const withToken = { ...emulator.admin, sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE' };
    const sts = clients(emulator, withToken, { now: clock.now }).sts;
    expect(await awsError(sts.send(new GetCallerIdentityCommand({})))).toEqual({
      name: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
      status: 403,
    });
    const s3 = await signedFetch(emulator, withToken, { service: 's3', signingDate: clock.now() });
    expect(s3.status).toBe(400);
    expect(s3.body).toContain('<Code>InvalidToken</Code>');
    // The same key without the token still works.
    const plain = clients(emulator, emulator.admin, { now: clock.now }).sts;
    expect((await plain.send(new GetCallerIdentityCommand({}))).Arn).toContain(':user/admin');
  });

  it('serves the query protocol as a signed GET too', async () => {
    const response = await signedFetch(emulator, emulator.admin, {
      service: 'iam',
      query: { Action: 'GetUser', Version: '2010-05-08' },
      signingDate: clock.now(),
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatch(
      /^<GetUserResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/"><GetUserResult><User><Path>\/<\/Path><UserName>admin<\/UserName>/,
    );
  });

  it('an unknown action → InvalidAction with the API version', async () => {
    const response = await signedFetch(emulator, emulator.admin, {
      ...queryRequest('iam', { Action: 'FlyToTheMoon' }),
      signingDate: clock.now(),
    });
    expect(response.status).toBe(400);
    expect(response.body).toContain(
      '<Code>InvalidAction</Code><Message>Could not find operation FlyToTheMoon for version 2010-05-08</Message>',
    );
  });
});
