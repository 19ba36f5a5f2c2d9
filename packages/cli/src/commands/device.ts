import { deviceHelpText, deviceText, type Message, type MfaDeviceStatus } from '@awsmfa/core';
import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { processTerminal, styles, type Terminal, useColor } from '../terminal.js';
import { userText } from '../userLanguage.js';

export interface DeviceArgs extends GlobalArgs {
  serialNumber?: string;
  code?: string;
  code1?: string;
  code2?: string;
  yes?: boolean;
}

type Action = 'status' | 'resync' | 'deactivate' | 'delete';

const serialOption = () => ({ type: 'string', describe: userText(deviceHelpText.serialNumber()) }) as const;

const removeOptions = (yargs: Argv<GlobalArgs>) =>
  yargs
    .option('serial-number', serialOption())
    .option('code', { type: 'string', describe: userText(deviceHelpText.code()) })
    .option('yes', { type: 'boolean', default: false, alias: 'y', describe: userText(deviceHelpText.yes()) });

/**
 * `awsmfa device status|resync|deactivate|delete`: look after the MFA device `awsmfa enroll` set up.
 */
export const deviceCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'device <command>',
  get describe() {
    return userText(deviceHelpText.describe());
  },
  builder: (yargs) =>
    yargs
      .command({
        command: 'status',
        aliases: ['list'],
        describe: userText(deviceHelpText.statusDescribe()),
        builder: (y: Argv<GlobalArgs>) =>
          y.example('awsmfa device status --profile cli-user', userText(deviceHelpText.statusExample())),
        handler: (args) => device('status', args as DeviceArgs, processTerminal()),
      })
      .command({
        command: 'resync',
        describe: userText(deviceHelpText.resyncDescribe()),
        builder: (y: Argv<GlobalArgs>) =>
          y
            .option('serial-number', serialOption())
            .option('code1', { type: 'string', describe: userText(deviceHelpText.code1()) })
            .option('code2', { type: 'string', describe: userText(deviceHelpText.code2()) })
            .implies('code1', 'code2')
            .implies('code2', 'code1')
            .example('awsmfa device resync', userText(deviceHelpText.resyncExample())),
        handler: (args) => device('resync', args as DeviceArgs, processTerminal()),
      })
      .command({
        command: 'deactivate',
        describe: userText(deviceHelpText.deactivateDescribe()),
        builder: (y: Argv<GlobalArgs>) =>
          removeOptions(y).example(
            'awsmfa device deactivate --code 123456 --yes',
            userText(deviceHelpText.deactivateExample()),
          ),
        handler: (args) => device('deactivate', args as DeviceArgs, processTerminal()),
      })
      .command({
        command: 'delete',
        describe: userText(deviceHelpText.deleteDescribe()),
        builder: (y: Argv<GlobalArgs>) =>
          removeOptions(y).example('awsmfa device delete', userText(deviceHelpText.deleteExample())),
        handler: (args) => device('delete', args as DeviceArgs, processTerminal()),
      })
      .example('awsmfa device status --profile cli-user', userText(deviceHelpText.exampleStatus()))
      .example('awsmfa device resync', userText(deviceHelpText.exampleResync()))
      .example('awsmfa device delete --profile cli-user', userText(deviceHelpText.exampleDelete()))
      .demandCommand(1, userText(deviceHelpText.nameACommand()))
      .epilogue(userText(deviceHelpText.epilogue())),
  handler: () => {},
};

