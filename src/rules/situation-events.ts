import { affirmed } from './affirmed.js';
import { preventiveHeld, preventiveTalkTold } from './preventive-talk.js';
import { escalatedWithoutResult } from './escalation-events.js';
import { parentsNotCooperating } from './parent-cooperation.js';
import { signalPattern } from './situation-signals.js';
import type { SituationEvents } from './situation.js';
import { backgroundProblems, causeOf, failingSentences } from './situation-stagnation.js';

const held = '(?:gehad|gevoerd|geweest|plaatsgevonden|gedaan|achter\\s+de\\s+rug)';
const schoolTalk = new RegExp(
  `\\w*gesprek(?:ken)?\\s+(?:\\S+\\s+){0,4}?${held}|(?:heb|hebben|heeft|had|` +
    `hadden)\\s+(?:\\S+\\s+){0,4}?(?:gesproken|` +
    `\\w*gesprek(?:ken)?\\s+(?:\\S+\\s+){0,6}?(?:mee\\s+)?gehad)|` +
    // "de mentor heeft al met hem en zijn ouders aan tafel gezeten", "heb ik met Jens en zijn moeder gezeten".
    `(?:aan|om)\\s+tafel\\s+(?:gezeten|gezet|gehad)|` +
    `(?:heb|hebben|heeft|had|hadden)\\s+(?:\\S+\\s+){0,2}?met\\s+(?:\\S+\\s+){1,5}?gezeten\\b|` +
    // "ik heb hem er vorige week op aangesproken", "heb het met hem besproken", "heb haar apart genomen".
    `(?:heb|hebben|heeft|had|hadden)\\s+(?:[^\\s.?!]+\\s+){0,5}?(?:aangesproken|besproken|apart\\s+genomen)\\b|` +
    // The talk put first: "gesprek met hem en vader heb ik in week 3 al gehad".
    `\\w*gesprek(?:ken)?\\s+[^.?!]{0,60}?\\b(?:heb|hebben|heeft|had|hadden)\\s+(?:ik|we|wij|hij|zij|ze)\\s+` +
    `[^.?!]{0,30}?\\b(?:gehad|gevoerd)\\b`,
);
/**
 * The writer (or the mentor) in touch with the parents: "heb met z'n moeder gebeld", "ik bel om de paar dagen met
 * zijn vader", "de mentor heeft contact gehad met moeder", "de ouders houden de mentor op de hoogte". Not a parent
 * calling in sick ("moeder heeft gebeld").
 */
