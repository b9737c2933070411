import { renderCard } from '../../../cards/render-card.js';
import { renderDigestCard, renderReminderCard } from '../../../bot/case-reminders.js';
import {
  actionCountsView,
  createCaseService,
  fixedSchoolCalendars,
  openActionsView,
} from '../../../src/cases/index.js';
import { adviseSituation, parseSituation, type Advice } from '../../../src/rules/index.js';
import { actor, galleryCollector, type GalleryCard } from './gallery-common.js';

/** Open actions: the overview with an overdue action, a reminder, the monthly counts and the oco's digest. */
export async function openActionCards(): Promise<GalleryCard[]> {
  const { cards, add } = galleryCollector();
  const clock = { now: new Date('2026-12-07T09:00:00Z') };
  const cases = createCaseService({ now: () => clock.now });
  await cases.planFromAdvice({
    actor,
    advice: adviseSituation(
      parseSituation('Sanne is in 2 maanden 3 keer een dag ziek gemeld', { now: () => clock.now }),
    ) as Advice,
  });
  await cases.fileAanmelding({ actor, pupilName: 'Sanne de Boer', recordId: 'aanmeldformulier-gallery1' });
  const { actions: open } = await cases.listOpenActions({ actor, scope: 'school' });
  const calendars = fixedSchoolCalendars([]);
  add(
    'openstaande-acties',
    renderCard(
      'open-actions',
      openActionsView({ actor, actions: open, scope: 'school', today: '2026-12-09', calendars }),
    ),
  );
  add(
    'herinnering',
    renderReminderCard({
      kind: 'overdue',
      pupilFirstName: 'Sanne',
      caseId: open[0]!.caseRecord.id,
      action: open[0]!.action,
      calendars,
      schoolId: actor.schoolId,
    }),
  );
  add(
    'acties-per-maand',
    renderCard('action-counts', actionCountsView({ actor, counts: await cases.countByMonth({ actor }) })),
  );
  add(
    'dagoverzicht-te-laat',
    renderDigestCard({
      items: open.map(({ caseRecord, action }) => ({
        caseId: caseRecord.id,
        pupilFirstName: caseRecord.pupilFirstName,
        action,
      })),
    }),
  );
  return cards;
}
