import { AwsMfaError } from '../errors.js';
import { profileEditsText } from '../messages/en/profileEdits.js';

/** One page of an IAM listing: its items, and where the next page starts when truncated. */
export interface ListingPage<T> {
  items: T[];
  marker?: string | undefined;
  truncated?: boolean | undefined;
}

/**
 * Collects every page of a Marker/IsTruncated IAM listing (or another service's, e.g.
 * Organizations' NextToken, named by `service`). An endpoint that hands back the marker it was
 * given would page forever, so that is an error.
 *
 * @example const users = await listAll((marker) => iam.send(new ListUsersCommand({ Marker: marker })).then((r) => ({ items: r.Users ?? [], marker: r.Marker, truncated: r.IsTruncated })))
 */
export async function listAll<T>(
  page: (marker: string | undefined) => Promise<ListingPage<T>>,
  service = 'IAM',
): Promise<T[]> {
  const all: T[] = [];
  let marker: string | undefined;
  do {
    const result = await page(marker);
    for (const item of result.items) all.push(item);
    const next = result.truncated ? result.marker : undefined;
    if (next !== undefined && next === marker) {
      throw new AwsMfaError('SERVICE_ERROR', profileEditsText.pageMarkerLoop({ service }));
    }
    marker = next;
  } while (marker !== undefined);
  return all;
}
