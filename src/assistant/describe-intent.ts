import type { Intent, IntentSlots } from '../understanding/understand.js';

const names: Readonly<Record<Intent, { readonly long: string; readonly short: string }>> = {
  aanmeldformulier: {
    long: 'het aanmeldformulier ziekteverzuim voor de jeugdarts',
    short: 'het aanmeldformulier jeugdarts',
  },
  verwijzing: { long: 'de verwijzing naar de verzuimcoach', short: 'de verwijzing naar de verzuimcoach' },
  gespreksleidraad: { long: 'de gespreksleidraad voor het verzuimgesprek', short: 'de gespreksleidraad' },
  onboarding: { long: 'de onboarding: het verzuimprotocol in korte stappen', short: 'de onboarding' },
  'onboarding-overzicht': {
    long: 'het overzicht van wie de onboarding heeft afgerond',
    short: 'het onboardingoverzicht',
  },
  overzicht: { long: 'het overzicht van de formulieren van je school', short: 'het overzicht' },
  rollen: { long: 'het rollenbeheer van je school', short: 'de rollen' },
  help: { long: 'het overzicht van wat ik kan', short: 'de hulp' },
  'wat-nu': { long: 'de kaart "Situatie" voor de volgende stap uit het protocol', short: 'de kaart "Situatie"' },
  'openstaande-acties': {
    long: 'de openstaande acties van je school, met wie en wanneer',
    short: 'de openstaande acties',
  },
  'mijn-acties': { long: 'de openstaande acties van jouw leerlingen', short: 'mijn acties' },
};

/** What opening a capability means, in Dutch, for `ask` and the choice card ("Ik open … voor Jesse."). */
export function describeIntent(intent: Intent, slots: IntentSlots, form: 'sentence' | 'short' = 'sentence'): string {
  if (form === 'short') return names[intent].short;
  return `Ik open ${names[intent].long}${slots.pupilFirstName ? ` voor ${slots.pupilFirstName}` : ''}.`;
}
