import type { Argv, CommandModule } from 'yargs';
import { callerShell } from '../callerShell.js';
import type { GlobalArgs } from '../globalOptions.js';
import { suggestEnvCommand } from '../suggestEnvCommand.js';
import { processTerminal, styles, type Terminal, useColor } from '../terminal.js';

export interface EnrollArgs extends GlobalArgs {
  deviceName?: string;
  qrPng?: string;
  showSecret: boolean;
  code1?: string;
  code2?: string;
  replace: boolean;
  keep: boolean;
  yes: boolean;
}

/**
 * `awsmfa enroll`: the seed article's steps 4-3 to 4-5 in one guided command: create a virtual
 * MFA device for the profile's IAM user, show its QR code in the terminal, read two consecutive
 * codes, enable it, and set `mfa_serial` in the profile.
 */
export const enrollCommand: CommandModule<GlobalArgs, EnrollArgs> = {
  command: 'enroll',
  describe: 'Set up a virtual MFA device for your IAM user: QR code in the terminal, two codes, done',
  builder: (yargs) =>
    yargs
      .option('device-name', {
        type: 'string',
        describe:
          'Name of the virtual MFA device [default: your IAM user name, as IAM policies expect]; another name adds another device',
      })
      .option('qr-png', {
        type: 'string',
        describe: 'Also write the QR code as a PNG image to this file (mode 0600; delete it after scanning)',
      })
      .option('show-secret', {
        type: 'boolean',
        default: false,
        describe: 'Also print the secret key, for apps where you type it in instead of scanning',
      })
      .option('code1', {
        type: 'string',
        describe: 'First code, for a device created earlier with --keep (no terminal needed)',
      })
      .option('code2', { type: 'string', describe: 'The code that followed --code1' })
      .implies('code1', 'code2')
      .implies('code2', 'code1')
      .option('replace', {
        type: 'boolean',
        default: false,
        describe: 'Delete an unfinished device of the same name (left by an earlier attempt) and start over',
      })
      .option('keep', {
        type: 'boolean',
        default: false,
        describe: 'Keep the created device if enabling fails or there is no terminal to ask for codes on',
      })
      .option('yes', {
        type: 'boolean',
        default: false,
        alias: 'y',
        describe: 'Answer yes to questions (same as --replace)',
      })
      .example('awsmfa enroll --profile cli-user', 'Scan the QR code, type two consecutive codes, done')
      .example(
        'awsmfa enroll --qr-png ~/qr.png --show-secret',
        'Also write the QR code as an image and print the key',
      )
      .example('awsmfa enroll --replace', 'Start over after an unfinished attempt ("entity already exists")')
      .example(
        'awsmfa enroll --device-name cli-user-backup',
        'Add another device (up to 8 per user); mfa_serial keeps the one in use',
      )
      .example(
        'awsmfa enroll --keep --show-secret && awsmfa enroll --code1 123456 --code2 654321',
        'Without a terminal: create the device, then enable it with two codes',
      )
      .epilogue(
        'The secret key is shown only with --show-secret and written only with --qr-png. On any failure before the device is enabled (wrong codes three times, Ctrl-C) the device is deleted again, unless --keep.',
      ) as unknown as Argv<EnrollArgs>,
  handler: (args) => enroll(args, processTerminal()),
};

