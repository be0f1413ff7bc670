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
  const checker = linkChecker(fileExists);
  for (const [pagePath, scan] of pages) checker.add(pagePath, scan);
  return checker.finish();
}

export interface LinkChecker {
  /** A page of the site and what it links to; its scan is not kept, only its ids. */
  add(pagePath: string, scan: PageScan): void;
  /** Every broken link, in the order the pages were added and their links written. */
  finish(): BrokenLink[];
}

/**
 * findBrokenLinks for pages that come one at a time (the offline bundles render
 * each page as they write it): a link is checked as soon as it can be, and only a
 * link to an #anchor of a page not yet seen waits for the end.
 */
export function linkChecker(fileExists: (urlPath: string) => boolean): LinkChecker {
  const ids = new Map<string, ReadonlySet<string>>();
  const broken: (BrokenLink & { order: number })[] = [];
  const waiting: { order: number; page: string; ref: string; path: string; hash: string }[] = [];
  let order = 0;
  const targetOf = (path: string) => ids.get(path) ?? (path.endsWith('/') ? undefined : ids.get(`${path}/`));
  const check = (order: number, page: string, ref: string, path: string, hash: string, final: boolean): boolean => {
    const target = targetOf(path);
    if (!target) {
      if (fileExists(path) && !hash) return true;
      if (!final) return false;
      if (!fileExists(path)) {
        broken.push({ order, page, ref, reason: 'no such page or file' });
        return true;
      }
    }
    if (hash && target && !target.has(hash)) broken.push({ order, page, ref, reason: `no element with id "${hash}"` });
    return true;
  };
  return {
    add(pagePath, scan) {
      // The ids are slices of the page's HTML: copied into one string of their own, so
      // that the page is not kept in memory for them.
      ids.set(pagePath, new Set(scan.ids.size ? [...scan.ids].join('\u0000').split('\u0000') : []));
      for (const { value } of scan.refs) {
        order++;
        if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('http://site.invalid')) continue;
        if (value.startsWith('//')) {
          broken.push({ order, page: pagePath, ref: value, reason: 'protocol-relative URL to another host' });
          continue;
        }
        const url = new URL(value, `http://site.invalid${pagePath}`);
        const path = safeDecode(url.pathname);
        const hash = url.hash ? safeDecode(url.hash.slice(1)) : '';
        if (!check(order, pagePath, value, path, hash, false)) waiting.push({ order, page: pagePath, ref: value, path, hash });
      }
    },
    finish() {
      for (const w of waiting.splice(0)) check(w.order, w.page, w.ref, w.path, w.hash, true);
      return broken.sort((a, b) => a.order - b.order).map(({ page, ref, reason }) => ({ page, ref, reason }));
    },
  };
}
