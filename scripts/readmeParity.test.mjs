import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareReadmes, readmeOutline } from './readmeParity.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const read = (name) => ({ name, markdown: readFileSync(new URL(`../${name}`, import.meta.url), 'utf8') });

describe('README.md and README.ja.md', () => {
  it('hold the same sections, commands, options, environment variables, exit codes and repository links', () => {
    expect(compareReadmes(read('README.md'), read('README.ja.md'), repoRoot)).toEqual([]);
  });

  it('are read for real: the outline of README.md is not empty', () => {
    // Guards the test above against a parser that finds nothing in either file.
    const outline = readmeOutline(read('README.md').markdown);
    expect(outline.headings.length).toBeGreaterThan(20);
    expect(outline.commands.length).toBeGreaterThan(50);
    expect(outline.options).toContain('--trusted-ip');
    expect(outline.exitCodes).toContain('130 CANCELLED');
    expect(outline.fileLinks).toContain('CONTRIBUTING.md');
  });
});

// A small pair of READMEs that agree, then one defect at a time, so each check is seen to fail.
const english = `# tool

[日本語](README.ja.md)

Intro.

## Try it

\`\`\`sh
npm run setup && pnpm install && pnpm demo   # the demo
pnpm test                                    # every test
\`\`\`

## Use

See [Exit codes](#exit-codes) and [CONTRIBUTING.md](CONTRIBUTING.md).

\`\`\`sh
# the admin side
awsmfa admin setup --group MyUsers \\
  --trusted-ip 203.0.113.0/24           # one command
eval "$(awsmfa env --profile dev)"      # bash, zsh
\`\`\`

Set \`AWSMFA_LANG=ja\`; \`--debug\` logs.

### Details

## Exit codes

| exit | code       | meaning |
| ---- | ---------- | ------- |
| 0    |            | success |
| 2    | \`USAGE\`    | usage   |
| 130  | \`CANCELLED\` | Ctrl-C |
`;

const japanese = `# tool

[English](README.md)

はじめに。

## 試す

\`\`\`sh
npm run setup && pnpm install && pnpm demo   # デモ
pnpm test                                    # すべてのテスト
\`\`\`

## 使い方

[終了コード](#終了コード)と[CONTRIBUTING.md](CONTRIBUTING.md)。

\`\`\`sh
# 管理者側
awsmfa admin setup --group MyUsers --trusted-ip 203.0.113.0/24   # 1 コマンド
eval "$(awsmfa env --profile dev)"      # bash、zsh
\`\`\`

\`AWSMFA_LANG=ja\` を設定。\`--debug\` でログ。

### 詳細

## 終了コード

| 終了 | コード      | 意味 |
| ---- | ---------- | ---- |
| 0    |            | 成功 |
| 2    | \`USAGE\`    | 使い方 |
| 130  | \`CANCELLED\` | Ctrl-C |
`;

const compare = (ja, en = english) =>
  compareReadmes({ name: 'README.md', markdown: en }, { name: 'README.ja.md', markdown: ja });

describe('compareReadmes', () => {
  it('accepts two READMEs that agree in everything but prose and comments', () => {
    expect(compare(japanese)).toEqual([]);
  });

  it('names a command missing from one README', () => {
    // The command held the only --profile of the page.
    expect(compare(japanese.replace(/^eval .*\n/m, ''))).toEqual([
      'command only in README.md: eval "$(awsmfa env --profile dev)"',
      'option only in README.md: --profile',
    ]);
  });

  it('names a command whose option differs', () => {
    expect(compare(japanese.replace('--profile dev', '--profile prod'))).toEqual([
      'command only in README.md: eval "$(awsmfa env --profile dev)"',
      'command only in README.ja.md: eval "$(awsmfa env --profile prod)"',
    ]);
  });

  it('names an option mentioned in only one of them', () => {
    expect(compare(japanese.replace('`--debug` でログ', 'ログ'))).toEqual([
      'option only in README.md: --debug',
    ]);
  });

  it('names an environment variable mentioned in only one of them', () => {
    expect(compare(japanese.replace('`AWSMFA_LANG=ja` を設定。', ''))).toEqual([
      'environment variable only in README.md: AWSMFA_LANG',
    ]);
  });

  it('finds a heading level that differs, and a missing section', () => {
    expect(compare(japanese.replace('### 詳細', '## 詳細'))[0]).toMatch(
      /^headings differ \(5 in README.md, 5 in README.ja.md\); first at heading 4: "### Details"/,
    );
    expect(compare(japanese.replace('### 詳細\n', ''))[0]).toMatch(/^headings differ \(5 in README.md, 4 in/);
  });

  it('finds an exit-code row that differs', () => {
    expect(compare(japanese.replace('| 2    | `USAGE`', '| 3    | `USAGE`'))).toEqual([
      'exit-code tables differ: README.md [0, 2 USAGE, 130 CANCELLED], README.ja.md [0, 3 USAGE, 130 CANCELLED]',
    ]);
  });

  it('finds a repository link in only one of them', () => {
    expect(compare(japanese.replace('と[CONTRIBUTING.md](CONTRIBUTING.md)', ''))).toEqual([
      'link to a repository file only in README.md: CONTRIBUTING.md',
    ]);
  });

  it('wants the start commands before the second section, in both', () => {
    const moved = japanese.replace('pnpm test                                    # すべてのテスト\n', '');
    expect(compare(`${moved}\n## 開発\n\n\`\`\`sh\npnpm test\n\`\`\`\n`)).toEqual([
      'headings differ (5 in README.md, 6 in README.ja.md); first at heading 6: none (README.md) vs "## 開発" (README.ja.md:35)',
      'README.ja.md does not start with `pnpm test` (in a code block before its second section)',
    ]);
  });

  it('wants each README to link to the other before its first section', () => {
    expect(compare(japanese.replace('[English](README.md)', 'English: see the repository'))).toEqual([
      'README.ja.md does not link to README.md before its first section',
    ]);
  });

  it('wants every #anchor to name a heading of the same README', () => {
    expect(compare(japanese.replace('(#終了コード)', '(#exit-codes)'))).toEqual([
      'README.ja.md links to #exit-codes, which is none of its headings',
    ]);
  });

  it('wants repository links to resolve', () => {
    const broken = (markdown) => markdown.replaceAll('(CONTRIBUTING.md)', '(CONTRIBUTE.md)');
    expect(
      compareReadmes(
        { name: 'README.md', markdown: broken(english) },
        { name: 'README.ja.md', markdown: broken(japanese) },
        repoRoot,
      ),
    ).toEqual([
      'README.md links to CONTRIBUTE.md, which is not in the repository',
      'README.ja.md links to CONTRIBUTE.md, which is not in the repository',
    ]);
  });
});
