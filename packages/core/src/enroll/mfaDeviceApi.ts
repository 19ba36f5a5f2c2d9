/** Who the credentials belong to, as STS GetCallerIdentity reports it. */
export interface CallerIdentity {
  /** 12-digit account id. */
  account: string;
  /** `arn:aws:iam::123456789012:user/cli-user`, or a role/root ARN. */
  arn: string;
}

/** A virtual MFA device just created; `base32Seed` is the TOTP secret, shown by AWS only this once. */
export interface NewVirtualMfaDevice {
  serialNumber: string;
  base32Seed: string;
}

/** A virtual MFA device of the account, assigned to a user (enabled) or not. */
export interface VirtualMfaDevice {
  serialNumber: string;
  /** The user it is enabled for; absent while unassigned. */
  userName?: string;
  enableDate?: Date;
}

/** An MFA device enabled for a user. */
export interface MfaDevice {
  serialNumber: string;
  enableDate?: Date;
}

/** The two codes of an enable or resync call. */
export interface MfaCodePairInput {
  userName: string;
  serialNumber: string;
  code1: string;
  code2: string;
}

/**
 * The IAM and STS calls enrollment makes, one method per AWS action. The real one is
 * `createMfaDeviceApi({ iam, sts })`; unit tests pass a fake. Methods throw the AWS error as it
 * came (its `name` is the AWS error code, e.g. `EntityAlreadyExists`); callers explain it.
 */
export interface MfaDeviceApi {
  getCallerIdentity(): Promise<CallerIdentity>;
  createVirtualMfaDevice(deviceName: string): Promise<NewVirtualMfaDevice>;
  enableMfaDevice(input: MfaCodePairInput): Promise<void>;
  resyncMfaDevice(input: MfaCodePairInput): Promise<void>;
  deactivateMfaDevice(input: { userName: string; serialNumber: string }): Promise<void>;
  deleteVirtualMfaDevice(serialNumber: string): Promise<void>;
  listMfaDevices(userName: string): Promise<MfaDevice[]>;
  listVirtualMfaDevices(): Promise<VirtualMfaDevice[]>;
  /**
   * The same calls signed with a 15-minute MFA session (STS GetSessionToken with this device's
   * code), for the actions the self-manage-MFA policy allows only with MFA.
   */
  mfaSession(serialNumber: string, code: string): Promise<MfaDeviceApi>;
}
