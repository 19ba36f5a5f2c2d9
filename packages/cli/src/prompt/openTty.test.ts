import { win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTty, terminalDevices } from './openTty.js';

describe(terminalDevices.name, () => {
  it('console_device_names_survive_namespacing: Node opens win32 paths through toNamespacedPath', () => {
    const { input, output } = terminalDevices('win32');
    expect([input, output]).toEqual(['\\\\.\\CONIN$', '\\\\.\\CONOUT$']);
    for (const device of [input, output]) expect(win32.toNamespacedPath(device)).toBe(device);
    // What `CON` became (nodejs/node#54180): a file named CON in the current folder.
    expect(win32.toNamespacedPath(win32.resolve('C:\\Users\\me', 'CON'))).toBe('\\\\?\\C:\\Users\\me\\CON');
  });

  it('elsewhere the controlling terminal', () => {
    expect(terminalDevices('darwin')).toEqual({ input: '/dev/tty', output: '/dev/tty' });
  });
});

describe(openTty.name, () => {
  it('a device that is not a terminal gives no prompt rather than a broken one', () => {
    expect(openTty({ input: '/dev/null', output: '/dev/null' })).toBeUndefined();
  });
});
