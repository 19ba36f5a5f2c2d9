import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressLine } from './progressLine.js';

function stream(isTTY: boolean) {
  const out = Object.assign(new PassThrough(), { isTTY });
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { out, text: () => text };
}

describe(progressLine.name, () => {
  it('rewrites one line in place on a terminal and clears it when done', () => {
    const { out, text } = stream(true);
    const line = progressLine(out);
    line.update('Waiting 1 s', 'report');
    line.update('Waiting 2 s', 'report');
    line.done();
    expect(text()).toBe('\rWaiting 1 s\x1b[K\rWaiting 2 s\x1b[K\r\x1b[K');
  });

  it('in a log prints each milestone once and nothing without one', () => {
    const { out, text } = stream(false);
    const line = progressLine(out);
    line.update('Reading 1000 users');
    line.update('Waiting 1 s', 'report');
    line.update('Waiting 2 s', 'report');
    line.update('Looking up 3 users', 'per-user');
    line.done();
    expect(text()).toBe('Waiting 1 s\nLooking up 3 users\n');
  });
});
