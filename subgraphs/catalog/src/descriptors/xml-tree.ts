import { DomainError } from '@appmarket/core';
import { SaxesParser } from 'saxes';

/** An element of a parsed descriptor: local name, namespace, attributes, children, text. */
export interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** Slash-separated path from the root, for error messages (`ServerApplication/access/scope`). */
  path: string;
  /** The line its start tag ends on (1-based), so a refusal says where to look. */
  line: number;
}

export const DESCRIPTOR_MAX_BYTES = 64 * 1024;

/**
 * Parses untrusted XML safely. Checked before any parsing: the size limit and the absence of a
 * DOCTYPE or ENTITY declaration, so no DTD is read, no external entity fetched and no entity
 * expanded (saxes itself never fetches anything and knows only the five predefined entities).
 */
export function parseXml(xml: string): XmlElement {
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > DESCRIPTOR_MAX_BYTES) {
    throw new DomainError('DESCRIPTOR_TOO_LARGE', `descriptor is ${bytes} bytes; the limit is ${DESCRIPTOR_MAX_BYTES}`, { field: 'xml', limit: DESCRIPTOR_MAX_BYTES, size: bytes });
  }
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) {
    throw new DomainError('DESCRIPTOR_DTD_FORBIDDEN', 'descriptor may not contain a DOCTYPE or entity declarations', { field: 'xml', element: '!DOCTYPE' });
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    const element = stack[stack.length - 1]?.path ?? null;
    // saxes's message starts with line:column; the element says which block to look at.
    throw new DomainError('DESCRIPTOR_MALFORMED', `descriptor is not well-formed XML${element ? ` in <${element}>` : ''}: ${error.message}`, {
      field: 'xml', element, line: parser.line,
    });
  });
  parser.on('doctype', () => {
    throw new DomainError('DESCRIPTOR_DTD_FORBIDDEN', 'descriptor may not contain a DOCTYPE', { field: 'xml', element: '!DOCTYPE', line: parser.line });
  });
  parser.on('opentag', (tag) => {
    const parent = stack[stack.length - 1];
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns') attributes[attribute.local] = attribute.value;
    }
    const element: XmlElement = {
      name: tag.local, uri: tag.uri, attributes, children: [], text: '', path: parent ? `${parent.path}/${tag.local}` : tag.local, line: parser.line,
    };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on('cdata', (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new DomainError('DESCRIPTOR_MALFORMED', 'descriptor has no root element', { field: 'xml', element: null });
  return root;
}
