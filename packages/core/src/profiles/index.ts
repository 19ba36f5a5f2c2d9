export { type EditAwsFileOptions, editAwsFile } from './editAwsFile.js';
export { editIniSection, type IniSectionEdit } from './ini/editIni.js';
export { decodeIniBytes, encodeIniText } from './ini/iniBytes.js';
export {
  type IniDocument,
  type IniEntry,
  type IniProblem,
  type IniSection,
  iniModel,
  parseIni,
  sectionSettings,
} from './ini/parseIni.js';
export {
  type AwsProfiles,
  findProfile,
  type LoadProfileOptions,
  listProfiles,
  loadProfile,
  parseTrustedCidrs,
  readAwsProfiles,
} from './loadProfile.js';
export { type ParsedAwsFile, parseAwsFile } from './parseAwsFile.js';
export type { Profile } from './profile.js';
export { profileKeys } from './profileKeys.js';
export {
  type AwsFileKind,
  assertProfileName,
  isProfileSection,
  profileNameOfSection,
  profileNameProblem,
  profileSectionHeader,
  profilesOfFile,
} from './profileSection.js';
export { resolveAwsFiles, resolveHome } from './resolveAwsFiles.js';
export { profileEdit, type UpdateProfileOptions, updateProfile } from './updateProfile.js';
export {
  type TrustedCidrsChange,
  trustedIpsKey,
  type UpdateTrustedCidrsOptions,
  type UpdateTrustedCidrsResult,
  updateTrustedCidrs,
} from './updateTrustedCidrs.js';
export { type FileLockOptions, withFileLock } from './withFileLock.js';
export { writeFileAtomic } from './writeFileAtomic.js';
