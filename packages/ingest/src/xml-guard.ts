// Removes the DOCTYPE from XML before any parser sees it. Feeds never need one, and its
// internal subset is where entity-expansion bombs ("billion laughs") and external entities
// (XXE, e.g. SYSTEM "file:///etc/passwd") live. With it gone, a reference to a declared entity
// is just an unknown entity, which the parser rejects instead of expanding or resolving.

const DOCTYPE = /<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/iy;
const DOCTYPE_START = /<!DOCTYPE/i;
/** The first element's start tag; a DOCTYPE is only valid before it (in the prolog). */
const FIRST_ELEMENT = /<[A-Za-z_]/;

export interface GuardedXml {
  xml: string;
  /** True when the removed DOCTYPE declared entities. */
  declaredEntities: boolean;
}

export function stripDoctype(xml: string): GuardedXml {
  const rootAt = xml.search(FIRST_ELEMENT);
  const prolog = rootAt < 0 ? xml : xml.slice(0, rootAt);
  const start = prolog.search(DOCTYPE_START);
  if (start < 0) return { xml, declaredEntities: false };
  DOCTYPE.lastIndex = start;
  const match = DOCTYPE.exec(xml);
  if (!match) {
    // An unterminated DOCTYPE (truncated or hostile) cannot be skipped safely: cut it off.
    return {
      xml: xml.slice(0, start),
      declaredEntities: /<!ENTITY/i.test(xml.slice(start, start + 64 * 1024)),
    };
  }
  return {
    xml: xml.slice(0, start) + xml.slice(start + match[0].length),
    declaredEntities: /<!ENTITY/i.test(match[0]),
  };
}
