/**
 * Links as pages write them: site paths with the configured base path in front
 * (BASE_PATH, e.g. /strom/), so the site works at the domain root or below it.
 */
import { pagePath, withBase, type Page } from '../lib/routes.ts';

/** "/pagefind/" → "/strom/pagefind/" */
export const siteHref = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** The link to a page in a language: ("lv", { kind: 'glossary' }) → "/strom/lv/glossary/". */
export const pageHref = (lang: string, page: Page): string => siteHref(pagePath(lang, page));
