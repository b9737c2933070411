import { describe, expect, it } from 'vitest';
import { answerActivity } from '../bot/answer-activity.js';
import { renderCard } from '../cards/render-card.js';
import { answerView, type AnswerViewReply } from '../src/answers/answer-view.js';
import type { AssistantReply } from '../src/assistant/respond.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';

const knowledge = loadKnowledgeBase();
const renderAnswerCard = (reply: AnswerViewReply, base: typeof knowledge) =>
  renderCard('answer', answerView(reply, base));
const citation = {
  doc: 'Bossche protocol',
  section: 'Te laat komen',
  sectionId: 'bossche-protocol/bijlage-1/te-laat-komen',
};
const answer = {
  kind: 'knowledge' as const,
  answer: '- Vanaf 12 keer te laat wordt het verzuim gemeld bij leerplicht via DUO.',
  citations: [citation],
  generated: false,
  confidence: 1,
  redactedQuestion: 'Wanneer meld ik te laat komen?',
} satisfies AssistantReply;

describe('answer card', () => {
  it('should render the answer, its source, the full section and no AI label for an extractive answer', () => {
    expect(renderAnswerCard(answer, knowledge)).toMatchSnapshot();
  });

  it('should mark a generated answer "AI-gegenereerd" in the card and in the Teams entity', () => {
    const activity = answerActivity({ ...answer, generated: true }, knowledge);
    expect(JSON.stringify(activity.attachments)).toContain('AI-gegenereerd');
    expect(activity.entities?.[0]).toMatchObject({
      additionalType: ['AIGeneratedContent'],
      citation: [{ '@type': 'Claim', position: 1, appearance: { name: 'Bossche protocol — Te laat komen' } }],
    });
  });

  it('should name the closest section and offer it in full when the protocol does not answer', () => {
    const card = renderAnswerCard(
      {
        kind: 'none',
        answer: 'Dat staat niet in het protocol. Vraag het je ondersteuningscoördinator (oco).',
        citations: [],
        closest: citation,
        generated: false,
        confidence: 0.1,
        redactedQuestion: 'Mag de leerling op vakantie?',
      },
      knowledge,
    );
    expect(card).toMatchSnapshot();
    expect(JSON.stringify(card)).toContain('Toon de dichtstbijzijnde sectie');
  });
});
