export { createMfaDeviceApi, type MfaDeviceClients } from './createMfaDeviceApi.js';
export {
  type EnrollMfaDeviceOptions,
  type EnrollResult,
  enrollMfaDevice,
  type NewDeviceToShow,
} from './enrollMfaDevice.js';
export { awsErrorName, explainIamError, type IamCallContext } from './explainIamError.js';
export { checkDeviceName, type IamUser, iamUserOf, virtualMfaSerial } from './iamUserOf.js';
export {
  type MfaDeviceTarget,
  pickMfaDevice,
  type RemoveMfaDeviceOptions,
  removeMfaDevice,
  resyncMfaDevice,
} from './manageMfaDevice.js';
export { type CodePairCheck, checkCodePair, mfaCodePeriod, secondsUntilNextCode } from './mfaCodes.js';
export type {
  CallerIdentity,
  MfaCodePairInput,
  MfaDevice,
  MfaDeviceApi,
  NewVirtualMfaDevice,
  VirtualMfaDevice,
} from './mfaDeviceApi.js';
export {
  checkProfileSerial,
  type MfaDeviceStatus,
  mfaDeviceStatus,
  type ProfileSerialCheck,
} from './mfaDeviceStatus.js';
export { otpauthIssuer, otpauthUri } from './otpauthUri.js';
export { normalizeCodePair, type ReadCodePairOptions, readCodePair, sameCodesError } from './readCodePair.js';
export { recordSpentCodes } from './recordSpentCodes.js';
export { type RemoveVirtualMfaDeviceOptions, removeVirtualMfaDevice } from './removeVirtualMfaDevice.js';
export { soleMfaDevice } from './soleMfaDevice.js';
