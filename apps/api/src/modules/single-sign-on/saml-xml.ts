import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/**
 * Strict XML reading for what an administrator uploads and what an identity provider sends: any
 * parse error (not only a fatal one) refuses the document, and a DOCTYPE is refused outright, so
 * no entity expansion or external reference is ever attempted.
 */
export function parseXml(xml: string): Document | null {
  if (/<!DOCTYPE/i.test(xml)) return null;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml');
    return doc.documentElement ? doc : null;
  } catch {
    return null;
  }
}

/** Child elements (direct children only) with this namespace and local name. */
export function children(
  parent: Element,
  namespace: string | readonly string[],
  localName: string,
): Element[] {
  const namespaces = typeof namespace === 'string' ? [namespace] : namespace;
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (element.localName === localName && namespaces.includes(element.namespaceURI ?? ''))
      found.push(element);
  }
  return found;
}

/** Every descendant element with this namespace and local name. */
export const descendants = (parent: Element | Document, namespace: string, localName: string): Element[] =>
  Array.from(parent.getElementsByTagNameNS(namespace, localName));
