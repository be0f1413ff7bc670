/**
 * Fixture model facts for tests: referral steps with levels and coordinates for
 * a few models of a copy of content/, and a German translation of one of them,
 * so the figures can be tested whatever the real models contain at the time.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
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

/** Model ID → coordinates given by the fixture. */
export const fixtureCoordinates: Record<string, { lat: number; lon: number }> = {
  'lithuania-kaunas': { lat: 54.9, lon: 23.9 },
  'lithuania-taurage': { lat: 55.25, lon: 22.29 },
  'estonia-laanemaa': { lat: 58.94, lon: 23.54 },
};

/** The model that gets steps (in English and German). */
export const fixtureStepsModel = 'lithuania-kaunas';

function editFrontmatter(file: string, edit: (data: Record<string, unknown>) => void, out = file): void {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
  const data = parse(match[1]!) as Record<string, unknown>;
  edit(data);
  writeFileSync(out, `---\n${stringify(data, { lineWidth: 0 })}---\n${text.slice(match[0].length)}`);
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
      data.title = 'Stadt Kaunas, Litauen';
      data.referralSteps = fixtureSteps.de;
      data.translation = { sourceVersion: data.version, review: 'machine-draft' };
      delete data.version;
    },
    join(models, 'de', `${fixtureStepsModel}.mdx`),
  );
}
