import { describe, expect, it } from 'vitest';
import { mentionsCountry, nameStem, sectionsMentioning } from '../../src/lib/country-mentions.ts';

describe('country mentions in chapters', () => {
  it('matches inflected and derived forms at the start of a word', () => {
    expect(nameStem('Lithuania')).toBe('lithuan');
    expect(mentionsCountry(['Lithuania'])('The Lithuanian model')).toBe(true);
    expect(mentionsCountry(['Latvija'])('pašvaldības Latvijā')).toBe(true);
    expect(mentionsCountry(['Литва'])('в Литве')).toBe(true);
    expect(mentionsCountry(['Estonia'])('Nonestonian')).toBe(false);
    expect(mentionsCountry(['Sweden'])('Denmark')).toBe(false);
  });

  it('returns the sections, by heading ID, whose heading or text names the country', () => {
    const body = [
      'Intro naming Estonia before any heading.',
      '## Local work {/* #local-work */}',
      'Nothing about places.',
      '## In the pilots {/* #pilots */}',
      'Läänemaa in Estonia held roundtables.',
      '### Estonian *counties* {/* #counties */}',
      'More.',
      '```',
      '## Estonia in code {/* #code */}',
      '```',
    ].join('\n');
    expect(sectionsMentioning(body, ['Estonia'])).toEqual([
      { id: 'pilots', title: 'In the pilots', depth: 2 },
      { id: 'counties', title: 'Estonian counties', depth: 3 },
    ]);
    expect(sectionsMentioning(body, ['Finland'])).toEqual([]);
  });
});
