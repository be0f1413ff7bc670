/**
 * Rewrites a built page for the offline bundle, opened with file:// from any
 * folder: every internal URL becomes a relative link to a file ("../about/index.html"),
 * links to pages the bundle does not contain are taken out (a language switcher
 * entry disappears; other links become plain text), and online-only parts are
 * swapped for their offline counterparts. Everything else stays byte for byte.
 */
import { Parser } from 'htmlparser2';
import { fileForSitePath, relativeFileLink, rootPrefix } from './offline-paths.ts';

export interface OfflinePage {
  html: string;
  /** The page's file in the bundle, e.g. "lv/about/index.html". */
  file: string;
  /** The base path the site was built with, e.g. "/" or "/strom/". */
  base: string;
  /** Whether the bundle contains a file (path relative to the bundle root). */
  has(file: string): boolean;
}

/** Attributes holding a URL, per element (data-* ones are read by the site's scripts). */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['srcset'],
  form: ['action', 'data-script', 'data-stylesheet', 'data-bundle', 'data-source-search'],
};

/** Attributes naming a folder (Pagefind's), linked as a folder that holds files. */
const folderAttributes = new Set(['data-bundle']);

interface Edit {
  start: number;
  end: number;
  text: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}=)"[^"]*"`);
  return pattern.test(tag) ? tag.replace(pattern, `$1"${escapeAttribute(value)}"`) : tag.replace(/(\/?>)$/, ` ${name}="${escapeAttribute(value)}"$1`);
}

const removeAttribute = (tag: string, name: string) => tag.replace(new RegExp(`\\s${name}(="[^"]*")?(?=[\\s/>])`), '');

export function offlineHtml(page: OfflinePage): string {
  const { html, file, base } = page;
  const edits: Edit[] = [];
  const stack: { name: string; start: number; remove: boolean; unlink: false | 'span' | 'g' }[] = [];

  /** The bundle-relative link for a URL, or null when the bundle lacks its target. */
  // The page's own URL when hosted, to resolve relative links ("../local-mapping/") against.
  const pageUrl = `http://site.invalid${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const rewrite = (value: string, folder = false): string | null | undefined => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('#') || value.startsWith('//')) return undefined;
    const url = new URL(value, pageUrl);
    if (!url.pathname.startsWith(base)) return undefined;
    const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(value)!;
    const sitePath = `/${decodeURIComponent(url.pathname).slice(base.length)}`;
    if (folder) {
      const folderPath = sitePath.replace(/^\/+/, '');
      const prefix = relativeFileLink(file, `${folderPath}x`).slice(0, -1);
      return prefix || './';
    }
    const target = fileForSitePath(sitePath);
    if (!page.has(target)) return null;
    return `${relativeFileLink(file, target)}${match[2] ?? ''}${match[3] ?? ''}`;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        let tag = html.slice(start, end);
        let remove = 'data-online-only' in attributes;
        let unlink = false;
        if (name === 'link' && /\b(canonical|alternate)\b/.test(attributes.rel ?? '')) remove = true;
        for (const attribute of urlAttributes[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          const values = attribute === 'srcset' ? value.split(',').map((part) => part.trim()) : [value];
          const rewritten = values.map((v) => {
            const [url, ...descriptor] = v.split(/\s+/);
            const result = rewrite(url!, folderAttributes.has(attribute));
            return result === undefined ? v : result === null ? null : [result, ...descriptor].join(' ');
          });
          if (rewritten.includes(null)) {
            if (name === 'a') unlink = true;
            else remove = true;
          } else {
            tag = setAttribute(tag, attribute, rewritten.join(', '));
          }
        }
        if (name === 'form' && 'data-base' in attributes) {
          tag = setAttribute(tag, 'data-base', rootPrefix(file) || './');
          tag = setAttribute(tag, 'data-search-mode', 'offline');
        }
        if ('data-offline-only' in attributes) tag = removeAttribute(tag, 'hidden');
        if (unlink) {
          // A language the bundle lacks leaves the switcher and the chooser; any
          // other link to a missing page keeps its words without the link.
          if ('data-keep-hash' in attributes || 'data-language-choice' in attributes) {
            const item = [...stack].reverse().find((open) => open.name === 'li');
            if (item) item.remove = true;
          }
          // Inside an SVG (the map) an HTML <span> would end the SVG: use a group.
          const inSvg = stack.some((open) => open.name === 'svg');
          tag = removeAttribute(tag.replace(/^<a\b/, inSvg ? '<g' : '<span'), 'href');
          if (inSvg) tag = removeAttribute(tag, 'aria-label');
        }
        stack.push({ name, start, remove, unlink: unlink ? (stack.some((open) => open.name === 'svg') ? 'g' : 'span') : false });
        if (tag !== html.slice(start, end)) edits.push({ start, end, text: tag });
      },
      onclosetag() {
        const open = stack.pop();
        if (!open) return;
        const closeEnd = parser.endIndex + 1;
        if (open.remove) {
          edits.push({ start: open.start, end: Math.max(closeEnd, open.start), text: '' });
        } else if (open.unlink && html.slice(parser.startIndex, closeEnd) === '</a>') {
          edits.push({ start: parser.startIndex, end: closeEnd, text: `</${open.unlink}>` });
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();

  // Apply from the end; edits inside a removed element go with it.
  const removed = edits.filter((e) => e.text === '' && e.end > e.start);
  const kept = edits.filter((e) => !removed.some((r) => r !== e && e.start >= r.start && e.end <= r.end));
  kept.sort((a, b) => b.start - a.start);
  let out = html;
  for (const edit of kept) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
