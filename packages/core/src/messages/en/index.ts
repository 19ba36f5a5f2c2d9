// Every area of the catalogue, English. Each area is its own module so that a bundle holds only
// the texts it can show (dist/cli.js: the session report line). messages/ja mirrors this list.
import { adminText } from './admin.js';
import { auditText } from './audit.js';
import { auditHelpText } from './auditHelp.js';
import { awsText } from './aws.js';
import { awsFilesText } from './awsFiles.js';
import { cacheText } from './cache.js';
import { chainText } from './chain.js';
import { cidrText } from './cidr.js';
import { cliText } from './cli.js';
import { completionHelpText } from './completionHelp.js';
import { deviceText } from './device.js';
import { deviceHelpText } from './deviceHelp.js';
import { durationText } from './duration.js';
import { endpointsText } from './endpoints.js';
import { enrollText } from './enroll.js';
import { enrollHelpText } from './enrollHelp.js';
import { hookHelpText } from './hookHelp.js';
import { importText } from './importCsv.js';
import { keyringText } from './keyring.js';
import { keyStoreText } from './keyStore.js';
import { keysText } from './keys.js';
import { keysCliText } from './keysCli.js';
import { mainHelpText } from './mainHelp.js';
import { mfaCodeText } from './mfaCode.js';
import { policyText } from './policy.js';
import { policyCliText } from './policyCli.js';
import { policyHelpText } from './policyHelp.js';
import { profileEditsText } from './profileEdits.js';
import { profilesText } from './profiles.js';
import { profilesCliText } from './profilesCli.js';
import { sandboxHelpText } from './sandboxHelp.js';
import { sessionText } from './session.js';
import { sessionCliText } from './sessionCli.js';
import { sessionHelpText } from './sessionHelp.js';
import { sessionReportText } from './sessionReport.js';
import { statusText } from './status.js';
import { usageText } from './usage.js';
import { yargsText } from './yargs.js';

/** The whole English catalogue, by area: what messages/ja must translate, name for name. */
export const english = {
  admin: adminText,
  audit: auditText,
  auditHelp: auditHelpText,
  aws: awsText,
  awsFiles: awsFilesText,
  cache: cacheText,
  chain: chainText,
  cidr: cidrText,
  cli: cliText,
  completionHelp: completionHelpText,
  device: deviceText,
  deviceHelp: deviceHelpText,
  duration: durationText,
  endpoints: endpointsText,
  enroll: enrollText,
  enrollHelp: enrollHelpText,
  hookHelp: hookHelpText,
  import: importText,
  keyStore: keyStoreText,
  keyring: keyringText,
  keys: keysText,
  keysCli: keysCliText,
  mainHelp: mainHelpText,
  mfaCode: mfaCodeText,
  policy: policyText,
  policyCli: policyCliText,
  policyHelp: policyHelpText,
  profileEdits: profileEditsText,
  profiles: profilesText,
  profilesCli: profilesCliText,
  sandboxHelp: sandboxHelpText,
  session: sessionText,
  sessionCli: sessionCliText,
  sessionHelp: sessionHelpText,
  sessionReport: sessionReportText,
  status: statusText,
  usage: usageText,
  yargs: yargsText,
};
