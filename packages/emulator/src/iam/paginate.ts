// IAM's pagination: `MaxItems` (default 100, 1–1000), `IsTruncated`, and an opaque `Marker` that
// says where the next page starts. The marker holds the last key served, not an offset, so a page
// stays right when entities are added or deleted between calls, as IAM's do.
import type { ActionRequest } from '../action.js';
import { pageAfter, readPageToken } from '../pageAfter.js';
import { ServiceError, validationError } from '../serviceError.js';

/** IAM's `MaxItems` when the request has none. */
export const awsDefaultMaxItems = 100;

/** The largest `MaxItems` IAM accepts. */
export const maxMaxItems = 1000;

/** One page of a listing, ready to spread into a result next to the listed members. */
export interface Page<T> {
  items: T[];
  IsTruncated: boolean;
  /** Present only when truncated, as in IAM's responses. */
  Marker: string | undefined;
}

const invalidMarker = () => new ServiceError('ValidationError', 'Invalid Marker.', 400);

/** The request's `MaxItems`, checked as IAM's model does, or the emulator's default page size. */
export function maxItems(request: ActionRequest): number {
  const value = request.params.integer('MaxItems');
  if (value === undefined) return request.runtime.defaultMaxItems;
  if (value < 1) {
    throw validationError(String(value), 'maxItems', 'Member must have value greater than or equal to 1');
  }
  if (value > maxMaxItems) {
    throw validationError(
      String(value),
      'maxItems',
      `Member must have value less than or equal to ${maxMaxItems}`,
    );
  }
  return value;
}

/** The key a marker resumes after; `Invalid Marker.` for a marker of another listing or garbage. */
function decodeMarker(marker: string, scope: string): string {
  if (marker.length < 1 || marker.length > 320) {
    throw validationError(
      marker,
      'marker',
      `Member must have length ${marker.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 320'}`,
    );
  }
  const after = readPageToken(marker, scope);
  if (after === undefined) throw invalidMarker();
  return after;
}

/**
 * One page of `items` in the order of `keyOf` (unique per item): the first `MaxItems` after the
 * request's `Marker`. `scope` names the listing (action and owner), so a marker from another
 * listing is refused as IAM refuses it.
 *
 * @example const page = paginate(r, `ListAccessKeys:${user}`, keys, (key) => key.accessKeyId)
 */
export function paginate<T>(
  request: ActionRequest,
  scope: string,
  items: Iterable<T>,
  keyOf: (item: T) => string,
): Page<T> {
  const limit = maxItems(request);
  const marker = request.params.get('Marker');
  const after = marker === undefined ? undefined : decodeMarker(marker, scope);
  const page = pageAfter(items, keyOf, { scope, limit, after });
  return { items: page.items, IsTruncated: page.next !== undefined, Marker: page.next };
}
