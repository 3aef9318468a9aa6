// Decodes raw feed or page bytes to a string. The charset is taken, in order of trust, from a
// byte-order mark, the HTTP Content-Type header, the XML prolog, then an HTML meta tag.

function sniffDeclared(head: string): string | null {
  const prolog = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (prolog?.[1]) return prolog[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

function charsetFromContentType(contentType: string | undefined): string | null {
  const match = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return match?.[1] ?? null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

export function decodeBody(bytes: Uint8Array, contentType?: string): string {
  const decoder =
    decoderFor(bomCharset(bytes)) ??
    decoderFor(charsetFromContentType(contentType)) ??
    decoderFor(sniffDeclared(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)))) ??
    new TextDecoder('utf-8');
  return decoder.decode(bytes);
}
