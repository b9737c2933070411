import { describe, expect, it } from 'vitest';
import { renderDigestCard, renderReminderCard } from '../bot/case-reminders.js';
import { renderCard } from '../cards/render-card.js';
import type { Actor } from '../src/access/actor.js';
import {
  createCaseService,
  fixedSchoolCalendars,
  openActionsView,
  weekdaysOnlyCalendar,
  type OpenAction,
} from '../src/cases/index.js';
import { adviseSituation, parseSituation, type Advice } from '../src/rules/index.js';
import { expectWellFormedCard } from './helpers/card-checks.js';

const oco: Actor = {
  userId: 'oco-1',
  name: 'Oco Bakker',
  schoolId: 'school-a',
  schoolName: 'Testcollege A',
  roles: ['oco', 'mentor'],
  demo: false,
};
const calendars = fixedSchoolCalendars([]);
const amsterdam = (local: string) => new Date(`${local}+01:00`);

function advice(text: string): Advice {
  const result = adviseSituation(parseSituation(text, { now: () => amsterdam('2026-12-07T10:00:00') }));
  if (result.kind !== 'advice') throw new Error('expected advice');
  return result;
}

const firstNames = ['Sanne', 'Daan', 'Jesse', 'Emma', 'Noah', 'Lotte', 'Finn', 'Sophie'];

/** Open actions of `pupils` pupils with names of the form's maximum length (100). */
async function openActions(pupils: number, at = '2026-12-07T10:00:00'): Promise<OpenAction[]> {
  const clock = { now: amsterdam(at) };
  const cases = createCaseService({ now: () => clock.now });
  for (let index = 0; index < pupils; index += 1) {
    const name = firstNames[index]!;
    const planned = await cases.planFromAdvice({
      actor: oco,
      advice: advice(`${name} is in 2 maanden 3 keer een dag ziek gemeld`),
    });
    await cases.fileAanmelding({
      actor: oco,
      pupilName: `${name} ${'van der Achternaam '.repeat(5)}`.slice(0, 100),
      recordId: `aanmeldformulier-${String(index).padStart(8, '0')}`,
    });
    expect(planned.added.length).toBeGreaterThan(0);
  }
  return (await cases.listOpenActions({ actor: oco, scope: 'school' })).actions;
}

describe('open actions cards', () => {
  it('should render the overview grouped by step with a late action first, and match its snapshot', async () => {
    const actions = await openActions(1);
    const card = renderCard(
      'open-actions',
      openActionsView({ actor: oco, actions, scope: 'school', today: '2026-12-11', calendars }),
    );
    expectWellFormedCard(card);
    const text = JSON.stringify(card);
    expect(text).toContain('Te laat: was do 10 dec 2026 (3 schooldagen; gerekend met weekdagen');
    expect(text.indexOf('Preventief (school) (1)')).toBeLessThan(text.indexOf('Jeugdarts (2)'));
    expect(card).toMatchSnapshot();
  });

  it("should page a school's actions under Teams' 28 KB, with names at their maximum", async () => {
    const actions = await openActions(8);
    expect(actions).toHaveLength(24);
    const first = renderCard(
      'open-actions',
      openActionsView({ actor: oco, actions, scope: 'school', today: '2026-12-07', calendars }),
    );
    expectWellFormedCard(first, { maxActions: 6 });
    expect(Buffer.byteLength(JSON.stringify(first))).toBeLessThan(28 * 1024);
    expect(JSON.stringify(first)).toContain('Pagina 1 van 3');
    const next = (first.actions as any[]).find((action) => action.title === 'Volgende');
    expect(next.data).toEqual({ verb: 'actions-open', scope: 'school', page: 2 });
    const filtered = openActionsView({
      actor: oco,
      actions,
      scope: 'school',
      today: '2026-12-07',
      calendars,
      filter: { step: 'jeugdarts' },
    });
    expect(filtered.summary).toBe('16 acties open, waarvan 0 te laat. Pagina 1 van 2.');
  });

  it('should show a reminder with the first name only and its three buttons', async () => {
    const [open] = await openActions(1);
    const card = renderReminderCard({
      kind: 'overdue',
      pupilFirstName: open!.caseRecord.pupilFirstName,
      caseId: open!.caseRecord.id,
      action: open!.action,
      calendars,
      schoolId: oco.schoolId,
    });
    expectWellFormedCard(card);
    expect(JSON.stringify(card)).not.toContain('Achternaam');
    expect((card.actions as any[]).map((action) => action.title)).toEqual([
      'Gedaan',
      'Open het dossier',
      'Nog niet — herinner me over 2 dagen',
    ]);
    expect(card).toMatchSnapshot();
  });

  it("should list at most ten overdue actions in the oco's digest, first names only", async () => {
    const actions = await openActions(6);
    const items = actions.map(({ caseRecord, action }) => ({
      caseId: caseRecord.id,
      pupilFirstName: caseRecord.pupilFirstName,
      action,
    }));
    const card = renderDigestCard({ items });
    expectWellFormedCard(card);
    const text = JSON.stringify(card);
    expect(text).not.toContain('Achternaam');
    expect(text).toContain('Te laat: 18 acties van de oco');
    expect(text).toContain('En nog 8: zie de openstaande acties.');
  });

  it('should label every date computed with the default calendar as weekdays only', async () => {
    const actions = await openActions(2);
    const view = openActionsView({ actor: oco, actions, scope: 'school', today: '2026-12-07', calendars });
    const dates = view.groups.flatMap((group) => group.items.map((item) => item.due));
    expect(dates.length).toBeGreaterThan(0);
    for (const due of dates) expect(due).toContain(weekdaysOnlyCalendar.label);
  });
});
