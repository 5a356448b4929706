/**
 * A minimal, linear XML reader for ListaPosPA files: elements, attributes, text, comments,
 * processing instructions and CDATA. DTDs are refused (no entity expansion from files we did not
 * write). Builds small element trees and hands each finished element of a chosen name to a
 * callback instead of keeping it, so 50,000 D0 never sit in memory as a DOM.
 */

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  /** Offset in the source, for error lines. */
  offset: number;
  /** Offset just after its end tag, set when it closes (kept elements are cut out by it). */
  end: number;
}

/**
 * Every way a file can fail to be read, with where: the Italian message shown to the user
 * starts with the line and column, counted from 1 (columns in characters, as editors count).
 */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`Riga ${line}, colonna ${column}: ${message}`);
    this.name = 'XmlSyntaxError';
  }
}

/** Line and column of `offset` in `xml`; linear, only ever run once, for an error. */
export function positionAt(xml: string, offset: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(offset, xml.length));
  let line = 1;
  let lineStart = 0;
  for (let i = xml.indexOf('\n'); i !== -1 && i < at; i = xml.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  let column = 1;
  for (let i = lineStart; i < at; i += 1) {
    const code = xml.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) column += 1; // the second half of a pair is not a character
  }
  return { line, column };
}

export function syntaxErrorAt(xml: string, offset: number, message: string): XmlSyntaxError {
  const { line, column } = positionAt(xml, offset);
  return new XmlSyntaxError(message, line, column);
}

/**
 * Characters XML 1.0 does not allow anywhere (§2.2): C0 controls but tab, LF and CR; U+FFFE and
 * U+FFFF; surrogates without their other half. A character class, so one linear scan.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/u;

const describeChar = (code: number) =>
  `U+${code.toString(16).toUpperCase().padStart(4, '0')}${code === 0 ? ' (NUL)' : ''}`;

/** The code point of a character reference's body (`#233`, `#xE9`), or undefined if invalid. */
function charReference(body: string): number | undefined {
  const hex = body.startsWith('#x');
  const digits = body.slice(hex ? 2 : 1);
  if (digits.length === 0 || digits.length > 8) return undefined;
  if (!(hex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits)) return undefined;
  const code = parseInt(digits, hex ? 16 : 10);
  const allowed =
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  return allowed ? code : undefined;
}

function namedEntity(name: string): string | undefined {
  switch (name) {
    case 'amp':
      return '&';
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
    default:
      return undefined;
  }
}

/** Longest reference body looked at: `#x10FFFF` and a few digits of leading zeros. */
const MAX_REFERENCE = 12;

/**
 * Replaces the references in `text` (at `offset` in the source). A `&` that does not start a
 * well-formed reference is an error, not kept as is: a payroll export writing "S&P" unescaped
 * would otherwise be read differently here and by INPS.
 */
function decode(text: string, offset: number, fail: (message: string, at: number) => never): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    const semi = text.indexOf(';', amp + 1);
    const body = semi === -1 || semi - amp - 1 > MAX_REFERENCE ? undefined : text.slice(amp + 1, semi);
    if (body === undefined || body === '') {
      fail('carattere «&» non seguito da un riferimento (nel testo va scritto &amp;)', offset + amp);
    }
    let value: string | undefined;
    if (body.startsWith('#')) {
      const code = charReference(body);
      if (code === undefined) fail(`riferimento a carattere non valido «&${body};»`, offset + amp);
      value = String.fromCodePoint(code);
    } else {
      value = namedEntity(body);
      if (value === undefined) fail(`entità «&${body};» non riconosciuta`, offset + amp);
    }
    out += text.slice(from, amp) + value;
    from = semi + 1;
    amp = text.indexOf('&', from);
  }
  return out + text.slice(from);
}

/** Text between children is not kept, but a bad `&` in it is still an error. */
function checkReferences(
  xml: string,
  from: number,
  to: number,
  fail: (message: string, at: number) => never,
) {
  for (let i = from; i < to; i += 1) {
    if (xml.charCodeAt(i) === 38) {
      decode(xml.slice(from, to), from, fail);
      return;
    }
  }
}

const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const GT = 62;
/** Shared by every element without attributes (the tokenizer never writes into it). */
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * The children of a leaf, most elements of a file: one shared empty list, replaced by a list of
 * its own at the first child. Never written into (frozen).
 */
