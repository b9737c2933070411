import { type TurnContext } from 'botbuilder';
import type { TeamsAdapter } from './teams-ai.js';
import type { Config } from '../src/config.js';
import type { DossierRecord } from '../src/dossier/index.js';
import {
  CosmosGuideStore,
  createDossierVerslag,
  createGuideService,
  loadGuideDefinition,
  resolveGuide,
} from '../src/guide/index.js';
import { loadContradictions } from '../src/knowledge/contradictions.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { createRegionRulesEngine } from '../src/rules/index.js';
import type { Logger } from '../src/logging/logger.js';
import {
  createCosmosOnboardingProgressStore,
  createOnboardingService,
  loadOnboardingCourse,
} from '../src/onboarding/index.js';
import {
  builtInForms,
  createFormActions,
  createFormCatalog,
  createFormService,
  type FormDefinition,
} from '../src/forms/index.js';
import { createRoleActions } from '../src/access/role-actions.js';
import { createProtocolAnswers } from '../src/assistant/protocol-assistant.js';
import { createAssistant } from '../src/assistant/respond.js';
import { createCosmosActivityLedger } from '../src/storage/activity-ledger.js';
import { connectCosmos, type CosmosConnection } from '../src/storage/cosmos-connection.js';
import { BotApplication } from './bot-application.js';
import { createAdapter, normalizeActivity } from './adapter.js';
import { createAnswerFeedback } from './answer-feedback.js';
import { createDeliveryGuard } from './delivery.js';
import { createPupilDossier } from './dossier-wiring.js';
import {
  createCosmosConversationReferences,
  createFormNotifier,
  registerConversationCapture,
} from './notifications.js';
import { registerChoiceRoute } from './routes/choice.js';
import { registerFallbackRoute } from './routes/fallback.js';
import { createTurnUnderstanding } from './understood-message.js';
import { registerFormRoutes } from './routes/forms.js';
import { registerRoleRoutes } from './routes/roles.js';
import { registerGuideRoutes } from './routes/guide.js';
import { registerOnboardingRoutes } from './routes/onboarding.js';
import { registerProtocolQuestionRoutes } from './routes/protocol-questions.js';
import { registerSituationRoutes } from './routes/situations.js';
import { registerWelcomeRoutes } from './routes/welcome.js';
import type { ReminderScheduler } from '../src/reminders/index.js';
import { createFormFiledHook, createFormStatusHook } from './case-hooks.js';
import { createCasesAndReminders } from './case-wiring.js';
import { registerCaseRoutes } from './routes/cases.js';
import { startReminderTimer } from './reminder-timer.js';
import { createTurnErrorHandler } from './turn-errors.js';

export type Bot = {
  readonly app: BotApplication;
  readonly adapter: TeamsAdapter;
  readonly store: CosmosConnection;
  /** Runs one incoming activity: de-duplicates redeliveries, then the routes. */
  readonly handleTurn: (context: TurnContext) => Promise<void>;
  /** Reminders of open actions; `tick()` sends what is due (a timer calls it every `reminders.intervalMs`). */
  readonly reminders: ReminderScheduler;
  readonly close: () => Promise<void>;
};

export type CreateBotOptions = {
  readonly config: Config;
  readonly logger: Logger;
  /** An already open store connection (tests share one); by default one is opened from `config.cosmos`. */
  readonly store?: CosmosConnection;
  /** The clock of the cases and reminders (tests move it). @default () => new Date() */
  readonly now?: () => Date;
  /**
   * How often this instance looks for due reminders (0: never by itself), and its name in claims.
   * @default 60 s, a random id
   */
  readonly reminders?: { readonly intervalMs?: number; readonly instanceId?: string };
  /** Forms besides the built-in ones (tests add a form from its definition alone). @default none */
  readonly extraForms?: readonly FormDefinition<any>[];
};

/**
 * Wires the bot: the one place where the store and services are built and passed down.
 */
