import { protocolPartner } from './sentence-patterns.js';

/**
 * Who may see what in the bot, or the user's own role or rights in it: "wie mag wat zien", "wat mag een mentor
 * zien in de bot?", "ben ik mentor of oco in dit systeem?", "welke rechten heb ik?", "waarom kan ik … niet zien?".
 */
export const accessQuestion = new RegExp(
  [
    String.raw`\b(?:wie|wat)\s+mag\s+(?:\S+\s+){0,5}(?:zien|inzien|bekijken|openen)\b`,
    String.raw`\b(?:mag|kan|kun)\s+(?:een|de)\s+(?:mentor|oco|teamleider|docent|beheerder|admin)\s+` +
      String.raw`(?:\S+\s+){0,6}(?:zien|inzien|bekijken|openen)\b`,
    // "welke collega's zijn bij ons oco?", "welke rol heeft Fatima?" (not "welke rol heeft de jeugdarts?": a partner).
    String.raw`\bwelke\s+(?:collega'?\s?s|mensen|docenten|personen)\s+(?:zijn|is)\s+(?:hier\s+|bij\s+ons\s+|` +
      String.raw`op\s+school\s+)?(?:\S+\s+)?(?:oco|oco'?s|mentor|mentoren|teamleider|teamleiders|beheerder|admin)\b`,
    String.raw`\bwelke\s+rol(?:len)?\s+(?:heeft|hebben)\s+(?!de\b|het\b|een\b|school\b)\S+\s*[?!.]*$`,
    String.raw`\b(?:ben|sta)\s+ik\s+(?:\S+\s+){0,2}(?:als\s+)?(?:mentor|oco|teamleider|beheerder|admin)\s+of\b`,
    String.raw`\bwelke\s+(?:rol|rollen|rechten)\s+heb\s+ik\b`,
    String.raw`\bwaarom\s+(?:kan|mag)\s+ik\s+(?:\S+\s+){0,4}niet\s+(?:zien|inzien|openen|bekijken)\b`,
    // "ben ik admin?", "waarom zie ik de aanmeldingen van 3b niet", "wat mag ik hier?", "wie mag wat",
    // "mentoren beheren".
    String.raw`\bben\s+ik\s+(?:hier\s+|al\s+|nu\s+|nou\s+|eigenlijk\s+|wel\s+)?(?:een\s+)?` +
      String.raw`(?:mentor|oco|teamleider|beheerder|admin)` +
      String.raw`(?=\s*$|\s+(?:in|hier|of)\b)`,
    String.raw`\bwaarom\s+(?:zie|vind)\s+ik\s+(?:\S+\s+){0,5}niet\b`,
    // "ik krijg de formulieren van Daan niet te zien, heb ik wel de goede rol?", "ik heb geen toegang".
    String.raw`\b(?:krijg|kan)\s+ik\s+(?:\S+\s+){0,5}niet\s+te\s+zien\b|` +
      String.raw`\bheb\s+ik\s+(?:wel\s+|niet\s+)?(?:de\s+)?(?:goede|juiste|verkeerde)\s+rol\b|\bgeen\s+toegang\b`,
    // "is mevrouw Verhoeven nog oco?": whether a colleague still holds a role here.
    String.raw`\bis\s+(?:mevrouw\s+|meneer\s+|juf\s+|meester\s+)?\S+\s+(?:nog|nu|niet\s+meer)\s+(?:de\s+)?` +
      String.raw`(?:oco|mentor|teamleider|zorgcoordinator|ondersteuningscoordinator|beheerder)\b`,
    // ("wat kan ik hier?" asks what the bot does: help.)
    String.raw`\bwat\s+mag\s+ik\s+(?:hier|in\s+(?:de\s+|deze\s+)?(?:app|bot|teams|verzuimwijzer))\b|` +
      String.raw`\bwie\s+mag\s+wat\b`,
    String.raw`\b(?:mentoren|oco'?s|teamleiders|beheerders|collega'?s|gebruikers)\s+` +
      String.raw`(?:beheren|toevoegen|verwijderen)\b`,
  ].join('|'),
);
/**
 * Who may see the bot's records (plural: the stored ones): "mag ik de aanmeldingen bij de jeugdarts zien?", "wie
 * heeft inzage in de verwijzingen?" — about the bot's rights even where a partner is named.
 */
