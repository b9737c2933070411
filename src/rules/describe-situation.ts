import type { Situation } from './situation.js';

function amount(value: number): string {
  return String(value).replace('.', ',');
}

/** "1 lesuur", "6 lesuren", "1,5 dag": Dutch keeps the singular up to and including 1,5. */
function counted(value: number, one: string, more: string): string {
  return `${amount(value)} ${value <= 1.5 && value > 0 ? one : more}`;
}

/** What was understood, in short Dutch lines, so the user can check it. */
export function describeSituation(situation: Situation): string[] {
  const lines: string[] = [];
  const { pupilFirstName, age, schoolType, events } = situation;
  const who = [pupilFirstName, age !== undefined ? `${age} jaar` : undefined, schoolType].filter(Boolean).join(', ');
  if (who) lines.push(`Leerling: ${who}`);
  const during = (label?: string) => (label ? ` (${label})` : '');
  if (situation.lateCount !== undefined)
    lines.push(`Te laat: ${amount(situation.lateCount)} keer${during(situation.latePeriod?.label)}`);
  const truancy = [
    situation.truancyHours !== undefined ? counted(situation.truancyHours, 'lesuur', 'lesuren') : undefined,
    situation.truancyDagdelen !== undefined ? counted(situation.truancyDagdelen, 'dagdeel', 'dagdelen') : undefined,
    situation.truancyDays !== undefined ? counted(situation.truancyDays, 'dag', 'dagen') : undefined,
  ].filter(Boolean);
  if (truancy.length > 0) lines.push(`Gespijbeld: ${truancy.join(' en ')}${during(situation.truancyPeriod?.label)}`);
  if (situation.sickReports !== undefined) {
    const each =
      situation.sickReportDays !== undefined ? `, steeds ${counted(situation.sickReportDays, 'dag', 'dagen')}` : '';
    lines.push(`Ziekmeldingen: ${amount(situation.sickReports)} keer${each}${during(situation.sickPeriod?.label)}`);
  }
  if (situation.sickDays !== undefined)
    lines.push(`Ziek: ${amount(situation.sickDays)} dagen${during(situation.sickPeriod?.label)}`);
  if (situation.consecutiveSickDays !== undefined)
    lines.push(`Aaneengesloten ziek: ${amount(situation.consecutiveSickDays)} schooldagen`);
  if (situation.homeWeeks !== undefined) lines.push(`Thuis, niet naar school: ${amount(situation.homeWeeks)} weken`);
  const eventLabels: [keyof typeof events, string][] = [
    ['preventiveTalkHeld', 'preventief gesprek gehad'],
    ['schoolTalkHeld', 'gesprek op school gehad'],
    ['parentsContacted', 'contact met ouders'],
    ['jeugdartsInvolved', 'jeugdarts ingeschakeld'],
    ['absenceAgainAfterTalk', 'daarna opnieuw verzuim'],
    ['jeugdartsNoShow', 'niet verschenen bij de jeugdarts'],
    ['notCooperating', 'leerling/ouders werken niet mee'],
    ['stagnation', 'plan van aanpak stagneert'],
    ['waitingList', 'wachtlijst'],
    ['noAgreement', 'geen overeenstemming'],
    ['backgroundProblems', 'achterliggende problematiek'],
    ['zatDiscussed', 'al besproken in het ZAT'],
    ['absenceAgainAfterZat', 'daarna opnieuw verzuim'],
    ['escalated', 'al opgeschaald'],
    ['beginningHomeSitter', 'beginnende thuiszitter'],
    ['worrying', 'zorgen naast het verzuim'],
    ['duoReported', 'al gemeld via DUO'],
    ['sentHomeSickOften', 'opvallend ziekteverzuim (bijv. regelmatig ziek naar huis)'],
    ['vrijstelling', 'vrijstelling'],
    ['sicknessReasonKnown', 'reden van ziekte bekend'],
  ];
  const happened = eventLabels.filter(([key]) => events[key] === true).map(([, label]) => label);
  if (happened.length > 0) lines.push(`Al gebeurd: ${happened.join(', ')}`);
  return lines;
}
