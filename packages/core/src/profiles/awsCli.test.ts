// The AWS CLI itself (/usr/bin/aws, v2, and its bundled botocore parser) must read what awsmfa
// writes: generated files and edits through botocore's configloader, and real `aws configure`
// invocations on files edited by updateProfile.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editIniSection } from './ini/editIni.js';
import { iniEditScenario, oddEditScenario, oddIniText, renderIniFile } from './ini/iniArbitraries.js';
import { encodeIniText } from './ini/iniBytes.js';
import { iniModel, parseIni } from './ini/parseIni.js';
import { profilesOfFile } from './profileSection.js';
import { tempHome } from './testing.js';
import { updateProfile } from './updateProfile.js';

// Not the `aws` on PATH: that is a pyenv shim for AWS CLI v1.
const aws = '/usr/bin/aws';

// What the AWS CLI reads of a file: refused (raw_config_parse raises, nested blocks parsed as
// load_config does), else every section's raw settings and build_profile_map's profiles.
const botocoreRead = `
import json, sys
from awscli.botocore.configloader import raw_config_parse, build_profile_map
out = []
for path in json.load(sys.stdin):
    try:
        raw_config_parse(path)
        raw = raw_config_parse(path, parse_subsections=False)
        out.append({'sections': [[n, v] for n, v in raw.items()], 'profiles': [[n, v] for n, v in build_profile_map(raw)['profiles'].items()]})
    except Exception:
        out.append('refused')
print(json.dumps(out))
`;

/** What botocore reads of each text, written as its bytes (a lone surrogate is a byte that is not UTF-8). */
function botocoreReads(texts: readonly string[]): unknown[] {
  const { path } = tempHome();
  const files = texts.map((text, i) => {
    writeFileSync(path(`f${i}.ini`), encodeIniText(text));
    return path(`f${i}.ini`);
  });
  const output = execFileSync('/usr/bin/python3', ['-c', botocoreRead], {
    input: JSON.stringify(files),
    env: { PATH: '/usr/bin:/bin', PYTHONUTF8: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as unknown[];
}

/** The same, as awsmfa reads it. */
function awsmfaReads(text: string): unknown {
  const doc = parseIni(text);
  if (doc.problems.length > 0) return 'refused';
  return { sections: iniModel(doc), profiles: [...profilesOfFile('config', doc)] };
}

function runAws(args: string[], env: Record<string, string | undefined>): string {
  return execFileSync(aws, args, {
    env: { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', AWS_PAGER: '', ...env },
    encoding: 'utf8',
  });
}

// `npm run setup` installs the AWS CLI; a missing one fails these tests instead of skipping them.
describe('the AWS CLI reads what awsmfa writes', () => {
  it('botocore reads generated files, before and after any edit, as awsmfa does', () => {
    // As text (the comments' stray bytes as U+FFFD): the odd-files case below covers bytes.
    const wellFormed = (text: string) =>
      text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
    const texts = fc.sample(iniEditScenario, 150).flatMap(([f, target, edit]) => {
      const before = wellFormed(renderIniFile(f));
      return [before, editIniSection(before, target, edit)];
    });
    const botocore = botocoreReads(texts);
    texts.forEach((text, i) => {
      expect({ text, read: awsmfaReads(text) }).toEqual({ text, read: botocore[i] });
    });
  });

  it('botocore and awsmfa read odd files alike, edited or not: the same sections, settings and profiles, or both refuse them', () => {
    // Odd files, and odd files after an edit (those the editor did not refuse).
    const texts = [
      ...fc.sample(oddIniText, 300),
      ...fc.sample(oddEditScenario, 300).flatMap(([text, target, edit]) => {
        try {
          return [editIniSection(text, target, edit)];
        } catch {
          return [];
        }
      }),
    ];
    const botocore = botocoreReads(texts);
    texts.forEach((text, i) => {
      expect({ text, read: awsmfaReads(text) }).toEqual({ text, read: botocore[i] });
    });
  });

  it('aws configure get/list --profile read profiles that updateProfile wrote into a busy file', async () => {
    const { env, path } = tempHome({
      '.aws/config':
        '# managed by hand\r\n[default]\r\nregion = us-east-1\r\n\r\n[profile dev]\r\ns3 =\r\n  addressing_style = path\r\n; trailing comment',
      '.aws/credentials': '[other]\naws_access_key_id = AKIAOTHEROTHEROTHER1\naws_secret_access_key = x',
    });
    const awsEnv = {
      ...env,
      AWS_CONFIG_FILE: path('.aws/config'),
      AWS_SHARED_CREDENTIALS_FILE: path('.aws/credentials'),
    };
    await updateProfile({
      env,
      file: 'config',
      profile: 'dev',
      set: { region: 'eu-west-3', mfa_serial: 'arn:aws:iam::123456789012:mfa/alice' },
    });
    await updateProfile({
      env,
      file: 'credentials',
      profile: 'dev',
      set: {
        aws_access_key_id: 'AKIAIOSFODNN7EXAMPLE',
        aws_secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      },
    });
    await updateProfile({ env, file: 'config', profile: 'fresh', set: { region: 'ap-south-1' } });

    expect(runAws(['configure', 'get', 'region', '--profile', 'dev'], awsEnv).trim()).toBe('eu-west-3');
    expect(runAws(['configure', 'get', 'mfa_serial', '--profile', 'dev'], awsEnv).trim()).toBe(
      'arn:aws:iam::123456789012:mfa/alice',
    );
    expect(runAws(['configure', 'get', 'region', '--profile', 'fresh'], awsEnv).trim()).toBe('ap-south-1');
    expect(runAws(['configure', 'get', 'region'], awsEnv).trim()).toBe('us-east-1');
    const list = runAws(['configure', 'list', '--profile', 'dev'], awsEnv);
    expect(list).toMatch(/access_key\s+\*+MPLE\s+shared-credentials-file/);
    expect(list).toMatch(/region\s+eu-west-3\s+config-file/);
    expect(runAws(['configure', 'get', 'aws_access_key_id', '--profile', 'other'], awsEnv).trim()).toBe(
      'AKIAOTHEROTHEROTHER1',
    );
  }, 90_000); // seven runs of the Python AWS CLI: about 2 s each when idle, 4 s or more under the whole suite's load
});
