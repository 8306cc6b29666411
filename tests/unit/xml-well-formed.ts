// A small, strict XML 1.0 well-formedness checker for the tests (Node has no DOMParser).
// Checks: one root element, balanced and properly nested tags, quoted and unique attributes,
// only the five predefined or numeric entity references, no stray '<' or '&', allowed
// characters only, and every namespace prefix declared in scope.

const NAME = /^[A-Za-z_][A-Za-z0-9._-]*(?::[A-Za-z_][A-Za-z0-9._-]*)?$/;
const VALID_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g;

export interface ParsedElement {
  name: string;
  attributes: Record<string, string>;
  children: ParsedElement[];
  text: string;
}

function checkText(text: string, where: string): void {
  if (text.includes('<')) throw new Error(`Stray '<' in ${where}`);
  if (text.replace(REFERENCE, '').includes('&')) throw new Error(`Unescaped '&' in ${where}: ${text.slice(0, 80)}`);
}

function decode(text: string): string {
  return text.replace(REFERENCE, (ref) => {
    const named: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
    if (named[ref]) return named[ref];
    const code = ref[2] === 'x' ? parseInt(ref.slice(3, -1), 16) : parseInt(ref.slice(2, -1), 10);
    return String.fromCodePoint(code);
  });
}

/** Parses `xml` strictly; throws an Error naming the first problem. Returns the root element. */
export function parseXml(xml: string): ParsedElement {
  if (!VALID_CHARS.test(xml)) throw new Error('Document contains characters XML does not allow');
  let i = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0 || !/^<\?xml version="1\.[0-9]"( encoding="[A-Za-z0-9._-]+")?\s*\?>$/.test(xml.slice(0, end + 2)))
      throw new Error('Malformed XML declaration');
    i = end + 2;
  }
  const stack: { el: ParsedElement; ns: Map<string, string> }[] = [];
  let root: ParsedElement | null = null;
  const rootNs = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);

  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = lt < 0 ? xml.slice(i) : xml.slice(i, lt);
    if (text) {
      if (stack.length === 0) {
        if (text.trim()) throw new Error(`Text outside the root element: ${text.trim().slice(0, 40)}`);
      } else {
        checkText(text, `<${stack[stack.length - 1].el.name}>`);
        if (text.includes(']]>')) throw new Error("']]>' in text");
        stack[stack.length - 1].el.text += decode(text);
      }
    }
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0 || xml.slice(lt + 4, end).includes('--')) throw new Error('Malformed comment');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      if (stack.length === 0) throw new Error('CDATA outside the root element');
      const end = xml.indexOf(']]>', lt);
      if (end < 0) throw new Error('Unterminated CDATA section');
      stack[stack.length - 1].el.text += xml.slice(lt + 9, end);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) throw new Error(`Unexpected markup at ${lt}`);
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new Error('Unterminated tag');
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;

    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (!open) throw new Error(`Closing </${name}> without an open element`);
      if (open.el.name !== name) throw new Error(`</${name}> closes <${open.el.name}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const nameMatch = /^[^\s/>]+/.exec(body);
    const name = nameMatch?.[0] ?? '';
    if (!NAME.test(name)) throw new Error(`Invalid element name "${name}"`);
    const attributes: Record<string, string> = {};
    const attrPattern = /\s+([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/y;
    let pos = name.length;
    attrPattern.lastIndex = pos;
    for (let m = attrPattern.exec(body); m; m = attrPattern.exec(body)) {
      const [, attr, , dq, sq] = m;
      const value = dq ?? sq ?? '';
      if (!NAME.test(attr)) throw new Error(`Invalid attribute name "${attr}" on <${name}>`);
      if (attr in attributes) throw new Error(`Duplicate attribute ${attr} on <${name}>`);
      checkText(value, `attribute ${attr} of <${name}>`);
      attributes[attr] = decode(value);
      pos = attrPattern.lastIndex;
    }
    if (body.slice(pos).trim()) throw new Error(`Malformed attributes in <${body.slice(0, 60)}>`);

    const ns = new Map(stack.length ? stack[stack.length - 1].ns : rootNs);
    for (const [attr, value] of Object.entries(attributes)) if (attr.startsWith('xmlns:')) ns.set(attr.slice(6), value);
    for (const qualified of [name, ...Object.keys(attributes).filter((a) => !a.startsWith('xmlns'))]) {
      const prefix = qualified.includes(':') ? qualified.split(':')[0] : null;
      if (prefix && !ns.has(prefix)) throw new Error(`Undeclared namespace prefix "${prefix}" in ${qualified}`);
    }

    const el: ParsedElement = { name, attributes, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].el.children.push(el);
    else if (root) throw new Error(`Second root element <${name}>`);
    else root = el;
    if (!selfClosing) stack.push({ el, ns });
  }
  if (stack.length) throw new Error(`Unclosed <${stack[stack.length - 1].el.name}>`);
  if (!root) throw new Error('No root element');
  return root;
}

/** All descendants of `el` (depth first) named `name`. */
export function findAll(el: ParsedElement, name: string): ParsedElement[] {
  const out: ParsedElement[] = [];
  const walk = (node: ParsedElement) => {
    for (const child of node.children) {
      if (child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(el);
  return out;
}

/** The first child of `el` named `name`, or throws. */
export function child(el: ParsedElement, name: string): ParsedElement {
  const found = el.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${el.name}> has no <${name}>`);
  return found;
}
