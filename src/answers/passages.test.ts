import { describe, expect, it } from 'vitest';
import { splitPassages, splitSentences } from './passages.js';

describe('splitPassages', () => {
  it('should split list items, keep the sentence that introduces the list and strip bold markers', () => {
    const passages = splitPassages(
      'doc/s',
      'Het protocol bestaat uit 5 onderdelen:\n\n1. Stimuleren van aanwezigheid.\n2. **Betrouwbare** registratie.',
    );
    expect(passages.map((passage) => passage.text)).toEqual([
      'Het protocol bestaat uit 5 onderdelen:',
      'Stimuleren van aanwezigheid.',
      'Betrouwbare registratie.',
    ]);
    expect(passages[1]).toMatchObject({ kind: 'item', lead: 'Het protocol bestaat uit 5 onderdelen:' });
  });

  it('should join an indented continuation line to its list item', () => {
    const passages = splitPassages(
      'doc/s',
      '- Eerste punt.\n\n  Hierbij speelt reden van verzuim een rol.\n- Tweede punt.',
    );
    expect(passages.map((passage) => passage.text)).toEqual([
      'Eerste punt. Hierbij speelt reden van verzuim een rol.',
      'Tweede punt.',
    ]);
  });

  it('should turn table rows into passages and skip the separator row', () => {
    const passages = splitPassages(
      'doc/s',
      '| Niveau | Groep |\n| --- | --- |\n| Derde niveau | Structurele en zware verzuimers |',
    );
    expect(passages.map((passage) => passage.text)).toEqual([
      'Niveau: Groep',
      'Derde niveau: Structurele en zware verzuimers',
    ]);
  });
});

describe('splitSentences', () => {
  it('should not split after abbreviations followed by lower case', () => {
    expect(
      splitSentences('De jeugdarts nodigt z.s.m. uit. Daarna volgt m.b.t. mate van belastbaarheid een advies.'),
    ).toEqual(['De jeugdarts nodigt z.s.m. uit.', 'Daarna volgt m.b.t. mate van belastbaarheid een advies.']);
  });
});