const parent = String.raw`(?:de\s+|zijn\s+|haar\s+|z'n\s+|d'r\s+|hun\s+)?(?:moeder|vader|ouders?|mama|papa|ouder\S*)`;
const parentsContacted = new RegExp(
  String.raw`\b(?:heb|hebben|hadden|had)\s+(?:ik\s+|we\s+|wij\s+)?(?:\S+\s+){0,3}?(?:met\s+)?${parent}\s+` +
    String.raw`(?:\S+\s+){0,3}?(?:gebeld|gemaild|geappt|gesproken|contact)\b|` +
    String.raw`\b(?:bel|bellen|mail|mailen|app|appen|spreek)\s+(?:\S+\s+){0,4}?met\s+${parent}\b|` +
    String.raw`\bcontact\s+(?:\S+\s+)?(?:gehad|opgenomen|gezocht|met)\s+(?:met\s+)?${parent}\b|` +
    String.raw`\b${parent}\s+(?:houdt|houden)\s+(?:\S+\s+){0,4}?op\s+de\s+hoogte\b`,
);
const jeugdartsInvolved = new RegExp(
  String.raw`(?:jeugdarts|ggd)\w*\s+(?:\S+\s+){0,4}?(?:ingeschakeld|aangemeld|betrokken|` +
    String.raw`gezien|op\s+de\s+hoogte|gebeld)|(?:aangemeld|doorverwezen|verwezen|` +
    String.raw`gemeld)\s+(?:\S+\s+){0,2}(?:bij|naar)\s+(?:de\s+)?(?:jeugdarts|ggd)|(?:bij|` +
    String.raw`naar)\s+de\s+(?:jeugdarts|ggd)\s+(?:\S+\s+){0,2}(?:geweest|gegaan)|(?:heeft|` +
    String.raw`hebben|had)\s+(?:\S+\s+){0,3}(?:gesprek|afspraak)\s+(?:\S+\s+){0,2}(?:jeugdarts|` +
    String.raw`ggd)|(?:jeugdarts|ggd)\s+is\s+(?:al\s+)?(?:bij\s+\S+\s+)?betrokken`,
);
const zatDiscussed = new RegExp(
  String.raw`(?:besproken|ingebracht)\s+(?:\S+\s+){0,2}in\s+(?:het\s+|de\s+)?zat|` +
    String.raw`zat[\s-]?(?:driehoek|overleg|bespreking)\s+(?:\S+\s+){0,2}(?:besproken|geweest|` +
    String.raw`gehad|gedaan)|\bzat\s+(?:is|heeft)\s+(?:al\s+)?(?:geweest|plaatsgevonden|` +
    String.raw`besproken)|in\s+(?:het\s+|` +
    String.raw`de\s+)?zat(?:[\s-]driehoek)?\s+(?:\S+\s+){0,5}(?:besproken|ingebracht|geweest)|` +
    // "na de ZAT-driehoekbespreking van vorige maand": what came after it.
    String.raw`\b(?:na|sinds)\s+(?:de\s+|het\s+)?zat[\s-]?(?:driehoek)?[\s-]?(?:bespreking|overleg)\b`,
);
const duoReported = new RegExp(
  String.raw`(?:gemeld|melding\s+gedaan)\s+(?:\S+\s+){0,2}(?:via|in|bij)\s+(?:duo|` +
    String.raw`leerplicht)|duo[\s-]?melding\s+(?:\S+\s+){0,2}(?:gedaan|gemaakt|loopt|ingediend|` +
    String.raw`verstuurd)`,
);

/**
 * Sickness told with a "but" about the pupil: "pas 2 dagen ziek, maar vorige week viel ze flauw", "twee keer ziek,
 * maar het hangt samen met …" — worry beyond the count; not "maar moeder belde netjes", "maar ze is weer beter".
 */
const butAboutThePupil = new RegExp(
  String.raw`(?:^|[\s,.;])(?:maar|toch)\s+(?!\S*\s*(?:ouders|moeder|vader|(?:ze|zij|hij)\s+is\s+weer)\b)`,
);

/**
 * The pupil or the parents refusing the plan itself: "weigert elke afspraak met mentor en oco", "ze komen geen
 * enkele afspraak na", "dat hij niet meer wil meewerken aan het plan".
 */
const refusesThePlan = new RegExp(
  String.raw`\bweiger\w*\s+(?:elke|iedere|alle)\s+(?:afspra\w*|hulp|gesprek\w*|begeleiding)|` +
    String.raw`\b(?:ouders|vader|moeder|leerling|hij|zij|ze)\s+(?:\S+\s+){0,2}(?:komen|komt)\s+geen\s+` +
    String.raw`(?:enkele\s+)?afspra\w*\s+na\b|` +
    String.raw`\b(?:hij|zij|ze|leerling)\s+(?:\S+\s+){0,3}(?:(?:wil|willen)\s+niet\s+(?:meer\s+)?|` +
    String.raw`niet\s+(?:meer\s+)?(?:wil|willen)\s+)meewerken\b|` +
    // "weigert mee te doen aan het opbouwrooster", "weigert de afspraken": what was agreed, refused (not "weigeren het
    // plan te tekenen": no agreement).
    String.raw`\bweiger\w*\s+(?:\S+\s+){0,2}mee\s+te\s+(?:doen|werken)\b|` +
    String.raw`\bweiger\w*\s+(?:\S+\s+){0,3}(?:opbouwrooster|rooster|afspraken|begeleiding)\b`,
);
/** A sentence about today or this week: after a preventief gesprek, absence since the talk. */
const todayOrThisWeek = /\b(?:vandaag|gisteren|vanochtend|vanmorgen|vanmiddag|deze\s+week|nu)\b/;

/** Background problems named and not denied: not "niks bekend over problemen thuis", "geen achterliggende
 * problematiek". */
