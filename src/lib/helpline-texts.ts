/**
 * Helplines in the reader's language. The list (content/helplines.yaml) holds the
 * numbers, sources and English texts; content/helplines/<lang>.yaml translates only
 * the words, by id, so a number is never retyped in a translation.
 */
import { entryVersion } from './glossary-status.ts';
import type { Problem } from './problems.ts';
import type { Helpline, HelplineText } from './schemas.ts';
import { entryLines } from './term-base.ts';

/** The texts a reader sees, each with the language it is in (the English list's, where untranslated). */
export interface LocalHelpline {
  helpline: Helpline;
  organisation: { text: string; lang: string };
  service: { text: string; lang: string };
  hours: { text: string; lang: string } | undefined;
  /** Translated from an older version of the English entry. */
  outdated: boolean;
}

/**
 * An outdated translation is not shown: a reader who is about to phone must not get
 * a service description or hours that the English list has since corrected.
 */
export function localHelpline(helpline: Helpline, text: HelplineText | undefined, lang: string, sourceLang: string): LocalHelpline {
  const outdated = text !== undefined && text.sourceVersion < entryVersion(helpline);
  const current = outdated ? undefined : text;
  const pick = (translated: string | undefined, english: string) =>
    translated === undefined ? { text: english, lang: sourceLang } : { text: translated, lang };
  return {
    helpline,
    organisation: pick(current?.organisation, helpline.organisation),
    service: pick(current?.service, helpline.service),
    hours: helpline.hours === undefined ? undefined : pick(current?.hours, helpline.hours),
    outdated,
  };
}

/** Digit groups of a text, sorted: "116 000, since 1 May 2020" → 000 1 116 2020. */
const digitGroups = (text: string) => (text.match(/\d+/g) ?? []).sort();

/**
 * Problems of one language's helpline texts: ids the list lacks, an id twice, hours
 * for a helpline that has none, and digits that differ from the English text (a
 * number, date or time retyped wrongly).
 */
export function helplineTextProblems(file: string, yaml: string, texts: readonly HelplineText[], helplines: readonly Helpline[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(helplines.map((h) => [h.id, h]));
  const lines = entryLines(yaml, 'id');
  const seen = new Set<string>();
  for (const text of texts) {
    const line = lines.get(text.id);
    const helpline = byId.get(text.id);
    if (seen.has(text.id)) problems.push({ file, line, message: `helpline "${text.id}" appears twice`, hint: 'keep one entry per helpline' });
    seen.add(text.id);
    if (!helpline) {
      problems.push({ file, line, message: `helpline "${text.id}" is not in content/helplines.yaml`, hint: 'use the id of an entry of content/helplines.yaml' });
      continue;
    }
    if (text.hours !== undefined && helpline.hours === undefined) {
      problems.push({ file, line, message: `helpline "${text.id}" has no hours in content/helplines.yaml`, hint: 'translate only the texts the English entry has' });
    }
    for (const field of ['organisation', 'service', 'hours'] as const) {
      const translated = text[field];
      const english = helpline[field];
      if (translated === undefined || english === undefined) continue;
      if (digitGroups(translated).join(' ') !== digitGroups(english).join(' ')) {
        problems.push({
          file,
          line,
          message: `the ${field} of helpline "${text.id}" has the numbers ${digitGroups(translated).join(' ') || '(none)'}; the English has ${digitGroups(english).join(' ') || '(none)'}`,
          hint: 'copy every number, date and time from content/helplines.yaml digit by digit; only the words are translated',
        });
      }
    }
  }
  return problems;
}
