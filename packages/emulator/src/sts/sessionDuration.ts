import type { QueryParams } from '../queryParams.js';
import { validationError } from '../serviceError.js';

/**
 * `DurationSeconds` (or `fallback` when absent), refused outside `minimum`–`maximum` with the
 * ValidationError of AWS's model.
 */
export function sessionDuration(
  params: QueryParams,
  { minimum, maximum, fallback }: { minimum: number; maximum: number; fallback: number },
): number {
  const duration = params.integer('DurationSeconds') ?? fallback;
  if (duration < minimum) {
    throw validationError(
      String(duration),
      'durationSeconds',
      `Member must have value greater than or equal to ${minimum}`,
    );
  }
  if (duration > maximum) {
    throw validationError(
      String(duration),
      'durationSeconds',
      `Member must have value less than or equal to ${maximum}`,
    );
  }
  return duration;
}
