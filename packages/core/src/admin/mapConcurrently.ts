/**
 * Maps `items` through `work` with at most `limit` calls in flight, keeping the input order in
 * the result. The first failure rejects; calls already started run to their end.
 *
 * @example const sizes = await mapConcurrently(accounts, 4, (account) => audit(account))
 */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
