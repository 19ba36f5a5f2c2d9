// AWS CLI 2.9 sends the AssumeRole of a role profile (role_arn + source_profile) to the real STS:
// `--endpoint-url` reaches only the command's own client, and it ignores AWS_ENDPOINT_URL(_STS) and
// a profile's endpoint_url (2.13+ read those). botocore loads data files from ~/.aws/models before
// its own, so an endpoint rule set there that always answers the emulator's URL sends the CLI's
// internal STS client to the sandbox, for this HOME only.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The rule set /usr/bin/aws (Debian's awscli 2.9) ships for STS. */
const shippedRuleSet =
  '/usr/lib/python3/dist-packages/awscli/botocore/data/sts/2011-06-15/endpoint-rule-set-1.json';

/** Makes every STS call of `/usr/bin/aws` under `home` go to `endpoint`. */
export function pointAwsCliStsAt(home: string, endpoint: string): void {
  const ruleSet = JSON.parse(readFileSync(shippedRuleSet, 'utf8')) as { rules: unknown[] };
  // Same parameters as shipped (the CLI passes them all); one rule: always the emulator.
  ruleSet.rules = [
    { conditions: [], endpoint: { url: endpoint, properties: {}, headers: {} }, type: 'endpoint' },
  ];
  const folder = join(home, '.aws', 'models', 'sts', '2011-06-15');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  writeFileSync(join(folder, 'endpoint-rule-set-1.json'), JSON.stringify(ruleSet));
}
