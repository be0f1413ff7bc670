/**
 * Rewrites a built page for the offline bundle, opened with file:// from any
 * folder: every internal URL becomes a relative link to a file ("../about/index.html"),
 * links to pages the bundle does not contain are taken out (a language switcher
 * entry disappears; other links become plain text), and online-only parts are
 * swapped for their offline counterparts. Everything else stays byte for byte.
 */
import { Parser } from 'htmlparser2';
import { fileForSitePath, relativeFileLink, rootPrefix } from './offline-paths.ts';
import { linkAttributes, type PageScan } from './html-links.ts';

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

// One pattern per attribute name, made once: a page has hundreds of tags to edit.
const valuePatterns = new Map<string, RegExp>();
const attributePatterns = new Map<string, RegExp>();
const patternFor = (patterns: Map<string, RegExp>, name: string, source: (name: string) => string) => {
  let pattern = patterns.get(name);
  if (!pattern) patterns.set(name, (pattern = new RegExp(source(name))));
  return pattern;
};

function setAttribute(tag: string, name: string, value: string): string {
  const pattern = patternFor(valuePatterns, name, (n) => `(\\s${n}=)"[^"]*"`);
  return pattern.test(tag) ? tag.replace(pattern, `$1"${escapeAttribute(value)}"`) : tag.replace(/(\/?>)$/, ` ${name}="${escapeAttribute(value)}"$1`);
}

const removeAttribute = (tag: string, name: string) => tag.replace(patternFor(attributePatterns, name, (n) => `\\s${n}(="[^"]*")?(?=[\\s/>])`), '');

export function offlineHtml(page: OfflinePage): string {
  return planOfflineHtml(page.html, page.file, page.base).render(page.has);
}

/** A URL attribute value, resolved once: what it becomes, and the file it needs (if any). */
interface PlannedValue {
  original: string;
  /** undefined: left as it is (external, #fragment, outside the base). */
  rewritten: string | undefined;
  /** The bundle file the link needs; when the bundle lacks it, the link goes. */
  needs: string | undefined;
}

interface PlannedElement {
  name: string;
  attributes: Record<string, string>;
  start: number;
  end: number;
  /** The innermost open <li> when this element opened (a language list item). */
  item: number | undefined;
  /** Inside an <svg> (the map), where an unlinked <a> becomes a <g>: an HTML <span> would end the SVG. */
  inSvg: boolean;
  values: { attribute: string; values: PlannedValue[] }[];
  close?: { start: number; end: number };
}

/** A page as rendered for one bundle. */
export interface OfflineRender {
  html: string;
  /** Its ids and links, as scanHtml would find them in it, without parsing it again. */
  scan: PageScan;
  /**
   * `html.slice(0, head)` and `html.slice(tail)` are the same in every bundle that holds
   * the page (given `mayLack`): only links to files some of those bundles lack lie between.
   */
  head: number;
  tail: number;
}

export interface OfflinePlan {
  /** Every bundle file the page links to: what `render` asks `has` about. */
  needs: string[];
  render(has: (file: string) => boolean): string;
  renderWithScan(has: (file: string) => boolean): OfflineRender;
}

/** An element the rendering looks at for another reason than a URL: an id, a link for the scan, a marker. */
function isNoted(name: string, attributes: Record<string, string>): boolean {
  return (
    'id' in attributes ||
    'data-online-only' in attributes ||
    'data-offline-only' in attributes ||
    (name === 'form' && 'data-base' in attributes) ||
    (linkAttributes[name] ?? []).some((attribute) => attribute in attributes)
  );
}

/**
 * Parses a page once and resolves every URL once; `render` then writes the page
 * for one bundle's set of files without parsing again, so a page that goes into
 * several bundles costs one parse. `mayLack` tells which of the files it links to
 * some bundle holding the page may lack (by default any): the part of the page
 * that links to those is the only part that differs from bundle to bundle.
 */
