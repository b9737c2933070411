/**
 * What kind of fact a question asks for that only some passages hold (a contact, an amount of money, a time of day, a
 * date, a day of the week, an amount of a unit said of a thing, the kind of tool), so that an answer without it is no
 * answer; and what no document shows (operating a screen).
 */
import { stopwords as dutchStopwords } from '@orama/stopwords/dutch';

/** A contact asked: a phone number, a mail or web address, a street address. */
const asksContact = new RegExp(
  String.raw`\b(?:telefoonnummer|telnr|tel\.?\s*nr|nummer|e-?mail\s*adres|mailadres|emailadres|website|url|` +
    String.raw`contactgegevens|(?:bezoek|post)?adres)\b|\bhoe\s+(?:bereik|contacteer)\s+ik\b`,
  'i',
);
/** A mail or web address, a phone number, a postcode or a street with its number. */
const contactFact = new RegExp(
  String.raw`@|\bwww\.|https?:|\.nl\b|\b0\d{2,3}[- ]?\d{3}|\b\d{4}\s?[A-Z]{2}\b|` +
    String.raw`\p{L}(?:straat|laan|weg|plein|singel|kade)\s+\d+`,
  'u',
);
/** A person's name asked ("hoe heet de leerplichtambtenaar?"), not a thing's ("hoe heet dat verzuim?") nor a role. */
const asksPersonName = new RegExp(
  String.raw`\bhoe\s+heet\s+(?:de|onze|jullie|die|deze|het)\s+(?:\S+\s+)?(?:leerplichtambtenaar|lpa|jeugdarts|` +
    String.raw`verpleegkundige|consulent|co(?:o|ö)rdinator|voorzitter|contactpersoon|regisseur|coach|verzuimcoach|` +
    String.raw`medewerker|wethouder|directeur|orthopedagoog|schoolmaatschappelijk\s+werker|smw)\b|` +
    String.raw`\b(?:de\s+)?naam\s+van\s+(?:de|onze|die)\s+` +
    String.raw`(?:leerplichtambtenaar|lpa|jeugdarts|consulent|contactpersoon)\b`,
  'i',
);
/** A person named: a first name and a surname, capitalised, inside a sentence ("consulent Valerie Ali vertelt"). */
const personName = /[\p{Ll},]\s+\p{Lu}\p{Ll}+\s+(?:(?:van|de|der|den)\s+)*\p{Lu}\p{Ll}+/u;
/** Operating a screen ("welke knoppen moet ik hebben?", "waar klik ik?"): no document shows one. */
const asksInterface = /\b(?:knop|knoppen|klik|klikken|aanklikken|inloggen|inlogcode|wachtwoord|tabblad|downloaden)\b/i;
/** On which day of the week: the answer names one. */
const asksWeekday = /\bop\s+welke\s+(?:dag|dagen)\b|\bwelke\s+(?:dag|dagen)\s+(?:van\s+de\s+week|in\s+de\s+week)\b/i;
const weekdayFact = /\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:en|s)?\b/i;

/**
 * Whether the passages (`text`) hold the kind of fact the question asks for: a contact when it asks for one (a number
 * alone changed nothing on the tuning part), an amount of money, a date, a time of day, a day of the week, the kind of
 * tool, an amount of the unit asked near the thing counted; never a screen to operate.
 */
export function holdsWhatIsAsked(question: string, text: string): boolean {
  if (asksContact.test(question) && !contactFact.test(text)) return false;
  if (asksPersonName.test(question) && !personName.test(text)) return false;
  if (asksMoney.test(question) && !moneyFact.test(text)) return false;
  if (asksDate.test(question) && !dateFact.test(text)) return false;
  if (asksClockTime.test(question) && !clockFact.test(text)) return false;
  if (asksWeekday.test(question) && !weekdayFact.test(text) && !dateFact.test(text)) return false;
  if (asksInterface.test(question)) return false;
  // "hoe vaak per week spreekt de coach de leerling?": a frequency asked, and the passages name none.
  if (asksFrequency.test(question) && !frequencyFact.test(text)) return false;
  // "hoeveel verzuimcoaches zijn er in 2024?": a count asked, and the passages name no amount but years.
  if (asksCount.test(question) && !countFact.test(text.replace(years, ' '))) return false;
  // "welke app gebruikt de jeugdarts?": the answer names the kind of tool asked for.
  const tool = asksTool.exec(question)?.[1];
  if (tool && !new RegExp(String.raw`\b${tool.slice(0, 4)}`, 'i').test(text)) return false;
  // "hoeveel uur werkstraf", "vanaf hoeveel minuten": the answer holds an amount of that unit.
  const asked = asksAmountOf.exec(question);
  const unit = asked?.[1]?.toLowerCase();
  if (unit === undefined) return true;
  // "hoeveel uur werkstraf", "hoeveel uur onderwijstijd": an amount of that unit said near that thing.
  const thing = asked?.[2]?.toLowerCase();
  // A verb there ("binnen hoeveel weken nodigt de jeugdarts uit?", "hoeveel dagen mogen …") counts nothing.
  const counted = thing && thing.length >= 6 && !dutchStopwords.includes(thing) && !/(?:t|en)$/.test(thing);
  if (thing && counted) {
    const lower = text.toLowerCase();
    return [...lower.matchAll(amountsOf[unit]!)].some((match) => {
      const around = lower.slice(Math.max(0, match.index - nearby), match.index + match[0].length + nearby);
      return around.includes(thing.slice(0, 5));
    });
  }
  return amountOf[unit]!.test(text);
}

