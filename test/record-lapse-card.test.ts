import { describe, expect, it } from 'vitest';
import { renderLapseWarningCard } from '../bot/case-reminders.js';
import { expectWellFormedCard } from './helpers/card-checks.js';

const amsterdam = (local: string) => new Date(`${local}+01:00`);

describe('renderLapseWarningCard', () => {
  it('should show type, first name and date with an Open button per record, escaped', () => {
    const card = renderLapseWarningCard({
      items: [
        {
          recordId: 'aanmeldformulier-00000000-aaaa',
          recordType: 'aanmeldformulier',
          pupilFirstName: 'Sanne',
          retainUntil: amsterdam('2027-01-06T10:00:00').toISOString(),
        },
        {
          recordId: 'gespreksverslag-00000000-bbbb',
          recordType: 'gespreksverslag',
          pupilFirstName: '[Klik](https://example.com)',
          retainUntil: amsterdam('2027-01-07T10:00:00').toISOString(),
        },
      ],
    });
    expectWellFormedCard(card);
    expect(card).toMatchSnapshot();
    expect(JSON.stringify(card)).not.toContain('[Klik](https');
  });

  it("should show ten records and count the rest, under Teams' card size limit", () => {
    const items = Array.from({ length: 40 }, (_, index) => ({
      recordId: `verzuimcoach-${String(index).padStart(8, '0')}`,
      recordType: 'verzuimcoach',
      pupilFirstName: 'X'.repeat(100),
      retainUntil: amsterdam('2027-01-06T10:00:00').toISOString(),
    }));
    const card = renderLapseWarningCard({ items });
    expect(JSON.stringify(card).includes('En nog 30: zie het overzicht.')).toBe(true);
    expect(JSON.stringify(card).length).toBeLessThan(28_000);
  });
});
