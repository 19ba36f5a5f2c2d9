// Reading STS's Query-protocol XML answers without an XML library: the few tags awsmfa needs.

/** The credentials STS returns from GetSessionToken and AssumeRole. */
export interface StsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

/** The text of the first `<tag>…</tag>` in `xml`, entities decoded; undefined when absent. */
export function xmlText(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return match ? decodeEntities(match[1]!.trim()) : undefined;
}

/** The `<Credentials>` of a successful answer, or undefined when any part is missing or malformed. */
export function stsCredentials(xml: string): StsCredentials | undefined {
  const credentials = xmlText(xml, 'Credentials') ?? '';
  const accessKeyId = xmlText(credentials, 'AccessKeyId');
  const secretAccessKey = xmlText(credentials, 'SecretAccessKey');
  const sessionToken = xmlText(credentials, 'SessionToken');
  const expiration = xmlText(credentials, 'Expiration');
  if (!accessKeyId || !secretAccessKey || !sessionToken || !expiration) return undefined;
  if (Number.isNaN(Date.parse(expiration))) return undefined;
  return { accessKeyId, secretAccessKey, sessionToken, expiration: new Date(expiration) };
}

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_all, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[entity]) return named[entity]!;
    return String.fromCodePoint(
      entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
    );
  });
}
