// Replaced at build time by packages/cli/package.json's version (tsup.config.ts, vitest.config.ts).
declare const AWSMFA_VERSION: string;

/** This build's version: packages/cli/package.json's at build time, which a release sets. */
export const version: string = AWSMFA_VERSION;
