import type { TurnContext } from 'botbuilder';
import { AccessDeniedError, type Actor, type Identity, type Role } from '../src/access/index.js';
import type { OnboardingRole, OnboardingUser } from '../src/onboarding/index.js';
import { identityOf } from './actor.js';

/** Who the directory says the user is: only what onboarding needs. */
export type OnboardingActor = Pick<Actor, 'schoolId' | 'schoolName' | 'roles'>;

/** Directory role → the course offered first. */
const suggestedCourse: Readonly<Partial<Record<Role, OnboardingRole>>> = { mentor: 'mentor', oco: 'zorgcoordinator' };

/**
 * The onboarding's user behind a turn, as far as the role directory knows them. Staff not (yet) in the
 * directory may still follow the course: their completions carry no school.
 */
export function onboardingActors(resolveActor: ((identity: Identity) => Promise<OnboardingActor>) | undefined) {
  const actorOf = async (context: TurnContext): Promise<OnboardingActor | undefined> => {
    if (!resolveActor) return undefined;
    try {
      return await resolveActor(identityOf(context));
    } catch (error) {
      // The refusal is audited by access; the course does not need the directory.
      if (error instanceof AccessDeniedError) return undefined;
      throw error;
    }
  };
  const userOf = async (context: TurnContext): Promise<OnboardingUser> => {
    const identity = identityOf(context);
    const actor = await actorOf(context);
    return { id: identity.userId, name: identity.name ?? 'Onbekend', ...(actor ? { schoolId: actor.schoolId } : {}) };
  };
  /** What opening the course needs: the user, and the course of their directory role first. */
  const openFor = async (context: TurnContext) => {
    const identity = identityOf(context);
    const actor = await actorOf(context);
    const suggestedRole = actor?.roles.map((role) => suggestedCourse[role]).find((role) => role !== undefined);
    return {
      user: { id: identity.userId, name: identity.name ?? 'Onbekend' },
      ...(suggestedRole ? { suggestedRole } : {}),
    };
  };
  return { actorOf, userOf, openFor };
}

/** Why this user may not see the school's onboarding overview (only the oco may), in Dutch. */
export function overviewRefusal(actor: OnboardingActor | undefined): string {
  return actor
    ? 'Alleen een zorgcoördinator kan zien wie van de school de onboarding heeft afgerond. ' +
        'Typ "onboarding" om zelf de cursus te volgen.'
    : 'Ik weet niet bij welke school je hoort, dus ik kan geen overzicht tonen. ' +
        'Vraag je schoolbeheerder om je toe te voegen.';
}
