export {
  type AncestorProcess,
  type DetectedShell,
  detectShell,
  isShellName,
  type ShellHints,
  shellFromName,
} from './detectShell.js';
export { type EnvChange, ShellRenderError } from './envChange.js';
export { selfPlaceholder } from './fillHook.js';
export {
  quoteBashZsh,
  quoteCmdAssignment,
  quoteFish,
  quotePosix,
  quotePwsh,
  quoteWindowsArgument,
} from './quote.js';
export { renderEnv } from './renderEnv.js';
export { renderHook } from './renderHook.js';
export { type HookShellName, hookShellNames, type Shell, type ShellName, shellNames } from './shell.js';
export { shells } from './shells/index.js';