export function planOfflineHtml(html: string, file: string, base: string, mayLack: (file: string) => boolean = () => true): OfflinePlan {
  const elements: PlannedElement[] = [];
  /** Open elements: their index in `elements`, or `ignored`. */
  const stack: number[] = [];
  const ignored = -1;

  // The page's own URL when hosted, to resolve relative links ("../local-mapping/") against.
  const pageUrl = `http://site.invalid${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const resolveValue = (value: string, folder: boolean): { rewritten: string | undefined; needs: string | undefined } => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('#') || value.startsWith('//')) return { rewritten: undefined, needs: undefined };
    const url = new URL(value, pageUrl);
    if (!url.pathname.startsWith(base)) return { rewritten: undefined, needs: undefined };
    const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(value)!;
    const sitePath = `/${decodeURIComponent(url.pathname).slice(base.length)}`;
    if (folder) {
      const folderPath = sitePath.replace(/^\/+/, '');
      const prefix = relativeFileLink(file, `${folderPath}x`).slice(0, -1);
      return { rewritten: prefix || './', needs: undefined };
    }
    const target = fileForSitePath(sitePath);
    return { rewritten: `${relativeFileLink(file, target)}${match[2] ?? ''}${match[3] ?? ''}`, needs: target };
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const values: PlannedElement['values'] = [];
        for (const attribute of urlAttributes[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          const parts = attribute === 'srcset' ? value.split(',').map((part) => part.trim()) : [value];
          values.push({
            attribute,
            values: parts.map((v) => {
              const [url, ...descriptor] = v.split(/\s+/);
              const { rewritten, needs } = resolveValue(url!, folderAttributes.has(attribute));
              return { original: v, rewritten: rewritten === undefined ? undefined : [rewritten, ...descriptor].join(' '), needs };
            }),
          });
        }
        // Only elements a bundle may change or link from are kept: a plan is held
        // for every page until the last bundle, so it holds no more than it needs.
        if (!(values.length > 0 || name === 'li' || name === 'svg' || isNoted(name, attributes))) {
          stack.push(ignored);
          return;
        }
        let item: number | undefined;
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i] !== ignored && elements[stack[i]!]!.name === 'li') {
            item = stack[i];
            break;
          }
        }
        const inSvg = stack.some((open) => open !== ignored && elements[open]!.name === 'svg');
        stack.push(elements.length);
        elements.push({ name, attributes, start: parser.startIndex, end: parser.endIndex + 1, item, inSvg, values });
      },
      onclosetag() {
        const open = stack.pop();
        if (open === undefined || open === ignored) return;
        elements[open]!.close = { start: parser.startIndex, end: parser.endIndex + 1 };
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();

  const needs = [...new Set(elements.flatMap((e) => e.values.flatMap((a) => a.values.flatMap((v) => (v.needs ? [v.needs] : [])))))];

  // Where the page may differ from bundle to bundle: from the first element linking to a
  // file some bundle may lack (or the list item holding it, which goes with it) to the last.
  let varyFrom = html.length;
  let varyTo = html.length;
  let varies = false;
  for (const element of elements) {
    if (!element.values.some((a) => a.values.some((v) => v.needs !== undefined && mayLack(v.needs)))) continue;
    const item = element.item === undefined ? undefined : elements[element.item]!;
    const from = Math.min(element.start, item?.start ?? element.start);
    const to = Math.max(element.close?.end ?? element.end, item?.close?.end ?? 0);
    varyFrom = varies ? Math.min(varyFrom, from) : from;
    varyTo = varies ? Math.max(varyTo, to) : to;
    varies = true;
  }

  const renderWithScan = (has: (file: string) => boolean): OfflineRender => {
    const edits: Edit[] = [];
    const remove = elements.map(() => false);
    const unlink = elements.map(() => false);
    elements.forEach((element, index) => {
      const { name, attributes, start, end } = element;
      const original = html.slice(start, end);
      let tag = original;
      if ('data-online-only' in attributes) remove[index] = true;
      if (name === 'link' && /\b(canonical|alternate)\b/.test(attributes.rel ?? '')) remove[index] = true;
      for (const { attribute, values } of element.values) {
        if (values.some((v) => v.needs !== undefined && !has(v.needs))) {
          if (name === 'a') unlink[index] = true;
          else remove[index] = true;
        } else {
          tag = setAttribute(tag, attribute, values.map((v) => v.rewritten ?? v.original).join(', '));
        }
      }
      if (name === 'form' && 'data-base' in attributes) {
        tag = setAttribute(tag, 'data-base', rootPrefix(file) || './');
        tag = setAttribute(tag, 'data-search-mode', 'offline');
      }
      if ('data-offline-only' in attributes) tag = removeAttribute(tag, 'hidden');
      if (unlink[index]) {
        // A language the bundle lacks leaves the switcher and the chooser; any
        // other link to a missing page keeps its words without the link.
        if (('data-keep-hash' in attributes || 'data-language-choice' in attributes) && element.item !== undefined) remove[element.item] = true;
        // hreflang belongs to links only: a <span> or <g> with it is invalid HTML.
        tag = removeAttribute(removeAttribute(tag.replace(/^<a\b/, element.inSvg ? '<g' : '<span'), 'href'), 'hreflang');
        if (element.inSvg) tag = removeAttribute(tag, 'aria-label');
      }
      if (tag !== original) edits.push({ start, end, text: tag });
    });
    elements.forEach((element, index) => {
      if (!element.close) return;
      const { start, end } = element.close;
      if (remove[index]) {
        edits.push({ start: element.start, end: Math.max(end, element.start), text: '' });
      } else if (unlink[index] && html.slice(start, end) === '</a>') {
        edits.push({ start, end, text: element.inSvg ? '</g>' : '</span>' });
      }
    });

    // What the rendered page links to: elements left in it, with their values as rendered.
    const ids = new Set<string>();
    const refs: PageScan['refs'] = [];
    let removedUntil = -1;
    elements.forEach((element, index) => {
      if (element.start < removedUntil) return;
      if (remove[index]) {
        removedUntil = Math.max(removedUntil, element.close?.end ?? element.end);
        return;
      }
      const { name, attributes } = element;
      if (attributes.id) ids.add(attributes.id);
      if (name === 'link' && /\b(canonical|alternate)\b/.test(attributes.rel ?? '')) return;
      for (const attr of linkAttributes[name] ?? []) {
        if (unlink[index] && attr === 'href') continue;
        const planned = element.values.find((v) => v.attribute === attr);
        const value = planned ? planned.values.map((v) => v.rewritten ?? v.original).join(', ') : attributes[attr];
        if (value === undefined) continue;
        const values = attr === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [value];
        for (const v of values) refs.push({ tag: name, attr, value: v });
      }
    });
    const rendered = applyEdits(html, edits, varyFrom, varyTo);
    return { html: rendered.html, scan: { ids, refs }, head: rendered.head, tail: rendered.tail };
  };
  return { needs, render: (has) => renderWithScan(has).html, renderWithScan };
}

/**
 * Applies edits in one pass from the start (copying the page once, not once per
 * edit); edits inside a removed element go with it. Also gives where the page's
 * `from` and `to` offsets land in the result (an edit across one moves it outwards,
 * so that what lies before `head` and after `tail` comes only from outside [from, to)).
 */
function applyEdits(html: string, edits: readonly Edit[], from: number, to: number): { html: string; head: number; tail: number } {
  // An element's removal sorts before the edits inside it, its own tag's edit included.
  const removal = (e: Edit) => (e.text === '' && e.end > e.start ? 0 : 1);
  const byStart = [...edits].sort((a, b) => a.start - b.start || b.end - a.end || removal(a) - removal(b));
  const parts: string[] = [];
  let length = 0;
  let head: number | undefined;
  let tail: number | undefined;
  let done = 0;
  let removedUntil = -1;
  const copy = (end: number) => {
    // Unchanged text from `done` to `end`: the marks inside it map one to one.
    if (head === undefined && from <= end) head = length + Math.max(0, from - done);
    if (tail === undefined && to <= end) tail = length + Math.max(0, to - done);
    parts.push(html.slice(done, end));
    length += Math.max(0, end - done);
  };
  for (const edit of byStart) {
    if (edit.start < removedUntil && edit.end <= removedUntil) continue;
    copy(edit.start);
    parts.push(edit.text);
    length += edit.text.length;
    done = edit.end;
    if (edit.text === '' && edit.end > edit.start) removedUntil = edit.end;
  }
  copy(html.length);
  return { html: parts.join(''), head: head ?? length, tail: Math.max(tail ?? length, head ?? length) };
}
