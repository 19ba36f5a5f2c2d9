// README.md and README.ja.md describe the same tool for two audiences (issue #14): the Japanese one
// is written, not translated word for word, so its prose may differ, but what a reader types or
// looks up must not. This reads what must agree out of a README and names each disagreement;
// scripts/readmeParity.test.mjs runs it on the two real files.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The commands a fresh clone starts with; the brief wants them at the top of every README. */
export const startCommands = ['npm run setup && pnpm install && pnpm demo', 'pnpm test'];

/** The other README each one links to at its top. */
const otherReadme = { 'README.md': 'README.ja.md', 'README.ja.md': 'README.md' };

/**
 * @typedef {{ level: number, text: string, line: number }} Heading
 * @typedef {{ info: string, lines: string[], startLine: number }} CodeBlock
 * @typedef {{
 *   headings: Heading[], codeBlocks: CodeBlock[], commands: string[], options: string[],
 *   environment: string[], exitCodes: string[], fileLinks: string[], anchors: string[],
 *   top: { commands: string[], links: string[] },
 * }} ReadmeOutline
 */

/**
 * What must agree between the READMEs, read out of one of them.
 *
 * @param {string} markdown
 * @returns {ReadmeOutline}
 */
export function readmeOutline(markdown) {
  const lines = markdown.split(/\r?\n/);
  /** @type {Heading[]} */
  const headings = [];
  /** @type {CodeBlock[]} */
  const codeBlocks = [];
  /** @type {string[]} */
  const prose = [];
  /** @type {CodeBlock | undefined} */
  let open;
  let fence = '';
  lines.forEach((line, index) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (open) {
      if (fenceMatch && fenceMatch[1] === fence && line.trim() === fence) {
        codeBlocks.push(open);
        open = undefined;
      } else open.lines.push(line);
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      open = { info: fenceMatch[2], lines: [], startLine: index + 1 };
      return;
    }
    prose.push(line);
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) headings.push({ level: heading[1].length, text: heading[2], line: index + 1 });
  });

  const commands = codeBlocks.flatMap((block) => commandLines(block.lines));
  const secondSection = headings.filter((h) => h.level === 2)[1]?.line ?? lines.length + 1;
  const topBlocks = codeBlocks.filter((block) => block.startLine < secondSection);
  const topProse = lines.slice(0, headings.find((h) => h.level === 2)?.line ?? lines.length).join('\n');
  return {
    headings,
    codeBlocks,
    commands: unique(commands),
    options: unique(markdown.match(/(?<![\w-])--[a-z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*/g) ?? []),
    environment: unique(markdown.match(/(?<!\w)(?:AWSMFA|AWS)_[A-Z0-9_]*[A-Z0-9]/g) ?? []),
    exitCodes: exitCodeRows(lines),
    fileLinks: unique(
      [...linkTargets(prose.join('\n')), ...repoPathsInBackticks(markdown)].filter(
        (target) => !Object.hasOwn(otherReadme, target),
      ),
    ),
    anchors: linkTargets(prose.join('\n'), { anchors: true }),
    top: {
      commands: topBlocks.flatMap((block) => commandLines(block.lines)),
      links: linkTargets(topProse),
    },
  };
}

/**
 * Every disagreement between the English and the Japanese README (empty when they agree), plus
 * what each must hold by itself: the start commands at its top, a link to the other one there,
 * repository links that resolve, and `#anchor` links that name one of its own headings.
 *
 * @param {{ name: string, markdown: string }} english
 * @param {{ name: string, markdown: string }} japanese
 * @param {string} [repoRoot] where relative links must resolve; skipped when absent
 * @returns {string[]}
 */
