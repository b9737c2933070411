/**
 * The commands staff can type, shown in the welcome card and listed in the Teams manifest's
 * `commandLists` (a test keeps the two in step). Dutch, as users read them.
 */
export const commands = [
  {
    command: 'wat nu?',
    title: 'Wat nu?',
    description:
      'Beschrijf de situatie ("Sanne is 9 keer te laat gekomen, wat nu?") en krijg de volgende stap uit het protocol.',
  },
  {
    command: 'gespreksleidraad',
    title: 'Gespreksleidraad',
    description: 'Stap voor stap door het verzuimgesprek, met een gespreksverslag aan het eind.',
  },
  {
    command: 'aanmeldformulier',
    title: 'Aanmeldformulier',
    description: 'Het aanmeldformulier ziekteverzuim voor de jeugdarts invullen.',
  },
  { command: 'verzuimcoach', title: 'Verzuimcoach', description: 'Een leerling verwijzen naar een verzuimcoach.' },
  {
    command: 'overzicht',
    title: 'Overzicht',
    description: 'De formulieren van je school bekijken (zorgcoördinator) of die je zelf hebt ingediend (mentor).',
  },
  {
    command: 'onboarding',
    title: 'Onboarding',
    description: 'Het verzuimprotocol leren in korte stappen, voor nieuwe collega\u2019s.',
  },
  {
    command: 'openstaande acties',
    title: 'Openstaande acties',
    description:
      'Wat nog moet gebeuren, door wie en wanneer (zorgcoördinator: de hele school). ' +
      '"mijn acties": alleen jouw leerlingen.',
  },
  {
    command: 'help',
    title: 'Help',
    description: 'Dit overzicht opnieuw tonen. Stel verder gewoon je vraag over het protocol.',
  },
] as const;

export type Command = (typeof commands)[number];

/** A command's title by what is typed: the buttons of the onboarding summary are named like the commands. */
export const commandTitles: ReadonlyMap<string, string> = new Map(
  commands.map(({ command, title }) => [command, title]),
);
