/**
 * Adding a language needs only a list entry, a UI-strings file and content — no
 * code change. A content copy gets Danish (one translated chapter, everything else
 * in English), and the real build turns it into a Danish site.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { standInText } from '../support/stand-in-text.ts';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, elements, leftoversOf, readBuilt, runBuild, type BuildResult, type Workspace } from './support.ts';

const SITE = 'https://strom.example.org';

/** The Danish interface strings asserted below; everything else stays in English. */
const danishUi: Record<string, string> = {
  'site.shortTitle': 'STROM-retningslinjer',
  'site.title': 'Styrket lokal indsats mod menneskehandel',
  'site.subtitle': 'Retningslinjer for kommuner i Østersøregionen',
  skipLink: 'Spring til hovedindholdet',
  'nav.chapters': 'Kapitler',
  'nav.home': 'Forside',
  'home.chapters': 'Kapitler',
  'home.notTranslated': 'Engelsk tekst',
  'language.label': 'Sprog',
  'toc.title': 'På denne side',
  'notice.fallback': 'Dette kapitel er endnu ikke oversat til {language}. Du læser den engelske tekst.',
  'notice.review.machine-draft':
    'Dette er en maskinoversættelse, som endnu ikke er gennemgået af en ekspert med dansk som modersmål. Kontrollér vigtige detaljer i den engelske tekst.',
  'notice.reviewLink': 'Engelsk version',
};

const danishTitle = 'Hvorfor kommunerne er vigtige';
const danishDescription =
  'Hvorfor menneskehandel er et lokalt anliggende, i byer og i små byer, og hvorfor kommunen ofte er den første kontakt og det sted, hvor genopretningen sker.';
const danishIntro =
  'Menneskehandel bliver ofte set som en opgave for politiet og for de nationale ministerier. Men de mennesker, den skader, bor på virkelige steder. ' +
  'De lejer lejligheder, tilmelder sig en adresse, søger arbejde, følger deres børn i skole og går til lægen. Alt dette er lokale ydelser. ' +
  'Dette kapitel forklarer, hvorfor din kommune betyder noget: menneskehandel finder sted i byerne og på landet, kommunens medarbejdere kan være ' +
  'de første, der møder en person, som kan være et offer, og genopretning og en ny start sker i et lokalsamfund.';

let ws: Workspace;
let result: BuildResult;
let englishVersion: number;
const page = (path: string) => readBuilt(ws.dist, path);

function addDanish(content: string): void {
  // 1. The list entry.
  const listPath = join(content, 'languages.json');
  const list = JSON.parse(readFileSync(listPath, 'utf8')) as { languages: Record<string, string>[] };
  list.languages.push({ code: 'da', name: 'Dansk', englishName: 'Danish', dir: 'ltr', pagefind: 'da' });
  writeFileSync(listPath, `${JSON.stringify(list, null, 2)}\n`);

  // 2. The interface strings: English, with the visible strings above in Danish.
  const english = JSON.parse(readFileSync(join(content, 'ui', 'en.json'), 'utf8')) as Record<string, string>;
  for (const key of Object.keys(danishUi)) expect(english, `ui/en.json has "${key}"`).toHaveProperty([key]);
  writeFileSync(join(content, 'ui', 'da.json'), `${JSON.stringify({ ...english, ...danishUi }, null, 2)}\n`);

  // 3. One translated chapter: the English file with a Danish title, description and first paragraph,
  //    the same heading IDs, and a translation block instead of the version.
  const source = readFileSync(join(content, 'chapters', 'en', 'why-municipalities.mdx'), 'utf8');
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
  englishVersion = Number(/^version: (\d+)$/m.exec(frontmatter!)![1]);
  const danishFrontmatter = frontmatter!
    .replace(/^title: .*$/m, `title: ${danishTitle}`)
    .replace(/^description: .*$/m, `description: ${danishDescription}`)
    .replace(/^version: \d+$/m, `translation:\n  sourceVersion: ${englishVersion}\n  review: machine-draft`);
  // The rest of the text stands in for a translation (see tests/support/stand-in-text.ts).
  const standIn = standInText(body!, 'ord');
  const paragraphs = standIn.split('\n\n');
  const first = paragraphs.findIndex((p) => p.trim() !== '');
  paragraphs[first] = `\n${danishIntro}`;
  mkdirSync(join(content, 'chapters', 'da'), { recursive: true });
  writeFileSync(join(content, 'chapters', 'da', 'why-municipalities.mdx'), `---\n${danishFrontmatter}\n---\n${paragraphs.join('\n\n')}`);
}

beforeAll(async () => {
  ws = copyContent('fixture-language');
  addDanish(ws.content);
  result = await runBuild({ STROM_CONTENT_DIR: ws.content, STROM_DIST: ws.dist, SITE_URL: SITE });
});