export function compareReadmes(english, japanese, repoRoot) {
  const en = readmeOutline(english.markdown);
  const ja = readmeOutline(japanese.markdown);
  const problems = [];

  const shape = (outline) => outline.headings.map((h) => '#'.repeat(h.level)).join(' ');
  if (shape(en) !== shape(ja)) {
    const longest = Math.max(en.headings.length, ja.headings.length);
    const at = Array.from({ length: longest }, (_, i) => i).find(
      (i) => en.headings[i]?.level !== ja.headings[i]?.level,
    );
    const ours = en.headings[at];
    const theirs = ja.headings[at];
    problems.push(
      `headings differ (${en.headings.length} in ${english.name}, ${ja.headings.length} in ${japanese.name}); ` +
        `first at heading ${at + 1}: ${describe(ours, english.name)} vs ${describe(theirs, japanese.name)}`,
    );
  }
  for (const [what, key] of [
    ['command', 'commands'],
    ['option', 'options'],
    ['environment variable', 'environment'],
    ['link to a repository file', 'fileLinks'],
  ]) {
    for (const item of difference(en[key], ja[key]))
      problems.push(`${what} only in ${english.name}: ${item}`);
    for (const item of difference(ja[key], en[key]))
      problems.push(`${what} only in ${japanese.name}: ${item}`);
  }
  if (en.exitCodes.join('\n') !== ja.exitCodes.join('\n'))
    problems.push(
      `exit-code tables differ: ${english.name} [${en.exitCodes.join(', ')}], ${japanese.name} [${ja.exitCodes.join(', ')}]`,
    );
  if (en.exitCodes.length === 0) problems.push(`${english.name} has no exit-code table`);

  for (const [readme, outline] of [
    [english, en],
    [japanese, ja],
  ]) {
    for (const command of startCommands)
      if (!outline.top.commands.includes(command))
        problems.push(
          `${readme.name} does not start with \`${command}\` (in a code block before its second section)`,
        );
    const other = otherReadme[readme.name];
    if (other && !outline.top.links.includes(other))
      problems.push(`${readme.name} does not link to ${other} before its first section`);
    const slugs = headingSlugs(outline.headings);
    for (const anchor of outline.anchors)
      if (!slugs.has(anchor))
        problems.push(`${readme.name} links to #${anchor}, which is none of its headings`);
    if (repoRoot)
      for (const target of outline.fileLinks)
        if (!existsSync(join(repoRoot, target)))
          problems.push(`${readme.name} links to ${target}, which is not in the repository`);
  }
  return problems;
}

/** The lines of a code block that are commands: `#` comments and blank lines dropped, `\` continuations joined. */
function commandLines(blockLines) {
  const joined = blockLines.join('\n').replace(/\\\n\s*/g, ' ');
  return joined
    .split('\n')
    .map((line) =>
      line
        .replace(/(^|\s)#(\s.*|$)/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '');
}

/** The rows of the exit-code table, as `EXIT CODE` (`0` for success, which has no code). */
function exitCodeRows(lines) {
  return lines.flatMap((line) => {
    const row = /^\|\s*(\d+)\s*\|\s*(?:`([A-Z_]+)`)?\s*\|/.exec(line);
    return row ? [row[2] ? `${row[1]} ${row[2]}` : row[1]] : [];
  });
}

/**
 * Targets of Markdown links: relative file paths (fragment dropped), or with `anchors` the
 * fragments of same-page links. Web addresses are neither.
 */
function linkTargets(text, { anchors = false } = {}) {
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]);
  if (anchors) return targets.filter((t) => t.startsWith('#')).map((t) => decodeURIComponent(t.slice(1)));
  return targets.filter((t) => !t.startsWith('#') && !/^[a-z]+:/i.test(t)).map((t) => t.replace(/#.*/, ''));
}

/** Repository paths quoted in backticks, e.g. `packages/shell/src/quote.ts` (not `packages/shell/hooks/{bash.sh,…}`). */
function repoPathsInBackticks(text) {
  return [...text.matchAll(/`((?:packages|scripts|\.github)\/[\w./-]+)`/g)].map((match) => match[1]);
}

/** The `#fragment` GitHub gives each heading: lower case, punctuation dropped, spaces as `-`, repeats numbered. */
function headingSlugs(headings) {
  const seen = new Map();
  const slugs = new Set();
  for (const heading of headings) {
    const base = heading.text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    slugs.add(count === 0 ? base : `${base}-${count}`);
  }
  return slugs;
}

function describe(heading, name) {
  return heading
    ? `"${'#'.repeat(heading.level)} ${heading.text}" (${name}:${heading.line})`
    : `none (${name})`;
}

function unique(items) {
  return [...new Set(items)].sort();
}

function difference(items, others) {
  const present = new Set(others);
  return items.filter((item) => !present.has(item));
}
