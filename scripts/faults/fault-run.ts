import type { FaultFixture, Pupil } from '../load/fault-fixtures.js';
import type { SubmitReply } from '../load/form-turns.js';
import type { LoadChannel } from '../load/load-channel.js';
import type { ServerProcess, StoreProcess } from '../load/processes.js';

/** `outage`: the store goes away midway and comes back; `throttle`: it answers 429 to a share of requests. */
export type Scenario = 'outage' | 'throttle';

export const conversations = 50;
export const formsPerConversation = 4;
export const outageAfterSubmissions = 50;
/** Longer than the store retries last (withStoreRetry and the SDK's own), so some submissions do fail. */
export const outageMs = 8000;
export const throttleShare = 0.3;

export type Submission = {
  readonly index: number;
  readonly pupil: Pupil;
  readonly submissionId: string;
  readonly recordId: string;
  reply?: SubmitReply;
  /** The reply kept the data: the card came back with the pupil's name and birth date in it. */
  dataKept?: boolean;
  status?: number;
  error?: string;
  /** When the turn ran (performance.now()), to tell whether the store was down meanwhile. */
  startedAt?: number;
  endedAt?: number;
  /** After the run, an "unsaved" submission is pressed again, as the notice asks. */
  retryReply?: SubmitReply;
};

export type ScenarioReport = { readonly scenario: Scenario; readonly failures: string[]; readonly lines: string[] };

/** One scenario's processes and submissions, and the report lines and failures its checks add to. */
export type FaultRun = {
  readonly scenario: Scenario;
  readonly fixture: FaultFixture;
  readonly channel: LoadChannel;
  readonly store: StoreProcess;
  readonly bot: ServerProcess;
  readonly submissions: Submission[];
  readonly conversationIds: readonly string[];
  /** The oco's conversation, which hears of every filed form. */
  readonly ocoConversation: string;
  /** The date the forms are filled in on, as the card shows it. */
  readonly today: string;
  readonly lines: string[];
  readonly failures: string[];
};

export const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(1);
export const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
