/**
 * Small helpers for SVG drawn at build time: escaping, and wrapping text into lines
 * that fit a width. SVG text does not wrap by itself, so the width of a line is
 * estimated from its length; the factor is generous for the system sans-serif
 * fonts in Latin and Cyrillic script, so a line never runs out of its box.
 */

/** Average advance of one character, as a share of the font size (bold, worst common case). */
export const charWidth = 0.6;

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Estimated width of a line of text at a font size. */
export const textWidth = (text: string, fontSize: number): number => [...text].length * fontSize * charWidth;

/** The most characters that fit into `width` at `fontSize`. */
export const charsFitting = (width: number, fontSize: number): number => Math.max(1, Math.floor(width / (fontSize * charWidth)));

/**
 * Splits text into lines of at most `maxChars` characters, breaking between words;
 * a word longer than a line is cut, with a hyphen at the end of each piece.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    let rest = [...word];
    while (rest.length > maxChars) {
      if (line) {
        lines.push(line);
        line = '';
      }
      const cut = Math.max(1, maxChars - 1);
      lines.push(`${rest.slice(0, cut).join('')}-`);
      rest = rest.slice(cut);
    }
    const piece = rest.join('');
    if (!line) line = piece;
    else if ([...line].length + 1 + rest.length <= maxChars) line = `${line} ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Rounds to one decimal, so the SVG stays short and the output is stable. */
export const round1 = (value: number): number => Math.round(value * 10) / 10;
