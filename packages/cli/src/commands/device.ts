import type { MfaDeviceStatus } from '@awsmfa/core';
import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { processTerminal, styles, type Terminal, useColor } from '../terminal.js';

export interface DeviceArgs extends GlobalArgs {
  serialNumber?: string;
  code?: string;
  code1?: string;
  code2?: string;
  yes?: boolean;
}

type Action = 'status' | 'resync' | 'deactivate' | 'delete';

const serialOption = {
  type: 'string',
  describe: "The device's serial (ARN) [default: the profile's mfa_serial, else your only device]",
} as const;

const removeOptions = (yargs: Argv<GlobalArgs>) =>
  yargs
    .option('serial-number', serialOption)
    .option('code', {
      type: 'string',
      describe: 'A current code of the device; signs the change with MFA, as the standard policy requires',
    })
    .option('yes', { type: 'boolean', default: false, alias: 'y', describe: 'Do not ask for confirmation' });

/**
 * `awsmfa device status|resync|deactivate|delete`: look after the MFA device `awsmfa enroll` set up.
 */
export const deviceCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'device <command>',
  describe: 'Show, resynchronise, deactivate or delete your MFA device',
  builder: (yargs) =>
    yargs
      .command({
        command: 'status',
        aliases: ['list'],
        describe: "List your MFA devices and check the profile's mfa_serial against them",
        builder: (y: Argv<GlobalArgs>) =>
          y.example('awsmfa device status --profile cli-user', 'Is mfa_serial the ARN of an enabled device?'),
        handler: (args) => device('status', args as DeviceArgs, processTerminal()),
      })
      .command({
        command: 'resync',
        describe: 'Resynchronise a device whose codes AWS no longer accepts (two consecutive codes)',
        builder: (y: Argv<GlobalArgs>) =>
          y
            .option('serial-number', serialOption)
            .option('code1', { type: 'string', describe: 'First code (else asked on the terminal)' })
            .option('code2', { type: 'string', describe: 'The code that followed --code1' })
            .implies('code1', 'code2')
            .implies('code2', 'code1')
            .example('awsmfa device resync', 'Type two consecutive codes when asked'),
        handler: (args) => device('resync', args as DeviceArgs, processTerminal()),
      })
      .command({
        command: 'deactivate',
        describe: 'Deactivate the device (it stays, unassigned) and remove mfa_serial from the profile',
        builder: (y: Argv<GlobalArgs>) =>
          removeOptions(y).example('awsmfa device deactivate --code 123456 --yes', 'Without questions'),
        handler: (args) => device('deactivate', args as DeviceArgs, processTerminal()),
      })
      .command({
        command: 'delete',
        describe: 'Deactivate and delete the device, and remove mfa_serial from the profile',
        builder: (y: Argv<GlobalArgs>) =>
          removeOptions(y).example('awsmfa device delete', 'Asks for confirmation and a current code'),
        handler: (args) => device('delete', args as DeviceArgs, processTerminal()),
      })
      .example('awsmfa device status --profile cli-user', 'Your devices; is mfa_serial one of them?')
      .example('awsmfa device resync', 'AWS refuses codes of a drifted device: type two consecutive codes')
      .example('awsmfa device delete --profile cli-user', 'Remove the device (asks y/N and a current code)')
      .demandCommand(1, 'Name a device command: status, resync, deactivate or delete.')
      .epilogue(
        "Under AWS's self-manage-MFA policy, deactivating and deleting need MFA: awsmfa signs them with a 15-minute session from a current code (--code, or asked on the terminal).",
      ),
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
  const say = (line: string) => {
    terminal.stderr.write(`${line}\n`);
    prompt?.show({ text: line, on: terminal.stderr });
  };
  try {
    if (action === 'resync') {
      const codes =
        args.code1 !== undefined && args.code2 !== undefined
          ? core.normalizeCodePair({ code1: args.code1, code2: args.code2 })
          : prompt
            ? await core.readCodePair({ askCode: (q) => prompt.ask(q), notify: say })
            : undefined;
      if (!codes) {
        throw new core.AwsMfaError(
          'MFA_CODE_UNAVAILABLE',
          'No terminal to ask for codes on, and no --code1/--code2.',
          {
            hint: `awsmfa device resync --profile ${profile.name} --code1 CODE --code2 NEXT_CODE`,
          },
        );
      }
      await core.resyncMfaDevice({
        api,
        user: status.user,
        profile: profile.name,
        serialNumber: target.serialNumber,
        codes,
      });
      say(`Resynchronised ${target.serialNumber}; AWS accepts its codes again.`);
      return;
    }

    const verb = action === 'delete' ? 'Delete' : 'Deactivate';
    if (!args.yes) {
      if (!prompt) {
        throw new core.AwsMfaError(
          'USAGE',
          `Nothing changed: there is no terminal to confirm "${verb} ${target.serialNumber}" on.`,
          {
            hint: `rerun with --yes: awsmfa device ${action} --profile ${profile.name} --yes`,
          },
        );
      }
      const consequence = target.enabled
        ? ' Sessions need MFA again only after a new enrollment.'
        : ' It was never enabled.';
      const yes = await prompt.confirm(
        `${verb} ${target.serialNumber} of ${status.user.userName}?${consequence} [y/N] `,
      );
      if (!yes) {
        say('Nothing changed.');
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
      askCode: prompt && ((q) => prompt.ask(q)),
      notify: say,
    });
    if (profile.mfaSerial === target.serialNumber) {
      const { file } = await core.updateProfile({
        env: terminal.env,
        file: 'config',
        profile: profile.name,
        unset: ['mfa_serial'],
      });
      say(`Removed mfa_serial from profile ${profile.name} in ${file}.`);
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
  const out = (line: string) => terminal.stdout.write(`${line}\n`);
  out(`IAM user: ${status.user.userName} (${status.user.arn})`);
  if (status.devices.length === 0) out('MFA devices: none enabled');
  else out('MFA devices:');
  for (const d of status.devices) {
    const mark = d.serialNumber === status.profileSerial ? `  ${s.green('← mfa_serial')}` : '';
    out(`  ${d.serialNumber}  enabled ${d.enableDate?.toISOString() ?? '(date unknown)'}${mark}`);
  }
  for (const d of status.unfinished) out(`  ${d.serialNumber}  created, never enabled`);
  out(`Profile ${profile}: mfa_serial = ${status.profileSerial ?? '(not set)'}`);

  const check = status.check;
  const setHint = (serial: string | undefined) =>
    serial ? `set it to ${serial}: aws configure set mfa_serial ${serial} --profile ${profile}` : undefined;
  switch (check.kind) {
    case 'matches':
      out(`${s.green('✓')} mfa_serial is an enabled MFA device of ${status.user.userName}.`);
      return;
    case 'missing':
      if (status.devices.length === 0) {
        throw new AwsMfaError('MFA_DEVICE', `${status.user.userName} has no enabled MFA device.`, {
          hint: status.unfinished.length
            ? `remove the unfinished one and enroll: awsmfa enroll --profile ${profile} --replace`
            : `enroll one: awsmfa enroll --profile ${profile}`,
        });
      }
      throw new AwsMfaError('PROFILE_INCOMPLETE', `Profile ${profile} has no mfa_serial.`, {
        hint:
          setHint(status.devices.length === 1 ? status.devices[0]?.serialNumber : undefined) ??
          'set mfa_serial to one of the devices above',
      });
    case 'user-arn':
      throw new AwsMfaError(
        'MFA_DEVICE',
        `mfa_serial of profile ${profile} is the user ARN ${check.serialNumber}, not an MFA device ARN (…:mfa/…); AWS answers "unable to validate MFA code".`,
        { hint: setHint(check.suggested) ?? `enroll a device: awsmfa enroll --profile ${profile}` },
      );
    case 'not-enabled':
      throw new AwsMfaError(
        'MFA_DEVICE',
        `mfa_serial of profile ${profile} is ${check.serialNumber}, which was created but never enabled.`,
        {
          hint: `finish it (awsmfa enroll --profile ${profile} --code1 CODE --code2 NEXT_CODE) or start over (awsmfa enroll --profile ${profile} --replace)`,
        },
      );
    case 'unknown-device':
      throw new AwsMfaError(
        'MFA_DEVICE',
        `mfa_serial of profile ${profile} is ${check.serialNumber}, which is not an enabled MFA device of ${status.user.userName}.`,
        { hint: setHint(check.suggested) ?? `enroll a device: awsmfa enroll --profile ${profile}` },
      );
  }
}