afterAll(() => ws?.dispose());

describe('a fixture language added with content only', () => {
  it('builds', () => {
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/Content OK: \d+ documents in 11 languages\./);
    expect(leftoversOf(result.pid), 'temporary output in .build/').toEqual([]);
  });

  it('has a Danish home page in Danish', () => {
    const html = page('da/index.html');
    expect(html).toMatch(/<html lang="da" dir="ltr"/);
    expect(html).toContain(`<title>${danishUi['site.shortTitle']}</title>`);
    expect(html).toContain(danishUi['home.chapters']);
    expect(html).toContain(danishUi.skipLink);
    // The translated chapter is listed in Danish, the others in English and marked as such.
    const links = elements(html).filter((e) => e.name === 'a' && e.attributes.class === 'card__link');
    expect(links.find((a) => a.attributes.href === '/da/why-municipalities/')?.attributes.lang).toBe('da');
    expect(links.find((a) => a.attributes.href === '/da/about/')?.attributes.lang).toBe('en');
    expect(html).toContain(danishTitle);
    expect(html).toContain(danishUi['home.notTranslated']);
  });

  it('shows the translated chapter in Danish, with a machine-draft notice and no fallback notice', () => {
    const html = page('da/why-municipalities/index.html');
    expect(html).toMatch(/<html lang="da"/);
    expect(html).toContain(`<title>${danishTitle} · ${danishUi['site.shortTitle']}</title>`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${danishTitle}</h1>`));
    expect(html).toContain(danishIntro);
    expect(html).not.toContain('data-notice="fallback"');
    expect(html).not.toContain('data-notice="outdated"');
    expect(html).toContain('data-notice="review"');
    expect(html).toContain(danishUi['notice.review.machine-draft']);
    // The text is the reader's language: no lang="en" on the article, and it is indexed.
    const article = elements(html).find((e) => e.name === 'article')!;
    expect(article.attributes.lang).toBeUndefined();
    const main = elements(html).find((e) => e.attributes.class === 'doc-main')!;
    expect(main.attributes).toHaveProperty('data-pagefind-body');
    expect(html).not.toContain('<meta name="robots" content="noindex">');
    // The English heading IDs carry over, so #section links work in Danish too.
    for (const id of ['urban-and-rural', 'first-contact', 'local-gap', 'local-reintegration', 'what-to-do']) {
      expect(html).toContain(`id="${id}"`);
    }
  });

  it('shows an untranslated chapter as an English fallback with a Danish notice', () => {
    const html = page('da/about/index.html');
    expect(html).toMatch(/<html lang="da"/);
    expect(html).toContain('data-notice="fallback"');
    expect(html).toContain(danishUi['notice.fallback']!.replace('{language}', 'Dansk'));
    const article = elements(html).find((e) => e.name === 'article')!;
    expect(article.attributes.lang).toBe('en');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('offers Danish in the language switcher of an English page', () => {
    const switcher = elements(page('en/about/index.html')).filter((e) => e.name === 'a' && e.attributes['data-keep-hash'] !== undefined);
    expect(switcher.find((a) => a.attributes.hreflang === 'da')?.attributes).toMatchObject({ href: '/da/about/', lang: 'da' });
    const chapter = elements(page('en/why-municipalities/index.html'));
    expect(chapter.find((e) => e.name === 'a' && e.attributes.hreflang === 'da')?.attributes.href).toBe('/da/why-municipalities/');
    expect(chapter.find((e) => e.name === 'link' && e.attributes.rel === 'alternate' && e.attributes.hreflang === 'da')?.attributes.href).toBe(
      `${SITE}/da/why-municipalities/`,
    );
  });

  it('lists Danish on the language chooser', () => {
    const choice = elements(page('index.html')).find((e) => e.name === 'a' && e.attributes['data-language-choice'] === 'da');
    expect(choice?.attributes.href).toBe('/da/');
    expect(page('index.html')).toContain('Dansk');
  });

  it('names Danish in sitemap.xml, for the translated chapter but not for English fallbacks', () => {
    const sitemap = page('sitemap.xml');
    expect(sitemap).toContain('hreflang="da"');
    expect(sitemap).toContain(`<loc>${SITE}/da/why-municipalities/</loc>`);
    expect(sitemap).toContain(`hreflang="da" href="${SITE}/da/why-municipalities/"`);
    expect(sitemap).not.toContain(`<loc>${SITE}/da/about/</loc>`);
  });

  it('writes every Danish page the other languages have', () => {
    for (const path of ['da/models/index.html', 'da/models/latvia/index.html', 'da/glossary/index.html', 'da/helplines/index.html', 'da/translations/index.html']) {
      expect(existsSync(join(ws.dist, path)), path).toBe(true);
    }
  });
});
