import type { CommandModule } from 'yargs';
import { importCommand } from './import.js';
import { profilesCommand } from './profiles.js';
import { sandboxCommand } from './sandbox.js';

/** Every registered command; each lives in its own file in this folder. */
// biome-ignore lint/suspicious/noExplicitAny: yargs command modules differ in their argument types.
export const commands: Array<CommandModule<any, any>> = [importCommand, profilesCommand, sandboxCommand];