/** How often in a period: "hoe vaak per week", "hoeveel keer per maand". */
const asksFrequency = /\b(?:hoe\s*vaak|hoeveel\s+keer)\s+(?:\S+\s+){0,2}?per\s+(?:dag|week|maand|jaar)\b/i;
const frequencyFact = new RegExp(
  String.raw`\bper\s+(?:dag|week|maand|jaar|schooljaar)\b|\b(?:wekelijks|maandelijks|dagelijks|jaarlijks)\b|` +
    String.raw`\belke\s+\d*\s*(?:dag|week|weken|maand)\b|\b\d+\s*(?:keer|x)\b`,
  'i',
);

/** A count asked: "hoeveel …", "how many …". */
const asksCount = /\bhoeveel\b|\bhow\s+many\b/i;
/** An amount other than a year, in digits or words. */
const countFact = new RegExp(
  String.raw`\d|\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|honderd|` +
    String.raw`half|halve|anderhalf|anderhalve|helft|meerdere|enkele|alle|geen|veel|weinig|meer|minder|procent)\b`,
  'i',
);
const years = /\b(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?\b/g;

/** How much a price, a fine or a fee is: the answer must name an amount of money (not "krijgen ouders een boete?"). */
const asksMoney = new RegExp(
  String.raw`\b(?:hoeveel|wat)\s+(?:\S+\s+){0,2}(?:kost|kosten|bedraagt)\b|\bhoe\s+hoog\s+(?:is|zijn|wordt)\s+` +
    String.raw`(?:de|het|een)\s+(?:boete|bedrag|tarief|kosten)|\b(?:maximale|hoogte\s+van\s+de)\s+boete|` +
    String.raw`\bwat\s+is\s+de\s+(?:\S+\s+)?(?:prijs|boete)\b|\bhoeveel\s+euro\b|\bin\s+euro'?s?\b|` +
    String.raw`\bhow\s+much\s+(?:\S+\s+){0,3}(?:cost|costs|money|budget|euros?)\b`,
  'i',
);
const moneyFact = /€|\beuro\b|\d+,-/i;
/** At what time of day ("hoe laat begint het spreekuur?"): the answer must name a time. */
const asksClockTime = /\bhoe\s+laat\s+(?:begint|begin|start|starten|beginnen|is|zijn|eindigt|stopt|opent|sluit)\b/i;
const clockFact =
  /\b\d{1,2}[:.]\d{2}\b|\bom\s+\d{1,2}(?:\s*uur)?\b|\b\d{1,2}\s*uur\s+(?:'s\s+)?(?:ochtends|middags|s)\b/i;
/** Which app, system or website: the kind of tool asked for. */
const asksTool =
  /\b(?:welke|wat\s+voor\s+(?:een\s+)?|via\s+welke?)\s+(app|applicatie|programma|systeem|website|software|platform)\b/i;
/**
 * When something happens this year ("wanneer begint de zomervakantie dit jaar?"): the answer must hold a date; so must
 * a date asked for — not one to be written down with something ("acties met datum erbij", "datum vermelden").
 */
const asksDate = new RegExp(
  String.raw`\b(?:wanneer|welke\s+datum|op\s+welke\s+dag)\b.*\b(?:dit|volgend|komend)\s+(?:school)?jaar\b|` +
    String.raw`(?<!\bmet\s(?:een\s|de\s)?)\bdatum\b(?!\s+(?:erbij|vermeld\w*|invul\w*|noter\w*|zetten))`,
  'i',
);
const dateFact = new RegExp(
  String.raw`\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|` +
    String.raw`december)\b|\b\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?\b`,
  'i',
);
/** How near (in characters) the thing counted stands to its amount: about a sentence. */
const nearby = 60;
/** "hoeveel minuten", "hoeveel uur": the unit asked for. */
const asksAmountOf = /\bhoeveel\s+(minuten|uur|uren|dagen|weken|maanden|jaar|procent)\b(?:\s+(\p{L}+))?/iu;
const amount =
  String.raw`(?:\d+(?:[.,]\d+)?|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|` +
  String.raw`vijftien|twintig|dertig|veertig|vijftig|honderd|anderhalf|anderhalve|half|halve)`;
/** An amount of each unit as answers write it: "15 minuten" or "een kwartier", "twee weken", "10%". */
const amountIn = (unit: string) => String.raw`${amount}\s+(?:\S+\s+)?${unit}`;
const amountOf: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries({
    minuten: String.raw`${amountIn('minu')}|kwartier|half\s+uur`,
    uur: amountIn('(?:uur|uren)'),
    uren: amountIn('(?:uur|uren)'),
    dagen: amountIn('(?:dag|dagen|schooldag)'),
    weken: amountIn('we[e]?k'),
    maanden: amountIn('maand'),
    jaar: amountIn('jaar'),
    procent: String.raw`${amountIn('procent')}|\d\s*%`,
  }).map(([unit, pattern]) => [unit, new RegExp(pattern, 'i')]),
);
/** The same, each match of them: where the amounts stand, to see what they are said of. */
const amountsOf: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(amountOf).map(([unit, pattern]) => [unit, new RegExp(pattern.source, 'gi')]),
);
