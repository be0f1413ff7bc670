/**
 * The chapters' country-specific notes, for the country pages. The chapters have
 * no structured field for them, so a section counts as a note on a country when
 * its heading or its text names the country. Names are matched as the start of a
 * word, with the final vowels of the name dropped, so that inflected and derived
 * forms match too ("Lithuania" → "Lithuanian", "Latvija" → "Latvijā",
 * "Литва" → "Литве"). A section is the text from one heading (with its explicit
 * `{/* #id *\/}`) to the next heading.
 */

export interface MentioningSection {
  /** The heading's explicit ID, the `#anchor` to link. */
  id: string;
  title: string;
  depth: number;
}

const headingLine = /^(#{2,6})\s+(.*?)\s*\{\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\}\s*$/;

/** The stem of a country name to match words by: "Lithuania" → "lithuani", "Eesti" → "eest". */
export function nameStem(name: string): string {
  const lower = name.toLocaleLowerCase();
  const stem = lower.replace(/[aeiouyäöüõåæøáéíóúāēīūаеёиоуыэюяę]+$/u, '');
  return [...stem].length >= 4 ? stem : lower;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A test for text naming a country by any of its names (e.g. in the chapter's language and in English). */
export function mentionsCountry(names: readonly string[]): (text: string) => boolean {
  const stems = [...new Set(names.filter(Boolean).map(nameStem))];
  // "Start of a word": not preceded by a letter or digit (\b is ASCII-only).
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map(escapeRegExp).join('|')})`, 'iu');
  return (text) => pattern.test(text);
}

/** The sections of an MDX chapter body whose heading or text names the country. */
export function sectionsMentioning(body: string, names: readonly string[]): MentioningSection[] {
  const mentions = mentionsCountry(names);
  const found: MentioningSection[] = [];
  let current: (MentioningSection & { text: string[] }) | undefined;
  const close = () => {
    if (current && mentions([current.title, ...current.text].join('\n'))) found.push({ id: current.id, title: current.title, depth: current.depth });
  };
  let inCode = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
    const heading = inCode ? null : headingLine.exec(line);
    if (heading) {
      close();
      current = { id: heading[3]!, title: heading[2]!.replace(/<[^>]*>/g, '').replace(/[*_`]/g, '').trim(), depth: heading[1]!.length, text: [] };
    } else if (current) {
      current.text.push(line);
    }
  }
  close();
  return found;
}
