// The Japanese catalogue: one module per area of messages/en, loaded only when the user's
// language is Japanese (loadJapanese). Wording follows the AWS Management Console in Japanese
// (アクセスキー, 仮想 MFA デバイス, 信頼された IP, セッション, ロール, プロファイル), so users recognise it.
import type { Translation } from '../defineMessages.js';
import type { english } from '../en/index.js';
import { admin } from './admin.js';
import { audit } from './audit.js';
import { auditHelp } from './auditHelp.js';
import { aws } from './aws.js';
import { awsFiles } from './awsFiles.js';
import { cache } from './cache.js';
import { chain } from './chain.js';
import { cidr } from './cidr.js';
import { cli } from './cli.js';
import { completionHelp } from './completionHelp.js';
import { device } from './device.js';
import { deviceHelp } from './deviceHelp.js';
import { duration } from './duration.js';
import { endpoints } from './endpoints.js';
import { enroll } from './enroll.js';
import { enrollHelp } from './enrollHelp.js';
import { hookHelp } from './hookHelp.js';
import { import_ } from './importCsv.js';
import { keyring } from './keyring.js';
import { keyStore } from './keyStore.js';
import { keys } from './keys.js';
import { keysCli } from './keysCli.js';
import { mainHelp } from './mainHelp.js';
import { mfaCode } from './mfaCode.js';
import { policy } from './policy.js';
import { policyCli } from './policyCli.js';
import { policyHelp } from './policyHelp.js';
import { profileEdits } from './profileEdits.js';
import { profiles } from './profiles.js';
import { profilesCli } from './profilesCli.js';
import { sandboxHelp } from './sandboxHelp.js';
import { session } from './session.js';
import { sessionCli } from './sessionCli.js';
import { sessionHelp } from './sessionHelp.js';
import { sessionReport } from './sessionReport.js';
import { status } from './status.js';
import { usage } from './usage.js';
import { yargs } from './yargs.js';

/** Japanese for every area and name of the English catalogue; one missing fails `tsc`. */
export type Japanese = { readonly [Area in keyof typeof english]: Translation<(typeof english)[Area]> };

/** The whole Japanese catalogue. */
export const japanese: Japanese = {
  admin,
  audit,
  auditHelp,
  aws,
  awsFiles,
  cache,
  chain,
  cidr,
  cli,
  completionHelp,
  device,
  deviceHelp,
  duration,
  endpoints,
  enroll,
  enrollHelp,
  hookHelp,
  import: import_,
  keyStore,
  keyring,
  keys,
  keysCli,
  mainHelp,
  mfaCode,
  policy,
  policyCli,
  policyHelp,
  profileEdits,
  profiles,
  profilesCli,
  sandboxHelp,
  session,
  sessionCli,
  sessionHelp,
  sessionReport,
  status,
  usage,
  yargs,
};
