// Every text awsmfa shows a person comes from the message catalogue (core/src/messages), where
// each one has its Japanese: no prose literal in the sources outside it, no Message interpolated
// into a template as if it were a string, and the cache-hit bundle holding only the areas it needs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packages = fileURLToPath(new URL('../../', import.meta.url));

function sources(...dirs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      // The catalogue itself, and code only tests run (testing folders, property tests' arbitraries).
      if (statSync(path).isDirectory()) {
        if (name !== 'messages' && name !== 'testing') walk(path);
      } else if (name.endsWith('.ts') && !/\.test\.ts$|Arbitraries\.ts$/.test(name)) files.push(path);
    }
  };
  for (const dir of dirs) walk(join(packages, dir));
  return files;
}

/**
 * Literals that look like prose but are no message, each with why (file → text it contains).
 * Machine text, AWS's own words and shell code stay as they are in every language.
 */
const notMessages: Record<string, Array<[fragment: string, why: string]>> = {
  'core/src/admin/accessKeyCsv.ts': [
    ['User name,Password,Access key ID', "the IAM console's CSV header, which awsmfa import reads"],
    ['access key id', 'a CSV column name matched case-insensitively'],
  ],
  'core/src/admin/adminAudit.ts': [
    [
      'The trusted IPs cover every address probed',
      "an audited user's explanation, as --json and CSV print it",
    ],
  ],
  'core/src/admin/readAccountAuthorization.ts': [
    ['the account', "a managed policy's attachedTo: where it was described, data"],
  ],
  'core/src/admin/adminSetup.ts': [
    ['Assumable by the account only with MFA', "the role's description stored in IAM"],
  ],
  'core/src/aws/queryStsAction.ts': [
    ['<Error><Code>InvalidResponse', 'an AWS-shaped error for translateAwsError'],
  ],
  'core/src/aws/signSigV4.ts': [['application/x-www-form-urlencoded', 'an HTTP header']],
  'core/src/enroll/otpauthUri.ts': [
    ['Amazon Web Services', 'the issuer authenticator apps show, as IAM writes it'],
  ],
  'core/src/import/parseAccessKeyCsv.ts': [
    ['user name', 'CSV column names matched case-insensitively'],
    ['access key', 'CSV column names matched case-insensitively'],
    ['secret access key', 'CSV column names matched case-insensitively'],
    ['secret key', 'CSV column names matched case-insensitively'],
    ['"User name"', 'CSV column names as the console writes them'],
    ['"Access key ID"', 'CSV column names as the console writes them'],
    ['"Secret access key"', 'CSV column names as the console writes them'],
  ],
  'core/src/import/testKeys.ts': [
    ['User name,Password,Access key ID', 'a CSV fixture for tests'],
    ['Access key ID,Secret access key', 'a CSV fixture for tests'],
  ],
  'core/src/policy/denialMessage.ts': [
    ['denialMessage called for an allowed request', 'an internal fault (a bug), reported with its stack'],
    ['is not authorized to perform', "AWS's own AccessDenied wording, which the sandbox answers with"],
    ['with an explicit deny', "AWS's own AccessDenied wording"],
    ['because no identity-based policy allows', "AWS's own AccessDenied wording"],
  ],
  'core/src/policy/evaluateTrustPolicy.ts': [
    ['trust policy', 'the name of the evaluated policy, never shown'],
  ],
  'core/src/policy/managed/administratorAccess.ts': [
    ['Provides full access', "AWS's description of its managed policy"],
  ],
  'core/src/policy/managed/iamUserChangePassword.ts': [
    ['Provides the ability', "AWS's description of its managed policy"],
  ],
  'core/src/policy/managed/powerUserAccess.ts': [
    ['Provides full access', "AWS's description of its managed policy"],
  ],
  'core/src/profiles/testing.ts': [['const { updateProfile }', 'a script tests run']],
  'core/src/keys/testing.ts': [['test passphrase', 'a test fixture']],
  'cli/src/commands/status.ts': [
    ['source session', "a value of status --json's identity.via"],
    ['long-term keys', "a value of status --json's identity.via and shell.kind"],
  ],
  'cli/src/commands/admin/auditOrganization.ts': [
    ['from AWS_ACCESS_KEY_ID', 'stands for the profile name in errors, which --json prints'],
    ['admin audit --org', 'a command, where errors name the source of a duration'],
  ],
  'cli/src/commands/sandbox.ts': [
    ['# awsmfa sandbox: local IAM', 'shell code on stdout, the same in every language'],
    ['# admin user with AdministratorAccess', 'shell code on stdout, the same in every language'],
    ['members are entered with AssumeRole', 'shell code on stdout, the same in every language'],
    ['export AWS_', 'shell code on stdout'],
    ['unset AWS_SESSION_TOKEN AWS_PROFILE', 'shell code on stdout'],
    ['# AWS CLI 2.9 ignores AWS_ENDPOINT_URL', 'shell code on stdout, the same in every language'],
    ['#   aws --endpoint-url', 'shell code on stdout'],
  ],
  'cli/src/commands/setupCredentialProcess.ts': [['aws --profile', 'a command line']],
  'cli/src/completion/bash.ts': [
    ['# awsmfa completion for bash', 'a shell script, the same in every language'],
  ],
  'cli/src/completion/fish.ts': [
    ['# awsmfa completion for fish', 'a shell script, the same in every language'],
  ],
  'cli/src/completion/pwsh.ts': [
    ['# awsmfa completion for PowerShell', 'a shell script, the same in every language'],
  ],
  'cli/src/completion/zsh.ts': [
    ['# awsmfa completion for zsh', 'a shell script, the same in every language'],
  ],
  'cli/src/openSession.ts': [['awsmfa: debug:', 'a --debug line, for developers']],
  'cli/src/loadBundle.ts': [['(function (exports, require, module', "Node's CommonJS wrapper"]],
};

