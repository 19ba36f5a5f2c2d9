export { type EditAwsFileOptions, editAwsFile } from './editAwsFile.js';
export { editIniSection, type IniSectionEdit } from './ini/editIni.js';
export {
  type IniDocument,
  type IniEntry,
  type IniSection,
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
export type { Profile } from './profile.js';
export { profileKeys } from './profileKeys.js';
export {
  type AwsFileKind,
  assertProfileName,
  isProfileSection,
  profileNameOfSection,
  profileNameProblem,
  profileSectionHeader,
} from './profileSection.js';
export { readAwsFile } from './readAwsFile.js';
export { resolveAwsFiles, resolveHome } from './resolveAwsFiles.js';
export { profileEdit, type UpdateProfileOptions, updateProfile } from './updateProfile.js';
export {
  type TrustedCidrsChange,
  trustedIpsKey,
  type UpdateTrustedCidrsOptions,
  type UpdateTrustedCidrsResult,
  updateTrustedCidrs,
} from './updateTrustedCidrs.js';
export { withFileLock } from './withFileLock.js';
export { writeFileAtomic } from './writeFileAtomic.js';
