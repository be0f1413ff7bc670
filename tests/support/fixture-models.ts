/**
 * Fixture model facts for tests: referral steps with levels and coordinates for
 * a few models of a copy of content/, and a German translation of one of them,
 * so the figures can be tested whatever the real models contain at the time.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { standInText } from './stand-in-text.ts';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export const fixtureSteps = {
  en: [
    { actor: 'Municipal social worker', action: 'Meets the person and offers help on reasonable grounds.', level: 'local' },
    { actor: 'Municipal anti-trafficking coordinator', action: 'Calls the coordination group together.', level: 'local' },
    { actor: 'National referral body', action: 'Decides on specialised assistance.', level: 'national' },
    { actor: 'Transnational referral contact point', action: 'Arranges safe return with the country of origin.', level: 'cross-border' },
  ],
  de: [
    { actor: 'Kommunale Sozialarbeiterin', action: 'Trifft die Person und bietet bei begründetem Verdacht Hilfe an.', level: 'local' },
    { actor: 'Kommunale Koordinatorin gegen Menschenhandel', action: 'Ruft die Koordinierungsgruppe zusammen.', level: 'local' },
    { actor: 'Nationale Verweisungsstelle', action: 'Entscheidet über spezialisierte Hilfe.', level: 'national' },
    { actor: 'Grenzüberschreitende Kontaktstelle', action: 'Organisiert mit dem Herkunftsland eine sichere Rückkehr.', level: 'cross-border' },
  ],
};

/**
 * Model ID → coordinates given by the fixture: every model that has coordinates in
 * the real content (the bundle test counts the real site's marks), at fixed places.
 */
export const fixtureCoordinates: Record<string, { lat: number; lon: number }> = {
  estonia: { lat: 58.94, lon: 23.54 },
  latvia: { lat: 56.51, lon: 21.01 },
  'lithuania-municipal-model': { lat: 54.9, lon: 23.9 },
  'north-west-russia': { lat: 59.94, lon: 30.31 },
};

/** The model that gets the fixture's steps (in English and German). */
export const fixtureStepsModel = 'lithuania-municipal-model';

/** A model the fixture leaves without steps: its page says the steps are not described. */
export const modelWithoutSteps = 'north-west-russia';

/**
 * The German copy stands in for a translation: each <Term> shows the German term base's
 * term, as a translation would, and the other words are one German word, so the build's
 * term, length and English-text checks accept it.
 */
function germanTerms(content: string, text: string): string {
  const concepts = parse(readFileSync(join(content, 'terms', 'en.yaml'), 'utf8')) as { concept: string; glossary?: string }[];
  const german = new Map((parse(readFileSync(join(content, 'terms', 'de.yaml'), 'utf8')) as { concept: string; term: string }[]).map((e) => [e.concept, e.term]));
  const byGlossary = new Map(concepts.flatMap((c) => (c.glossary && german.has(c.concept) ? [[c.glossary, german.get(c.concept)!]] : [])));
  return standInText(text.replace(/<Term id="([^"]+)">[^<]*<\/Term>/g, (whole, id: string) => (byGlossary.has(id) ? `<Term id="${id}">${byGlossary.get(id)}</Term>` : whole)), 'Wort');
}

function editFrontmatter(file: string, edit: (data: Record<string, unknown>) => void, out = file, body = (text: string) => text): void {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
  const data = parse(match[1]!) as Record<string, unknown>;
  edit(data);
  writeFileSync(out, `---\n${stringify(data, { lineWidth: 0 })}---\n${body(text.slice(match[0].length))}`);
}

/** Adds the fixture's steps and coordinates to a copy of content/ (replacing what is there). */
export function addFixtureModelFacts(content: string): void {
  const models = join(content, 'models');
  for (const [id, coordinates] of Object.entries(fixtureCoordinates)) {
    editFrontmatter(join(models, 'en', `${id}.mdx`), (data) => {
      data.coordinates = coordinates;
      if (id === fixtureStepsModel) data.referralSteps = fixtureSteps.en;
    });
  }
  mkdirSync(join(models, 'de'), { recursive: true });
  const english = join(models, 'en', `${fixtureStepsModel}.mdx`);
  editFrontmatter(
    english,
    (data) => {
      data.title = 'Das kommunale Modell in Litauen';
      data.referralSteps = fixtureSteps.de;
      data.translation = { sourceVersion: data.version, review: 'machine-draft' };
      delete data.version;
    },
    join(models, 'de', `${fixtureStepsModel}.mdx`),
    (text) => germanTerms(content, text),
  );
}
