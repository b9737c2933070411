import type { TurnState } from '@microsoft/teams-ai';

/**
 * teams-ai's turn state, for one turn only: the Application gets no `storage`, so nothing is read or
 * written through it. What must outlast a turn lives in explicit stores, read only by the routes that
 * need it — the activity ledger (redeliveries, the welcome), answers for 👍/👎, guides and onboarding
 * progress, the dossier. That keeps a turn to the store requests it needs: a "wat nu?" turn makes one.
 */
export type AppTurnState = TurnState;
