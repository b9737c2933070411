/** Failures of access control that callers handle; each carries its Dutch reply. */
export class AccessError extends Error {
  override name = 'AccessError';
}

export type AccessDeniedReason =
  | 'unknownUser'
  | 'wrongTenant'
  | 'otherSchool'
  | 'notAllowed'
  | 'notOwner'
  | 'notAdmin'
  | 'lastAdmin'
  | 'noTenant'
  | 'selfGrant'
  | 'grantAboveOwn'
  | 'submissionOfOther';

const replies: Readonly<Record<AccessDeniedReason, string>> = {
  unknownUser:
    'Je staat nog niet in de rollenlijst van een school, dus ik kan je geen formulieren laten zien of indienen. ' +
    'Vraag de schoolbeheerder van je school om je een rol te geven.',
  wrongTenant: 'Je account hoort niet bij de organisatie van deze school. Vraag de schoolbeheerder om hulp.',
  otherSchool: 'Dit gegeven hoort bij een andere school. Daar kun je helaas niet bij.',
  notAllowed:
    'Dat mag je met jouw rol helaas niet doen. Denk je dat dit niet klopt? Vraag dan de schoolbeheerder van je school.',
  notOwner:
    'Je kunt alleen formulieren bekijken of wijzigen die je zelf hebt ingediend. De zorgcoördinator van je school ' +
    'kan je verder helpen.',
  notAdmin: 'Alleen een schoolbeheerder kan rollen wijzigen. Vraag de schoolbeheerder van je school.',
  noTenant:
    'Ik kan niet zien bij welke organisatie je account hoort, dus ik laat je geen leerlinggegevens zien. Open ' +
    'Verzuimwijzer in Teams van je school.',
  selfGrant: 'Je kunt jezelf geen rol geven. Vraag een andere schoolbeheerder om dat te doen.',
  grantAboveOwn:
    'De rollen zorgcoördinator (oco) en coördinator verzuimcoaches geven toegang tot dossiers van anderen. Die kan ' +
    'alleen iemand geven die zelf die rol en de rol schoolbeheerder heeft, of de ICT-beheerder via de rollenlijst.',
  lastAdmin: 'Dit is de laatste schoolbeheerder van de school. Geef eerst iemand anders de rol schoolbeheerder.',
  submissionOfOther: 'Dit formulier is al door iemand anders ingediend. Open een nieuw formulier.',
};

/** The actor may not do this; the attempt is audited by whoever throws this. */
export class AccessDeniedError extends AccessError {
  override name = 'AccessDeniedError';
  constructor(
    readonly reason: AccessDeniedReason,
    options?: ErrorOptions,
  ) {
    super(`access denied: ${reason}`, options);
  }

  toReply(): string {
    return replies[this.reason];
  }
}
