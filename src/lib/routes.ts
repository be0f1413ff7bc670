/**
 * Every URL of the site, built in one place. Paths here never include the base
 * path; `withBase` adds it. Pages are directory URLs ("/lv/about/").
 */

export type Page =
  | { kind: 'home' }
  | { kind: 'chapter'; id: string }
  | { kind: 'models' }
  | { kind: 'model'; id: string }
  | { kind: 'glossary' }
  | { kind: 'helplines' }
  | { kind: 'translations' }
  | { kind: 'search' }
  | { kind: 'downloads' }
  | { kind: 'training' }
  | { kind: 'print' }
  | { kind: 'handout'; id: string };

/** First path segments under /{lang}/ that belong to the site, not to a chapter. */
export const reservedSegments = ['models', 'glossary', 'helplines', 'translations', 'search', 'downloads', 'print', 'training'] as const;

export function pagePath(lang: string, page: Page): string {
  switch (page.kind) {
    case 'home':
      return `/${lang}/`;
    case 'chapter':
      return `/${lang}/${page.id}/`;
    case 'models':
      return `/${lang}/models/`;
    case 'model':
      return `/${lang}/models/${page.id}/`;
    case 'glossary':
      return `/${lang}/glossary/`;
    case 'helplines':
      return `/${lang}/helplines/`;
    case 'translations':
      return `/${lang}/translations/`;
    case 'search':
      return `/${lang}/search/`;
    case 'downloads':
      return `/${lang}/downloads/`;
    // Print editions (src/pages/[lang]/print/, training.astro).
    case 'training':
      return `/${lang}/training/`;
    case 'print':
      return `/${lang}/print/`;
    case 'handout':
      return `/${lang}/print/${page.id}/`;
  }
}

/** The reverse of `pagePath`: which page a site path is, in which language. */
export function parsePagePath(path: string, languageCodes: readonly string[]): { lang: string; page: Page } | null {
  const segments = path.split('/').filter(Boolean);
  const [lang, first, second, ...rest] = segments;
  if (!lang || !languageCodes.includes(lang) || rest.length > 0) return null;
  if (first === undefined) return { lang, page: { kind: 'home' } };
  if (first === 'models') return { lang, page: second ? { kind: 'model', id: second } : { kind: 'models' } };
  if (second !== undefined) return null;
  if (first === 'glossary' || first === 'helplines' || first === 'translations' || first === 'search' || first === 'downloads') return { lang, page: { kind: first } };
  if ((reservedSegments as readonly string[]).includes(first)) return null;
  return { lang, page: { kind: 'chapter', id: first } };
}

/**
 * Joins the configured base ("/", "/strom", "/strom/") and a site path ("/lv/about/").
 * The result always starts with "/" and keeps the path's trailing slash.
 */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const trimmedPath = path.replace(/^\/+/, '');
  return `${trimmedBase}/${trimmedPath}`;
}

/** Normalises a BASE_PATH setting to the form Astro expects: "/" or "/strom/". */
export function normaliseBase(value: string | undefined): string {
  const parts = (value ?? '').split('/').filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}
