import type { Shell, ShellName } from '../shell.js';
import { bash } from './bash.js';
import { cmd } from './cmd.js';
import { dotenv } from './dotenv.js';
import { fish } from './fish.js';
import { json } from './json.js';
import { pwsh } from './pwsh.js';
import { sh } from './sh.js';
import { zsh } from './zsh.js';

/** Every shell and format, by name. */
export const shells: Readonly<Record<ShellName, Shell>> = { bash, zsh, fish, pwsh, cmd, sh, json, dotenv };
