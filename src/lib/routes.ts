/**
 * Every URL of the site, built in one place. Paths here never include the base
 * path; `withBase` adds it. Pages are directory URLs ("/lv/about/").
 */

export type Page =
  | { kind: 'home' }
  | { kind: 'chapter'; id: string }
  | { kind: 'models' }
  | { kind: 'model'; id: string }
  | { kind: 'comparison' }
  | { kind: 'country'; id: string }
  | { kind: 'glossary' }
  | { kind: 'helplines' }
  | { kind: 'translations' }
  /** Source and translation side by side, for review; under /{lang}/translations/. */
  | { kind: 'review'; document: 'chapter' | 'model'; id: string }
  | { kind: 'search' }
  | { kind: 'downloads' }
  | { kind: 'training' }
  | { kind: 'print' }
  | { kind: 'handout'; id: string };

/** First path segments under /{lang}/ that belong to the site, not to a chapter. */
export const reservedSegments = ['models', 'comparison', 'countries', 'glossary', 'helplines', 'translations', 'search', 'downloads', 'print', 'training'] as const;

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
    case 'comparison':
      return `/${lang}/comparison/`;
    case 'country':
      return `/${lang}/countries/${page.id}/`;
    case 'glossary':
      return `/${lang}/glossary/`;
    case 'helplines':
      return `/${lang}/helplines/`;
    case 'translations':
      return `/${lang}/translations/`;
    case 'review':
      return page.document === 'chapter' ? `/${lang}/translations/${page.id}/` : `/${lang}/translations/models/${page.id}/`;
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
  if (!lang || !languageCodes.includes(lang)) return null;
  if (first === 'translations' && second !== undefined) {
    if (second === 'models') return rest.length === 1 ? { lang, page: { kind: 'review', document: 'model', id: rest[0]! } } : null;
    return rest.length === 0 ? { lang, page: { kind: 'review', document: 'chapter', id: second } } : null;
  }
  if (rest.length > 0) return null;
  if (first === undefined) return { lang, page: { kind: 'home' } };
  if (first === 'models') return { lang, page: second ? { kind: 'model', id: second } : { kind: 'models' } };
  if (first === 'countries') return second ? { lang, page: { kind: 'country', id: second } } : null;
  if (second !== undefined) return null;
  if (first === 'comparison' || first === 'glossary' || first === 'helplines' || first === 'translations' || first === 'search' || first === 'downloads') return { lang, page: { kind: first } };
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

/**
 * What is wrong with a BASE_PATH setting, if anything. It is a path on the host, so
 * it starts with "/" ("strom/" would make every link relative to the page it is on).
 */
export function basePathProblem(value: string | undefined): { message: string; hint: string } | undefined {
  if (value === undefined || value === '' || value === '/') return undefined;
  const suggestion = `/${value.split('/').filter((part) => part && part !== '.' && part !== '..').join('/')}/`.replace(/\/\/+/g, '/');
  if (!value.startsWith('/')) return { message: `BASE_PATH "${value}" does not start with "/"`, hint: `write it as a path from the host's root, e.g. BASE_PATH=${suggestion}` };
  if (!/^[A-Za-z0-9/_~.-]+$/.test(value) || value.split('/').some((part) => part === '.' || part === '..')) {
    return { message: `BASE_PATH "${value}" is not a plain path`, hint: 'use letters, digits, "-", "_" and "/" only, e.g. BASE_PATH=/strom/' };
  }
  return undefined;
}

/** Normalises a BASE_PATH setting to the form Astro expects: "/" or "/strom/". */
export function normaliseBase(value: string | undefined): string {
  const parts = (value ?? '').split('/').filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}
