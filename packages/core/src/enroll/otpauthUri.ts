/** The issuer authenticator apps show (and pick the AWS icon by), as in the QR codes IAM itself issues. */
export const otpauthIssuer = 'Amazon Web Services';

/**
 * The `otpauth://` URI a phone scans to add the device: label `issuer:device@account`, the seed,
 * and the parameters AWS virtual MFA uses (SHA-1, 6 digits, 30 s), spelled out for apps that do not default them.
 *
 * @example otpauthUri({ deviceName: 'alice', account: '123456789012', base32Seed: 'ABC…' })
 * // 'otpauth://totp/Amazon%20Web%20Services:alice%40123456789012?secret=ABC…&issuer=Amazon%20Web%20Services&algorithm=SHA1&digits=6&period=30'
 */
export function otpauthUri(input: { deviceName: string; account: string; base32Seed: string }): string {
  const label = `${encodeURIComponent(otpauthIssuer)}:${encodeURIComponent(`${input.deviceName}@${input.account}`)}`;
  const query = [
    `secret=${encodeURIComponent(input.base32Seed)}`,
    `issuer=${encodeURIComponent(otpauthIssuer)}`,
    'algorithm=SHA1',
    'digits=6',
    'period=30',
  ].join('&');
  return `otpauth://totp/${label}?${query}`;
}
