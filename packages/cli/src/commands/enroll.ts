import { enrollHelpText, type Message } from '@awsmfa/core';
import type { Argv, CommandModule } from 'yargs';
import { callerShell } from '../callerShell.js';
import type { GlobalArgs } from '../globalOptions.js';
import { suggestEnvCommand } from '../suggestEnvCommand.js';
import { processTerminal, styles, type Terminal, useColor } from '../terminal.js';
import { userText } from '../userLanguage.js';

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
  get describe() {
    return userText(enrollHelpText.describe());
  },
  builder: (yargs) =>
    yargs
      .option('device-name', { type: 'string', describe: userText(enrollHelpText.deviceName()) })
      .option('qr-png', { type: 'string', describe: userText(enrollHelpText.qrPng()) })
      .option('show-secret', {
        type: 'boolean',
        default: false,
        describe: userText(enrollHelpText.showSecret()),
      })
      .option('code1', { type: 'string', describe: userText(enrollHelpText.code1()) })
      .option('code2', { type: 'string', describe: userText(enrollHelpText.code2()) })
      .implies('code1', 'code2')
      .implies('code2', 'code1')
      .option('replace', { type: 'boolean', default: false, describe: userText(enrollHelpText.replace()) })
      .option('keep', { type: 'boolean', default: false, describe: userText(enrollHelpText.keep()) })
      .option('yes', {
        type: 'boolean',
        default: false,
        alias: 'y',
        describe: userText(enrollHelpText.yes()),
      })
      .example('awsmfa enroll --profile cli-user', userText(enrollHelpText.exampleEnroll()))
      .example('awsmfa enroll --qr-png ~/qr.png --show-secret', userText(enrollHelpText.exampleQrPng()))
      .example('awsmfa enroll --replace', userText(enrollHelpText.exampleReplace()))
      .example('awsmfa enroll --device-name cli-user-backup', userText(enrollHelpText.exampleDeviceName()))
      .example(
        'awsmfa enroll --keep --show-secret && awsmfa enroll --code1 123456 --code2 654321',
        userText(enrollHelpText.exampleNoTerminal()),
      )
      .epilogue(userText(enrollHelpText.epilogue())) as unknown as Argv<EnrollArgs>,
  handler: (args) => enroll(args, processTerminal()),
};

async function enroll(args: EnrollArgs, terminal: Terminal): Promise<void> {
  const { AwsMfaError, enrollMfaDevice, enrollText, otpauthIssuer, updateProfile } = await import(
    '@awsmfa/core'
  );
  const { qrMatrix, writeQrPng } = await import('@awsmfa/core/qr');
  const { openMfaDeviceApi } = await import('./openMfaDeviceApi.js');
  const { openPrompt } = await import('../prompt/ask.js');
  const { renderQrText } = await import('../qrText.js');
  const codes =
    args.code1 !== undefined && args.code2 !== undefined
      ? { code1: args.code1, code2: args.code2 }
      : undefined;
  if (codes && args.replace) {
    // Checked here: yargs' conflicts() counts a boolean's default as given.
    throw new AwsMfaError('USAGE', enrollText.replaceWithCodes(), {
      hint: enrollText.replaceWithCodesHint(),
    });
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
    if (created) say(`\n${userText(enrollText.cancellingCleaningUp())}`);
    controller.abort();
  };
  process.on('SIGINT', onSigint);

  const prompt = codes ? undefined : openPrompt({ signal: controller.signal });
  // What enroll explains belongs beside its questions: on the terminal, even with stderr redirected.
  const say = (line: Message | string) => {
    const text = typeof line === 'string' ? line : userText(line);
    terminal.stderr.write(`${text}\n`);
    prompt?.show({ text, on: terminal.stderr });
  };
  try {
    const result = await enrollMfaDevice({
      api,
      profile: profile.name,
      deviceName: args.deviceName,
      codes,
      askCode: prompt && ((question) => prompt.ask(userText(question))),
      confirm: prompt && ((question) => prompt.confirm(userText(question))),
      replace: args.replace || args.yes,
      keep: args.keep,
      signal: controller.signal,
      notify: say,
      showDevice: async (device) => {
        created = true;
        say(enrollText.created({ serial: s.bold(device.serialNumber), user: device.userName }));
        say(enrollText.scanThis());
        // The QR code carries the secret key: draw it only where a person looks (a terminal), or
        // where the user asked for the secret anyway, never into a redirected log. Under it, the
        // entry the app will show, to tell it from the user's other AWS entries.
        const label = `${otpauthIssuer} (${device.deviceName}@${device.account})`;
        const qrText = renderQrText(qrMatrix(device.otpauthUri), {
          color: useColor(terminal),
          caption: userText(enrollText.qrCaption({ label })),
        });
        if (terminal.stderr.isTTY || args.showSecret) terminal.stderr.write(qrText);
        else if (prompt) prompt.say(qrText.replace(/\n$/, ''));
        else {
          say(enrollText.qrNotDrawn());
        }
        if (args.qrPng) {
          await writeQrPng(args.qrPng, device.otpauthUri);
          say(enrollText.qrWritten({ file: args.qrPng }));
        }
        if (args.showSecret) {
          say(enrollText.secretKey({ seed: device.base32Seed }));
        } else if (!args.qrPng) {
          say(s.dim(userText(enrollText.cannotScan())));
        }
      },
    });
    if (result.status === 'created') {
      say(enrollText.createdNotEnabled());
      say(enrollText.enableLater());
      say(`  awsmfa enroll --profile ${profile.name} --code1 CODE --code2 NEXT_CODE`);
    } else if (await stillEnabled(profile.mfaSerial, result)) {
      // Another device (--device-name): the profile keeps the one it uses until told otherwise.
      const other = profile.mfaSerial!;
      say(
        `${s.green('✓')} ${userText(enrollText.enabledBeside({ serial: result.serialNumber, user: result.userName, other }))}`,
      );
      say(
        `  ${userText(enrollText.profileKeepsSerial({ profile: profile.name, other, serial: result.serialNumber }))}`,
      );
    } else {
      const { file } = await updateProfile({
        env: terminal.env,
        file: 'config',
        profile: profile.name,
        set: { mfa_serial: result.serialNumber },
      });
      say(
        `${s.green('✓')} ${userText(enrollText.enabled({ serial: result.serialNumber, user: result.userName }))}`,
      );
      say(`  ${userText(enrollText.serialSet({ profile: profile.name, file }))}`);
      say(enrollText.nextSession());
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
