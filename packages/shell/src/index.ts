export { detectShell, isShellName, type ShellHints, shellFromName } from './detectShell.js';
export { type EnvChange, ShellRenderError } from './envChange.js';
export { quoteBashZsh, quoteCmdAssignment, quoteFish, quotePosix, quotePwsh } from './quote.js';
export { renderEnv } from './renderEnv.js';
export { type Shell, type ShellName, shellNames } from './shell.js';
export { shells } from './shells/index.js';
