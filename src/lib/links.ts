/**
 * Links written in content. Authors link relatively ("../local-mapping/#what-to-map"),
 * which works under any base path and offline; the checker resolves each link
 * against the page it is on and makes sure the page and the heading exist.
 */

/** True for links the site does not own: other schemes, protocol-relative URLs. */
export function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/** decodeURIComponent that keeps malformed escapes ("50%-rule") as written instead of throwing. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Resolves a link written on the page at `fromPath` (a site path without base,
 * e.g. "/lv/about/") to a site path and an optional fragment.
 */
export function resolveLink(href: string, fromPath: string): { path: string; hash: string | undefined } {
  const url = new URL(href, `http://site.invalid${fromPath}`);
  const hash = url.hash ? safeDecode(url.hash.slice(1)) : undefined;
  return { path: safeDecode(url.pathname), hash };
}
