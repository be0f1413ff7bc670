/**
 * Checks a built site: every internal link, stylesheet, script and image points at
 * a file that exists, and every #fragment at an element with that id. Catches what
 * the content check cannot see: links made by layouts and components.
 */
import { Parser } from 'htmlparser2';
import { safeDecode } from './links.ts';

export interface PageScan {
  ids: Set<string>;
  /** URL-valued attributes as written: [tag, attribute, value]. */
  refs: { tag: string; attr: string; value: string }[];
}

/** Attributes holding a URL the site must serve, per element. */
export const linkAttributes: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
};

export function scanHtml(html: string): PageScan {
  const ids = new Set<string>();
  const refs: PageScan['refs'] = [];
  const parser = new Parser({
    onopentag(tag, attributes) {
      if (attributes.id) ids.add(attributes.id);
      if (tag === 'link' && /\b(canonical|alternate)\b/.test(attributes.rel ?? '')) return;
      for (const attr of linkAttributes[tag] ?? []) {
        const value = attributes[attr];
        if (value === undefined) continue;
        const values = attr === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [value];
        for (const v of values) refs.push({ tag, attr, value: v });
      }
    },
  });
  parser.write(html);
  parser.end();
  return { ids, refs };
}

export interface BrokenLink {
  page: string;
  ref: string;
  reason: string;
}

/**
 * Checks links across the pages of a site. `pages` maps each page's URL path
 * ("/strom/lv/about/") to its scan; `fileExists` answers for any other URL path.
 */
export function findBrokenLinks(pages: ReadonlyMap<string, PageScan>, fileExists: (urlPath: string) => boolean): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [pagePath, scan] of pages) {
    for (const { value } of scan.refs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('http://site.invalid')) continue;
      if (value.startsWith('//')) {
        broken.push({ page: pagePath, ref: value, reason: 'protocol-relative URL to another host' });
        continue;
      }
      const url = new URL(value, `http://site.invalid${pagePath}`);
      const path = safeDecode(url.pathname);
      const target = pages.get(path) ?? (path.endsWith('/') ? undefined : pages.get(`${path}/`));
      if (!target && !fileExists(path)) {
        broken.push({ page: pagePath, ref: value, reason: 'no such page or file' });
        continue;
      }
      const hash = url.hash ? safeDecode(url.hash.slice(1)) : '';
      if (hash && target && !target.ids.has(hash)) broken.push({ page: pagePath, ref: value, reason: `no element with id "${hash}"` });
    }
  }
  return broken;
}
