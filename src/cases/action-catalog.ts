import type { Advice, AdviceStep } from '../rules/advice.js';
import { ruleSources } from '../rules/sources.js';
import { thresholds } from '../rules/thresholds.js';
import type { ActionRole, EscalationStep } from './case-record.js';
import type { DueRule } from './due-dates.js';

/** An action to put on a case, before its date is computed. */
export type PlannedAction = {
  readonly id: string;
  readonly step: EscalationStep;
  readonly what: string;
  readonly role: ActionRole;
  readonly rule: DueRule;
  readonly deadlineText: string;
  readonly source: { readonly sectionId: string; readonly label: string };
};

/**
 * Steps whose deadline the protocol counts (each with its words): everything else is "zo snel mogelijk"
 * or "nu", and gets the next school day or today.
 */
const countedDeadlines: Readonly<Record<string, DueRule>> = {
  // Deel 3: "nog dezelfde dag of uiterlijk na drie dagen ziek zijn" — days of absence are school days.
  'ziekte/contact-mentor': { kind: 'school-days', count: thresholds.mentorContactDays },
  // Deel 4: "z.s.m. (binnen 2 weken)": weeks are calendar weeks.
  'thuiszitten/gesprek-partners': { kind: 'calendar-days', count: thresholds.planWeeks * 7 },
  // Bijlage 7: the preventieve spreekuur is monthly; its dates are not known here, so a month at most.
  'te-laat/preventief-gesprek': { kind: 'months', count: 1 },
  'spijbelen/preventief-gesprek': { kind: 'months', count: 1 },
};

const soon: DueRule = { kind: 'school-days', count: 1 };
const now: DueRule = { kind: 'school-days', count: 0 };

function escalationStepOf(step: AdviceStep): EscalationStep {
  if (step.track === 'thuiszitten') return 'thuiszitter';
  if (step.track === 'stagnatie' || step.id.includes('zat')) return 'zat-mdo';
  if (step.id.startsWith('ziekte/jeugdarts')) return 'jeugdarts';
  if (step.level >= 3) return 'leerplicht';
  return 'preventief';
}

/**
 * The mentor holds a step the protocol gives the mentor first; any other the oco, who keeps the overview (Deel 4,
 * school).
 */
function roleOf(step: AdviceStep): ActionRole {
  return step.who[0] === 'mentor' ? 'mentor' : 'oco';
}

function ruleOf(step: AdviceStep): DueRule {
  return countedDeadlines[step.id] ?? (step.deadline?.startsWith('Nu') ? now : soon);
}

/** The actions "Zet deze stappen klaar" puts on the case: one per step of the advice, in its order. */
export function actionsForAdvice(advice: Advice): PlannedAction[] {
  return advice.steps.map((step) => ({
    id: step.id,
    step: escalationStepOf(step),
    what: step.title,
    role: roleOf(step),
    rule: ruleOf(step),
    deadlineText: step.deadline ?? 'Zo snel mogelijk',
    source: step.sources[0] ?? ruleSources.contactOuders,
  }));
}

/** The advice step a filed aanmeldformulier completes. */
export const aanmeldStepId = 'ziekte/jeugdarts-aanmelden';

/** What follows a filed aanmeldformulier (Deel 4, Werkafspraken school en jeugdarts; Bijlage 6). */
export function actionsForAanmelding(): PlannedAction[] {
  return [
    {
      id: 'aanmelding/versturen',
      step: 'jeugdarts',
      what: 'Aanmeldformulier en verzuimoverzicht naar de jeugdarts sturen',
      role: 'oco',
      rule: soon,
      deadlineText: 'Zo snel mogelijk',
      source: ruleSources.aanmeldReden,
    },
    {
      id: 'aanmelding/terugkoppeling-jeugdarts',
      step: 'jeugdarts',
      what: 'Gesprek bij de jeugdarts nagaan en de terugkoppeling (Bijlage 6) in het dossier verwerken',
      role: 'oco',
      rule: { kind: 'calendar-days', count: thresholds.jeugdartsWeeks * 7 },
      deadlineText: `In principe binnen ${thresholds.jeugdartsWeeks} weken na aanmelding`,
      source: ruleSources.jeugdarts,
    },
  ];
}