// Two words of letters in a row: prose, not a key, flag or path.
const prose = /[A-Za-z]{2,}[,;:]? +[A-Za-z]{2,}/;
// Command lines shown as they are typed (examples, hints' commands).
const commandLine = /^\s*(\$0 |awsmfa |aws |eval |pbpaste|AWSMFA_|[A-Z_]+=)/;

/** Prose literals in `file` that are not in the catalogue, as `file:line text`. */
function proseLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const name = relative(packages, file);
  const allowed = notMessages[name] ?? [];
  const found: string[] = [];
  const exempt = (node: ts.Node) => {
    for (let parent = node.parent; parent; parent = parent.parent) {
      if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
      // Internal faults (a bug, reported with its stack) and --debug lines are for developers.
      if (ts.isNewExpression(parent) && parent.expression.getText(source) === 'Error') return true;
      if (ts.isCallExpression(parent)) {
        const callee = parent.expression.getText(source);
        if (/(^|\.)debug$/.test(callee)) return true;
        const first = parent.arguments[0];
        if (/\.example$/.test(callee) && first && first.pos <= node.pos && node.end <= first.end) return true;
      }
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node))
      text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…');
    if (
      text !== undefined &&
      prose.test(text) &&
      !commandLine.test(text) &&
      !exempt(node) &&
      !allowed.some(([fragment]) => text.includes(fragment))
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${name}:${line} ${JSON.stringify(text).slice(0, 100)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the message catalogue covers the sources', () => {
  it('no prose literal outside the catalogue in core and the CLI', () => {
    const found = sources('core/src', 'cli/src').flatMap(proseLiterals);
    expect(found).toEqual([]);
  });

  it('the scan finds a prose literal, and lets a command line and an allowed one pass', () => {
    const probe = join(packages, 'cli/src/__probe__.ts');
    const text = [
      "terminal.stderr.write('Deleted the device of alice.');",
      "yargs.example('awsmfa enroll --profile dev', userText(t.x()));",
      "debug('opening the keys of profile dev');",
    ].join('\n');
    const source = ts.createSourceFile(probe, text, ts.ScriptTarget.Latest, true);
    const literals: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) && prose.test(node.text) && !commandLine.test(node.text)) {
        const inDebug =
          ts.isCallExpression(node.parent) && node.parent.expression.getText(source) === 'debug';
        if (!inDebug) literals.push(node.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(literals).toEqual(['Deleted the device of alice.']);
  });

  it('no Message is interpolated into a template literal as if it were text (it would print [object Object])', () => {
    const files = sources('core/src', 'cli/src');
    const probe = join(packages, 'cli/src/__probe__.ts');
    const probeText =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source holding the template the scan must find
      "import { cliText } from '@awsmfa/core';\nexport const line = `${cliText.errorLabel()} x`;\n";
    const config = ts.getParsedCommandLineOfConfigFile(
      join(packages, 'cli/tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => {},
      },
    )!;
    const host = ts.createCompilerHost(config.options);
    const readFile = host.readFile.bind(host);
    host.readFile = (path) => (path === probe ? probeText : readFile(path));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (path) => path === probe || fileExists(path);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (path, language) =>
      path === probe ? ts.createSourceFile(path, probeText, language) : getSourceFile(path, language);
    const program = ts.createProgram([...files, probe], { ...config.options, noEmit: true }, host);
    const checker = program.getTypeChecker();
    const isMessage = (type: ts.Type) =>
      (type.isUnion() ? type.types : [type]).some(
        (part) => part.getProperty('english') && part.getProperty('key') && part.getProperty('params'),
      );
    const found: string[] = [];
    for (const source of program.getSourceFiles()) {
      if (source.fileName !== probe && !files.includes(source.fileName)) continue;
      const visit = (node: ts.Node) => {
        if (ts.isTemplateExpression(node)) {
          for (const span of node.templateSpans) {
            if (isMessage(checker.getTypeAtLocation(span.expression))) {
              const line = source.getLineAndCharacterOfPosition(span.expression.getStart()).line + 1;
              found.push(`${relative(packages, source.fileName)}:${line} ${span.expression.getText(source)}`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    // The probe proves the check can fail; nothing else may be found.
    expect(found).toEqual(['cli/src/__probe__.ts:2 cliText.errorLabel()']);
  }, 120_000);

  it('the cache-hit bundle (dist/cli.js) holds only the catalogue areas it can show', () => {
    const bundle = join(packages, 'cli/dist/cli.js');
    expect(existsSync(bundle), 'run pnpm build first').toBe(true);
    const text = readFileSync(bundle, 'utf8');
    const english = [...text.matchAll(/defineMessages\("(\w+)"/g)].map((match) => match[1]).sort();
    // Its own lines (the Node check, the report line) and the errors of what a cache hit reads.
    expect(english).toEqual([
      'awsFiles',
      'cache',
      'chain',
      'cidr',
      'cli',
      'duration',
      'endpoints',
      'keyStore',
      'mfaCode',
      'profiles',
      'sessionReport',
    ]);
    // Japanese only for the lines it prints itself; the rest of messages/ja stays out.
    const japanese = [...text.matchAll(/\/\/ \.\.\/core\/src\/messages\/ja\/(\w+)\.ts/g)]
      .map((m) => m[1])
      .sort();
    expect(japanese).toEqual(['cli', 'sessionReport']);
  });
});
