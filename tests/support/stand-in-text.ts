/**
 * Fixture translations for tests: the body of a source document with every word
 * outside markup replaced by one word of the fixture language. Blocks, links, heading
 * IDs, <Cite> and <Term> elements and the length stay those of the source, and no
 * block is left in English, so the build's translation checks accept it as they
 * would a real translation.
 */
const markup = /(<Term id="[^"]*">[^<]*<\/Term>|<[^>]*>|\{[^}]*\}|\]\([^)]*\)|`[^`]*`)/;

export function standInText(body: string, word: string): string {
  return body
    .split(markup)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\p{L}+/gu, word)))
    .join('');
}
