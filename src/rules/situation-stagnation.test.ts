import { describe, expect, it } from 'vitest';
import { parseSituation } from './parse-situation.js';
import { createRulesEngine } from './rules-engine.js';

const rules = createRulesEngine();
/** The first step advised, or the kind of reply when none is. */
const first = (text: string) => {
  const advice = rules.advise(text);
  return advice.kind === 'advice' ? advice.steps[0]?.id : advice.kind;
};

describe('a plan not carried out, told as "doet dat niet"', () => {
  it('should read the stagnation, asking what now', () => {
    const situation = parseSituation(
      'Volgens het plan van aanpak belt de teamleider elke week, maar hij doet dat niet. Wat nu?',
    );
    expect(situation.events.stagnation).toBe(true);
  });
});

describe('a plan that does not move forward, and nobody able to say why', () => {
  it('should read "gaat niet vooruit" as a plan that stalls, with the problems behind it', () => {
    expect(
      first('Bij Lina gaat het plan al 6 weken niet vooruit. Iedereen doet zijn deel, maar haar angst is groot.'),
    ).toBe('stagnatie/mdo');
  });
  it('should analyse first when nobody can explain why the plan stalls', () => {
    expect(
      first('Het plan van Ravi stagneert, maar niemand kan uitleggen waarom: school en jeugdhulp doen hun deel.'),
    ).toBe('stagnatie/analyse');
  });
});

describe('who holds the plan up, told in staff words (sixteenth session)', () => {
  it.each([
    // School and partners denied as the cause: the problems behind the absence.
    [
      'pva van yara stokt. ligt niet aan school of partners maar aan haar eetstoornis. wat is de stap?',
      'stagnatie/mdo',
    ],
    [
      'Bij Demi stagneert het plan. De partners doen wat ze moeten doen, maar er speelt veel thuis. Stap?',
      'stagnatie/mdo',
    ],
    // The writer's own role is who writes, not who holds the plan up.
    [
      'LPA: de mentor van Ravi zou wekelijks bellen en de oco zou het aanbod uitwerken. Beide niet gedaan. Route?',
      'stagnatie/school-aanspreken',
    ],
    // A place is no actor; the gemeente is a partner.
    [
      'de gemeente zou voor Fay vervoer regelen naar de nieuwe school, al 3 weken niks gehoord. wat nu',
      'stagnatie/partner-aanspreken',
    ],
    // Nobody knows where it is stuck: the analysis first.
    [
      'Pva Stijn: afspraken 6 weken terug gemaakt, weinig van gebeurd. Geen idee of het aan de lpa of aan ons ligt.',
      'stagnatie/analyse',
    ],
  ])('should send "%s" to %s', (text, step) => {
    expect(first(text)).toBe(step);
  });

  it('should not read a plan still to be made as one that stalls', () => {
    const situation = parseSituation('Emma zit 8 schooldagen thuis. Er is nog niets met partners afgesproken. Stap?');
    expect(situation.events.stagnation).toBeUndefined();
  });
});

describe('a stalled plan for a pupil at home longer than the ambition of three months', () => {
  it('should put the three months first when nobody has escalated yet', () => {
    expect(first('Stijn zit al vier maanden thuis. Het plan van aanpak staat al weken stil. Wat nu?')).toBe(
      'thuiszitten/langer-dan-drie-maanden',
    );
  });
  it('should bring the doorbraakoverleg first once the casusverantwoordelijke escalated without result', () => {
    expect(
      first(
        'Stijn zit al vier maanden thuis. Het plan staat stil; ik heb al opgeschaald naar de leidinggevenden, ' +
          'zonder resultaat. Wat nu?',
      ),
    ).toBe('stagnatie/doorbraakoverleg');
  });
  it('should keep the doorbraakoverleg first for a thuiszitter of some weeks whose plan stalls', () => {
    expect(first('Stijn zit al zes weken thuis. Het plan van aanpak staat stil. Wat nu?')).toBe(
      'stagnatie/doorbraakoverleg',
    );
  });
});

describe('a thuiszitter whose plan stalls on the problems behind it', () => {
  it('should read "het plan loopt niet:" as a stall and plan the MDO when the partners do their part', () => {
    expect(
      first(
        'Het plan van Liam loopt niet: de jeugdarts, de leerplichtambtenaar en wij doen wat is afgesproken, ' +
          'maar thuis is het een chaos. Wat nu?',
      ),
    ).toBe('stagnatie/mdo');
  });
  it('should plan the MDO for a thuiszitter of some weeks when the cause is the problems at home', () => {
    expect(
      first('Levi zit 6 weken thuis, het pva stagneert. Oorzaak: ernstige angst en conflict thuis, niet bij partners.'),
    ).toBe('stagnatie/mdo');
  });
});
