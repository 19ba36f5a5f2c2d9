/** The errno code of a file-system error (`EACCES` …), else its message: for one-line notices. */
export function errnoOf(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
