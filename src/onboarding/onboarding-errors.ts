/** Failures of the onboarding course that the bot answers in Dutch. */
export class OnboardingError extends Error {
  override name = 'OnboardingError';
}

/**
 * A card action that no longer matches the stored course: the user never started, or started another
 * role's course since the card was sent (on this or another device).
 */
export class OnboardingStaleActionError extends OnboardingError {
  override name = 'OnboardingStaleActionError';
  constructor(
    readonly reason: 'notStarted' | 'otherCourse' | 'unknownStep',
    options?: ErrorOptions,
  ) {
    super(`onboarding card action does not match the stored course: ${reason}`, options);
  }

  toReply(): string {
    return 'Deze kaart hoort bij een eerdere onboarding. Typ "onboarding" om verder te gaan waar je was.';
  }
}
