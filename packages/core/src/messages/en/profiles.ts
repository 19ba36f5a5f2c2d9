import { defineMessages } from '../defineMessages.js';

/** Profiles and the AWS files (loadProfile, profileSection, profileKeys, fileError; also on the fast path). */
export const profilesText = defineMessages('profiles', {
  notFound: (p: { profile: string; config: string; credentials: string }) =>
    `Profile ${p.profile} is in neither ${p.config} nor ${p.credentials}.`,
  notFoundKnownHint: (p: { known: readonly string[]; profile: string }) =>
    `known profiles: ${p.known.join(', ')}; import keys with awsmfa import <file.csv> --profile ${p.profile}`,
  notFoundHint: (p: { profile: string }) =>
    `import access keys with awsmfa import <file.csv> --profile ${p.profile}`,
  noAccessKey: (p: { profile: string }) => `Profile ${p.profile} has no access key.`,
  noAccessKeyHint: (p: { profile: string }) =>
    `import the IAM user's access key: awsmfa import <file.csv> --profile ${p.profile}`,
  badAccessKeyId: (p: { profile: string }) =>
    `The access key ID of profile ${p.profile} holds characters an access key ID cannot have.`,
  badAccessKeyIdHint: 'check aws_access_key_id in the credentials file: letters and digits, e.g. AKIA…',
  badSessionToken: (p: { profile: string }) =>
    `The session token of profile ${p.profile} holds spaces or characters a token cannot have.`,
  badSessionTokenHint: 'check aws_session_token in the credentials file',
  /** profileNameProblem. */
  nameEmpty: 'is empty',
  nameDefault: 'is DEFAULT, whose keys the AWS CLI gives to every profile',
  nameTooLong: 'is longer than 128 characters',
  nameControl: 'contains a control character (e.g. a newline)',
  nameWhitespace: 'contains whitespace',
  nameContains: (p: { character: string }) => `contains ${p.character}`,
  badName: (p: { name: string; problem: string }) => `Profile name ${p.name} ${p.problem}.`,
  badNameHint: 'use letters, digits and - _ . @ + = , : / in profile names',
  /** fileError. */
  cannotRead: (p: { path: string }) => `Cannot read ${p.path}`,
  cannotWrite: (p: { path: string }) => `Cannot write ${p.path}`,
  cannotCreateDirectoryOf: (p: { path: string }) => `Cannot create the directory of ${p.path}`,
  cannotPrepareDirectory: (p: { path: string }) => `Cannot prepare the directory ${p.path}`,
  fileProblem: (p: {
    what: string;
    code: 'EACCES' | 'EPERM' | 'EISDIR' | 'ENOTDIR' | 'EROFS' | 'ENOSPC' | 'ENOENT' | undefined;
    other: string;
  }) => {
    const reason = {
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EISDIR: 'it is a directory',
      ENOTDIR: 'a part of the path is not a directory',
      EROFS: 'the file system is read-only',
      ENOSPC: 'no space left on the device',
      ENOENT: 'no such file or directory',
    };
    return `${p.what}: ${p.code ? reason[p.code] : p.other}.`;
  },
  fileProblemHint: 'check the path and its permissions',
});