function affirmedBackground(sentence: string): boolean {
  return affirmedIn(backgroundProblems, sentence) || affirmedIn(signalPattern('background'), sentence);
}

/** The pattern found in the sentence and not denied in the words before it in its clause. */
function affirmedIn(pattern: RegExp, sentence: string): boolean {
  const match = pattern.exec(sentence);
  if (!match) return false;
  const before =
    sentence
      .slice(0, match.index)
      .split(/[,;:()]/)
      .pop() ?? '';
  return !/\b(?:geen|niks|niets|niet|zonder)\b(?:\s+\S+){0,4}\s*$/.test(before);
}

/** What already happened around the pupil, or explicitly did not (then the flag stays unset). */
export function parseEvents(text: string, sentences: readonly string[]): SituationEvents {
  const events: SituationEvents = {};
  if (preventiveTalkTold(text)) {
    events.preventiveTalkHeld = true;
    if (
      new RegExp(
        String.raw`\b(?:weer|opnieuw|nog\s+steeds|sinds\s*dien|daarna|daarna\s+nog|blijft|toch|` +
          String.raw`alsnog|nu\s+(?:staat|zit)\s+\S+\s+op|gaat\s+(?:\S+\s+)?(?:door|verder)|` +
          String.raw`stopt\s+niet|houdt\s+niet\s+op)\b`,
      ).test(text) ||
      // "… bij het preventieve spreekuur gezeten. Hij is vandaag na de pauze niet teruggekomen.": a sentence of its
      // own, about today or this week, tells of absence since the talk.
      sentences.some((sentence) => !preventiveHeld.test(sentence) && todayOrThisWeek.test(sentence))
    )
      events.absenceAgainAfterTalk = true;
  }
  // A talk at school (mentor, parents), not the preventief gesprek with leerplicht nor one with the jeugdarts.
  if (
    affirmed(
      schoolTalk,
      text,
      (match, clause) =>
        /preventie\w*\s*$/.test(clause) || /preventie|leerplicht|spreekuur|jeugdarts|ggd|zat\b|overleg|mdo/.test(match),
    )
  ) {
    events.schoolTalkHeld = true;
  }
  if (affirmed(parentsContacted, text)) events.parentsContacted = true;
  if (affirmed(jeugdartsInvolved, text)) events.jeugdartsInvolved = true;
  const aboutJeugdarts = /jeugdarts|ggd|jgz|schoolarts|aangemeld\s+(?:\S+\s+){0,2}(?:ziekteverzuim|verzuim)/.test(text);
  if (
    sentences.some(
      (sentence) =>
        (/jeugdarts|ggd|jgz|schoolarts/.test(sentence) ||
          (aboutJeugdarts && /afspraak|uitnodig|uitgenodigd/.test(text))) &&
        new RegExp(
          String.raw`geen\s+reactie|geen\s+gehoor|zonder\s+afmelding|niet\s+afgemeld|` +
            String.raw`niet\s+(?:\S+\s+){0,6}(?:verschenen|gekomen|komen\s+opdagen|` +
            String.raw`opgedaagd|op\s*(?:komen\s+)?dagen|opdagen|geweest|gegaan)|no[\s-]?show|` +
            String.raw`afspraak\s+(?:\S+\s+){0,3}(?:gemist|afgezegd|laten\s+schieten|overgeslagen|` +
            String.raw`vergeten)|niet\s+(?:\S+\s+){0,4}(?:ingegaan|gereageerd)|(?:reageren|` +
            String.raw`reageert)\s+niet\s+op\s+(?:de\s+)?(?:uitnodiging|oproep)|` +
            String.raw`niet\s+(?:\S+\s+){0,6}(?:kwam|kwamen|verscheen)\b|(?:kwam|kwamen|verscheen|` +
            String.raw`verschenen|komt|komen|verschijnt|` +
            String.raw`verschijnen)\s+(?:\S+\s+){0,2}niet\b(?!\s+(?:meer\s+)?(?:naar|op)\s+school|\s+(?:verder|` +
            // "komt hij niet verder", "komen niet tot overeenstemming", "komt de afspraken niet na": not a no-show.
            String.raw`tot|na\b))`,
        ).test(sentence),
    )
  ) {
    events.jeugdartsNoShow = true;
  }
  if (
    new RegExp(
      String.raw`(?:wil|willen)\s+(?:\S+\s+){0,2}niet\s+(?:mee)?werken|werk(?:t|` +
        String.raw`en)\s+(?:\S+\s+){0,3}niet\s+mee|(?:ouders|vader|moeder)\s+(?:\S+\s+){0,2}weiger|` +
        String.raw`weiger\w*\s+(?:\S+\s+){0,3}(?:mee\s+te\s+werken|medewerking|hulp|gesprek|` +
        String.raw`toestemming)|wil(?:len)?\s+geen\s+(?:gesprek|contact|hulp|medewerking)|` +
        String.raw`wil(?:len)?\s+(?:\S+\s+)?niet\s+(?:in\s+gesprek|naar\s+de\s+(?:jeugdarts|` +
        String.raw`huisarts))|(?:ouders|vader|moeder)\s+(?:\S+\s+){0,4}(?:komen|komt|kwam|kwamen|` +
        String.raw`verschijnt|verschijnen)\s+(?:\S+\s+)?(?:niet|nooit)\s+(?:naar|` +
        String.raw`op)\s+(?:de\s+)?(?:afgesproken\s+)?(?:gesprek|afspra)|(?:nemen|` +
        String.raw`neemt)\s+(?:\S+\s+){0,4}(?:de\s+)?telefoon\s+niet\s+(?:meer\s+)?op|(?:ouders|moeder|` +
        String.raw`vader)\s+(?:nemen|neemt)\s+(?:de\s+telefoon\s+)?(?:niet|nooit)\s+(?:meer\s+)?op|` +
        String.raw`niet\s+mee\s+(?:willen|kunnen)\s+werken|` +
        String.raw`(?:willen|wil|gaan)\s+(?:\S+\s+)?niet\s+(?:meer\s+)?meewerken|geen\s+medewerking|` +
        String.raw`ouders\s+(?:\S+\s+){0,2}(?:reageren|bereikbaar)\s+niet|` +
        String.raw`ouders\s+(?:van\s+\S+\s+)?(?:zijn|blijven)\s+(?:\S+\s+)?(?:niet\s+bereikbaar|` +
        String.raw`onbereikbaar)|geen\s+contact\s+(?:\S+\s+)?met\s+(?:de\s+)?ouders|` +
        String.raw`ouders\s+(?:\S+\s+){0,3}niet\s+te\s+pakken|(?:houden|` +
        String.raw`houdt)\s+(?:\S+\s+){0,2}(?:de\s+)?boot\s+af`,
    ).test(text)
  ) {
    events.notCooperating = true;
  }
  // Parents out of reach or blocking, however said: "reageren nergens op", "bellen niet terug", "zeggen
  // steeds afspraken af".
  if (parentsNotCooperating(sentences)) events.notCooperating = true;
  if (refusesThePlan.test(text)) events.notCooperating = true;
  // "ouders houden zich niet aan de afspraken" is not cooperating; a partner or school doing so is stagnation.
  if (
    /\b(?:ouders|vader|moeder|leerling|hij|zij|ze)\s+(?:\S+\s+){0,2}houd(?:t|en)\s+zich\s+(?:er\s+)?niet\s+aan/.test(
      text,
    )
  )
    events.notCooperating = true;
  const failing = failingSentences(sentences);
  if (failing.length > 0 || /stagn/.test(text)) {
    events.stagnation = true;
    const cause = causeOf(failing.length > 0 ? failing : sentences, text);
    if (cause) events.stagnationCause = cause;
  }
  if (escalatedWithoutResult(text)) events.escalated = true;
  if (affirmed(/wachtlijst/, text)) events.waitingList = true;
  if (/\b(?:dreigende|beginnende|aankomende|mogelijke)\s+thuiszitter/.test(text)) events.beginningHomeSitter = true;
  if (
    new RegExp(
      String.raw`geen\s+overeenstemming|niet\s+eens\s+(?:over|met)|` +
        String.raw`verschil\w*\s+(?:\S+\s+){0,2}van\s+mening|visieverschil|oneens|` +
        String.raw`komen\s+er\s+(?:\S+\s+){0,6}niet\s+uit|lijnrecht\s+tegenover|geen\s+akkoord|` +
        String.raw`(?:komen|kwamen)\s+(?:\S+\s+){0,6}niet\s+tot\s+(?:overeenstemming|een\s+(?:gezamenlijk|` +
        String.raw`gedeeld)\s+plan)|niet\s+akkoord\s+(?:gaan\s+)?met\s+(?:het|ons|de)\s+(?:plan|aanpak|voorstel)|` +
        // "we staan tegenover elkaar", "willen het pva niet tekenen",
        // "wil zelf niet akkoord met het PvA".
        String.raw`staan\s+(?:\S+\s+)?tegenover\s+elkaar|` +
        String.raw`(?:plan|pva)\S*\s+(?:\S+\s+){0,3}niet\s+(?:tekenen|ondertekenen)|` +
        String.raw`niet\s+akkoord\s+met\s+(?:het|de|ons)\s+(?:pva|plan|aanpak)`,
    ).test(text)
  )
    events.noAgreement = true;
  if (sentences.some((sentence) => affirmedBackground(sentence))) {
    events.backgroundProblems = true;
    if (events.stagnation && !events.stagnationCause) events.stagnationCause = 'problematiek';
  }
  // The writer's own concern ("ik heb een naar gevoel bij hem"): worry, and near the criteria with one ziekmelding.
  const concerned = sentences.some((sentence) => affirmedIn(signalPattern('concern'), sentence));
  if (concerned) events.concerned = true;
  if (
    new RegExp(
      String.raw`\bsomber|vermoeid|vaak\s+moe|\bmoe\s+en\b|slaapt\s+slecht|teruggetrokken|` +
        String.raw`stil\s+in\s+de\s+klas|niet\s+lekker\s+in\s+(?:zijn|haar)\s+vel|maak\s+(?:me|` +
        String.raw`mij)\s+(?:\S+\s+)?zorgen|maakt\s+zich\s+zorgen|\berg\s+stil\b|gespannen|gestrest|` +
        String.raw`\bzorg(?:en)?\s+over\s+(?:het\s+|zijn\s+|haar\s+)?(?:welbevinden|welzijn|hem|haar)\b|` +
        String.raw`twijfel\w*\s+of\s+(?:dit|het)\s+zorgelijk|\b(?:wordt|worden)\s+(?:\S+\s+)?erger\b|` +
        String.raw`\berger\s+(?:wordt|worden)\b|` +
        // Doubting whether the jeugdarts is needed is worry said as a question: "ik twijfel of we de jeugdarts
        // moeten inschakelen", "is dit iets voor de jgz of overdrijf ik?".
        String.raw`(?:twijfel\w*|vraag\s+(?:ik\s+)?me\s+af|weet\s+niet)\s+of\s+(?:\S+\s+){0,4}` +
        String.raw`(?:jeugdarts|jgz|schoolarts)|\biets\s+voor\s+(?:de\s+)?(?:jeugdarts|jgz|schoolarts)|` +
        String.raw`\boverdrijf\s+ik\b|\b(?:worried|concerned)\b` +
        // Sick each time on the day of something: "allebei op de dag van een toets", "telkens na een ruzie".
        String.raw`|\b(?:telkens|steeds|allebei|alle\s+keren|beide\s+keren|elke\s+keer|iedere\s+keer)\s+(?:net\s+)?` +
        String.raw`(?:op|na|rond|voor|bij|tijdens)\s+(?:de\s+dag(?:en)?\s+(?:van|dat|waarop)|een|het|de|zijn|haar)\b`,
    ).test(text) ||
    sentences.some((sentence) => affirmedIn(signalPattern('worry'), sentence)) ||
    concerned ||
    (/\bziek/.test(text) && butAboutThePupil.test(text))
  )
    events.worrying = true;
  if (affirmed(zatDiscussed, text)) {
    events.zatDiscussed = true;
    if (/\b(?:weer|opnieuw|sindsdien|daarna|nog\s+steeds)\b/.test(text)) events.absenceAgainAfterZat = true;
  }
  if (affirmed(duoReported, text)) events.duoReported = true;
  if (affirmed(/vrijstelling/, text)) events.vrijstelling = true;
  return events;
}
