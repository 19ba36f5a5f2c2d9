import { defineMessages } from '../defineMessages.js';

/** The session cache's warnings (sessionCache, windowsCacheDir; also on the fast path). */
export const cacheText = defineMessages('cache', {
  ignoringUnreadable: (p: { path: string; error: string }) =>
    `Ignoring cached session ${p.path}: ${p.error}.`,
  ignoringCorrupt: (p: { path: string }) =>
    `Ignoring corrupt cached session ${p.path}; a new session will replace it.`,
  tightened: (p: { dir: string; mode: string }) =>
    `Cache folder ${p.dir} was accessible to other users (mode ${p.mode}); tightened it to 0700.`,
  folderOfAnotherUser: (p: { dir: string }) =>
    `Ignoring cached sessions in ${p.dir}: the folder belongs to another user.`,
  folderOpen: (p: { dir: string; mode: string }) =>
    `Ignoring cached sessions in ${p.dir}: the folder is accessible to other users (mode ${p.mode}); awsmfa will tighten it to 0700.`,
  notAFile: (p: { path: string }) => `Ignoring cached session ${p.path}: not a regular file.`,
  fileOfAnotherUser: (p: { path: string }) =>
    `Ignoring cached session ${p.path}: it belongs to another user.`,
  fileOpen: (p: { path: string; mode: string }) =>
    `Ignoring cached session ${p.path}: mode ${p.mode} lets other users read it; it will be replaced.`,
  outsideProfile: (p: { dir: string; profileDir: string }) =>
    `AWSMFA_CACHE_DIR ${p.dir} is outside your user profile (${p.profileDir}); on Windows its ACL, not a file mode, decides who can read the cached sessions, and folders outside the profile usually let every user read.`,
  outsideProfileHint:
    'use a folder under your user profile, or set AWSMFA_CACHE_DIR_OUTSIDE_PROFILE=1 once its ACL grants only you',
});
