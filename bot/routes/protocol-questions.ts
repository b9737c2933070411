import type { Activity, TurnContext } from 'botbuilder';
import type { FeedbackLoopData } from '@microsoft/teams-ai';
import { z } from 'zod';
import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.js';
import type { Citation } from '../../src/answers/citation.js';
import type { AnswerCardReply, Assistant } from '../../src/assistant/respond.js';
import type { LexiconCapability } from '../../src/understanding/capability-lexicon.js';
import type { AnsweredQuestion, FeedbackService } from '../../src/feedback/index.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import type { Logger } from '../../src/logging/logger.js';
import { cardMessage } from '../card-actions.js';
import type { BotApplication } from '../bot-application.js';
import type { TurnUnderstanding } from '../understood-message.js';

export type ProtocolQuestionOptions = {
  /** The assistant: the same reply as `npm run ask` gives, for the understanding made once this turn. */
  readonly assistant: Pick<Assistant, 'reply'>;
  readonly understood: TurnUnderstanding;
  readonly knowledge: KnowledgeBase;
  readonly feedback: FeedbackService;
  readonly logger: Logger;
  /** True when answers may come from a language model: the user sees a typing indicator meanwhile. */
  readonly generative: boolean;
};

/** Buttons offered under an answer, by the sections it cites. */
const followUps: readonly {
  readonly title: string;
  readonly command: string;
  readonly when: (sectionId: string) => boolean;
}[] = [
  {
    title: 'Gespreksleidraad starten',
    command: 'gespreksleidraad',
    when: (id) => id.startsWith('bossche-protocol/bijlage-2') || id === 'bossche-protocol/deel-3/werkafspraken',
  },
  {
    title: 'Aanmeldformulier jeugdarts',
    command: 'aanmeldformulier',
    when: (id) => id.startsWith('bossche-protocol/bijlage-3') || id === 'bossche-protocol/bijlage-1/ziekteverzuim',
  },
  { title: 'Verzuimcoach inschakelen', command: 'verzuimcoach', when: (id) => id.startsWith('verzuimcoaches-') },
];

/** The button that opens the capability a question is about. */
const offerButtons: Readonly<Record<LexiconCapability, { readonly title: string; readonly command: string }>> = {
  aanmeldformulier: { title: 'Aanmeldformulier jeugdarts', command: 'aanmeldformulier' },
  verwijzing: { title: 'Verzuimcoach inschakelen', command: 'verzuimcoach' },
  gespreksleidraad: { title: 'Gespreksleidraad starten', command: 'gespreksleidraad' },
  onboarding: { title: 'Onboarding starten', command: 'onboarding' },
  overzicht: { title: 'Overzicht openen', command: 'overzicht' },
  rollen: { title: 'Rollen beheren', command: 'rollen' },
};

const maxSectionText = 3500;

/**
 * How a card heads an answer, by the documents it comes from: only the Bossche protocol and the NPO
 * praktijkkaart are "het protocol"; the reports and the interview are named as what they are.
 */
const documentPhrases: Readonly<Record<string, string>> = {
  'bossche-protocol': 'het protocol',
  'praktijkkaart-thuiszitters': 'het protocol',
  'leerplicht-jaarverslag-2021-2022': 'het jaarverslag Leerplicht en VSV 2021-2022',
  'verzuimcoaches-jaarverslag-2023': 'het jaarverslag verzuimcoaches 2023',
  'verzuimcoaches-interview': 'het interview met de coördinator Team Verzuim',
};

