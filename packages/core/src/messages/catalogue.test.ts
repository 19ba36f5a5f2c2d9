// The catalogue's own checks: every English text has Japanese that keeps every fact it states,
// keys name their areas, and the types reject a missing name or a wrong parameter.
import { describe, expect, it } from 'vitest';
import { defineMessages, type Translation } from './defineMessages.js';
import { english } from './en/index.js';
import { japanese } from './ja/index.js';
import { localeOf } from './localeOf.js';
import type { Message } from './message.js';
import { renderMessage } from './renderMessage.js';

type Factory = (params?: Record<string, unknown>) => Message;
const areas = Object.entries(english) as Array<[string, Record<string, Factory>]>;
const entries = areas.flatMap(([area, factories]) =>
  Object.entries(factories).map(([name, factory]) => [`${area}.${name}`, factory] as const),
);

/**
 * Parameters that record their names: each value reads as `⟦name⟧` in a template, and behaves as a
 * one-element list or a string where a text function uses it as one (`join`, `length`, `slice`).
 */
function markerParams(): Record<string, unknown> {
  return new Proxy(
    {},
    {
      get: (_target, name) => {
        if (typeof name !== 'string') return undefined;
        const marker = `⟦${name}⟧`;
        const list = Object.assign([marker], { toString: () => marker });
        return new Proxy(list, {
          get: (target, property) => {
            if (property in target) return Reflect.get(target, property);
            const method = (String.prototype as unknown as Record<PropertyKey, unknown>)[property];
            return typeof method === 'function' ? method.bind(marker) : undefined;
          },
        });
      },
    },
  );
}

const markersIn = (text: string) => new Set(text.match(/⟦\w+⟧/g) ?? []);

/** Parameters that name one of a few choices, which each language words its own way. */
const choiceParams: Record<string, readonly string[]> = {
  'policyCli.outcomeRow': ['source'],
};

describe('the catalogue', () => {
  it('has entries', () => {
    expect(entries.length).toBeGreaterThan(10);
  });

  it.each(entries)('%s: has Japanese that states every fact of the English', (key, factory) => {
    const message = factory(markerParams());
    expect(message.key).toBe(key);
    const [area, name] = key.split('.') as [string, string];
    const translated = (japanese as unknown as Record<string, Record<string, unknown>>)[area]?.[name];
    expect(typeof translated === 'string' || typeof translated === 'function').toBe(true);
    const text = renderMessage(message, japanese);
    expect(text.trim()).not.toBe('');
    const choices = choiceParams[key] ?? [];
    for (const marker of markersIn(message.english)) {
      if (!choices.some((name) => marker === `⟦${name}⟧`)) expect(text).toContain(marker);
    }
  });

  it('Japanese is Japanese: every text holds kana or kanji, but those that are only their values', () => {
    // oneOf with one choice is that choice; the others join other messages or AWS's own words.
    const sameInBothLanguages = new Set<string>([
      'usage.oneOf',
      'aws.awsSays',
      'enroll.failedAndCleanupFailed',
      'policy.reasons',
      'policyCli.theirProfile',
      'policyCli.disagreement',
      'policyCli.headingMfa',
      'policyCli.ok',
      'policyCli.stepLine',
      'profilesCli.headingMfa',
      'profilesCli.keysProcess',
      'sessionCli.line',
      'status.rowIdentity',
      'import.rows',
      // Its words come from a table keyed by the errno code, which the marker parameters cannot name.
      'profiles.fileProblem',
      'keys.rotateDenied',
      // Names, and `and N more` only past five of them (the markers are no number); an account and its error.
      'audit.named',
      'audit.notAuditedAccount',
    ]);
    const untranslated = entries
      .filter(([key]) => !sameInBothLanguages.has(key))
      .filter(([, factory]) => {
        const text = renderMessage(factory(markerParams()), japanese);
        return !/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text.replace(/⟦\w+⟧/g, ''));
      })
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

describe('defineMessages', () => {
  const text = defineMessages('example', {
    plain: 'A plain text.',
    created: (p: { serial: string; count: number }) => `Created ${p.serial} (${p.count}).`,
  });
  const ja: Translation<typeof text> = {
    plain: '普通のテキスト。',
    created: (p) => `${p.serial} を作成しました（${p.count}）。`,
  };

  it('makes messages whose English is filled in, and renders them in another language', () => {
    const message = text.created({ serial: 'arn:aws:iam::1:mfa/a', count: 2 });
    expect(message).toEqual({
      key: 'example.created',
      params: { serial: 'arn:aws:iam::1:mfa/a', count: 2 },
      english: 'Created arn:aws:iam::1:mfa/a (2).',
    });
    expect(renderMessage(message, { example: ja })).toBe('arn:aws:iam::1:mfa/a を作成しました（2）。');
    expect(renderMessage(text.plain(), { example: ja })).toBe('普通のテキスト。');
  });

  it('renders a message given as a parameter in the same language', () => {
    const message = text.created({ serial: text.plain(), count: 1 });
    expect(message.english).toBe('Created A plain text. (1).');
    expect(renderMessage(message, { example: ja })).toBe('普通のテキスト。 を作成しました（1）。');
  });

  it('renders messages inside a list parameter in the same language', () => {
    const list = defineMessages('lists', {
      joined: (p: { items: readonly string[] }) => p.items.join(' + '),
    });
    const message = list.joined({ items: [text.plain(), 'x'] });
    expect(message.english).toBe('A plain text. + x');
    expect(
      renderMessage(message, {
        example: ja,
        lists: { joined: (p: { items: readonly string[] }) => p.items.join('・') },
      }),
    ).toBe('普通のテキスト。・x');
  });

  it('falls back to English where the translations lack the area', () => {
    expect(renderMessage(text.plain(), {})).toBe('A plain text.');
    expect(renderMessage(text.plain(), undefined)).toBe('A plain text.');
  });

  it('a missing name or a wrong parameter fails tsc', () => {
    // @ts-expect-error: no such name
    expect(() => text.missing()).toThrow();
    // @ts-expect-error: `serial` is missing
    text.created({ count: 1 });
    // @ts-expect-error: `count` is a number
    text.created({ serial: 's', count: '1' });
    // @ts-expect-error: a translation lacking a name
    const lacking: Translation<typeof text> = { plain: '普通' };
    const wrongParameter: Translation<typeof text> = {
      plain: '普通',
      // @ts-expect-error: a parameter the English text does not have
      created: (p: { serial: string; device: string }) => `${p.serial}${p.device}`,
    };
    expect([lacking, wrongParameter]).toHaveLength(2);
  });
});

describe('localeOf', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'ja' }, 'ja'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' }, 'ja'],
    [{ LC_ALL: 'C', LC_MESSAGES: 'ja_JP.UTF-8' }, 'en'],
    [{ LC_ALL: 'ja_JP.eucJP', LANG: 'C' }, 'ja'],
    [{ LC_ALL: '', LANG: 'ja_JP.UTF-8' }, 'ja'],
    [{ AWSMFA_LANG: 'en', LANG: 'ja_JP.UTF-8' }, 'en'],
    [{ AWSMFA_LANG: 'ja', LANG: 'C' }, 'ja'],
  ] as const)('%j → %s', (env, locale) => {
    expect(localeOf(env)).toBe(locale);
  });
});
