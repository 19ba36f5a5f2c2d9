import { defineMessages } from '../defineMessages.js';

/** The OS keyring and the encrypted file's passphrase, as the CLI reaches them. */
export const keyringText = defineMessages('keyring', {
  timedOut: (p: { seconds: number }) =>
    `The OS keyring did not answer within ${p.seconds} s: it is locked, and its unlock prompt is waiting where nobody sees it.`,
  timedOutHint:
    'unlock the keyring (log in to the desktop, or: gnome-keyring-daemon --unlock) and try again; AWSMFA_KEYRING_TIMEOUT sets the wait in seconds',
  helperFailed: (p: { exit: number | null }) =>
    `The OS keyring could not be used: its helper process ended with ${p.exit}.`,
  helperFailedHint: 'run the command again with --debug, and report it if it persists',
  badTimeout: (p: { value: string }) => `AWSMFA_KEYRING_TIMEOUT is ${p.value}, not a number of seconds.`,
  badTimeoutHint: (p: { seconds: number }) =>
    `give a number of seconds up to 600, e.g. AWSMFA_KEYRING_TIMEOUT=${p.seconds}`,
  moduleMissingStandalone: (p: { module: string }) =>
    `The keyring store needs the native module ${p.module}, which the standalone executable cannot contain.`,
  moduleMissing: (p: { module: string }) =>
    `The keyring store needs the native module ${p.module}, which is not installed beside awsmfa.`,
  moduleMissingStandaloneHint: (p: { module: string }) =>
    `install awsmfa with npm (npm install -g awsmfa), or install ${p.module} into a node_modules folder beside the executable; without a keyring, use --store encrypted-file`,
  moduleMissingHint: (p: { module: string }) =>
    `reinstall awsmfa with its optional dependencies (npm install -g awsmfa), or npm install -g ${p.module}; without a keyring, use --store encrypted-file`,
  noBus:
    'The OS keyring cannot be reached: this session has no D-Bus session bus, which the Secret Service needs.',
  noBusHint:
    'log in to a desktop session, or run under dbus-run-session with an unlocked gnome-keyring-daemon; on a server, keep the keys in an encrypted file instead: awsmfa keys move --profile NAME --to encrypted-file',
  noService:
    'The OS keyring cannot be reached: no Secret Service (gnome-keyring, KWallet, KeePassXC) runs in this session.',
  noServiceHint:
    'install and start one (Debian/Ubuntu: apt install gnome-keyring); on a server, keep the keys in an encrypted file instead: awsmfa keys move --profile NAME --to encrypted-file',
  locked: 'The OS keyring is locked and could not be unlocked here.',
  lockedHint:
    'unlock it (log in to the desktop, or: gnome-keyring-daemon --unlock, which reads the password on stdin) and try again',
  refused: (p: { error: string }) => `The OS keyring refused: ${p.error.replace(/\.$/, '')}.`,
  refusedHint:
    'check that your keyring works and is unlocked; on a server, keep the keys in an encrypted file instead: awsmfa keys move --profile NAME --to encrypted-file',
  /** The passphrase of the encrypted key file. */
  noTerminal: (p: { path: string }) =>
    `${p.path} is encrypted with a passphrase, and there is no terminal to ask it on.`,
  noTerminalHint: 'run the command in a terminal, or set AWSMFA_FILE_PASSPHRASE (from a secret manager)',
  noTerminalToCreate: (p: { path: string }) =>
    `${p.path} is to be encrypted with a passphrase you choose, and there is no terminal to type it on.`,
  askPassphrase: (p: { path: string }) => `Passphrase for ${p.path}: `,
  choosePassphrase: (p: { path: string }) =>
    `awsmfa keeps the keys in ${p.path}, encrypted with a passphrase you choose.`,
  newPassphrase: 'New passphrase: ',
  passphraseAgain: 'The same passphrase again: ',
  passphrasesDiffer: 'The two passphrases differ; nothing was written.',
  passphrasesDifferHint: 'run the command again and type the same passphrase twice',
  cancelledAtPassphrase: 'Cancelled at the passphrase prompt; nothing was changed.',
});
