// XML text and attribute escaping for feeds and sitemaps.

/**
 * Characters XML 1.0 forbids (C0 controls other than tab/newline/return, lone surrogates,
 * U+FFFE/U+FFFF) plus the C1 controls feed validators reject. Lone surrogates match here
 * because the `u` flag treats them as single code points outside the allowed ranges.
 */
const DISALLOWED = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Removes every character that may not appear in an XML document. */
export function stripInvalidXmlChars(value: string): string {
  return value.replace(DISALLOWED, '');
}

/** Escapes a value for use in XML text or a quoted attribute (& < > " ' all escaped). */
export function escapeXml(value: string | number): string {
  return stripInvalidXmlChars(String(value)).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}
