import type { CommandModule } from 'yargs';
import { adminCommand } from './admin.js';
import { completionCommand } from './completion.js';
import { credentialProcessCommand } from './credentialProcess.js';
import { deviceCommand } from './device.js';
import { enrollCommand } from './enroll.js';
import { envCommand } from './env.js';
import { execCommand } from './exec.js';
import { hookCommand } from './hook.js';
import { importCommand } from './import.js';
import { keysCommand } from './keys.js';
import { logoutCommand } from './logout.js';
import { policyCommand } from './policy.js';
import { profilesCommand } from './profiles.js';
import { sandboxCommand } from './sandbox.js';
import { setupCredentialProcessCommand } from './setupCredentialProcess.js';
import { statusCommand } from './status.js';
import { trustedIpCommand } from './trustedIp.js';

/** Every registered command; each lives in its own file in this folder. */
// biome-ignore lint/suspicious/noExplicitAny: yargs command modules differ in their argument types.
export const commands: Array<CommandModule<any, any>> = [
  importCommand,
  keysCommand,
  enrollCommand,
  deviceCommand,
  profilesCommand,
  trustedIpCommand,
  envCommand,
  hookCommand,
  execCommand,
  credentialProcessCommand,
  setupCredentialProcessCommand,
  statusCommand,
  logoutCommand,
  sandboxCommand,
  policyCommand,
  adminCommand,
  completionCommand,
];
