import { PassThrough } from 'node:stream';
import { sessionText, verbatim } from '@awsmfa/core';
import { describe, expect, it } from 'vitest';
import type { Tty } from './openTty.js';
import { ttyPrompt } from './ttyPrompt.js';

// A stand-in terminal: what the user types goes into `input`, what awsmfa writes is collected.
function fakeTty() {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => (written += d));
  let closed = 0;
  const tty = { input, output, close: () => closed++ } as unknown as Tty;
  return { tty, input, written: () => written, closed: () => closed };
}

const serial = 'arn:aws:iam::123456789012:mfa/alice';

describe('ttyPrompt', () => {
  it('asks "MFA code for <serial>:" and accepts the code as apps show it', async () => {
    const t = fakeTty();
    const answer = ttyPrompt({ open: () => t.tty }).readCode(serial);
    t.input.write('123 456\n');
    await expect(answer).resolves.toBe('123456');
    expect(t.written()).toContain(`MFA code for ${serial}: `);
    expect(t.closed()).toBe(1);
  });

  it('explains a malformed code and asks again, three times at most', async () => {
    const t = fakeTty();
    const answer = ttyPrompt({ open: () => t.tty }).readCode(serial);
    t.input.write('12345\n');
    await new Promise((r) => setTimeout(r, 20));
    t.input.write('654321\n');
    await expect(answer).resolves.toBe('654321');
    expect(t.written()).toContain('has 5 digits; it must be 6 digits');

    const u = fakeTty();
    const failing = expect(ttyPrompt({ open: () => u.tty }).readCode(serial)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    for (const bad of ['1', '2', '3']) {
      u.input.write(`${bad}\n`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await failing;
  });

  it('no terminal: MFA_CODE_UNAVAILABLE naming the device', async () => {
    await expect(ttyPrompt({ open: () => undefined }).readCode(serial)).rejects.toMatchObject({
      code: 'MFA_CODE_UNAVAILABLE',
      message: expect.stringContaining(serial),
    });
  });

  it('end of input at the prompt is CANCELLED', async () => {
    const t = fakeTty();
    const answer = ttyPrompt({ open: () => t.tty }).readCode(serial);
    t.input.end();
    await expect(answer).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('waits for the next code with a countdown on the terminal, saying why once', async () => {
    const t = fakeTty();
    let now = 0;
    const lines: string[] = [];
    const prompt = ttyPrompt({
      open: () => t.tty,
      now: () => now,
      notify: (line) => lines.push(line.english),
    });
    const waiting = prompt.waitForNextCode(2500, verbatim('The current MFA code was already used'));
    const timer = setInterval(() => (now += 500), 5);
    await waiting;
    clearInterval(timer);
    expect(t.written()).toMatch(
      /\r\x1b\[2KThe current MFA code was already used; the next MFA code appears in 3 s…/,
    );
    expect(t.written().endsWith('\r\x1b[2K')).toBe(true);
    expect(lines).toEqual([]);
  });

  it('without a terminal, announces the wait as one line instead', async () => {
    let now = 0;
    const lines: string[] = [];
    const prompt = ttyPrompt({
      open: () => undefined,
      now: () => now,
      notify: (line) => lines.push(line.english),
    });
    const waiting = prompt.waitForNextCode(2500, sessionText.thatCodeUsed());
    const timer = setInterval(() => (now += 500), 5);
    await waiting;
    clearInterval(timer);
    expect(lines).toEqual(['That MFA code was already used; the next MFA code appears in 3 s.']);
  });
});
