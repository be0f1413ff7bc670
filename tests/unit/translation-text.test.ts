import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/mdx-document.ts';
import { wordCount } from '../../src/lib/editorial-rules.ts';
import { words } from '../../src/lib/term-match.ts';
import { englishBlocks, englishShare, englishShareLimit } from '../../src/lib/translation-text.ts';

describe('words', () => {
  it('counts letters and digits of every script, with inner hyphens and apostrophes', () => {
    expect(words('Orphan’s court, 116 000 — bāriņtiesa; опека-попечительство!').map((w) => w.text)).toEqual(['Orphan’s', 'court', '116', '000', 'bāriņtiesa', 'опека-попечительство']);
  });

  it('leaves out the frontmatter and heading IDs of a document', () => {
    const tree = parseMdx('x.mdx', '---\ntitle: Many words in a long title here\n---\n\n## Two words {/* #two-words */}\n\nThree more words <Cite id="x" />.\n').tree!;
    expect(wordCount(tree)).toBe(5);
  });
});

describe('a block still in English', () => {
  // One sentence of the guidelines in each language: the words they share with English
  // ("on", "to", "in", "was", "for", "do") must not make them look English.
  const translated = {
    de: 'Was Sie tun sollen, wenn die Person in Gefahr ist: Rufen Sie die Polizei an, so schnell es geht.',
    ru: 'Помощь начинается при разумных основаниях и не зависит от сотрудничества с полицией.',
    lv: 'Palīdzība sākas, ja ir pamatotas aizdomas, un to nedrīkst padarīt atkarīgu no sadarbības ar policiju.',
    et: 'Abi algab põhjendatud kahtluse korral ja see ei sõltu sellest, kas inimene on nõus politseiga koostööd tegema.',
    lt: 'Pagalba pradedama esant pagrįstam pagrindui ir nepriklauso nuo to, ar asmuo bendradarbiauja su policija.',
    pl: 'Pomoc zaczyna się, gdy są uzasadnione podstawy, i nie zależy od tego, czy osoba współpracuje z policją do końca.',
    fi: 'Apu alkaa, kun on perusteltu syy epäillä, eikä se riipu siitä, tekeekö henkilö yhteistyötä poliisin kanssa.',
    sv: 'Hjälpen börjar när det finns rimliga skäl och är inte beroende av att personen samarbetar med polisen under utredningen.',
    nb: 'Hjelpen starter når det er rimelig grunn til mistanke, og den er ikke avhengig av at personen samarbeider med politiet for eksempel.',
  };

  it.each(Object.entries(translated))('does not flag a translated sentence (%s)', (_lang, sentence) => {
    expect(englishShare(sentence).share).toBeLessThan(englishShareLimit);
  });

  it('flags an English sentence of the guidelines', () => {
    expect(englishShare('Help for a possible victim starts on reasonable grounds and never depends on whether they cooperate with the police.').share).toBeGreaterThanOrEqual(englishShareLimit);
  });

  it('finds the English paragraph of a translation, at its line, and ignores short headings', () => {
    const text = '## Kontaktpunkts {/* #focal-point */}\n\nKontaktpunkts ir cilvēks, kuram zvanīt.\n\nThe focal point is the person that the staff call when they are worried about someone.\n';
    const found = englishBlocks(parseMdx('lv.mdx', text).tree!);
    expect(found.map((b) => b.line)).toEqual([5]);
    expect(found[0]!.text).toMatch(/^The focal point/);
  });
});
