/** An extra Node version `npm run setup` installs, and where its binary lands. */
export interface TestNode {
  version: string;
  major: number;
  /** Whether awsmfa runs on it (package.json "engines"); an unsupported one must be refused. */
  supported: boolean;
  prefix: string;
  bin: string;
}

/** The pinned extra Node versions (scripts/testNodes.mjs). */
export const testNodes: readonly TestNode[];

/** Installs the missing ones. */
export function installTestNodes(): Promise<void>;