/** "Uit het protocol", "Uit het jaarverslag verzuimcoaches 2023", "Uit het protocol en het jaarverslag …". */
export function answerSourceTitle(citations: readonly Citation[]): string {
  const phrases = [
    ...new Set(
      citations.map((citation) => documentPhrases[citation.sectionId.split('/')[0] ?? ''] ?? `de bron ${citation.doc}`),
    ),
  ];
  if (phrases.length === 0) return 'Uit het protocol';
  return `Uit ${phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(', ')} en ${phrases.at(-1)}`}`;
}

const caveatPrefix = /^Let op: het protocol is hier niet eenduidig:\s*/i;

function sourceLabel(knowledge: KnowledgeBase, citation: Citation): string {
  const parent = knowledge.getSection(citation.sectionId)?.parentTitles.at(-1);
  return `${citation.doc} — ${parent && parent !== citation.section ? `${parent}, ` : ''}${citation.section}`;
}

/** The answer card: answer, "Bron: …", the full sections behind a button, follow-up buttons. */
export function renderAnswerCard(reply: AnswerCardReply, knowledge: KnowledgeBase): AdaptiveCardJson {
  const caveat = reply.kind !== 'rule' ? reply.caveat : undefined;
  const answer = caveat ? reply.answer.replace(`\n\n${caveat.text}`, '') : reply.answer;
  const cited = reply.kind === 'none' ? (reply.closest ? [reply.closest] : []) : reply.citations;
  const shown = cited
    .filter((citation, position) => cited.findIndex((other) => other.sectionId === citation.sectionId) === position)
    .slice(0, 3);
  // Two sections can share a heading ("Jeugdarts" in the protocol and the praktijkkaart): name the parent too.
  const buttonName = (citation: Citation) =>
    shown.filter((other) => other.section === citation.section).length > 1
      ? sourceLabel(knowledge, citation).replace(/^[^—]*— /, '')
      : citation.section;
  const sources =
    reply.kind === 'none'
      ? []
      : reply.citations.map((citation, position) => ({
          label: `Bron${reply.citations.length > 1 ? ` [${position + 1}]` : ''}: ${sourceLabel(knowledge, citation)}`,
        }));
  return renderCard('answer', {
    title: reply.kind === 'none' ? 'Niet gevonden in het protocol' : answerSourceTitle(reply.citations),
    generated: reply.kind !== 'rule' && reply.generated,
    answer,
    // The contradiction sits behind the card's "Let op: het protocol is hier niet eenduidig" toggle.
    caveat: caveat ? caveat.text.replace(caveatPrefix, '') : '',
    sources,
    sections: shown.map((citation) => {
      const section = knowledge.getSection(citation.sectionId);
      const text = section?.body ?? '';
      return {
        buttonTitle:
          shown.length === 1
            ? reply.kind === 'none'
              ? 'Toon de dichtstbijzijnde sectie'
              : 'Toon de hele sectie'
            : `Toon: ${buttonName(citation)}`,
        heading: sourceLabel(knowledge, citation),
        text: text.length > maxSectionText ? `${text.slice(0, maxSectionText)}…` : text,
      };
    }),
    followUps: [
      // The capability the question is about first ("wanneer stuur ik het aanmeldformulier?" → open it).
      ...(reply.kind !== 'rule' && reply.offer ? [offerButtons[reply.offer]] : []),
      ...followUps
        .filter((followUp) => reply.citations.some((citation) => followUp.when(citation.sectionId)))
        .map(({ title, command }) => ({ title, command })),
    ].filter((button, index, all) => all.findIndex((other) => other.command === button.command) === index),
  });
}

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
    ...cardMessage(renderAnswerCard(reply, knowledge)),
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

const feedbackValueSchema = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({
    reaction: z.enum(['like', 'dislike']),
    feedback: z.union([z.string(), z.record(z.unknown())]).optional(),
  }),
  replyToId: z.string().optional(),
});

function hasComment(feedback: string | Record<string, unknown> | undefined): boolean {
  if (typeof feedback === 'string') {
    try {
      const parsed = JSON.parse(feedback) as { feedbackText?: unknown };
      return typeof parsed.feedbackText === 'string' ? parsed.feedbackText.trim() !== '' : feedback.trim() !== '';
    } catch {
      return feedback.trim() !== '';
    }
  }
  return typeof feedback?.feedbackText === 'string' && feedback.feedbackText.trim() !== '';
}

/** A message understood as a question about the protocol gets the answer card; plus the 👍/👎 feedback. */
export function registerProtocolQuestionRoutes(app: BotApplication, options: ProtocolQuestionOptions): void {
  const { assistant, understood, knowledge, feedback, logger, generative } = options;
  // Read-only: an answer changes nothing stored (the answer kept for 👍/👎 is written behind, best effort).
  app.readOnlyMessage(understood.is('question'), async (context) => {
    const understanding = understood.of(context);
    if (understanding?.kind !== 'question') return;
    const question = context.activity.text.trim();
    if (generative) await context.sendActivity({ type: 'typing' });
    const started = performance.now();
    const reply = await assistant.reply(question, understanding);
    if (reply.kind !== 'knowledge' && reply.kind !== 'none')
      throw new Error(`A question was answered as ${reply.kind}`);
    const response = await context.sendActivity(answerActivity(reply, knowledge));
    const answered: AnsweredQuestion = {
      question: reply.redactedQuestion,
      sectionIds: (reply.kind === 'none' ? (reply.closest ? [reply.closest] : []) : reply.citations).map(
        (citation) => citation.sectionId,
      ),
      answerKind: reply.kind,
      generated: reply.generated,
    };
    // Teams' 👍/👎 names only the message: remember what this one answered. The answer is out already;
    // without a message id (not every channel returns one) there is nothing to attach feedback to.
    if (response?.id)
      await feedback.rememberAnswer(
        { conversationId: context.activity.conversation.id, messageId: response.id },
        answered,
      );
    logger.info(
      {
        event: 'question-answer',
        kind: reply.kind,
        sectionIds: answered.sectionIds,
        generated: answered.generated,
        ms: Math.round(performance.now() - started),
      },
      'Answered a protocol question',
    );
  });

  app.feedbackLoop(async (context, _state, data: FeedbackLoopData) => {
    const parsed = feedbackValueSchema.safeParse(data);
    if (!parsed.success) {
      logger.warn({ event: 'feedback-invalid' }, 'Ignored feedback with an unexpected shape');
      return;
    }
    const { actionValue, replyToId } = parsed.data;
    const stored = replyToId
      ? await feedback.record({
          message: { conversationId: context.activity.conversation.id, messageId: replyToId },
          reaction: actionValue.reaction,
          hasComment: hasComment(actionValue.feedback),
        })
      : undefined;
    if (!stored) {
      logger.warn({ event: 'feedback-unmatched' }, 'Feedback on a message that is not a remembered answer');
      return;
    }
    logger.info(
      { event: 'feedback-record', feedbackId: stored.id, reaction: stored.reaction, sectionIds: stored.sectionIds },
      'Stored answer feedback',
    );
  });
}