async function enroll(args: EnrollArgs, terminal: Terminal): Promise<void> {
  const { AwsMfaError, enrollMfaDevice, qrMatrix, updateProfile, writeQrPng } = await import('@awsmfa/core');
  const { openMfaDeviceApi } = await import('./openMfaDeviceApi.js');
  const { openPrompt } = await import('../prompt/ask.js');
  const { renderQrText } = await import('../qrText.js');
  const codes =
    args.code1 !== undefined && args.code2 !== undefined
      ? { code1: args.code1, code2: args.code2 }
      : undefined;
  if (codes && args.replace) {
    // Checked here: yargs' conflicts() counts a boolean's default as given.
    throw new AwsMfaError(
      'USAGE',
      '--replace starts over with a new device, whose codes cannot be known yet.',
      {
        hint: 'use --code1/--code2 without --replace to enable the device waiting to be enabled',
      },
    );
  }
  const { api, profile } = await openMfaDeviceApi(args, terminal);
  const s = styles(useColor(terminal));

  // Ctrl-C between creating and enabling must not leave an unfinished device behind (it blocks
  // the next attempt with EntityAlreadyExists): the first one aborts and cleans up, a second quits.
  const controller = new AbortController();
  let interrupts = 0;
  let created = false;
  const onSigint = () => {
    interrupts += 1;
    if (interrupts > 1) process.exit(130);
    if (created)
      say('\nCancelling; cleaning up (Ctrl-C again quits at once and may leave the device behind)…');
    controller.abort();
  };
  process.on('SIGINT', onSigint);

  const prompt = codes ? undefined : openPrompt({ signal: controller.signal });
  // What enroll explains belongs beside its questions: on the terminal, even with stderr redirected.
  const say = (line: string) => {
    terminal.stderr.write(`${line}\n`);
    prompt?.show({ text: line, on: terminal.stderr });
  };
  try {
    const result = await enrollMfaDevice({
      api,
      profile: profile.name,
      deviceName: args.deviceName,
      codes,
      askCode: prompt && ((question) => prompt.ask(question)),
      confirm: prompt && ((question) => prompt.confirm(question)),
      replace: args.replace || args.yes,
      keep: args.keep,
      signal: controller.signal,
      notify: say,
      showDevice: async (device) => {
        created = true;
        say(`Created virtual MFA device ${s.bold(device.serialNumber)} for IAM user ${device.userName}.`);
        say(
          'Scan this QR code with your authenticator app (Google Authenticator, Microsoft Authenticator, 1Password…):',
        );
        // The QR code carries the secret key: draw it only where a person looks (a terminal), or
        // where the user asked for the secret anyway, never into a redirected log.
        const qrText = renderQrText(qrMatrix(device.otpauthUri), { color: useColor(terminal) });
        if (terminal.stderr.isTTY || args.showSecret) terminal.stderr.write(qrText);
        else if (prompt) prompt.say(qrText.replace(/\n$/, ''));
        else {
          say(
            'The QR code is not drawn: stderr is not a terminal and the code holds the secret key. Use --qr-png FILE or --show-secret.',
          );
        }
        if (args.qrPng) {
          await writeQrPng(args.qrPng, device.otpauthUri);
          say(
            `QR code written to ${args.qrPng} (mode 0600). Delete it once scanned: it holds the secret key.`,
          );
        }
        if (args.showSecret) {
          say(`Secret key for manual entry (time-based, 6 digits, every 30 s): ${device.base32Seed}`);
        } else if (!args.qrPng) {
          say(
            s.dim(
              'Cannot scan it? Ctrl-C, then run again with --show-secret (type the key) or --qr-png FILE.',
            ),
          );
        }
      },
    });
    if (result.status === 'created') {
      say(`The device is created but not enabled: there is no terminal to ask for codes on.`);
      say('Once your app shows it, enable it with two consecutive codes:');
      say(`  awsmfa enroll --profile ${profile.name} --code1 CODE --code2 NEXT_CODE`);
    } else if (await stillEnabled(profile.mfaSerial, result)) {
      // Another device (--device-name): the profile keeps the one it uses until told otherwise.
      say(
        `${s.green('✓')} Enabled ${result.serialNumber} for ${result.userName}, beside ${profile.mfaSerial}.`,
      );
      say(
        `  mfa_serial of profile ${profile.name} stays ${profile.mfaSerial}; to use the new device: aws configure set mfa_serial ${result.serialNumber} --profile ${profile.name}`,
      );
    } else {
      const { file } = await updateProfile({
        env: terminal.env,
        file: 'config',
        profile: profile.name,
        set: { mfa_serial: result.serialNumber },
      });
      say(`${s.green('✓')} Enabled ${result.serialNumber} for ${result.userName}.`);
      say(`  mfa_serial of profile ${profile.name} is set in ${file}.`);
      say('Next, get a one-hour MFA session in this shell:');
      say(`  ${suggestEnvCommand(`--profile ${profile.name}`, callerShell(terminal.env))}`);
    }
    // The serial is what a script wants from `serial=$(awsmfa enroll …)`; everything else went to stderr.
    terminal.stdout.write(`${result.serialNumber}\n`);
  } finally {
    process.off('SIGINT', onSigint);
    prompt?.close();
  }

  /** Whether the profile's mfa_serial is another device the user still has enabled. */
  async function stillEnabled(
    serial: string | undefined,
    result: { serialNumber: string; userName: string },
  ) {
    if (!serial || serial === result.serialNumber) return false;
    const devices = await api.listMfaDevices(result.userName).catch(() => []);
    return devices.some((device) => device.serialNumber === serial);
  }
}
