import type { Translation } from '../defineMessages.js';
import type { cidrText } from '../en/cidr.js';

export const cidr: Translation<typeof cidrText> = {
  addressHint:
    'IPv4 アドレス（192.0.2.10）、IPv6 アドレス（2001:db8::10）、または CIDR（192.0.2.0/24）で指定してください',
  notAnAddress: (p) => `${p.text} は IP アドレスではありません。`,
  notAnAddressOrCidr: (p) => `${p.text} は IP アドレスでも CIDR でもありません。`,
  badPrefix: (p) => `${p.text} のプレフィックス長が正しくありません。`,
  badPrefixHint: (p) => `IPv${p.family} のプレフィックス長は 0～${p.bits} の数値です（例: ${p.example}）`,
  droppedDuplicate: (p) => `重複する ${p.cidr} を除きました`,
  droppedSame: (p) => `${p.cidr} を除きました（${p.earlier} と同じ）`,
  merged: (p) => `${p.cidrs.join('、')} を ${p.into} にまとめました`,
  matchesEverything: (p) => `信頼された IP ${p.text} はすべての IPv${p.family} アドレスに一致します。`,
  matchesEverythingHint:
    'これではどこからでも MFA が不要になります。代わりにオフィスや VPN のアドレスを指定してください（本当にこの指定でよければ --force を付けてください）',
  hostBits: (p) =>
    `信頼された IP ${p.text} にはホスト部のビットが立っています: これは ${p.canonical} 全体を意味します。`,
  hostBitsHint: (p) =>
    `ネットワーク全体のつもりなら ${p.canonical}、そのアドレスだけなら ${p.single} と書いてください（--force を付けると ${p.canonical} として扱います）`,
};
