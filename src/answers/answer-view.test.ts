import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { answerSourceTitle, answerView } from './answer-view.js';

describe('answerSourceTitle', () => {
  const cite = (sectionId: string, doc: string) => ({ doc, section: 'x', sectionId });
  it('should say "Uit het protocol" only for the Bossche protocol and the praktijkkaart', () => {
    expect(
      answerSourceTitle([
        cite('bossche-protocol/a', 'Bossche protocol'),
        cite('praktijkkaart-thuiszitters/b', 'Praktijkkaart thuiszitters'),
      ]),
    ).toBe('Uit het protocol');
    expect(answerSourceTitle([cite('verzuimcoaches-jaarverslag-2023/a', 'Jaarverslag verzuimcoaches 2023')])).toBe(
      'Uit het jaarverslag verzuimcoaches 2023',
    );
    expect(answerSourceTitle([cite('leerplicht-jaarverslag-2021-2022/a', 'Jaarverslag LVS 2021-2022')])).toBe(
      'Uit het jaarverslag Leerplicht en VSV 2021-2022',
    );
    expect(
      answerSourceTitle([
        cite('bossche-protocol/a', 'Bossche protocol'),
        cite('verzuimcoaches-interview/a', 'Interview'),
      ]),
    ).toBe('Uit het protocol en het interview met de coördinator Team Verzuim');
  });
});

describe('answerView', () => {
  const knowledge = loadKnowledgeBase();
  const citation = {
    doc: 'Bossche protocol',
    section: 'Te laat komen',
    sectionId: 'bossche-protocol/bijlage-1/te-laat-komen',
  };
  const reply = {
    kind: 'knowledge' as const,
    answer: '- Vanaf 12 keer te laat wordt het verzuim gemeld bij leerplicht via DUO.',
    citations: [citation],
    generated: false,
    confidence: 1,
    redactedQuestion: 'Wanneer meld ik te laat komen?',
  };

  it('should head the answer with its document, name each source and offer the whole section', () => {
    const view = answerView(reply, knowledge);
    expect(view.title).toBe('Uit het protocol');
    expect(view.sources).toEqual([{ label: expect.stringMatching(/^Bron: Bossche protocol — .*Te laat komen$/) }]);
    expect(view.sections).toHaveLength(1);
    expect(view.sections[0]!.buttonTitle).toBe('Toon de hele sectie');
    expect(view.generated).toBe(false);
  });

  it('should put the capability the question is about first among the buttons, once', () => {
    const view = answerView({ ...reply, offer: 'aanmeldformulier' }, knowledge);
    expect(view.followUps[0]).toEqual({ title: 'Aanmeldformulier jeugdarts', command: 'aanmeldformulier' });
    expect(new Set(view.followUps.map((button) => button.command)).size).toBe(view.followUps.length);
  });

  it('should offer the closest section when the protocol does not answer', () => {
    const view = answerView({ ...reply, kind: 'none', citations: [], closest: citation }, knowledge);
    expect(view.title).toBe('Niet gevonden in het protocol');
    expect(view.sources).toEqual([]);
    expect(view.sections[0]!.buttonTitle).toBe('Toon de dichtstbijzijnde sectie');
  });
});
