import { defineMessages } from '../defineMessages.js';

/** Writing the AWS files: setting names and values, and the lock two writers share. */
export const profileEditsText = defineMessages('profileEdits', {
  badSettingName: (p: { name: string }) => `${p.name} is not a valid setting name.`,
  badSettingNameHint: 'setting names use letters, digits, _ . -',
  lineBreak: (p: { key: string }) => `The value for ${p.key} contains a line break or NUL.`,
  lineBreakHint: 'ini values are single lines',
  notUnicode: (p: { key: string }) => `The value for ${p.key} is not valid Unicode text.`,
  notUnicodeHint: 'ini values are UTF-8 text',
  spacesAround: (p: { key: string }) =>
    `The value for ${p.key} has spaces around it, which the AWS CLI drops.`,
  spacesAroundHint: 'remove the leading and trailing spaces',
  lockedByOther: (p: { path: string }) => `Another process is editing ${p.path} and kept it locked.`,
  lockedByOtherHint: (p: { lock: string }) => `try again; if no awsmfa is running, remove ${p.lock}`,
  cannotLock: (p: { path: string }) => `Cannot lock ${p.path}.`,
  cannotLockHint: 'check the directory permissions',
  /** Questions on the terminal (prompt/ask). */
  cancelled: 'Cancelled: nothing was changed.',
  endOfInput: 'The terminal closed (end of input) before an answer was typed; nothing was changed.',
  pageMarkerLoop: (p: { service: string }) =>
    `${p.service} returned the same page marker twice; the listing would never end.`,
});
