import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { personalConversationId, teamsInstall } from '../../test/helpers/teams-activity.js';
import { recordIdFor } from '../../src/dossier/dossier-record.js';
import { pupilFor, type FaultFixture } from '../load/fault-fixtures.js';
import { dutchToday } from '../load/form-turns.js';
import { startLoadChannel, type LoadChannel } from '../load/load-channel.js';
import { postActivity } from '../load/post-activity.js';
import { startServerProcess, startStoreProcess, type ServerProcess } from '../load/processes.js';
import { checkBotHealth } from './check-bot-health.js';
import { checkCreateAudit } from './check-create-audit.js';
import { checkOcoNotified } from './check-notifications.js';
import { checkOtherSchool } from './check-other-school.js';
import { checkSubmitOutcomes } from './check-outcomes.js';
import {
  conversations,
  formsPerConversation,
  seconds,
  type FaultRun,
  type Scenario,
  type ScenarioReport,
  type Submission,
} from './fault-run.js';
import { fileFormsUnderFaults } from './file-forms.js';
import { pressUnsavedAgain } from './press-again.js';
import { cosmosClient } from './school-queries.js';

/** The oco talks to the bot first, so it can tell her when a form is filed. */
async function greetOco(bot: ServerProcess, channel: LoadChannel, fixture: FaultFixture): Promise<string> {
  const ocoConversation = personalConversationId();
  const ocoReply = channel.nextReply(ocoConversation, 20_000);
  await postActivity(
    bot.url,
    teamsInstall({ serviceUrl: channel.serviceUrl, conversationId: ocoConversation, from: fixture.oco }),
  );
  await ocoReply.catch(() => undefined);
  return ocoConversation;
}

function newSubmissions(): Submission[] {
  return Array.from({ length: conversations * formsPerConversation }, (_, index) => {
    const submissionId = randomUUID();
    return { index, pupil: pupilFor(index), submissionId, recordId: recordIdFor('aanmeldformulier', submissionId) };
  });
}

/** Starts the store, its fault proxy and the bot, files every form under the scenario's fault, and checks the lot. */
export async function runScenario(scenario: Scenario, fixture: FaultFixture): Promise<ScenarioReport> {
  const failures: string[] = [];
  const lines: string[] = [];
  const database = `faults-${scenario}`;
  const channel = await startLoadChannel();
  const store = await startStoreProcess({ faultProxy: true });
  const bot = await startServerProcess({
    entry: 'bot/index.ts',
    env: {
      PORT: '0',
      COSMOS_ENDPOINT: store.endpoint,
      COSMOS_KEY: store.key,
      COSMOS_DATABASE: database,
      ROLES_FILE: fixture.rolesFile,
      LOCAL_ALLOW_ROLES_FILE: 'true',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
    },
    keepOutput: true,
  });
  const started = performance.now();
  try {
    const ocoConversation = await greetOco(bot, channel, fixture);
    const run: FaultRun = {
      scenario,
      fixture,
      channel,
      store,
      bot,
      submissions: newSubmissions(),
      conversationIds: Array.from({ length: conversations }, () => personalConversationId()),
      ocoConversation,
      today: dutchToday(),
      lines,
      failures,
    };
    const { tally, storeDownDuring } = await fileFormsUnderFaults(run);
    const client = cosmosClient(store);
    const containers = {
      dossier: client.database(database).container('dossier'),
      audit: client.database(database).container('audit'),
    };
    await checkSubmitOutcomes(run, containers, storeDownDuring);
    const recordsAfter = await pressUnsavedAgain(run, containers);
    await checkOcoNotified(run, recordsAfter);
    await checkCreateAudit(run, containers, recordsAfter);
    await checkOtherSchool(run, containers, tally);
    await checkBotHealth(run);
    client.dispose();
  } catch (error) {
    failures.push(`scenario crashed: ${(error as Error).stack ?? String(error)}`);
  } finally {
    lines.push(`(${seconds(performance.now() - started)} s)`);
    await bot.close();
    await store.close();
    await channel.close();
  }
  return { scenario, failures, lines };
}
