/** Failures of the gespreksleidraad a caller handles; each carries its Dutch reply. */
export class GuideError extends Error {
  override name = 'GuideError';
  toReply(): string {
    return 'Er ging iets mis met de gespreksleidraad. Typ "gespreksleidraad" om verder te gaan.';
  }
}

/** The guide of a card is not (or no longer) there: discarded, or another user's card. */
export class GuideNotFoundError extends GuideError {
  override name = 'GuideNotFoundError';
  constructor(options?: ErrorOptions) {
    super('guide not found', options);
  }
  override toReply(): string {
    return (
      'Ik kan deze gespreksleidraad niet meer vinden; misschien is hij verwijderd. ' +
      'Typ "gespreksleidraad" om je open gesprekken te zien of een nieuw gesprek voor te bereiden.'
    );
  }
}

/** The guide is already finished: its verslag is in the dossier. */
export class GuideFinishedError extends GuideError {
  override name = 'GuideFinishedError';
  constructor(
    readonly verslagRecordId: string | undefined,
    options?: ErrorOptions,
  ) {
    super('guide already finished', options);
  }
  override toReply(): string {
    return (
      'Dit gesprek is al afgerond en het gespreksverslag staat in het dossier. ' +
      'Typ "gespreksleidraad" om een nieuw gesprek voor te bereiden.'
    );
  }
}

/** The guide kept changing under us (many presses at once): the user can simply press again. */
export class GuideBusyError extends GuideError {
  override name = 'GuideBusyError';
  constructor(options?: ErrorOptions) {
    super('guide changed concurrently too often', options);
  }
  override toReply(): string {
    return 'De gespreksleidraad werd tegelijk ergens anders bijgewerkt. Druk nog een keer op de knop.';
  }
}
