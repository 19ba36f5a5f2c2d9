import { createRequire } from 'node:module';
import { Language, type Node, Parser } from 'web-tree-sitter';

const require = createRequire(import.meta.url);

/** The tree-sitter PowerShell grammar, loaded once: a parser for syntax checks and lints. */
export async function loadPwshParser(): Promise<Parser> {
  await Parser.init();
  const parser = new Parser();
  parser.setLanguage(
    await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm')),
  );
  return parser;
}

/** A `$global:` variable read before any assignment to it, in the order of the text. */
export interface EarlyGlobalRead {
  name: string;
  line: number;
}

/**
 * Lints a script for `Set-StrictMode`: every read of `$global:NAME` must come after an assignment
 * to it earlier in the text, since strict mode throws on a variable that does not exist yet.
 * Function bodies run later than the code after them, so text order is the conservative reading
 * for a script that defines functions first and runs them from the prompt.
 */
export function earlyGlobalReads(parser: Parser, source: string): EarlyGlobalRead[] {
  const tree = parser.parse(source);
  if (!tree) throw new Error('tree-sitter could not parse the script');
  const assigned = new Set<string>();
  const early: EarlyGlobalRead[] = [];
  const visit = (node: Node, inAssignmentTarget: boolean) => {
    if (node.type === 'variable') {
      const name = node.text
        .replace(/^[$@]\{?/, '')
        .replace(/\}$/, '')
        .toLowerCase();
      if (name.startsWith('global:')) {
        if (inAssignmentTarget) assigned.add(name);
        else if (!assigned.has(name)) early.push({ name: `$${name}`, line: node.startPosition.row + 1 });
      }
    }
    // The right-hand side is evaluated before the target is assigned.
    const children = [...node.children].filter((child): child is Node => child !== null);
    const ordered =
      node.type === 'assignment_expression'
        ? [
            ...children.filter((c) => c.type !== 'left_assignment_expression'),
            ...children.filter((c) => c.type === 'left_assignment_expression'),
          ]
        : children;
    for (const child of ordered)
      visit(child, inAssignmentTarget || child.type === 'left_assignment_expression');
  };
  visit(tree.rootNode, false);
  return early;
}
