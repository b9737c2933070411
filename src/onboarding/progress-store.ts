import type { Container } from '@azure/cosmos';
import { toStoreError } from '../storage/store-errors.js';
import { withStoreRetry } from '../storage/store-retry.js';
import {
  completionDocumentId,
  onboardingCompletionSchema,
  onboardingProgressSchema,
  progressDocumentId,
  type OnboardingCompletion,
  type OnboardingProgress,
} from './course-progress.js';
import type { OnboardingRole } from './course.js';

/** Where onboarding progress and completions live. */
export type OnboardingProgressStore = {
  /** The user's progress, or undefined when the user never started. */
  readonly get: (userId: string) => Promise<OnboardingProgress | undefined>;
  readonly save: (progress: OnboardingProgress) => Promise<void>;
  /**
   * Records that a user finished a role's course. Finishing it again keeps the first date; a record
   * made while the directory did not know the user's school gets the school once it is known.
   */
  readonly saveCompletion: (completion: Omit<OnboardingCompletion, 'id' | 'type'>) => Promise<void>;
  /** Every completion recorded for a school, oldest first. */
  readonly listCompletions: (schoolId: string) => Promise<OnboardingCompletion[]>;
};

function completionDocument(completion: Omit<OnboardingCompletion, 'id' | 'type'>): OnboardingCompletion {
  return { id: completionDocumentId(completion.role), type: 'onboarding-completion', ...completion };
}

function byCompletedAt(left: OnboardingCompletion, right: OnboardingCompletion): number {
  return left.completedAt.localeCompare(right.completedAt);
}

/**
 * The `progress` container (partition `/userId`): per user one progress document and one completion
 * document per finished role. Completions carry the user's `schoolId`, so the zorgcoördinator's overview
 * is one query over the container filtered on `type` and `schoolId`.
 */
export function createCosmosOnboardingProgressStore(container: Container): OnboardingProgressStore {
  return {
    get: async (userId) => {
      try {
        const { resource } = await withStoreRetry(() => container.item(progressDocumentId, userId).read());
        return resource ? onboardingProgressSchema.parse(resource) : undefined;
      } catch (error) {
        if (toStoreError(error).reason === 'notFound') return undefined;
        throw error;
      }
    },
    save: async (progress) => {
      await withStoreRetry(() => container.items.upsert(progress));
    },
    saveCompletion: async (completion) => {
      try {
        await withStoreRetry(() => container.items.create(completionDocument(completion)));
      } catch (error) {
        if (toStoreError(error).reason !== 'conflict') throw error;
        if (!completion.schoolId) return;
        const { resource } = await withStoreRetry(() =>
          container.item(completionDocumentId(completion.role), completion.userId).read(),
        );
        const existing = onboardingCompletionSchema.parse(resource);
        if (!existing.schoolId)
          await withStoreRetry(() => container.items.upsert({ ...existing, schoolId: completion.schoolId }));
      }
    },
    listCompletions: async (schoolId) => {
      const { resources } = await withStoreRetry(() =>
        container.items
          .query({
            query: 'SELECT * FROM c WHERE c.type = @type AND c.schoolId = @schoolId',
            parameters: [
              { name: '@type', value: 'onboarding-completion' },
              { name: '@schoolId', value: schoolId },
            ],
          })
          .fetchAll(),
      );
      return resources.map((resource) => onboardingCompletionSchema.parse(resource)).sort(byCompletedAt);
    },
  };
}

/** In memory, for unit tests and local runs without a store. */
export function createMemoryOnboardingProgressStore(): OnboardingProgressStore & {
  readonly completions: Map<string, OnboardingCompletion>;
} {
  const progress = new Map<string, OnboardingProgress>();
  const completions = new Map<string, OnboardingCompletion>();
  const key = (userId: string, role: OnboardingRole) => `${userId}\u0000${role}`;
  return {
    completions,
    get: async (userId) => structuredClone(progress.get(userId)),
    save: async (value) => void progress.set(value.userId, structuredClone(value)),
    saveCompletion: async (completion) => {
      const existing = completions.get(key(completion.userId, completion.role));
      if (!existing) completions.set(key(completion.userId, completion.role), completionDocument(completion));
      else if (!existing.schoolId && completion.schoolId)
        completions.set(key(completion.userId, completion.role), { ...existing, schoolId: completion.schoolId });
    },
    listCompletions: async (schoolId) =>
      [...completions.values()].filter((completion) => completion.schoolId === schoolId).sort(byCompletedAt),
  };
}
