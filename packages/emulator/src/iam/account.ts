// Account-wide reports for audits: GenerateCredentialReport and GetCredentialReport.
import type { ActionTable } from '../action.js';
import { ServiceError } from '../serviceError.js';
import { arns, type State } from '../state.js';

const columns = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
];

/** The report's timestamp format: `2024-05-01T12:00:00+00:00`. */
const reportTime = (iso: string) => iso.replace(/\.\d{3}Z$/, '+00:00').replace(/Z$/, '+00:00');

/** The credential report CSV. The sandbox has no root user, so there is no `<root_account>` row. */
function credentialReport(state: State, accountId: string): string {
  const rows = Object.values(state.users)
    .sort((a, b) => a.userName.localeCompare(b.userName))
    .map((user) => {
      const keys = Object.values(state.accessKeys).filter((key) => key.userName === user.userName);
      const mfaActive = Object.values(state.mfaDevices).some((device) => device.userName === user.userName);
      const keyColumns = [0, 1].flatMap((i) => {
        const key = keys[i];
        if (!key) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
        return [
          String(key.status === 'Active'),
          reportTime(key.createDate),
          key.lastUsed ? reportTime(key.lastUsed.date) : 'N/A',
          key.lastUsed?.region ?? 'N/A',
          key.lastUsed?.service ?? 'N/A',
        ];
      });
      return [
        user.userName,
        arns.user(accountId, user),
        reportTime(user.createDate),
        'false',
        'N/A',
        'N/A',
        'N/A',
        String(mfaActive),
        ...keyColumns,
        'false',
        'N/A',
        'false',
        'N/A',
      ].join(',');
    });
  return [columns.join(','), ...rows].join('\n');
}

export const accountActions: ActionTable = {
  GenerateCredentialReport: {
    permission: 'iam:GenerateCredentialReport',
    run({ runtime, now }) {
      runtime.state.credentialReport = { generatedTime: now.toISOString() };
      return { State: 'COMPLETE', Description: 'Report generated' };
    },
  },

  GetCredentialReport: {
    permission: 'iam:GetCredentialReport',
    run({ runtime }) {
      const generated = runtime.state.credentialReport;
      if (!generated) {
        throw new ServiceError(
          'ReportNotPresent',
          'Unable to find a credential report. Please generate one.',
          410,
        );
      }
      // Built at read time from the current state: the sandbox has no report lag.
      return {
        Content: Buffer.from(credentialReport(runtime.state, runtime.accountId)).toString('base64'),
        ReportFormat: 'text/csv',
        GeneratedTime: new Date(generated.generatedTime),
      };
    },
  },
};
