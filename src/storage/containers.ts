import type { ContainerDefinition } from '@azure/cosmos';

/**
 * Every container Verzuimwijzer uses, created at start when missing.
 *
 * Partitioning: pupil data (forms, verslagen, audit) is partitioned by `/schoolId`, so every query for
 * a school's records runs inside that school's partition and can never return another school's. Per-user
 * data (guides, onboarding progress) is partitioned by the user's id; activities by their own id, answers by day.
 */
export const containerDefinitions = {
  /**
   * Answers the bot sent (redacted question, cited section ids), by conversation and message id, so that a
   * later 👍/👎 can say what it was about. Never pupil data; gone after 30 days. Partitioned by day: they
   * are written in batches, and a batch shares one partition key.
   */
  answers: { id: 'answers', partitionKey: { paths: ['/day'] }, defaultTtl: 60 * 60 * 24 * 30 },
  /**
   * Activity ids already handled, so a redelivered activity (Teams retries after 15 s) is not acted on
   * twice (a day); and which conversations were greeted, so the welcome comes once (180 days, per item).
   */
  activities: { id: 'activities', partitionKey: { paths: ['/id'] }, defaultTtl: 60 * 60 * 24 },
  /**
   * Forms, gespreksverslagen and other pupil-dossier records, one partition per school. Every record carries
   * its own `ttl`, refreshed on each change: concept 90 days, open or verslag OPEN_RECORD_RETENTION_DAYS,
   * closed FORM_RETENTION_DAYS.
   */
  dossier: { id: 'dossier', partitionKey: { paths: ['/schoolId'] }, defaultTtl: -1 },
  /**
   * Append-only audit trail of every read and write of dossier records, one partition per school; each
   * entry's `ttl` is AUDIT_RETENTION_DAYS.
   */
  audit: { id: 'audit', partitionKey: { paths: ['/schoolId'] }, defaultTtl: -1 },
  /**
   * Role directory (no TTL: it is the schools' current configuration) and conversation references (their own
   * `ttl`, 400 days after the last install or reinstall), one partition per school.
   */
  directory: { id: 'directory', partitionKey: { paths: ['/schoolId'] }, defaultTtl: -1 },
  /**
   * Per-user progress: gespreksleidraad sessions and onboarding, partitioned by the user's id. TTL on, per
   * document: guides (pupil notes) carry their own `ttl` (GUIDE_RETENTION_DAYS); onboarding progress and
   * completions the container's year after their last change.
   */
  progress: { id: 'progress', partitionKey: { paths: ['/userId'] }, defaultTtl: 60 * 60 * 24 * 365 },
  /**
   * Cases: one per pupil per school with its open actions (pupil data, partition per school, each case its own
   * `ttl` as the dossier's: OPEN_RECORD_RETENTION_DAYS after the last change, FORM_RETENTION_DAYS once closed);
   * and the reminders of every school in partition `_reminders` (ids and times only, 60 days after their time).
   */
  cases: { id: 'cases', partitionKey: { paths: ['/schoolId'] }, defaultTtl: -1 },
  /** 👍/👎 feedback on answers: redacted question and cited sections, never pupil data; a year. */
  feedback: { id: 'feedback', partitionKey: { paths: ['/id'] }, defaultTtl: 60 * 60 * 24 * 365 },
} as const satisfies Record<string, ContainerDefinition>;

export type ContainerName = keyof typeof containerDefinitions;
