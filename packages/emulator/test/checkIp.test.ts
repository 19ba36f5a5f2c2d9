// The sandbox's own IP echo: what checkip.amazonaws.com answers, for the address the sandbox sees
// (the aws:SourceIp its policies evaluate), so the trusted-network check works offline.
import { endpointIpLookupPath } from '@awsmfa/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';

describe(`GET ${endpointIpLookupPath}`, () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.stop());

  it("answers the caller's address as plain text, unsigned, and logs it", async () => {
    const response = await fetch(`${emulator.endpoint}${endpointIpLookupPath}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('127.0.0.1\n');
    expect(emulator.requestLog.at(-1)).toMatchObject({ service: 'awsmfa', action: 'CheckIp', status: 200 });
  });

  it('only that path and GET: / unsigned is still S3 refusing an anonymous caller', async () => {
    expect((await fetch(`${emulator.endpoint}${endpointIpLookupPath}`, { method: 'POST' })).status).not.toBe(
      200,
    );
    expect((await fetch(`${emulator.endpoint}/`)).status).toBe(403);
  });
});