export const recordAccess = new RegExp(
  [
    // Not where ("waar kan ik de aanmeldingen van 2b zien?"): that asks for them.
    String.raw`(?<!\bwaar\s)\b(?:mag|kan|kun)\s+ik\s+(?:\S+\s+){0,5}\w*(?:aanmeldingen|verwijzingen|formulieren|` +
      String.raw`dossiers|verslagen)\s+(?:\S+\s+){0,4}(?:zien|inzien|bekijken|openen)\b`,
    String.raw`\bwie\s+(?:heeft|hebben|krijgt|krijgen)\s+(?:er\s+)?(?:inzage|toegang)\s+(?:in|tot)\s+(?:de\s+|` +
      String.raw`alle\s+)?\w*(?:aanmeldingen|verwijzingen|formulieren|dossiers|verslagen)\b`,
    // "wie mag bij ons in de app de verwijzingen naar de verzuimcoach zien?", "wie kan de aanmeldingen inzien?".
    String.raw`\bwie\s+(?:mag|mogen|kan|kunnen)\s+(?:\S+\s+){0,10}\w*(?:aanmeldingen|verwijzingen|formulieren|` +
      String.raw`dossiers|verslagen)\b[^.?!]*\b(?:zien|inzien|bekijken|openen)\b`,
    String.raw`\bwie\s+ziet\s+wat\b`,
    // "wie zijn de admins?", "who is who": who holds the bot's roles.
    String.raw`\bwie\s+(?:is|zijn)\s+(?:hier\s+|bij\s+ons\s+)?(?:de\s+)?(?:admins?|beheerders?)\b|` +
      String.raw`\bw(?:ho|ie)\s+is\s+w(?:ho|ie)\b`,
    // "waarom kan ik de jgz-aanmelding die Mark deed niet openen?": the user's access, whoever the record is for.
    String.raw`\bwaarom\s+(?:kan|mag)\s+ik\s+(?:\S+\s+){0,10}niet\s+(?:zien|inzien|openen|bekijken)\b`,
    // "ik wil dat mijn collega ook de formulieren kan zien": access given to someone else.
    String.raw`\b(?:wil|zorg)\s+(?:\S+\s+){0,2}dat\s+(?:\S+\s+){1,4}(?:ook\s+)?(?:de\s+|alle\s+)?\w*(?:aanmeldingen|` +
      String.raw`verwijzingen|formulieren|dossiers)\s+(?:kan|kunnen|mag|mogen)\s+(?:zien|inzien|bekijken|openen)\b`,
    // "ik ben stagiair, mag ik zelf formulieren invullen?": the user's leave to file them.
    String.raw`\bmag\s+ik\s+(?:\S+\s+){0,3}\w*(?:aanmeldingen|verwijzingen|formulieren)\s+(?:\S+\s+){0,2}(?:invullen|` +
      String.raw`indienen|aanmaken|versturen|maken)\b`,
    // "wie zijn bij ons de zorgcoördinatoren?": who holds a role at this school.
    String.raw`\bwie\s+(?:is|zijn)\s+(?:hier|bij\s+ons|op\s+(?:onze\s+)?school)\s+(?:de\s+)?(?:oco'?s?|zorgco\w*|` +
      String.raw`ondersteuningsco\w*|teamleiders?|mentoren|beheerders?|ib-?ers?)\b`,
    // "wie kan bij ons formulieren invullen?": who may file them.
    String.raw`\bwie\s+(?:mag|mogen|kan|kunnen)\s+(?:\S+\s+){0,4}\w*(?:formulieren|aanmeldingen|verwijzingen)\s+` +
      String.raw`(?:\S+\s+){0,2}(?:invullen|maken|indienen|aanmaken|versturen)\b`,
  ].join('|'),
);
/** The user (or a colleague) able or allowed to see: "als conciërge ook zien", "moet … kunnen inzien", "kan … niet
 * openen". */
const seeing = String.raw`(?:zien|inzien|lezen|openen|bekijken|inkijken)\b`;
const mayOrCan = new RegExp(
  [
    String.raw`\bals\s+\S+\s+(?:ook\s+)?(?:\S+\s+){0,3}${seeing}`,
    String.raw`\b(?:moet|moeten|mag|mogen)\s+(?:\S+\s+){0,6}kunnen\s+${seeing}`,
    String.raw`\b(?:ik|we|wij)\s+(?:kan|kun|kunnen|mag|mogen)\s+(?:\S+\s+){1,8}niet\s+${seeing}`,
  ].join('|'),
);
/** "wie mag de formulieren van mijn lln lezen?", not the protocol's "wie mag het verslag van de jeugdarts inzien?". */
const whoMayRead = /\bwie\s+(?:mag|mogen|kan|kunnen)\s+(?:\S+\s+){0,8}(?:lezen|inzien|inkijken)\b/;
/**
 * A colleague seeing them: "kan mijn duo-mentor de aanmelding ook zien?", "mag de stagiair meekijken in …?" — the one
 * who is to see is no partner of the protocol ("mag de jeugdarts het verslag inzien?" asks the protocol).
 */
const colleagueSees = new RegExp(
  String.raw`\b(?:mag|mogen|kan|kunnen)\s+(?!ik\b|je\b|jij\b|u\b|we\b|wij\b)((?:\S+\s+){1,12}?)(?:ook\s+)?` +
    String.raw`(?:zien|inzien|lezen|openen|bekijken|inkijken|meekijken|mee\s+kijken)\b`,
);
const colleagueSeesRecords = (folded: string): boolean => {
  const subject = colleagueSees.exec(folded)?.[1]?.split(records)[0];
  return subject !== undefined && !protocolPartner.test(subject);
};
/** The bot's records, however named: "aanmeldingen", "de verwijzing", "formulieren", "wie aangemeld is". */
const records = /\b(?:aanmeld\w*|aangemeld|verwijzing\w*|formulier\w*|dossier\w*|verslag\w*|gegevens)\b/;

/**
 * Who may see what in the bot, or the user's own rights in it: asked outright, about the stored records, or with
 * the bot's own words for rights ("rechten", "toegang", "rollen" — not "de rol van de zorgco" in the protocol).
 */
export function asksAboutAccess(folded: string, rolesStrength: number | undefined): boolean {
  const rights =
    rolesStrength === 2 &&
    /\b(?:rechten|toegang|bevoegd\w*|permissi\w*|autoris\w*|rollen)\b/.test(folded) &&
    !protocolPartner.test(folded) &&
    !/protocol/.test(folded);
  const mayOrCanSeeRecords =
    (mayOrCan.test(folded) ||
      colleagueSeesRecords(folded) ||
      (whoMayRead.test(folded) && !protocolPartner.test(folded))) &&
    records.test(folded);
  return (
    (accessQuestion.test(folded) && !protocolPartner.test(folded)) ||
    recordAccess.test(folded) ||
    mayOrCanSeeRecords ||
    rights
  );
}
