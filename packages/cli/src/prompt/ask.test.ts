import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import type { ReadStream, WriteStream } from 'node:tty';
import { describe, expect, it } from 'vitest';
import { cancelledMessage, openPrompt } from './ask.js';

/** A terminal made of two pipes: what the user types, and what awsmfa writes to the screen. */
function fakeTty() {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d: Buffer) => {
    written += d.toString();
  });
  let closed = false;
  const tty = {
    input: input as unknown as ReadStream,
    output: output as unknown as WriteStream,
    close: () => {
      closed = true;
    },
  };
  return {
    tty,
    type: (text: string) => input.write(text),
    end: () => input.end(),
    written: () => written,
    closed: () => closed,
  };
}

const asTerminal = { stdin: { isTTY: true }, stderr: { isTTY: true } };

describe('openPrompt', () => {
  it('is undefined when neither stdin nor stderr is a terminal, even if /dev/tty opens', () => {
    const t = fakeTty();
    expect(openPrompt({ stdin: {}, stderr: {}, open: () => t.tty })).toBeUndefined();
    expect(openPrompt({ ...asTerminal, open: () => undefined })).toBeUndefined();
  });

  it('writes the question to the terminal and reads the typed line, also when typed ahead', async () => {
    const t = fakeTty();
    const prompt = openPrompt({ ...asTerminal, open: () => t.tty })!;
    const first = prompt.ask('Code 1: ');
    t.type('123 456\n654321\n');
    expect(await first).toBe('123 456');
    expect(await prompt.ask('Code 2: ')).toBe('654321');
    expect(t.written()).toBe('Code 1: Code 2: ');
    prompt.close();
    expect(t.closed()).toBe(true);
  });

  it.each([
    ['y', true],
    ['YES', true],
    [' y ', true],
    ['', false],
    ['n', false],
    ['yep', false],
    ['ja', false],
  ])('confirm(%j) is %s', async (answer, expected) => {
    const t = fakeTty();
    const prompt = openPrompt({ ...asTerminal, open: () => t.tty })!;
    const question = prompt.confirm('Delete it? [y/N] ');
    t.type(`${answer}\n`);
    expect(await question).toBe(expected);
    prompt.close();
  });

  it('Ctrl-C (the abort signal) rejects the pending question with CANCELLED', async () => {
    const t = fakeTty();
    const controller = new AbortController();
    const prompt = openPrompt({ ...asTerminal, open: () => t.tty, signal: controller.signal })!;
    const question = prompt.ask('Code 1: ');
    controller.abort();
    await expect(question).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(prompt.ask('again: ')).rejects.toMatchObject({ code: 'CANCELLED' });
    prompt.close();
  });

  it('end of input (Ctrl-D) is CANCELLED, not an empty answer', async () => {
    const t = fakeTty();
    const prompt = openPrompt({ ...asTerminal, open: () => t.tty })!;
    const question = prompt.ask('Code 1: ');
    t.end();
    await expect(question).rejects.toMatchObject({
      code: 'CANCELLED',
      message: expect.stringMatching(/end of input/),
    });
    prompt.close();
  });

  it('without a signal, SIGINT while a question waits rejects it with CANCELLED, and only then', async () => {
    const t = fakeTty();
    const interrupts = new EventEmitter() as unknown as NodeJS.Process;
    const prompt = openPrompt({ ...asTerminal, open: () => t.tty, interrupts })!;
    expect(interrupts.listenerCount('SIGINT')).toBe(0);
    const first = prompt.ask('Apply? ');
    expect(interrupts.listenerCount('SIGINT')).toBe(1);
    t.type('n\n');
    expect(await first).toBe('n');
    expect(interrupts.listenerCount('SIGINT')).toBe(0);
    const second = prompt.ask('Merge? ');
    interrupts.emit('SIGINT');
    await expect(second).rejects.toMatchObject({ code: 'CANCELLED', message: cancelledMessage().english });
    expect(interrupts.listenerCount('SIGINT')).toBe(0);
    prompt.close();
  });

  it('Ctrl-C writes the outcome on the terminal itself only when stderr goes elsewhere', async () => {
    for (const stderrIsTTY of [true, false]) {
      const t = fakeTty();
      const interrupts = new EventEmitter() as unknown as NodeJS.Process;
      const prompt = openPrompt({
        stdin: { isTTY: true },
        stderr: { isTTY: stderrIsTTY },
        open: () => t.tty,
        interrupts,
      })!;
      const question = prompt.ask('Apply? ');
      interrupts.emit('SIGINT');
      await expect(question).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(t.written()).toBe(stderrIsTTY ? 'Apply? \n' : `Apply? \n${cancelledMessage().english}\n`);
      prompt.close();
    }
  });

  it('show() repeats on the terminal what went to a redirected stream, and nothing that reached it', () => {
    const t = fakeTty();
    const prompt = openPrompt({ ...asTerminal, open: () => t.tty })!;
    prompt.show({ text: 'plan on the terminal\n', on: { isTTY: true } });
    prompt.show({ text: 'plan in a file\n', on: {} });
    prompt.show({ text: 'summary in a pipe', on: { isTTY: false } });
    expect(t.written()).toBe('plan in a file\nsummary in a pipe\n');
    prompt.close();
  });
});
