/** An extra Node version `npm run setup` installs, and where its binary lands. */
export interface TestNode {
  version: string;
  major: number;
  prefix: string;
  bin: string;
}

/** The pinned extra Node versions (scripts/testNodes.mjs). */
export const testNodes: readonly TestNode[];

/** Installs the missing ones. */
export function installTestNodes(): Promise<void>;
