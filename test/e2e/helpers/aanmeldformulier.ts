import type { Locator } from 'playwright-core';

/** A date `years` ago, as an `<input type="date">` takes it. */
export function yearsAgo(years: number): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() - years);
  return date.toISOString().slice(0, 10);
}

/** Fills every required field of the aanmeldformulier card as a mentor would, by the labels shown. */
export async function fillAanmeldformulier(
  card: Locator,
  { pupilName }: { readonly pupilName: string },
): Promise<void> {
  await card.getByRole('checkbox', { name: 'Dit formulier is met de ouders besproken' }).check();
  await card.getByLabel('Naam leerling').fill(pupilName);
  await card.getByLabel('Geboortedatum leerling').fill(yearsAgo(14));
  await card.getByLabel('Telefoonnummer ouder(s)').fill('06 12345678');
  await card.getByLabel('E-mailadres ouder(s)').fill('ouders.deboer@example.nl');
  await card.getByLabel('Naam school / groep (klas)').fill('Demoschool / 2B');
  await card.getByLabel('Naam leerkracht / IB-er / mentor').fill('Mentor De Vries');
  await card.getByRole('checkbox', { name: 'Meer dan 4 dagen ziek gemeld verspreid over de afgelopen maand.' }).check();
  await card
    .getByLabel('Verzuimoverzicht (data en aantal uren/dagen)')
    .fill('Sept: 3 dagen ziek, okt: 2 keer 1 dag ziek.');
  await card
    .getByLabel('1. Zijn er eerdere ziekmeldingen geweest en is hier een patroon in te ontdekken?')
    .fill('Vooral op maandag.');
  await card.getByLabel('2. Wat is volgens ouders de reden van de ziekmelding(en)?').fill('Buikpijn.');
  await card.getByLabel('3. Is de leerling onder controle van de huisarts/specialist?').selectOption({ label: 'Nee' });
  await card
    .getByLabel('4. Is er sprake van probleemgedrag en/of zijn er zorgen over de thuissituatie?')
    .fill('Geen probleemgedrag bekend.');
  await card.getByLabel('5. Is het wijkteam betrokken bij de leerling/het gezin?').selectOption({ label: 'Nee' });
  await card
    .getByLabel('6. Zijn er andere vormen van verzuim (spijbelen, te laat komen)?')
    .selectOption({ label: 'Nee' });
  await card
    .getByLabel('7. Welke acties zijn er door school ondernomen (graag met datum)?')
    .fill('12-10 gesprek met ouders en leerling.');
  await card.getByRole('radio', { name: 'De ouders' }).check();
  await card.getByRole('checkbox', { name: 'Er is toestemming om deze gegevens te delen' }).check();
}
