import type { Activity } from 'botbuilder';
import { renderCard } from '../cards/render-card.js';
import { answerView } from '../src/answers/answer-view.js';
import type { AnswerCardReply } from '../src/assistant/respond.js';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { cardMessage } from './card-actions.js';

/** Teams shows at most this many characters of a citation's text. */
const abstractLength = 477;
const abstracts = new WeakMap<KnowledgeBase, Map<string, string>>();

/** The start of a cited section, as Teams shows it under the citation: the same for every answer, so made once. */
function citationAbstract(knowledge: KnowledgeBase, sectionId: string): string {
  let made = abstracts.get(knowledge);
  if (!made) {
    made = new Map();
    abstracts.set(knowledge, made);
  }
  let abstract = made.get(sectionId);
  if (abstract === undefined) {
    abstract = (knowledge.getSection(sectionId)?.body ?? '').replace(/\s+/g, ' ').slice(0, abstractLength);
    made.set(sectionId, abstract);
  }
  return abstract;
}

/**
 * The message: the card, plus Teams' own citation entity (the `Claim` citations teams-ai's SayCommand
 * builds, with `abstract`), "AI-gegenereerd" when a model wrote it, and the 👍/👎 feedback buttons.
 */
export function answerActivity(reply: AnswerCardReply, knowledge: KnowledgeBase): Partial<Activity> {
  const citations = reply.kind === 'none' ? [] : reply.citations;
  const generated = reply.kind !== 'rule' && reply.generated;
  return {
    ...cardMessage(renderCard('answer', answerView(reply, knowledge))),
    text:
      citations.length > 0
        ? citations
            .map((citation, position) => `Bron: ${citation.doc} — ${citation.section} [${position + 1}]`)
            .join('\n')
        : '',
    channelData: { feedbackLoopEnabled: true },
    entities: [
      {
        type: 'https://schema.org/Message',
        '@type': 'Message',
        '@context': 'https://schema.org',
        '@id': '',
        ...(generated ? { additionalType: ['AIGeneratedContent'] } : {}),
        ...(citations.length > 0
          ? {
              citation: citations.map((citation, position) => ({
                '@type': 'Claim',
                position: position + 1,
                appearance: {
                  '@type': 'DigitalDocument',
                  name: `${citation.doc} — ${citation.section}`,
                  abstract: citationAbstract(knowledge, citation.sectionId),
                },
              })),
            }
          : {}),
      },
    ],
  };
}
