export {
  createReminderScheduler,
  type ActionReminderMessage,
  type DigestMessage,
  type ReminderDelivery,
  type ReminderMessage,
  type ReminderScheduler,
  type ReminderSchedulerOptions,
  type TickResult,
} from './reminder-scheduler.js';
export {
  createCosmosReminderStore,
  MemoryReminderStore,
  remindersPartition,
  type Reminder,
  type ReminderDocument,
  type ReminderStore,
} from './reminder-store.js';
export {
  lapseWarningDay,
  lapseWarningDays,
  lapseWindowEnd,
  type LapseSources,
  type LapseWarningMessage,
  type LapsingRecord,
} from './record-lapse.js';