export async function createBot({
  config,
  logger,
  store: givenStore,
  now = () => new Date(),
  reminders: reminderOptions = {},
  extraForms = [],
}: CreateBotOptions): Promise<Bot> {
  // The form list drives the forms' routes, the dossier's record types and access policy, and notifications.
  const catalog = createFormCatalog([...builtInForms, ...extraForms]);
  const store = givenStore ?? (await connectCosmos({ cosmos: config.cosmos, logger }));
  const adapter = createAdapter(config);
  adapter.onTurnError = createTurnErrorHandler(logger);
  const ledger = createCosmosActivityLedger(store.containers.activities);

  const app = new BotApplication({
    adapter,
    botAppId: config.bot?.appId ?? '',
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  const knowledge = loadKnowledgeBase();
  // The documents, the contradictions and the region's protocol are each read once, here, and passed down.
  const contradictions = loadContradictions();
  const rules = createRegionRulesEngine({ region: config.protocolRegion, knowledge, contradictions });
  // The search index is built here, once, at start.
  const answers = createProtocolAnswers({
    knowledge,
    contradictions,
    config,
    onGeneratorFallback: ({ reason, errorName }) =>
      logger.warn(
        { event: 'answer-fallback', reason, errorName },
        'Generative answer unavailable: sent the extractive answer',
      ),
  });
  logger.info(
    { event: 'index-build', ms: Math.round(answers.index.buildMs), generative: answers.generative },
    'Built the protocol search index',
  );
  // One understanding per message, the same as `npm run ask` makes: each text route selects on that
  // decision (`understood.opens(...)`, `understood.is(...)`), so the order of the routes decides nothing.
  // Each feature registers its commands and card verbs in its own `bot/routes/<feature>.ts`.
  const assistant = createAssistant({ knowledge, answers, rules });
  const understood = createTurnUnderstanding(assistant.understand);
  registerWelcomeRoutes(app, { embeddedStore: store.embedded, ledger, understood });
  registerChoiceRoute(app, { understood, rules });
  // Each change of an open record or verslag plans the oco's warning 14 days before its TTL lapses
  // (the scheduler is built below).
  const planLapseWarning = async (record: DossierRecord) => {
    if ((record.status === 'ingediend' || record.status === 'in-behandeling') && record.retainUntil)
      await reminders.planLapseWarning({ schoolId: record.schoolId, retainUntil: record.retainUntil });
  };
  const { audit, directory, access, dossier } = await createPupilDossier({
    config,
    store,
    now,
    policy: catalog.policy,
    onRecordChange: planLapseWarning,
  });
  const guide = resolveGuide({ definition: loadGuideDefinition(), knowledge, contradictions });
  registerGuideRoutes(app, {
    guide,
    logger,
    understood,
    guides: createGuideService({
      guide,
      store: new CosmosGuideStore(store.containers.progress, { retentionDays: config.guideRetentionDays }),
      dossier: createDossierVerslag({ access, dossier, audit }),
    }),
  });
  registerOnboardingRoutes(app, {
    knowledge,
    logger,
    understood,
    resolveActor: access.resolveActor,
    onboarding: createOnboardingService({
      course: loadOnboardingCourse({ knowledge }),
      store: createCosmosOnboardingProgressStore(store.containers.progress),
    }),
  });
  const forms = createFormService({ dossier, catalog });
  const conversationReferences = createCosmosConversationReferences(store.containers.directory);
  // Cases and their reminders: the protocol's deadlines as dates on the school's calendar.
  const { calendars, cases, reminders } = createCasesAndReminders({
    config,
    store,
    adapter,
    references: conversationReferences,
    audit,
    directory,
    dossier,
    logger,
    now,
    instanceId: reminderOptions.instanceId,
  });
  registerConversationCapture(app, { references: conversationReferences, directory, logger, mode: config.mode });
  registerFormRoutes(app, {
    catalog,
    understood,
    actions: createFormActions({
      access,
      dossier,
      forms,
      logger,
      advise: rules.adviseSituation,
      onFiled: createFormFiledHook({ cases, reminders, logger }),
      onStatusChanged: createFormStatusHook({ cases, logger }),
      notify: createFormNotifier({
        adapter,
        botAppId: config.bot?.appId ?? '',
        references: conversationReferences,
        directory,
        forms,
        audit,
        logger,
      }),
    }),
  });
  registerRoleRoutes(app, { actions: createRoleActions({ access, logger }), understood });
  registerSituationRoutes(app, { logger, assistant, understood, rules });
  registerCaseRoutes(app, { access, cases, reminders, calendars, logger, understood, now, rules });
  const feedback = createAnswerFeedback({ store, logger });
  registerProtocolQuestionRoutes(app, {
    assistant,
    understood,
    knowledge,
    feedback,
    logger,
    generative: answers.generative,
  });
  // Messages without text (a file, an empty card press) get a short hint.
  registerFallbackRoute(app);

  const delivery = createDeliveryGuard({ ledger, isReadOnly: (context) => app.isReadOnlyMessage(context) });
  const handleTurn = (context: TurnContext) => {
    normalizeActivity(context);
    return delivery.run(context, () => app.run(context).then(() => undefined));
  };
  const stopReminders = startReminderTimer({ reminders, intervalMs: reminderOptions.intervalMs ?? 60_000, logger });
  return {
    app,
    adapter,
    store,
    handleTurn,
    reminders,
    close: async () => {
      stopReminders();
      await feedback.close();
      if (!givenStore) await store.close();
    },
  };
}