const NO_CHILDREN = Object.freeze([]) as unknown as XmlNode[];

/** Whether `name` is at `at` in `xml`, compared in place. */
function sameAt(xml: string, at: number, name: string): boolean {
  for (let i = 0; i < name.length; i += 1) if (xml.charCodeAt(at + i) !== name.charCodeAt(i)) return false;
  return true;
}

const isNameStart = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95; // A-Z a-z _

/** End of the name `[A-Za-z_][\w.:-]*` starting at `from` (the same set as the regex below). */
function nameEndAt(xml: string, from: number): number {
  if (!isNameStart(xml.charCodeAt(from))) return from;
  let at = from + 1;
  for (;;) {
    const code = xml.charCodeAt(at);
    if (
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      (code >= 48 && code <= 58) || // 0-9 and ':'
      code === 95 ||
      code === 46 ||
      code === 45
    )
      at += 1;
    else return at;
  }
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * The attributes after an element's name, `body` being the tag without `<`, `>` or `/>` and
 * `base` its offset in the source. A scanner, not a global regex: `/([\w.:-]*)\s*=/g` tried at
 * every position of a long run of name characters took 17 s on an 80 KB tag.
 */
function parseAttributes(
  body: string,
  from: number,
  base: number,
  element: string,
  fail: (message: string, at: number) => never,
): Record<string, string> {
  const attrs: Record<string, string> = {};
  const invalid = (at: number): never => fail(`attributi non validi in <${element}>`, base + at);
  let i = from;
  for (;;) {
    const spaceStart = i;
    while (i < body.length && isSpace(body.charCodeAt(i))) i += 1;
    if (i >= body.length) return attrs;
    if (i === spaceStart) invalid(i); // XML wants a space before each attribute
    const nameEnd = nameEndAt(body, i);
    if (nameEnd === i) invalid(i);
    const name = body.slice(i, nameEnd);
    i = nameEnd;
    while (isSpace(body.charCodeAt(i))) i += 1;
    if (body.charCodeAt(i) !== 61) invalid(i); // '='
    i += 1;
    while (isSpace(body.charCodeAt(i))) i += 1;
    const quote = body.charAt(i);
    if (quote !== '"' && quote !== "'") invalid(i);
    const close = body.indexOf(quote, i + 1);
    if (close === -1) invalid(i);
    if (Object.hasOwn(attrs, name)) fail(`attributo ${name} ripetuto in <${element}>`, base + i);
    attrs[name] = decode(body.slice(i + 1, close), base + i + 1, fail);
    i = close + 1;
  }
}

/**
 * Parses `xml`; each element named in `detach` is passed to `onDetached` with its path of
 * ancestor names when it closes, and not attached to its parent. Returns the root.
 */
export function parseXml(
  xml: string,
  detach: ReadonlySet<string>,
  onDetached: (node: XmlNode, ancestors: readonly XmlNode[]) => void,
): XmlNode {
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  // The reader detaches one name (D0): compared, not hashed, for each element that closes.
  const detachOnly = detach.size === 1 ? [...detach][0] : undefined;
  let nextAmp = 0;
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (message: string, at = pos): never => {
    throw syntaxErrorAt(xml, at, message);
  };
  const invalid = NOT_XML_CHAR.exec(xml);
  if (invalid)
    fail(`carattere non ammesso in XML (${describeChar(invalid[0].charCodeAt(0))})`, invalid.index);

  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > pos) {
      const top = stack[stack.length - 1];
      // Only leaves carry values: the indentation between children is not kept.
      if (top && top.children.length === 0) top.text += decode(xml.slice(pos, textEnd), pos, fail);
      else if (top) {
        // The next `&` of the file, looked for again only once passed: one scan in all.
        if (nextAmp !== -1 && nextAmp < pos) nextAmp = xml.indexOf('&', pos);
        if (nextAmp !== -1 && nextAmp < textEnd) checkReferences(xml, pos, textEnd, fail);
      } else {
        const stray = xml.slice(pos, textEnd);
        const at = stray.search(/\S/);
        if (at !== -1) fail('testo fuori dall’elemento radice', pos + at);
      }
    }
    if (lt === -1) break;
    pos = lt;
    // One look at the character after '<' instead of trying each kind of markup in turn.
    const kind = xml.charCodeAt(pos + 1);
    let nameEnd: number;
    if (kind === SLASH) {
      const end = xml.indexOf('>', pos);
      if (end === -1) fail('tag di chiusura non terminato');
      const node = stack.pop();
      // Nearly always `</Name>` exactly as opened: compare in place instead of slicing.
      const name =
        node && end === pos + 2 + node.name.length && xml.startsWith(node.name, pos + 2)
          ? node.name
          : xml.slice(pos + 2, end).trim();
      if (!node || node.name !== name)
        fail(`chiusura </${name}> inattesa${node ? `: era aperto <${node.name}>` : ''}`);
      pos = end + 1;
      if (node) finish(node);
    } else if (kind === QUESTION) {
      const end = xml.indexOf('?>', pos);
      if (end === -1) fail('istruzione di elaborazione non chiusa');
      pos = end + 2;
    } else if (xml.startsWith('<!--', pos)) {
      const end = xml.indexOf('-->', pos);
      if (end === -1) fail('commento non chiuso');
      pos = end + 3;
    } else if (xml.startsWith('<![CDATA[', pos)) {
      const end = xml.indexOf(']]>', pos);
      if (end === -1) fail('sezione CDATA non chiusa');
      const top = stack[stack.length - 1];
      if (!top) fail('CDATA fuori dall’elemento radice');
      else top.text += xml.slice(pos + 9, end);
      pos = end + 3;
    } else if (kind === BANG) {
      fail('DTD e dichiarazioni non sono ammesse in un file ListaPosPA');
    } else if (xml.charCodeAt((nameEnd = nameEndAt(xml, pos + 1))) === GT && nameEnd > pos + 1) {
      // `<Name>` without attributes, the common case: no slicing of the tag body, no regex.
      const name = xml.slice(pos + 1, nameEnd);
      if (!stack.length && root) fail('più di un elemento radice');
      // A leaf `<Name>value</Name>`, most elements of a file: made whole here, without the stack.
      const valueEnd = stack.length ? xml.indexOf('<', nameEnd + 1) : -1;
      const closeEnd = valueEnd + 2 + name.length;
      if (
        valueEnd !== -1 &&
        xml.charCodeAt(valueEnd + 1) === SLASH &&
        xml.charCodeAt(closeEnd) === GT &&
        sameAt(xml, valueEnd + 2, name)
      ) {
        const text =
          valueEnd > nameEnd + 1 ? decode(xml.slice(nameEnd + 1, valueEnd), nameEnd + 1, fail) : '';
        const leaf: XmlNode = { name, attrs: NO_ATTRS, children: NO_CHILDREN, text, offset: pos, end: 0 };
        pos = closeEnd + 1;
        finish(leaf);
        continue;
      }
      const node: XmlNode = { name, attrs: NO_ATTRS, children: NO_CHILDREN, text: '', offset: pos, end: 0 };
      stack.push(node);
      pos = nameEnd + 1;
    } else {
      const end = xml.indexOf('>', pos);
      if (end === -1) fail('tag non terminato');
      const selfClosing = xml.charCodeAt(end - 1) === 47; // '/'
      const body = xml.slice(pos + 1, selfClosing ? end - 1 : end);
      const nameLength = nameEndAt(body, 0);
      if (nameLength === 0) fail('nome di elemento non valido');
      const name = body.slice(0, nameLength);
      const attrs = parseAttributes(body, nameLength, pos + 1, name, fail);
      const node: XmlNode = { name, attrs, children: NO_CHILDREN, text: '', offset: pos, end: 0 };
      if (!stack.length && root) fail('più di un elemento radice');
      stack.push(node);
      pos = end + 1;
      if (selfClosing) finish(stack.pop() as XmlNode);
    }
  }
  const open = stack[stack.length - 1];
  if (open) fail(`elemento <${open.name}> aperto qui e mai chiuso`, open.offset);
  if (!root) fail('documento vuoto');
  return root as XmlNode;

  function finish(node: XmlNode) {
    node.end = pos;
    const parent = stack[stack.length - 1];
    if (parent && (detachOnly === undefined ? detach.has(node.name) : node.name === detachOnly)) {
      onDetached(node, stack);
    } else if (parent) {
      if (parent.children === NO_CHILDREN) parent.children = [node];
      else parent.children.push(node);
    } else {
      root = node;
    }
  }
}
