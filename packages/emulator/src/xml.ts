// Tiny XML writer for AWS response documents. Arrays become `<member>` lists, as in the AWS query
// protocol; `undefined` members are left out, as AWS leaves out absent optional fields.

/** A value that can be written as an XML element's content. */
export type XmlValue = string | number | boolean | Date | undefined | XmlObject | XmlValue[];

/** Child elements by name, in document order. */
export interface XmlObject {
  [name: string]: XmlValue;
}

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** AWS timestamps: ISO 8601 in UTC, whole seconds (`2024-05-01T12:00:00Z`). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Writes `<name>value</name>`; `undefined` writes nothing. */
export function element(name: string, value: XmlValue): string {
  if (value === undefined) return '';
  return `<${name}>${content(value)}</${name}>`;
}

function content(value: Exclude<XmlValue, undefined>): string {
  if (Array.isArray(value)) return value.map((item) => element('member', item)).join('');
  if (value instanceof Date) return isoSeconds(value);
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([name, child]) => element(name, child))
      .join('');
  }
  return escapeXml(String(value));
}
