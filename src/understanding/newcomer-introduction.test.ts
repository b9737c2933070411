import { describe, expect, it } from 'vitest';
import { createUnderstander } from './understand.js';
import { knownDutchWords } from '../rules/known-words.js';
import { afterNewcomerIntroduction } from './newcomer-questions.js';

const { understand } = createUnderstander({ knownWords: knownDutchWords() });

describe("what follows a newcomer's introduction", () => {
  it('should decide a particular question, request or situation as it would without the introduction', () => {
    expect(understand('Ik ben nieuw hier, moeten alle docenten dezelfde afkortingen gebruiken?')).toEqual({
      kind: 'question',
    });
    expect(understand('Ik ben nieuw hier. Zet je partners na elkaar in of kan dat ook tegelijkertijd?').kind).toBe(
      'question',
    );
    expect(understand('ik ben net begonnen, Amir verzuimt en ouders zeggen dat het goed komt. actie?').kind).toBe(
      'situation',
    );
    expect(
      understand('Ik ben nieuw hier, wil een gespreksverslag maken van het verzuimgesprek met Jayden'),
    ).toMatchObject({ kind: 'intent', intent: 'gespreksleidraad' });
  });

  it('should open the onboarding when what follows asks to learn the protocol in general', () => {
    expect(understand('ik ben nieuw, hoe werkt verzuim op deze school?')).toMatchObject({ intent: 'onboarding' });
    expect(understand('ik ben nieuwe mentor. wat moet ik weten over verzuim?')).toMatchObject({ intent: 'onboarding' });
    expect(
      understand('eerste week hier als teamleider, wil het verzuimprotocol snel onder de knie krijgen'),
    ).toMatchObject({ intent: 'onboarding' });
  });

  it("should take only the writer's own newness as an introduction", () => {
    expect(afterNewcomerIntroduction('Ik ben nieuw hier, wie is de lpa?')).toBe('wie is de lpa?');
    expect(afterNewcomerIntroduction('Nieuwe mentor begint maandag. Kan zij de cursus doen?')).toBeUndefined();
    expect(afterNewcomerIntroduction('Mijn examenleerling is net 18 geworden. Valt hij onder de wet?')).toBeUndefined();
    expect(afterNewcomerIntroduction('Ik ben nieuw en wil de training doen, waar begin ik?')).toBeUndefined();
  });
});
