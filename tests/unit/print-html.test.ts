import { describe, expect, it } from 'vitest';
import { extractBlocks, placeFragment, usesComponents } from '../../src/lib/print-html.ts';

const chapter = [
  '<p>Intro</p>',
  '<div class="block block--checklist"><p class="block__head">Checklist</p><ul><li>One <a href="#source-a">[1]</a></li></ul></div>',
  '<div class="block block--for-trainers"><div class="block block--checklist"><p>nested</p></div></div>',
  '<div class="heading"><h2 id="first-contact">First contact</h2><a class="heading-anchor" href="#first-contact" aria-labelledby="copy-link-before first-contact copy-link-after"></a></div>',
  '<p><a href="../cooperation-and-referral/#written-procedure">referral</a> <a href="/lv/glossary/#victim">victim</a> <a href="https://eur-lex.europa.eu/x">EUR-Lex</a></p>',
].join('');

describe('extractBlocks', () => {
  it('returns the outermost blocks of the wanted kinds, in reading order', () => {
    const blocks = extractBlocks(chapter, ['checklist', 'for-trainers']);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain('One');
    expect(blocks[1]).toContain('block--for-trainers');
    expect(extractBlocks(chapter, ['procedure'])).toEqual([]);
  });
});

describe('placeFragment', () => {
  it('prefixes IDs, drops copy-link anchors and turns links into absolute site paths', () => {
    const html = placeFragment(chapter, { pagePath: '/lv/recognising-victims/', idPrefix: 'recognising-victims--' });
    expect(html).toContain('id="recognising-victims--first-contact"');
    expect(html).not.toContain('heading-anchor');
    expect(html).toContain('href="/lv/recognising-victims/#source-a"');
    expect(html).toContain('href="/lv/cooperation-and-referral/#written-procedure"');
    expect(html).toContain('href="https://eur-lex.europa.eu/x"');
  });

  it('keeps links to content on the same page on the page', () => {
    const placed = new Map([
      ['/lv/recognising-victims/', { idPrefix: 'recognising-victims--', topId: 'recognising-victims' }],
      ['/lv/cooperation-and-referral/', { idPrefix: 'cooperation-and-referral--', topId: 'cooperation-and-referral' }],
      ['/lv/glossary/', { idPrefix: 'glossary--', topId: 'glossary' }],
    ]);
    const html = placeFragment(chapter + '<a href="../cooperation-and-referral/">chapter</a>', {
      pagePath: '/lv/recognising-victims/',
      idPrefix: 'recognising-victims--',
      onThisPage: (path) => placed.get(path),
    });
    expect(html).toContain('href="#recognising-victims--source-a"');
    expect(html).toContain('href="#cooperation-and-referral--written-procedure"');
    expect(html).toContain('href="#glossary--victim"');
    expect(html).toContain('href="#cooperation-and-referral"');
  });

  it('moves aria references to IDs inside the fragment, and leaves page-wide ones', () => {
    const html = placeFragment('<span id="x">a</span><p aria-describedby="x live-status">b</p>', { pagePath: '/en/about/', idPrefix: 'about--' });
    expect(html).toContain('aria-describedby="about--x live-status"');
  });
});

describe('usesComponents', () => {
  it('finds a component tag and not a word', () => {
    expect(usesComponents('text\n<ForTrainers title="x">', ['ForTrainers'])).toBe(true);
    expect(usesComponents('the ForTrainers block', ['ForTrainers'])).toBe(false);
    expect(usesComponents('<CaseScenario>', ['ForTrainers', 'CaseScenario'])).toBe(true);
  });
});
