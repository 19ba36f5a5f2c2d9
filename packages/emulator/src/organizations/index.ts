import type { JsonAction } from './jsonAction.js';
import { listAccounts } from './listAccounts.js';

/** The Organizations actions the emulator serves, by name (AWS JSON 1.1, target `AWSOrganizationsV20161128`). */
export const organizationsActions: Readonly<Record<string, JsonAction>> = { ListAccounts: listAccounts };

/** The `X-Amz-Target` prefix of Organizations' actions. */
export const organizationsTargetPrefix = 'AWSOrganizationsV20161128.';
