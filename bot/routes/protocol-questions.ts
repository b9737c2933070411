import type { FeedbackLoopData } from '@microsoft/teams-ai';
import type { Assistant } from '../../src/assistant/respond.js';
import type { AnsweredQuestion, FeedbackService } from '../../src/feedback/index.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import type { Logger } from '../../src/logging/logger.js';
import { answerActivity } from '../answer-activity.js';
import { feedbackValueSchema, hasComment } from '../answer-feedback.js';
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
