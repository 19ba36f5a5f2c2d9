/**
 * A profile as awsmfa sees it: `[profile NAME]` of the config file merged with `[NAME]` of the
 * credentials file (credentials win for keys, as in the AWS CLI).
 */
export interface Profile {
  name: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Present when the profile holds session credentials rather than long-term keys. */
  sessionToken?: string;
  region?: string;
  /** `mfa_serial`: the ARN (`arn:aws:iam::123456789012:mfa/alice`) or hardware serial. */
  mfaSerial?: string;
  /** `mfa_process`: a command whose stdout is a 6-digit code (as aws-vault users know it). */
  mfaProcess?: string;
  /** `awsmfa_trusted_ips`: comma/space separated CIDRs mirroring the policy's NotIpAddress list. */
  trustedCidrs: string[];
  /** `awsmfa_session_duration`: raw value such as `3600`, `1h`, `90m`. */
  sessionDuration?: string;
  /** `role_arn`: the role this profile assumes with the credentials of its source. */
  roleArn?: string;
  /** `source_profile`: the profile whose credentials assume `role_arn`. */
  sourceProfile?: string;
  /** `role_session_name`: the name AWS records for the role session. */
  roleSessionName?: string;
  /** `duration_seconds`: raw value of the role session's requested length. */
  durationSeconds?: string;
  /** `external_id`: passed to AssumeRole as ExternalId. */
  externalId?: string;
  /**
   * `awsmfa_key_store`: where the long-term keys are when not in the credentials file (`keyring`,
   * `encrypted-file`); see profileKeyStore.
   */
  keyStore?: string;
  /**
   * `awsmfa_access_key_id`: the ID of the key that store holds (not a secret), so that a cached
   * session is checked, and `keys list` answers, without opening the store.
   */
  storedAccessKeyId?: string;
  /** `credential_source` (EC2/ECS/environment sources of the AWS CLI), which awsmfa does not support. */
  credentialSource?: string;
  /** Every key of both sections, unknown keys included (config first, credentials override). */
  settings: Readonly<Record<string, string>>;
  /** Which files have a section for this profile (set by the profile reader). */
  sources?: ReadonlyArray<'config' | 'credentials'>;
}
