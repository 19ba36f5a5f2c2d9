import {
  GetAccessKeyLastUsedCommand,
  ListAccessKeysCommand,
  ListMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { listAll } from '../aws/listAll.js';
import type { AuditAccessKey } from './adminAudit.js';
import { callIam, type IamClient } from './iamCall.js';

/** The user's access keys with their age and last use: ListAccessKeys, then GetAccessKeyLastUsed per key. */
export async function listAuditAccessKeys(
  iam: IamClient,
  userName: string,
  now: Date,
): Promise<AuditAccessKey[]> {
  const target = `user ${userName}`;
  const keys = await listAll((marker) =>
    callIam({ action: 'iam:ListAccessKeys', target }, () =>
      iam.send(new ListAccessKeysCommand({ UserName: userName, Marker: marker })),
    ).then((r) => ({ items: r.AccessKeyMetadata ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  const audited: AuditAccessKey[] = [];
  for (const key of keys) {
    if (!key.AccessKeyId) continue;
    const accessKeyId = key.AccessKeyId;
    const lastUsed = await callIam({ action: 'iam:GetAccessKeyLastUsed', target }, () =>
      iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId })),
    );
    const used = lastUsed.AccessKeyLastUsed?.LastUsedDate;
    const service = lastUsed.AccessKeyLastUsed?.ServiceName;
    audited.push(
      auditAccessKey({
        accessKeyId,
        status: key.Status ?? 'Unknown',
        created: key.CreateDate,
        lastUsed: used,
        service: service && service !== 'N/A' ? service : undefined,
        now,
      }),
    );
  }
  return audited;
}

/** An access key as the audit reports it, with its age in whole days at `now`. */
export function auditAccessKey(key: {
  accessKeyId: string | undefined;
  status: string;
  created: Date | undefined;
  lastUsed: Date | undefined;
  service: string | undefined;
  now: Date;
}): AuditAccessKey {
  const created = key.created ? new Date(key.created) : undefined;
  return {
    ...(key.accessKeyId === undefined ? {} : { accessKeyId: key.accessKeyId }),
    status: key.status,
    createDate: created?.toISOString(),
    ageDays: created ? Math.floor((key.now.getTime() - created.getTime()) / 86_400_000) : undefined,
    lastUsedDate: key.lastUsed ? new Date(key.lastUsed).toISOString() : undefined,
    lastUsedService: key.service,
  };
}

/** Serial numbers of the user's enabled MFA devices, of every kind (ListMFADevices). */
export async function listUserMfaSerials(iam: IamClient, userName: string): Promise<string[]> {
  const devices = await listAll((marker) =>
    callIam({ action: 'iam:ListMFADevices', target: `user ${userName}` }, () =>
      iam.send(new ListMFADevicesCommand({ UserName: userName, Marker: marker })),
    ).then((r) => ({ items: r.MFADevices ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  return devices.flatMap((device) => (device.SerialNumber ? [device.SerialNumber] : []));
}
