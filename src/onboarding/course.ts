import { z } from 'zod';
import { loadKnowledgeData, type KnowledgeBase } from '../knowledge/knowledge-base.js';

/** The roles that have a course. Ids are ASCII; titles carry the Dutch spelling. */
export const onboardingRoleSchema = z.enum(['mentor', 'zorgcoordinator']);
export type OnboardingRole = z.infer<typeof onboardingRoleSchema>;

const sectionIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9/-]+$/, 'a section id like bossche-protocol/bijlage-1/te-laat-komen');

const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    question: z.string().min(1),
    options: z.array(z.string().min(1)).min(2).max(5),
    /** The exact text of the correct option. */
    answer: z.string().min(1),
    explanation: z.string().min(1),
  })
  .strict()
  .refine((question) => question.options.includes(question.answer), { message: 'answer must be one of the options' })
  .refine((question) => new Set(question.options).size === question.options.length, {
    message: 'options must be distinct',
  });
export type CourseQuestion = z.infer<typeof questionSchema>;

const stepSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    text: z.string().min(1).max(900),
    sources: z.array(sectionIdSchema).min(1),
    questions: z.array(questionSchema).min(1).max(2),
  })
  .strict();
export type CourseStep = z.infer<typeof stepSchema>;

const commandSchema = z.object({ command: z.string().min(1), description: z.string().min(1) }).strict();

export const onboardingCourseSchema = z
  .object({
    roles: z
      .array(
        z
          .object({
            id: onboardingRoleSchema,
            title: z.string().min(1),
            description: z.string().min(1),
            steps: z.array(z.string()).min(1),
          })
          .strict(),
      )
      .min(1),
    steps: z.array(stepSchema).min(1),
    summaries: z.record(onboardingRoleSchema, z.object({ remember: z.array(z.string().min(1)).min(1) }).strict()),
    commands: z.array(commandSchema).min(1),
  })
  .strict()
  .superRefine((course, context) => {
    const stepIds = new Set<string>();
    const questionIds = new Set<string>();
    course.steps.forEach((step, index) => {
      if (stepIds.has(step.id))
        context.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: `duplicate step id ${step.id}` });
      stepIds.add(step.id);
      for (const question of step.questions) {
        if (questionIds.has(question.id))
          context.addIssue({ code: 'custom', path: ['steps', index], message: `duplicate question id ${question.id}` });
        questionIds.add(question.id);
      }
    });
    course.roles.forEach((role, index) => {
      for (const stepId of role.steps) {
        if (!stepIds.has(stepId))
          context.addIssue({ code: 'custom', path: ['roles', index, 'steps'], message: `unknown step ${stepId}` });
      }
      if (!course.summaries[role.id])
        context.addIssue({ code: 'custom', path: ['summaries'], message: `no summary for ${role.id}` });
    });
  });
export type OnboardingCourseData = z.infer<typeof onboardingCourseSchema>;

/** One role's course, its steps resolved in order. */
export type RoleCourse = {
  readonly role: OnboardingRole;
  readonly title: string;
  readonly description: string;
  readonly steps: readonly CourseStep[];
  readonly remember: readonly string[];
  readonly commands: readonly { readonly command: string; readonly description: string }[];
};

export type OnboardingCourse = {
  readonly roles: readonly RoleCourse[];
  /** The course of a role; throws for a role without a course (a bug: roles are parsed first). */
  readonly forRole: (role: OnboardingRole) => RoleCourse;
  /** Every source section id the course cites, once. */
  readonly sourceIds: () => readonly string[];
};

/** Builds the course from parsed data. */
export function createOnboardingCourse(data: OnboardingCourseData): OnboardingCourse {
  const stepsById = new Map(data.steps.map((step) => [step.id, step]));
  const roles: RoleCourse[] = data.roles.map((role) => ({
    role: role.id,
    title: role.title,
    description: role.description,
    steps: role.steps.map((id) => stepsById.get(id)!),
    remember: data.summaries[role.id]!.remember,
    commands: data.commands,
  }));
  return {
    roles,
    forRole: (role) => {
      const course = roles.find((candidate) => candidate.role === role);
      if (!course) throw new Error(`no onboarding course for role ${role}`);
      return course;
    },
    sourceIds: () => [...new Set(data.steps.flatMap((step) => step.sources))],
  };
}

/**
 * Loads `knowledge/onboarding.yaml` and checks that every cited section exists in the knowledge base,
 * so a renamed anchor stops start-up instead of showing a dead link.
 * @example const course = loadOnboardingCourse({ knowledge: loadKnowledgeBase() });
 */
export function loadOnboardingCourse({
  knowledge,
  directory,
}: {
  readonly knowledge: KnowledgeBase;
  readonly directory?: string;
}): OnboardingCourse {
  const course = createOnboardingCourse(loadKnowledgeData('onboarding.yaml', onboardingCourseSchema, directory));
  const unknown = course.sourceIds().filter((id) => !knowledge.getSection(id));
  if (unknown.length > 0) throw new Error(`onboarding.yaml cites unknown sections: ${unknown.join(', ')}`);
  return course;
}
