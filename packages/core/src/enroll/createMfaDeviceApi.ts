import {
  CreateVirtualMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  type IAMClient,
  ListMFADevicesCommand,
  ListVirtualMFADevicesCommand,
  ResyncMFADeviceCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, GetSessionTokenCommand, type STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentials } from '../aws/awsClientConfig.js';
import { listAll } from '../aws/listAll.js';
import type { MfaDevice, MfaDeviceApi, VirtualMfaDevice } from './mfaDeviceApi.js';

/** Builds the IAM and STS clients for a set of credentials (the profile's, or an MFA session's). */
export type MfaDeviceClients = (credentials: AwsCredentials) => { iam: IAMClient; sts: STSClient };

/**
 * The enrollment calls on real SDK clients (from `createIamClient`/`createStsClient`).
 *
 * @example
 * const clients = (credentials) => ({ iam: createIamClient({ region, endpoint, credentials }), sts: createStsClient({ region, endpoint, credentials }) });
 * const api = createMfaDeviceApi(clients, profileCredentials);
 */
export function createMfaDeviceApi(clients: MfaDeviceClients, credentials: AwsCredentials): MfaDeviceApi {
  const { iam, sts } = clients(credentials);
  return {
    async getCallerIdentity() {
      const out = await sts.send(new GetCallerIdentityCommand({}));
      return { account: out.Account ?? '', arn: out.Arn ?? '' };
    },
    async createVirtualMfaDevice(deviceName) {
      const out = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: deviceName }));
      const device = out.VirtualMFADevice;
      // The wire carries base64 of the ASCII base32 seed; the SDK hands us the decoded bytes.
      const base32Seed = device?.Base32StringSeed
        ? Buffer.from(device.Base32StringSeed).toString('ascii')
        : '';
      return { serialNumber: device?.SerialNumber ?? '', base32Seed };
    },
    async enableMfaDevice(input) {
      await iam.send(
        new EnableMFADeviceCommand({
          UserName: input.userName,
          SerialNumber: input.serialNumber,
          AuthenticationCode1: input.code1,
          AuthenticationCode2: input.code2,
        }),
      );
    },
    async resyncMfaDevice(input) {
      await iam.send(
        new ResyncMFADeviceCommand({
          UserName: input.userName,
          SerialNumber: input.serialNumber,
          AuthenticationCode1: input.code1,
          AuthenticationCode2: input.code2,
        }),
      );
    },
    async deactivateMfaDevice(input) {
      await iam.send(
        new DeactivateMFADeviceCommand({ UserName: input.userName, SerialNumber: input.serialNumber }),
      );
    },
    async deleteVirtualMfaDevice(serialNumber) {
      await iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serialNumber }));
    },
    async listMfaDevices(userName) {
      const devices = await listAll((marker) =>
        iam
          .send(new ListMFADevicesCommand({ UserName: userName, Marker: marker }))
          .then((r) => ({ items: r.MFADevices ?? [], marker: r.Marker, truncated: r.IsTruncated })),
      );
      return devices.flatMap((d): MfaDevice[] =>
        d.SerialNumber ? [{ serialNumber: d.SerialNumber, enableDate: d.EnableDate }] : [],
      );
    },
    async listVirtualMfaDevices() {
      const devices = await listAll((marker) =>
        iam
          .send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Any', Marker: marker }))
          .then((r) => ({ items: r.VirtualMFADevices ?? [], marker: r.Marker, truncated: r.IsTruncated })),
      );
      return devices.flatMap((d): VirtualMfaDevice[] =>
        d.SerialNumber
          ? [{ serialNumber: d.SerialNumber, userName: d.User?.UserName, enableDate: d.EnableDate }]
          : [],
      );
    },
    async mfaSession(serialNumber, code) {
      const out = await sts.send(
        new GetSessionTokenCommand({ SerialNumber: serialNumber, TokenCode: code, DurationSeconds: 900 }),
      );
      const c = out.Credentials;
      return createMfaDeviceApi(clients, {
        accessKeyId: c?.AccessKeyId ?? '',
        secretAccessKey: c?.SecretAccessKey ?? '',
        sessionToken: c?.SessionToken,
      });
    },
  };
}
