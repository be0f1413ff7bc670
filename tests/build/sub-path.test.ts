/**
 * A build for hosting under a sub-path (BASE_PATH=/strom/): every root-relative
 * URL in the pages, robots.txt, sitemap.xml and the canonical links carries the
 * sub-path, so the site works at https://example.org/strom/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, elements, leftoversOf, readBuilt, runBuild, type BuildResult, type Workspace } from './support.ts';

const SITE = 'https://example.org';
const BASE = '/strom/';

/** Pages of every kind, as files in the output folder. */
const samples = [
  'index.html', // language chooser
  '404.html',
  'en/index.html',
  'de/index.html',
  'en/why-municipalities/index.html',
  'de/about/index.html', // an English fallback
  'en/models/index.html',
  'en/models/latvia/index.html',
  'en/glossary/index.html',
  'en/helplines/index.html',
  'en/translations/index.html',
];
/** The same pages' addresses, for their canonical links (the chooser and 404 have none). */
const canonical: Record<string, string> = {
  'en/index.html': 'en/',
  'de/index.html': 'de/',
  'en/why-municipalities/index.html': 'en/why-municipalities/',
  'de/about/index.html': 'de/about/',
  'en/models/index.html': 'en/models/',
  'en/models/latvia/index.html': 'en/models/latvia/',
  'en/glossary/index.html': 'en/glossary/',
  'en/helplines/index.html': 'en/helplines/',
  'en/translations/index.html': 'en/translations/',
};

let ws: Workspace;
let result: BuildResult;

/** Every URL-valued attribute of a page: href, src, srcset entries, action, poster. */
function urls(html: string): { tag: string; rel: string | undefined; attribute: string; value: string }[] {
  return elements(html).flatMap(({ name: tag, attributes }) =>
    Object.entries(attributes).flatMap(([attribute, value]) => {
      const rel = attributes.rel;
      if (attribute === 'srcset') return value.split(',').map((part) => ({ tag, rel, attribute, value: part.trim().split(/\s+/)[0]! }));
      return ['href', 'src', 'action', 'poster'].includes(attribute) ? [{ tag, rel, attribute, value }] : [];
    }),
  );
}

beforeAll(async () => {
  ws = copyContent('sub-path');
  result = await runBuild({ STROM_CONTENT_DIR: ws.content, STROM_DIST: ws.dist, BASE_PATH: BASE, SITE_URL: SITE });
});

afterAll(() => ws?.dispose());

describe(`a build under ${BASE}`, () => {
  it('builds', () => {
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(`base ${BASE}.`);
    expect(leftoversOf(result.pid), 'temporary output in .build/').toEqual([]);
  });

  it('writes exactly the languages of languages.json', () => {
    const { languages } = JSON.parse(readFileSync(join(ws.content, 'languages.json'), 'utf8')) as { languages: { code: string }[] };
    const folders = readdirSync(ws.dist, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('_') && !['js', 'pagefind', 'bundles', 'go'].includes(e.name))
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual(languages.map((l) => l.code).sort());
  });

  it.each(samples)('%s: every root-relative href and src starts with the sub-path', (file) => {
    expect(existsSync(join(ws.dist, file)), file).toBe(true);
    const found = urls(readBuilt(ws.dist, file));
    const rootRelative = found.filter((u) => u.value.startsWith('/') && !u.value.startsWith('//'));
    // Each sample has links, a stylesheet and a script: the check is not empty.
    expect(rootRelative.length).toBeGreaterThan(3);
    expect(rootRelative.filter((u) => !u.value.startsWith(BASE))).toEqual([]);
    expect(found.filter((u) => u.value.startsWith('//'))).toEqual([]);
    // The stylesheet and script the page loads exist under the sub-path.
    const assets = rootRelative.filter((u) => u.tag === 'script' || (u.tag === 'link' && (u.rel === 'stylesheet' || u.rel === 'icon')));
    expect(assets.map((u) => u.tag)).toEqual(expect.arrayContaining(['script', 'link']));
    for (const { value } of assets) expect(existsSync(join(ws.dist, value.slice(BASE.length).split(/[?#]/)[0]!)), value).toBe(true);
  });

  it.each(Object.entries(canonical))('%s: the canonical link is %s under the sub-path', (file, path) => {
    const links = elements(readBuilt(ws.dist, file)).filter((e) => e.name === 'link' && e.attributes.rel === 'canonical');
    expect(links.map((l) => l.attributes.href)).toEqual([`${SITE}${BASE}${path}`]);
    const alternates = elements(readBuilt(ws.dist, file)).filter((e) => e.name === 'link' && e.attributes.rel === 'alternate');
    for (const link of alternates) expect(link.attributes.href).toMatch(new RegExp(`^${SITE}${BASE}`));
  });

  it('points robots.txt at the sitemap under the sub-path', () => {
    const robots = readBuilt(ws.dist, 'robots.txt');
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}${BASE}sitemap.xml$`, 'm'));
    expect(existsSync(join(ws.dist, 'sitemap.xml'))).toBe(true);
  });

  it('lists only URLs under the sub-path in sitemap.xml', () => {
    const sitemap = readBuilt(ws.dist, 'sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    const hrefs = [...sitemap.matchAll(/<xhtml:link [^>]*href="([^"]*)"/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    expect(hrefs.length).toBeGreaterThan(locs.length);
    expect([...locs, ...hrefs].filter((url) => !url.startsWith(`${SITE}${BASE}`))).toEqual([]);
    expect(locs).toContain(`${SITE}${BASE}en/why-municipalities/`);
    // Every listed page exists in the output.
    for (const loc of locs) expect(existsSync(join(ws.dist, loc.slice(`${SITE}${BASE}`.length), 'index.html')), loc).toBe(true);
  });
});

describe('merged models keep their old URLs (trainers link to them)', () => {
  const moved = [
    ['en/models/lithuania-kaunas/', 'en/models/lithuania-municipal-model/', 'kaunas-taurage'],
    ['lv/models/lithuania-taurage/', 'lv/models/lithuania-municipal-model/', 'kaunas-taurage'],
    ['de/models/estonia-laanemaa/', 'de/models/estonia/', 'laanemaa'],
    ['en/models/estonia-ida-virumaa/', 'en/models/estonia/', 'ida-virumaa'],
  ] as const;

  it.each(moved)('%s leads on to %s#%s, is not indexed and not in the sitemap', (from, to, heading) => {
    const html = readBuilt(ws.dist, `${from}index.html`);
    const found = elements(html);
    const refresh = found.find((e) => e.name === 'meta' && e.attributes['http-equiv'] === 'refresh')?.attributes.content;
    const target = new URL(refresh!.replace(/^0; url=/, ''), `${SITE}${BASE}${from}`);
    expect(target.href).toBe(`${SITE}${BASE}${to}#${heading}`);
    expect(found.some((e) => e.name === 'a' && e.attributes.href === `../${to.split('/')[2]}/#${heading}`)).toBe(true);
    expect(found.some((e) => e.name === 'meta' && e.attributes.name === 'robots' && e.attributes.content === 'noindex')).toBe(true);
    expect(readBuilt(ws.dist, `${to}index.html`)).toContain(`id="${heading}"`);
    expect(readBuilt(ws.dist, 'sitemap.xml')).not.toContain(from);
  });
});
