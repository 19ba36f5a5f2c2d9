import { afterEach, expect, it, vi } from 'vitest';
import { createIamClient } from './createIamClient.js';
import { createOrganizationsClient } from './createOrganizationsClient.js';
import { createStsClient } from './createStsClient.js';

const credentials = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const version = Object.getOwnPropertyDescriptor(process, 'version')!;

afterEach(() => {
  Object.defineProperty(process, 'version', version);
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

// The SDK decides once per process, at the first client, whether to warn: this file's only test
// makes this process's first clients.
it('the SDK prints no Node-version warning on Node 20, even where the user set its switch to false, and the switch is left as it was', () => {
  Object.defineProperty(process, 'version', { ...version, value: 'v20.19.0' });
  vi.stubEnv('AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED', 'false');
  const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
  // Organizations first: `admin audit --org` makes it before any other client.
  createOrganizationsClient({ region: 'us-east-1', credentials }).destroy();
  createStsClient({ region: 'us-east-1', credentials }).destroy();
  createIamClient({ region: 'us-east-1', credentials }).destroy();
  expect(emitWarning).not.toHaveBeenCalled();
  // `awsmfa exec` passes the environment on: the user's programs get the user's setting.
  expect(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED).toBe('false');
  vi.stubEnv('AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED', undefined);
  createStsClient({ region: 'us-east-1', credentials }).destroy();
  expect(process.env).not.toHaveProperty('AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED');
});
