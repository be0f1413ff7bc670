/**
 * The print editions (training kit, handouts, the whole guideline) reuse the
 * rendered chapters. These functions pick building blocks out of a chapter's HTML
 * and make a chapter's HTML fit into another page: IDs stay unique when several
 * chapters share a page, and links point where they pointed on the chapter page.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

const origin = 'http://site.invalid';
const isElement = (node: unknown): node is Element => (node as Element).type === 'tag';
const classes = (el: Element) => (el.attribs.class ?? '').split(/\s+/);

/**
 * The building blocks of the given kinds ("for-trainers", "checklist", …) in a
 * chapter's HTML, outermost only, in reading order.
 */
export function extractBlocks(html: string, kinds: readonly string[]): string[] {
  const wanted = new Set(kinds.map((kind) => `block--${kind}`));
  const isWanted = (el: Element) => el.name === 'div' && classes(el).some((c) => wanted.has(c));
  const found = DomUtils.findAll((el) => isWanted(el) && !hasWantedAncestor(el, isWanted), parseDocument(html).children);
  return found.map((el) => DomUtils.getOuterHTML(el));
}

function hasWantedAncestor(el: Element, isWanted: (el: Element) => boolean): boolean {
  for (let node = el.parent; node; node = node.parent) if (isElement(node) && isWanted(node)) return true;
  return false;
}

export interface FragmentPlacement {
  /** The site path (with base) of the page the HTML was written for, e.g. "/strom/lv/about/". */
  pagePath: string;
  /** Put in front of every ID of the fragment, so that IDs stay unique on the new page. */
  idPrefix: string;
  /**
   * Where the content of a site path is on the new page, when the new page
   * contains it (the whole guideline contains every chapter, a handout only
   * extracts, so its links lead back to the chapter); else undefined.
   */
  onThisPage?: (path: string) => PlacedPage | undefined;
}

export interface PlacedPage {
  /** The prefix the page's IDs carry on the new page. */
  idPrefix: string;
  /** The ID a link to the page itself (no #fragment) goes to; undefined: the link stays a link to that page. */
  topId?: string | undefined;
}

/**
 * Rewrites a chapter's HTML for another page: IDs get the prefix, links to places
 * on this page become #fragments, every other internal link becomes an absolute
 * site path, and the heading "copy link" anchors (meaningless on paper) go.
 */
export function placeFragment(html: string, placement: FragmentPlacement): string {
  const doc = parseDocument(html);
  const base = new URL(placement.pagePath, origin);
  const { idPrefix } = placement;
  const elements = DomUtils.findAll(() => true, doc.children);
  const ownIds = new Set(elements.map((el) => el.attribs.id).filter(Boolean));
  for (const el of elements) {
    if (el.name === 'a' && classes(el).includes('heading-anchor')) {
      DomUtils.removeElement(el);
      continue;
    }
    if (el.attribs.id) el.attribs.id = idPrefix + el.attribs.id;
    for (const name of ['aria-labelledby', 'aria-describedby']) {
      const value = el.attribs[name];
      // Only references to IDs inside the fragment move with it; others are page-wide labels.
      if (value) el.attribs[name] = value.split(/\s+/).map((id) => (ownIds.has(id) ? idPrefix + id : id)).join(' ');
    }
    const href = el.name === 'a' ? el.attribs.href : undefined;
    if (href === undefined || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
    const url = new URL(href, base);
    const placed = placement.onThisPage?.(url.pathname);
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (placed && fragment) el.attribs.href = `#${placed.idPrefix}${fragment}`;
    else if (placed?.topId !== undefined) el.attribs.href = `#${placed.topId}`;
    else el.attribs.href = url.pathname + url.search + url.hash;
  }
  return DomUtils.getOuterHTML(doc.children);
}

/** The ID prefix of a chapter on a page that holds several: "recognising-victims--". */
export const chapterIdPrefix = (chapterId: string) => `${chapterId}--`;

/** Whether an MDX source uses any of the named components (to leave chapters without them out of a print page). */
export function usesComponents(mdx: string, names: readonly string[]): boolean {
  return names.some((name) => new RegExp(`<${name}[\\s>/]`).test(mdx));
}
