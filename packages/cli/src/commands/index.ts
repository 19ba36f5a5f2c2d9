import type { CommandModule } from 'yargs';

/** Every registered command; each lives in its own file in this folder. */
// biome-ignore lint/suspicious/noExplicitAny: yargs command modules differ in their argument types.
export const commands: Array<CommandModule<any, any>> = [];
