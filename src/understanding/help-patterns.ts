/**
 * What a message asking for help with the bot itself looks like: questions about what it does and how to ask it, and
 * the words that ask for help. Run on the folded, spelling-corrected text (see `spelling.ts`).
 */

/** Questions about the bot itself ("wat kan ik je vragen?", "hoe werkt deze bot?", "wat zijn de mogelijkheden"). */
export const aboutTheBot = new RegExp(
  [
    String.raw`\b(?:wat|waarmee|waarbij|hoe)\b[^.?!]*\b(?:kun|kan|kunt|doe|doet|werkt|help|` +
      String.raw`helpt)\s+(?:je|jij|u)\b(?!\s+(?:een|de|het|als|bij|met|daar\w*|hiervoor|iemand)\b)`,
    String.raw`\b(?:wat|hoe)\b[^.?!]*\b(?:ik|we)\s+(?:je|jou|u)\s+(?:\w+\s+)?(?:vragen|laten\s+doen|gebruik|gebruiken)`,
    String.raw`\b(?:deze|die|de|dit|jullie)\s+(?:bot|app|chatbot|chat|assistent|ding|tool)\b`,
    String.raw`\b(?:hoe|wat)\s+(?:kan|kun|werkt|doe|gebruik)\b[^.?!]*\b(?:hiermee|hier\s+mee)\b`,
    String.raw`\b(?:weet|snap)\s+(?:het\s+)?niet\s+(?:goed\s+|` +
      String.raw`precies\s+)?wat\s+ik\s+(?:hier\s+)?(?:moet|kan|kun)\s+(?:vragen|doen|typen)\b`,
    String.raw`\bwaar\s+(?:ben|is)\s+(?:je|jij|u|deze\s+\w+|dit)\s+(?:\w+\s+)?voor\b`,
    String.raw`\b(?:je|jouw|uw)\s+(?:functies|mogelijkheden|opties|commando'?s)\b`,
    String.raw`\b(?:knoppen|kaarten|kaartjes)\b[^.?!]*\b(?:je|jij|u)\s+(?:hebt|heeft|kent|kan|kunt)\b`,
    String.raw`\bquick\s*start\b|\bsnelstart\b|\bhoe\s+begin\s+ik\s*(?:hier|hiermee)?\s*[?!.]*$`,
    // "huh wat is dit?", "hoe stel ik een vraag?", "kun je ook formulieren invullen of alleen vragen beantwoorden?".
    String.raw`^(?:\S+\s+)?wat\s+is\s+dit(?:\s+(?:voor\s+iets|ding|nou|eigenlijk))?\s*[?!.]*$`,
    String.raw`\bhoe\s+(?:stel|vraag)\s+ik\s+(?:hier\s+|jou\s+|je\s+)?(?:een\s+)?vra+g\w*\b`,
    String.raw`\b(?:kun|kan|kunt)\s+(?:je|jij|u)\s+ook\b[^.?!]*\bof\b[^.?!]*\balleen\b`,
    // "wat moet ik hier doen?", "hoe zet ik jou het handigst in?": the place or the use of the bot.
    String.raw`\bwat\s+(?:moet|kan|doe)\s+ik\s+hier(?:\s+(?:doen|mee))?\s*[?!.]*$|` +
      String.raw`\b(?:zet|gebruik)\s+ik\s+(?:jou|je|u)\b`,
    String.raw`\bverzuimwijzer\b`,
    // "hoe ik het beste met je kan werken", "hoe werk ik met jou?": working with the bot.
    String.raw`\bmet\s+(?:je|jou|u)\s+(?:kan\s+|kun\s+|moet\s+)?(?:werken|werk|samenwerken)\b|` +
      String.raw`\bwerk\s+ik\s+(?:\S+\s+){0,2}met\s+(?:je|jou|u)\b`,
    String.raw`\b(?:wat|welke)\s+(?:zijn\s+)?(?:de\s+|je\s+|jouw\s+)?(?:functies|mogelijkheden|commando'?s|opties)\b`,
    String.raw`\bwaar\s+(?:kan|kun)\s+(?:ik\s+)?(?:je|jij|jou|u)\s+(?:\w+\s+){0,2}(?:mee|voor|bij)\b`,
    String.raw`\b(?:wat|welke\s+\w+)\s+(?:kan|kun)\s+ik\s+(?:hier|met\s+(?:je|jou|u|deze|dit)|via\s+(?:jou|je|u))\b`,
    String.raw`\bwat\s+ik\s+hier\s+(?:kan|moet|kun)\b`,
    String.raw`\bhoe\s+werkt\s+(?:dit|dat|het\s+hier|jij|je)\b|\bhoe\s+werk\s+(?:jij|je|u)\b`,
    // Asked in English: "what can you do", "how does this work".
    String.raw`\bwhat\s+(?:can|do)\s+you\s+do\b|\bhow\s+(?:does\s+(?:this|it)|do\s+you)\s+work\b`,
    // "ik snap niet hoe dit werkt" — not "ik snap niet wie er bij het gesprek moet zijn, hoe zit dat?".
    String.raw`\b(?:snap|begrijp)\s+(?:het\s+|er\s+)?niet(?:s)?\s+(?:(?:goed|precies|zo)\s+)?(?:hoe|wat)\b`,
    // "welke opdrachten kan ik je geven?".
    String.raw`\b(?:welke|wat\s+voor)\s+(?:opdrachten|vragen|dingen)\s+(?:kan|kun|mag)\s+ik\s+(?:je|jou|u)\b`,
    String.raw`\bcommand|\bhandleiding\b`,
    String.raw`\bhoe\s+gebruik\s+ik\s+(?:je|jou|u|dit|deze|de\s+bot|verzuimwijzer)\b`,
    String.raw`\bwaar(?:voor|mee)\s+(?:ben|is|kan|kun|dient)\s+(?:je|jij|u|dit|deze)\b`,
    String.raw`\bwaar\s+dient\b`,
    String.raw`\bwat\s+(?:kan|kun|kunt|doe|weet)\s+(?:je|jij|u)\s*(?:allemaal|eigenlijk|precies|zoal)?\s*[?!.]*$`,
    String.raw`\bwat\s+(?:je|jij|u)\s+(?:allemaal\s+)?(?:kan|kunt|doet)\b`,
    // Not the generic "you" of a protocol question: "over welke dingen kun je aan het eind van een gesprek …".
    String.raw`\b(?:welke|wat\s+voor)\s+(?:opdrachten|vragen|dingen)\s+(?:(?:kan|kun)\s+(?:je|` +
      String.raw`jij|u)|ken\s+je|begrijp\s+je)\b(?!\s+(?:aan|in|bij|met|tijdens|na|op|voor)\s+(?:het|de|een)\b)`,
    // "wat is dit voor chat?", "hoe vraag ik jou iets?", "voorbeelden van vragen die ik je kan stellen".
    String.raw`\bwat\s+is\s+dit\s+voor\s+(?:een\s+)?(?:chat|bot|app|ding|programma|tool|assistent)\b`,
    String.raw`\bhoe\s+(?:stel|vraag)\s+ik\s+(?:jou|je|u)\b`,
    String.raw`\bvoorbeeld\w*\b[^.?!]*\b(?:vragen|opdrachten)\b[^.?!]*\b(?:je|jou|jij|u)\b`,
    // What the bot is for: "kan ik bij jou ook iets over roosters vragen?", "is dit de goede plek voor …?".
    // Not the polite opening of a question about anything but the bot: "mag ik u vragen vanaf welk moment …?".
    String.raw`\b(?:kan|kun|mag)\s+ik\s+hier\s+(?:ook\s+)?(?:\S+\s+){0,6}(?:vragen|stellen)\b`,
    String.raw`\b(?:kan|kun|mag)\s+ik\s+(?:bij\s+)?(?:jou|je|u)\s+(?:ook\s+)?(?:\S+\s+){0,6}(?:vragen|stellen)\b` +
      String.raw`(?!\s+(?:\S+\s+)?(?:wat|hoe|wie|waar\w*|wanneer|welke?|hoeveel|hoelang|of|om|het|de|dit|deze)\b` +
      String.raw`(?![^.?!]*\b(?:je|jij|jou|u|hier)\b))`,
    String.raw`\b(?:is|ben)\s+(?:dit|hier|ik\s+hier)\s+(?:wel\s+)?(?:de|het|aan\s+het)\s+(?:goede|juiste)\s+` +
      String.raw`(?:plek|plaats|chat|kanaal|adres)\b`,
    // "kan ik hier ook een DUO-melding doen?", "ik weet niet hoe dit werkt", "wat kan ik aan je vragen", "waar is dit
    // programma eigenlijk voor?", "moet ik je in hele zinnen aanspreken of in steekwoorden?".
    String.raw`\b(?:kan|kun|mag)\s+(?:ik|je|we)\s+(?:hier|bij\s+(?:jou|u)|via\s+(?:jou|u|deze\s+\w+))\s+ook\b`,
    String.raw`\bhoe\s+(?:dit|deze\s+\w+|het\s+hier)\s+(?:hier\s+)?werkt\b`,
    String.raw`\b(?:ik|we)\s+(?:aan|bij|van)\s+(?:je|jou|u)\s+(?:\w+\s+)?(?:vragen|hebben|krijgen)\b`,
    String.raw`\bwaar\s+(?:is|ben)\s+(?:dit|deze\s+\w+|je|jij)\s+(?:\w+\s+){0,2}voor\s+(?:bedoeld|gemaakt)\b`,
    String.raw`\b(?:ik|we)\s+(?:je|jou|u)\s+(?:\S+\s+){0,4}(?:aanspreken|typen|tikken|intypen)\b|` +
      String.raw`\b(?:hele\s+zinnen|steekwoorden|trefwoorden|kernwoorden)\b`,
    // How to reach it: "wat moet ik typen om iets te vragen?", "werkt dit ook op mn telefoon?".
    String.raw`\bwat\s+(?:moet|kan|kun)\s+ik\s+(?:hier\s+)?(?:in)?(?:typen|tikken)\b`,
    String.raw`\b(?:werkt|kan)\s+(?:dit|deze\s+\w+|het)\s+(?:ook\s+)?(?:op|in|via|met)\s+` +
      String.raw`(?:mijn\s+|mn\s+|m'n\s+|de\s+|een\s+)?` +
      String.raw`(?:telefoon|mobiel|smartphone|tablet|ipad|iphone|laptop|computer|pc|browser|app)\b`,
  ].join('|'),
);

export const helpWords: ReadonlySet<string> = new Set([
  'help',
  'hulp',
  'helpen',
  'menu',
  'commands',
  'commando',
  'commandos',
  'opties',
  'uitleg',
  'instructies',
  'handleiding',
  'mogelijkheden',
  'functies',
  'functionaliteiten',
  'features',
]);
