/** Failures of the cases that callers handle; each carries its Dutch reply. */
export class CaseError extends Error {
  override name = 'CaseError';
  toReply(): string {
    return 'Dat lukte niet met dit dossier. Typ "openstaande acties" en probeer het opnieuw.';
  }
}

export class CaseNotFoundError extends CaseError {
  override name = 'CaseNotFoundError';
  constructor(
    readonly reason: 'caseNotFound' | 'actionNotFound' | 'malformedId',
    options?: ErrorOptions,
  ) {
    super(`case not found: ${reason}`, options);
  }
  override toReply(): string {
    return (
      'Ik kan deze actie niet (meer) vinden. Misschien is hij al afgerond en opgeruimd, of hoort hij bij een ' +
      'andere school. Typ "openstaande acties" voor wat er nu openstaat.'
    );
  }
}

export class CaseConflictError extends CaseError {
  override name = 'CaseConflictError';
  constructor(
    readonly reason: 'otherMentor' | 'noPupilName' | 'busy',
    options?: ErrorOptions,
  ) {
    super(`case not changed: ${reason}`, options);
  }
  override toReply(): string {
    switch (this.reason) {
      case 'otherMentor':
        return (
          'Er loopt al een dossier voor een leerling met deze naam bij een andere mentor. Gebruik de volledige ' +
          'naam van de leerling (bijvoorbeeld via "Situatie aanpassen"), of vraag de oco.'
        );
      case 'noPupilName':
        return (
          'Om de stappen klaar te zetten heb ik de voornaam van de leerling nodig. Vul die in via "Situatie ' +
          'aanpassen" en druk dan opnieuw op "Zet deze stappen klaar".'
        );
      case 'busy':
        return 'Dit dossier werd net ook door iemand anders gewijzigd. Probeer het zo nog eens.';
      default: {
        const never: never = this.reason;
        return never;
      }
    }
  }
}
