import type { Application } from '@microsoft/teams-ai';
import type { AppTurnState } from '../turn-state.js';

/** Answers every message no other route took, so the user never meets silence. */
export function registerFallbackRoute(app: Application<AppTurnState>): void {
  app.activity('message', async (context) => {
    await context.sendActivity(
      'Dat begrijp ik niet helemaal. Stel een vraag over het verzuimprotocol, ' +
        'beschrijf een situatie met "wat nu?", of typ "help" voor wat ik kan.',
    );
  });
}
