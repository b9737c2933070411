import { z } from 'zod';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { onboardingRoleSchema, type OnboardingRole } from './course.js';
import type { StartView, StepView, StoppedView, SummaryView } from './course-screens.js';
import { sourceLabel } from './source-label.js';

/**
 * The data the onboarding card templates (`cards/onboarding-*.json`) bind to: plain data, Dutch text,
 * every step with its sources. The bot renders it; nothing here knows about Teams.
 */

/** The prefix of a question's input id in the step card; the rest is the question id. */
export const answerInputPrefix = 'answer-';

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/** "28 november 2026", as staff read dates. */
export function formatDutchDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** Long sections are cut for the card; the whole section stays one question away ("wat staat er in …"). */
const maxSectionCharacters = 3500;

function sectionSources(knowledge: KnowledgeBase, ids: readonly string[]) {
  return ids.map((id) => {
    const section = knowledge.getSection(id);
    if (!section) throw new Error(`onboarding cites unknown section ${id}`);
    const label = sourceLabel(knowledge, section);
    const body =
      section.body.length > maxSectionCharacters ? `${section.body.slice(0, maxSectionCharacters)} …` : section.body;
    return {
      label,
      shortLabel: label.split(' — ')[1] ?? label,
      body: body || '(Deze sectie heeft zelf geen tekst; zie de onderliggende secties.)',
    };
  });
}

/** A step with its progress, sources (each to open in full) and check questions or their feedback. */
export function onboardingStepCardData(knowledge: KnowledgeBase, view: StepView) {
  const sources = sectionSources(knowledge, view.step.sources);
  const isLast = view.stepIndex === view.stepCount - 1;
  const questions = view.step.questions.map((question, index) => {
    const feedback = view.feedback.find((entry) => entry.questionId === question.id);
    const number = view.step.questions.length > 1 ? `Vraag ${index + 1}: ` : 'Vraag: ';
    return {
      label: `${number}${question.question}`,
      inputId: `${answerInputPrefix}${question.id}`,
      choices: question.options.map((option, optionIndex) => ({ title: option, value: String(optionIndex) })),
      answered: Boolean(feedback),
      chosen: feedback?.chosen ?? '',
      verdict: feedback ? (feedback.correct ? 'Goed!' : `Niet goed. Het juiste antwoord is: ${feedback.answer}`) : '',
      verdictColor: feedback?.correct ? 'Good' : 'Attention',
      explanation: feedback?.explanation ?? '',
    };
  });
  return {
    roleTitle: view.roleTitle.toLowerCase(),
    progressText: `stap ${view.stepIndex + 1} van ${view.stepCount}`,
    stepNumber: view.stepIndex + 1,
    title: view.step.title,
    text: view.step.text,
    sourceLine: `Bron: ${sources.map((source) => source.label).join('; ')}`,
    sources,
    questions,
    hasOpenQuestions: questions.some((question) => !question.answered),
    notice:
      view.notice === 'answerFirst'
        ? 'Kies eerst een antwoord en klik op "Controleer antwoord"; daarna kun je verder.'
        : '',
    nextTitle: isLast ? 'Afronden' : 'Volgende',
    nextStyle: questions.every((question) => question.answered) ? 'positive' : 'default',
    actionData: { role: view.role, step: view.stepIndex },
  };
}

/** "onboarding": continue where you were, or choose the course for your role. */
export function onboardingStartCardData(view: StartView) {
  const roles = [...view.roles].sort(
    (left, right) => Number(right.role === view.suggestedRole) - Number(left.role === view.suggestedRole),
  );
  return {
    resumeText: view.resumable
      ? `Je was bij stap ${view.resumable.stepIndex + 1} van ${view.resumable.stepCount} ` +
        `van de onboarding ${view.resumable.roleTitle.toLowerCase()}.`
      : '',
    completedText: view.completed
      ? `Je hebt de onboarding ${view.completed.roleTitle.toLowerCase()} ` +
        `afgerond op ${formatDutchDate(view.completed.completedAt)}.`
      : '',
    chooseText: view.resumable ? 'Of begin opnieuw, voor jouw rol:' : 'Kies de cursus voor jouw rol:',
    roles: roles.map((role) => ({
      ...role,
      buttonTitle: `${view.resumable || view.completed ? 'Opnieuw: ' : 'Start: '}${role.title.toLowerCase()}`,
    })),
  };
}

/** After "Stoppen": where the course was left. */
export function onboardingStoppedCardData(view: StoppedView) {
  return {
    roleTitle: view.roleTitle.toLowerCase(),
    stepNumber: view.stepIndex + 1,
    stepCount: view.stepCount,
  };
}

/** The end: what to remember and the commands to use in practice, each a button. */
export function onboardingSummaryCardData(view: SummaryView, commandTitles: ReadonlyMap<string, string>) {
  return {
    roleTitle: view.roleTitle.toLowerCase(),
    stepCount: view.stepCount,
    correct: view.score.correct,
    total: view.score.total,
    completedOn: formatDutchDate(view.completedAt),
    remember: view.remember,
    commands: view.commands.map((command) => ({
      ...command,
      title: commandTitles.get(command.command) ?? command.command,
    })),
  };
}

/** The zorgcoördinator's overview: names and dates only. */
export function onboardingOverviewCardData({
  schoolName,
  staff,
}: {
  readonly schoolName: string;
  readonly staff: readonly { readonly userName: string; readonly completedAt: string }[];
}) {
  return {
    schoolName,
    countText:
      staff.length === 1
        ? '1 collega heeft de onboarding afgerond:'
        : `${staff.length} collega's hebben de onboarding afgerond:`,
    staff: staff.map((entry) => ({ name: entry.userName, date: formatDutchDate(entry.completedAt) })),
  };
}

const optionIndexSchema = z.coerce.number().int().min(0).max(9);

/** Chosen options from the step card's inputs (`answer-<question id>`: the option's index as text). */
export function choicesFromCard(data: Readonly<Record<string, unknown>>): Record<string, number> {
  const choices: Record<string, number> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!key.startsWith(answerInputPrefix)) continue;
    const index = optionIndexSchema.safeParse(value);
    if (index.success && value !== '' && value !== undefined) choices[key.slice(answerInputPrefix.length)] = index.data;
  }
  return choices;
}

const stepActionSchema = z
  .object({ role: onboardingRoleSchema, step: z.coerce.number().int().min(0).max(100) })
  .passthrough();
const startActionSchema = z.object({ role: onboardingRoleSchema }).passthrough();

/** A step card's button data: the course and step the card showed, and the chosen answers; undefined if unread. */
export function stepActionFromCard(data: Readonly<Record<string, unknown>>) {
  const parsed = stepActionSchema.safeParse(data);
  if (!parsed.success) return undefined;
  return { role: parsed.data.role, stepIndex: parsed.data.step, choices: choicesFromCard(data) };
}

/** The course chosen on the start card; undefined if unread. */
export function startRoleFromCard(data: unknown): OnboardingRole | undefined {
  const parsed = startActionSchema.safeParse(data);
  return parsed.success ? parsed.data.role : undefined;
}
