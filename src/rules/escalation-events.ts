import { affirmed } from './affirmed.js';

/** Escalations and interventions whose lack of result sends the case on. */
const escalationActs = new RegExp(
  String.raw`\b(?:mdo'?s?|proces-?verbaal|pv|zorgmelding|casuistiekoverleg|opgeschaald|opschaling|` +
    String.raw`leidinggevenden?|manager|aangekaart)\b`,
);

/**
 * Whether someone already escalated (to the partners' management, a proces-verbaal, a zorgmelding, an MDO) and it
 * had no result: the case then goes on to the doorbraakoverleg (Bossche protocol, Bijlage 8).
 */
export function escalatedWithoutResult(text: string): boolean {
  if (
    affirmed(
      new RegExp(
        String.raw`opgeschaald|opschaling\s+(?:\S+\s+){0,3}(?:gedaan|geweest)|` +
          String.raw`bij\s+(?:de\s+)?leidinggevende\w*\s+(?:\S+\s+){0,2}geweest|` +
          String.raw`casuistiekoverleg\s+(?:\S+\s+){0,3}(?:geweest|besproken|ingebracht)|(?:geweest|` +
          String.raw`besproken|ingebracht)\s+(?:\S+\s+){0,3}casuistiekoverleg|(?:proces-verbaal|` +
          String.raw`zorgmelding|melding)\s+(?:\S+\s+){0,6}zonder\s+(?:effect|resultaat)`,
      ),
      text,
    )
  )
    return true;
  // "er is een proces-verbaal opgemaakt, maar dat heeft niets opgeleverd", "het MDO heeft niet geholpen".
  if (
    new RegExp(
      String.raw`\b(?:proces-?verbaal|pv|zorgmelding|mdo'?s?|` +
        String.raw`casuistiekoverleg)\b(?:\s+\S+){0,8}?\s+(?:niets|niks)\s+opgeleverd|` +
        String.raw`\b(?:proces-?verbaal|pv|zorgmelding|mdo'?s?|` +
        String.raw`casuistiekoverleg)\b(?:\s+\S+){0,8}?\s+(?:niet|nauwelijks)\s+geholpen|` +
        String.raw`\b(?:proces-?verbaal|pv|zorgmelding|mdo'?s?|` +
        String.raw`casuistiekoverleg)\b(?:\s+\S+){0,8}?\s+geen\s+(?:effect|resultaat|oplossing)`,
    ).test(text)
  )
    return true;
  // "MDO gehad, SWV betrokken, leerplicht heeft een zorgmelding gedaan, maar niets heeft effect gehad".
  // Escalated to the management or raised with the agency, without result: "met de leidinggevende gesproken,
  // maar het levert niets op", "zonder resultaat aangekaart bij de instantie", "pv opgemaakt, zonder effect".
  if (
    escalationActs.test(text) &&
    new RegExp(
      String.raw`\b(?:niets|niks)\s+(?:heeft\s+)?(?:\S+\s+)?(?:effect|resultaat|opgeleverd|` +
        String.raw`geholpen)|\bzonder\s+(?:gewenst\s+)?(?:effect|resultaat|succes)|\bgeen\s+(?:effect|resultaat|` +
        String.raw`verbetering)\b|\b(?:levert|leverde)\s+(?:\S+\s+){0,2}(?:niets|niks)\s+op\b|` +
        String.raw`\bopgeschaald\b[^.]*,\s*(?:niks|niets)\b|` +
        // "daarna haar leidinggevende, er verandert niks", "leidinggevenden ingeschakeld, er gebeurt gewoon niks".
        String.raw`\b(?:verandert|veranderde|gebeurt|gebeurde)\s+(?:er\s+)?(?:\S+\s+){0,2}(?:niets|niks)\b|` +
        String.raw`\b(?:niets|niks)\s+(?:\S+\s+)?(?:verandert|veranderd|gebeurt|gebeurd)\b|` +
        // "niks beweegt", "het komt niet los", "we komen er niet uit" (not "we zitten vast": that is the stagnation).
        String.raw`\b(?:niets|niks)\s+beweegt\b|\bgeen\s+beweging\b|\bkomt\s+(?:\S+\s+)?niet\s+los\b|` +
        String.raw`\bkomen\s+er\s+(?:\S+\s+)?niet\s+uit\b`,
    ).test(text)
  )
    return true;
  return false;
}
