// The emulator's request log: the last N entries in a ring buffer, so a sandbox that serves
// millions of requests keeps a bounded amount of memory (issue 17.11).
import type { RequestLogEntry } from './server.js';

/** Holds the last `capacity` request log entries and counts every entry ever added. */
export class RecentRequests {
  private readonly slots: RequestLogEntry[] = [];
  private added = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) {
      throw new RangeError(`requestLogSize must be a whole number ≥ 0, not ${capacity}`);
    }
  }

  /** Adds one entry, overwriting the oldest once full. */
  add(entry: RequestLogEntry): void {
    if (this.capacity > 0) this.slots[this.added % this.capacity] = entry;
    this.added += 1;
  }

  /** How many entries were added, including those no longer held. */
  get count(): number {
    return this.added;
  }

  /** The entries held, oldest first. */
  entries(): RequestLogEntry[] {
    if (this.added <= this.capacity) return this.slots.slice();
    const start = this.added % this.capacity;
    return [...this.slots.slice(start), ...this.slots.slice(0, start)];
  }
}
