/**
 * The pure parts of search: cleaning a query, matching inflected words in
 * languages Pagefind cannot stem, turning Pagefind's excerpts into safe text, and
 * shaping results. The browser script (src/client/search.ts) uses these; tests
 * cover them without a browser.
 */

export const maxQueryLength = 200;

export type QueryProblem = 'empty' | 'no-words' | 'too-long';

/** Trims and shortens a query; says when there is nothing to search for. */
export function cleanQuery(raw: string): { query: string; problem?: QueryProblem } {
  const collapsed = raw.replace(/\s+/g, ' ').trim();
  if (!collapsed) return { query: '', problem: 'empty' };
  if (!/[\p{L}\p{N}]/u.test(collapsed)) return { query: collapsed, problem: 'no-words' };
  if (collapsed.length > maxQueryLength) {
    // Cut at a word boundary so the last word is not a meaningless fragment.
    const cut = collapsed.slice(0, maxQueryLength);
    const lastSpace = cut.lastIndexOf(' ');
    return { query: (lastSpace > maxQueryLength / 2 ? cut.slice(0, lastSpace) : cut).trim(), problem: 'too-long' };
  }
  return { query: collapsed };
}

/**
 * For languages Pagefind does not stem (Latvian, Icelandic), removes a common
 * ending from each query word so that Pagefind's prefix matching finds the other
 * forms: "grāmatas" → "grāmat", which matches "grāmatām" and "gramatu" alike.
 * Pagefind already ignores diacritics. A word is never cut below `minStem` letters.
 */
export function stripEndings(query: string, endings: readonly string[], minStem = 4): string {
  if (endings.length === 0) return query;
  const byLength = [...endings].sort((a, b) => b.length - a.length);
  return query
    .split(' ')
    .map((word) => {
      const lower = word.toLocaleLowerCase();
      const ending = byLength.find((e) => lower.endsWith(e) && [...lower].length - [...e].length >= minStem);
      return ending ? [...word].slice(0, [...word].length - [...ending].length).join('') : word;
    })
    .join(' ');
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt ("text <mark>word</mark> text") into plain-text parts.
 * Only <mark> is understood; any other markup is dropped, and all text is meant to
 * be inserted as text, never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(token)) marked = true;
    else if (/^<\/mark>$/i.test(token)) marked = false;
    else {
      const text = decodeEntities(token.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}

/** What Pagefind returns for one page (the fields we use). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { id?: string } }[];
}

export interface SearchHit {
  title: string;
  url: string;
  type: string | undefined;
  /** Sections of the page that matched, best first: heading, link to it, excerpt. */
  sections: { heading: string; url: string; excerpt: ExcerptPart[] }[];
  excerpt: ExcerptPart[];
}

/**
 * Shapes a Pagefind result for display: the page, and up to `maxSections` of its
 * sections with their own `#anchor` links, so a reader lands on the section.
 */
export function toHit(data: PagefindResultData, maxSections = 3): SearchHit {
  const title = data.meta.title ?? data.url;
  const sections = (data.sub_results ?? [])
    .filter((sub) => sub.url.includes('#') && sub.title && sub.title !== title)
    .slice(0, maxSections)
    .map((sub) => ({ heading: sub.title, url: sub.url, excerpt: excerptParts(sub.excerpt) }));
  return { title, url: data.url, type: data.filters?.type?.[0], sections, excerpt: excerptParts(data.excerpt) };
}

/**
 * A link to a result: Pagefind gives site paths ("/lv/about/#x"); the base is put
 * in front ("/strom/", or "../../" in the offline bundle, where links must also
 * name the file: "../../lv/about/index.html#x").
 */
export function resultUrl(url: string, base: string, fileLinks = false): string {
  const [path = '', hash] = url.split(/(?=#)/);
  const relativePath = path.replace(/^\/+/, '');
  const file = fileLinks && (relativePath === '' || relativePath.endsWith('/')) ? `${relativePath}index.html` : relativePath;
  const prefix = base === '' || base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${file}${hash ?? ''}`;
}
