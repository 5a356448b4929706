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
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`Riga ${line}: ${message}`);
    this.name = 'XmlSyntaxError';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, fail: (message: string) => never): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;]{1,10});/g, (_match, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const value = ENTITIES[entity];
    if (value === undefined) fail(`entità &${entity}; non riconosciuta`);
    return value;
  });
}

const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const GT = 62;
/** Shared by every element without attributes (the tokenizer never writes into it). */
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;

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

// Sticky: each attribute is matched exactly where the previous one ended, so a tag of any length
// is read in one pass (scanning for the next match from every position was quadratic).
const ATTR = /\s*([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

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
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineAt = (offset: number) => {
    let line = 1;
    for (let i = xml.indexOf('\n'); i !== -1 && i < offset; i = xml.indexOf('\n', i + 1)) line += 1;
    return line;
  };
  const fail = (message: string, at = pos): never => {
    throw new XmlSyntaxError(message, lineAt(at));
  };
  // One closure for the whole parse rather than one per text node.
  const failHere = (message: string): never => fail(message);

  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > pos) {
      const top = stack[stack.length - 1];
      // Only leaves carry values: the indentation between children is not kept.
      if (top && top.children.length === 0) top.text += decode(xml.slice(pos, textEnd), failHere);
      else if (!top && xml.slice(pos, textEnd).trim() !== '') fail('testo fuori dall’elemento radice');
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
      const node: XmlNode = {
        name: xml.slice(pos + 1, nameEnd),
        attrs: NO_ATTRS,
        children: [],
        text: '',
        offset: pos,
      };
      if (!stack.length && root) fail('più di un elemento radice');
      stack.push(node);
      pos = nameEnd + 1;
    } else {
      const end = xml.indexOf('>', pos);
      if (end === -1) fail('tag non terminato');
      const selfClosing = xml.charCodeAt(end - 1) === 47; // '/'
      const body = xml.slice(pos + 1, selfClosing ? end - 1 : end);
      const nameMatch = /^[A-Za-z_][\w.:-]*/.exec(body);
      if (!nameMatch) fail('nome di elemento non valido');
      const name = nameMatch?.[0] ?? '';
      const attrs: Record<string, string> = {};
      const rest = body.slice(name.length);
      if (rest.trim() !== '') {
        ATTR.lastIndex = 0;
        let consumed = 0;
        for (let m = ATTR.exec(rest); m; m = ATTR.exec(rest)) {
          attrs[m[1] ?? ''] = decode(m[2] ?? m[3] ?? '', failHere);
          consumed = ATTR.lastIndex;
        }
        if (rest.slice(consumed).trim() !== '') fail(`attributi non validi in <${name}>`);
      }
      const node: XmlNode = { name, attrs, children: [], text: '', offset: pos };
      if (!stack.length && root) fail('più di un elemento radice');
      stack.push(node);
      pos = end + 1;
      if (selfClosing) finish(stack.pop() as XmlNode);
    }
  }
  if (stack.length) fail(`elemento <${stack[stack.length - 1]?.name}> non chiuso`, xml.length);
  if (!root) fail('documento vuoto');
  return root as XmlNode;

  function finish(node: XmlNode) {
    const parent = stack[stack.length - 1];
    if (parent && detach.has(node.name)) {
      onDetached(node, stack);
    } else if (parent) {
      parent.children.push(node);
    } else {
      root = node;
    }
  }
}

export const lineOf = (xml: string, offset: number): number => {
  let line = 1;
  for (let i = xml.indexOf('\n'); i !== -1 && i < offset; i = xml.indexOf('\n', i + 1)) line += 1;
  return line;
};