async function device(action: Action, args: DeviceArgs, terminal: Terminal): Promise<void> {
  const core = await import('@awsmfa/core');
  const { openMfaDeviceApi } = await import('./openMfaDeviceApi.js');
  const { api, profile, longTermKeys } = await openMfaDeviceApi(args, terminal);
  const status = await core.mfaDeviceStatus({ api, profile: profile.name, profileSerial: profile.mfaSerial });
  if (action === 'status') return printStatus(status, profile.name, terminal);

  const target = core.pickMfaDevice(status, profile.name, args.serialNumber);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.on('SIGINT', onSigint);
  const { openPrompt } = await import('../prompt/ask.js');
  const prompt = openPrompt({ signal: controller.signal });
  // Explanations belong beside the questions: on the terminal, even with stderr redirected.
  const say = (message: Message) => {
    const line = userText(message);
    terminal.stderr.write(`${line}\n`);
    prompt?.show({ text: line, on: terminal.stderr });
  };
  const ask = prompt && ((question: Message) => prompt.ask(userText(question)));
  try {
    if (action === 'resync') {
      const codes =
        args.code1 !== undefined && args.code2 !== undefined
          ? core.normalizeCodePair({ code1: args.code1, code2: args.code2 })
          : prompt
            ? await core.readCodePair({ askCode: ask!, notify: say })
            : undefined;
      if (!codes) {
        throw new core.AwsMfaError('MFA_CODE_UNAVAILABLE', deviceText.noTerminalForCodes(), {
          hint: deviceText.resyncWithCodesHint({ profile: profile.name }),
        });
      }
      await core.resyncMfaDevice({
        api,
        user: status.user,
        profile: profile.name,
        serialNumber: target.serialNumber,
        codes,
      });
      say(deviceText.resynchronised({ serial: target.serialNumber }));
      return;
    }

    if (!args.yes) {
      const removal = { delete: action === 'delete', serial: target.serialNumber };
      if (!prompt) {
        throw new core.AwsMfaError('USAGE', deviceText.noTerminalToConfirm(removal), {
          hint: deviceText.rerunWithYesHint({ action, profile: profile.name }),
        });
      }
      const yes = await prompt.confirm(
        userText(
          deviceText.confirmRemove({ ...removal, user: status.user.userName, enabled: target.enabled }),
        ),
      );
      if (!yes) {
        say(deviceText.nothingChanged());
        return;
      }
    }
    await core.removeMfaDevice({
      api,
      user: status.user,
      profile: profile.name,
      target,
      deleteDevice: action === 'delete',
      longTermKeys,
      code: args.code,
      askCode: ask,
      notify: say,
    });
    if (profile.mfaSerial === target.serialNumber) {
      const { file } = await core.updateProfile({
        env: terminal.env,
        file: 'config',
        profile: profile.name,
        unset: ['mfa_serial'],
      });
      say(deviceText.removedSerial({ profile: profile.name, file }));
    }
  } finally {
    process.off('SIGINT', onSigint);
    prompt?.close();
  }
}

/** Prints the devices on stdout, then fails (exit 13/5) when the profile does not point at an enabled one. */
async function printStatus(status: MfaDeviceStatus, profile: string, terminal: Terminal): Promise<void> {
  const { AwsMfaError } = await import('@awsmfa/core');
  const s = styles(useColor(terminal));
  const out = (line: Message | string) =>
    terminal.stdout.write(`${typeof line === 'string' ? line : userText(line)}\n`);
  const user = status.user.userName;
  out(deviceText.iamUser({ user, arn: status.user.arn }));
  out(status.devices.length === 0 ? deviceText.noneEnabled() : deviceText.devicesHeading());
  for (const d of status.devices) {
    const mark = d.serialNumber === status.profileSerial ? `  ${s.green('← mfa_serial')}` : '';
    out(
      `  ${d.serialNumber}  ${userText(deviceText.enabledOn({ date: d.enableDate?.toISOString() }))}${mark}`,
    );
  }
  for (const d of status.unfinished)
    out(`  ${d.serialNumber}  ${userText(deviceText.createdNeverEnabled())}`);
  out(deviceText.profileSerial({ profile, serial: status.profileSerial }));

  const check = status.check;
  const setHint = (serial: string | undefined) =>
    serial ? deviceText.setSerialHint({ serial, profile }) : undefined;
  switch (check.kind) {
    case 'matches':
      out(`${s.green('✓')} ${userText(deviceText.serialMatches({ user }))}`);
      return;
    case 'missing':
      if (status.devices.length === 0) {
        throw new AwsMfaError('MFA_DEVICE', deviceText.noEnabledDevice({ user }), {
          hint: status.unfinished.length
            ? deviceText.replaceUnfinishedHint({ profile })
            : deviceText.enrollOneHint({ profile }),
        });
      }
      throw new AwsMfaError('PROFILE_INCOMPLETE', deviceText.noMfaSerial({ profile }), {
        hint:
          setHint(status.devices.length === 1 ? status.devices[0]?.serialNumber : undefined) ??
          deviceText.setToOneAboveHint(),
      });
    case 'user-arn':
      throw new AwsMfaError(
        'MFA_DEVICE',
        deviceText.serialIsUserArn({ profile, serial: check.serialNumber }),
        {
          hint: setHint(check.suggested) ?? deviceText.enrollDeviceHint({ profile }),
        },
      );
    case 'not-enabled':
      throw new AwsMfaError(
        'MFA_DEVICE',
        deviceText.serialNotEnabled({ profile, serial: check.serialNumber }),
        {
          hint: deviceText.finishOrStartOverHint({ profile }),
        },
      );
    case 'unknown-device':
      throw new AwsMfaError(
        'MFA_DEVICE',
        deviceText.serialUnknown({ profile, serial: check.serialNumber, user }),
        { hint: setHint(check.suggested) ?? deviceText.enrollDeviceHint({ profile }) },
      );
  }
}
