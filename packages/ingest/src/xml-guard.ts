// Removes the DOCTYPE from XML before any parser sees it. Feeds never need one, and its
// internal subset is where entity-expansion bombs ("billion laughs") and external entities
// (XXE, e.g. SYSTEM "file:///etc/passwd") live. With it gone, a reference to a declared entity
// is just an unknown entity, which the parser rejects instead of expanding or resolving.

const DOCTYPE = /<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/i;

export interface GuardedXml {
  xml: string;
  /** True when the removed DOCTYPE declared entities. */
  declaredEntities: boolean;
}

export function stripDoctype(xml: string): GuardedXml {
  const head = xml.slice(0, 64 * 1024);
  const match = DOCTYPE.exec(head);
  if (!match) {
    // An unterminated DOCTYPE (truncated or hostile) cannot be skipped safely: cut it off.
    const open = /<!DOCTYPE/i.exec(head);
    if (!open) return { xml, declaredEntities: false };
    return { xml: xml.slice(0, open.index), declaredEntities: /<!ENTITY/i.test(head) };
  }
  return {
    xml: xml.slice(0, match.index) + xml.slice(match.index + match[0].length),
    declaredEntities: /<!ENTITY/i.test(match[0]),
  };
}
