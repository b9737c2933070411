/** The patterns of the follow-through's open actions, in the words staff use (see `understand.ts`). */
/** The follow-through's open actions: "welke acties staan open?", "wat moet er nog gebeuren?", "mijn taken". */
/** A day the user plans by. */
const day = String.raw`(?:maandag|dinsdag|woensdag|donderdag|vrijdag|het\s+weekend|volgende\s+week)`;

export const openActions = new RegExp(
  [
    // The nouns only with a state or an owner: "wat zijn de taken van de lpa?" asks about the protocol.
    String.raw`\b(?:open(?:staande)?|mijn|mn|m'n|onze|lopende|verlopen)\s+(?:\w*acties|` +
      String.raw`actiepunten|\w*taken|deadlines?|to-?do'?s?)\b`,
    String.raw`\b(?:\w*acties|actiepunten|\w*taken|deadlines?|to-?do'?s?)\b[^.?!]*\b(?:open|` +
      String.raw`openstaan|staan|lopen|nog|te\s+laat|verlopen|verstreken|voorbij|gepasseerd|voor\s+mij)\b`,
    // A state said of the actions: "achterstallige acties", "acties over de deadline", "deadlines heb ik".
    String.raw`\b(?:achterstallige?|verlopen|openstaande?)\s+(?:\w+\s+)?` +
      String.raw`(?:\w*acties|actiepunten|\w*taken|deadlines?)\b`,
    String.raw`\b(?:\w*acties|actiepunten|\w*taken|` +
      String.raw`deadlines?)\b[^.?!]*\b(?:over\s+(?:de\s+|hun\s+|zijn\s+)?(?:deadline|datum|tijd|termijn)|` +
      String.raw`achterstallig|` +
      String.raw`heb\s+ik|hebben\s+(?:we|wij))\b`,
    String.raw`\b(?:taken|actie|acties|actiepunten|to-?do)\s*lijst(?:je)?\b`,
    // What was agreed and is still to be done: "welke afspraken moeten nog worden uitgevoerd?"
    String.raw`\bafspraken\b[^.?!]*\bnog\s+(?:\w+\s+){0,2}(?:uitgevoerd|uitvoeren|open|openstaan|doen)\b`,
    String.raw`\btodo\s*lijst\b|\bto-?do'?s?\s*[?!.]*$|\bto\s+do(?:\s+s)?\s*[?!.]*$`,
    // "heb ik nog deadlines?", "hebben we nog taken open?"
    String.raw`\b(?:heb|hebben)\s+(?:ik|we|wij)\s+(?:nog\s+)?(?:\w+\s+)?(?:acties|actiepunten|taken|deadlines?|` +
      String.raw`to-?do'?s?)\b`,
    // What the bot advised earlier: "wat had je me vorige week aangeraden?", "staat er nog iets open uit je adviezen?"
    String.raw`\bwat\s+(?:had|heb)\s+(?:je|jij|u)\s+(?:me|mij)\s+(?:\w+\s+){0,4}(?:aangeraden|geadviseerd)\b`,
    String.raw`\b(?:open|nog)\b[^.?!]*\b(?:je|jouw|uw|eerdere?|vorige)\s+(?:\w+\s+)?advie(?:s|zen)\b`,
    // "wat moet ik vandaag nog?", "wat moest ik nou nog doen voor mijn leerlingen?"
    String.raw`\bwat\s+(?:moet|moest|moeten|moesten)\s+(?:ik|we|wij)\s+(?:\w+\s+){0,3}?nog\s*` +
      String.raw`(?:doen|oppakken|regelen|afhandelen|uitvoeren|afmaken)?\s*(?:\b|[?!.]*$)`,
    // What was agreed for the user before: "ik weet niet meer wat ik moest doen", "wat is er blijven liggen?"
    String.raw`\bwat\s+(?:ik|we|wij)\s+(?:(?:ook|alweer|nou|nog|precies)\s+)*(?:moest|moesten|zou|zouden)\s+` +
      String.raw`(?:\w+\s+){0,3}?(?:doen|oppakken|regelen)\b`,
    String.raw`\bwat\s+(?:er\s+)?(?:is\s+|zijn\s+)?blijven\s+liggen\b`,
    // Follow-ups, however named, with a state: "welke follow-ups staan nog uit", "opvolgacties die nog openstaan".
    // (Words arrive split at hyphens and apostrophes: "follow ups", "to do s".)
    String.raw`\b(?:follow[\s-]?ups?|opvolg\w*|terugkoppelingen|` +
      String.raw`to[\s-]?do(?:\s?'?s)?)\b[^.?!]*\b(?:nog|uit|uitstaan|open|openstaan)\b`,
    String.raw`\b(?:mijn|mn|m'n|my)\s+(?:to[\s-]?do(?:\s?'?s)?|lijstje|follow[\s-]?ups?)\b`,
    String.raw`\bto[\s-]?do\s*(?:lijst(?:je)?|list)\b`,
    // Still open for me (not "bij mij", the records I hold), or behind: "wat staat er nog open voor mij?", "wat loopt
    // er bij mij nog achter?".
    String.raw`\b(?:open|uit)\s+voor\s+(?:mij|me)\b|\bvoor\s+(?:mij|me)\s+(?:nog\s+)?open\b|` +
      String.raw`\bwat\s+(?:loopt|lopen)\s+(?:er\s+)?(?:\S+\s+){0,3}achter\b`,
    String.raw`\bwat\s+(?:loopt|is|staat)\s+(?:er\s+)?(?:\w+\s+)?over\s+(?:de\s+)?(?:tijd|datum|deadline)\b`,
    // "wat moet er deze maand nog afgerond worden?", "wat staat er morgen op mijn lijstje?"
    String.raw`\bwat\s+moet(?:en)?\s+(?:ik|we|wij|` +
      String.raw`er)\s+(?:\w+\s+){0,3}?nog\s+(?:\w+\s+)?(?:afgerond|afronden|af|gedaan|doen)\b`,
    String.raw`\bwat\s+staat\s+(?:er\s+)?(?:\w+\s+){0,3}?op\s+(?:mijn|mn|m'n)\s+(?:lijst|lijstje|planning|agenda)\b`,
    String.raw`\bwat\s+moet(?:en)?\s+(?:ik|we|wij|er)\s+nog\s+(?:doen|gebeuren|regelen|opvolgen|oppakken|afhandelen)\b`,
    // "moet ik nog ergens actie op ondernemen?", "wat ligt er nog op mijn bord?"
    String.raw`\bmoet(?:en)?\s+(?:ik|we|wij)\s+nog\s+(?:\S+\s+){0,2}actie\b`,
    String.raw`\b(?:ligt|liggen|staat|staan)\s+(?:er\s+)?(?:nog\s+)?(?:\S+\s+)?op\s+(?:mijn|mn|m'n|ons)\s+bord\b`,
    String.raw`\bwie\s+moet\s+(?:er\s+)?nog\s+(?:iets|wat)\s+doen\b`,
    // "wat er nog op mij wacht", "wat ligt er nog voor me klaar?": what waits for the user.
    String.raw`\bwat\s+(?:er\s+)?(?:nog\s+)?(?:op|voor)\s+(?:mij|me|ons)\s+(?:\S+\s+)?(?:wacht|wachten|klaarligt)\b|` +
      String.raw`\bwat\s+(?:ligt|staat)\s+er\s+(?:nog\s+)?(?:op|voor)\s+(?:mij|me|ons)\s+(?:te\s+wachten|klaar)\b`,
    // What runs out: "wat verloopt er vandaag of morgen?"; what is still open, not the records I hold ("bij mij").
    String.raw`\bwat\s+(?:verloopt|verlopen|vervalt|vervallen)\b|\bwat\s+staat\s+er\s+nog\s+open\b(?!\s+bij\b)`,
    // The plural to-do's, anywhere, however written: "todo's voor Ayoub?", "to do's checken" (arrive as "todo s").
    String.raw`\bto[\s-]?do\s?'?s\b`,
    String.raw`\bwat\s+is\s+(?:er\s+)?(?:te\s+laat|verlopen|over\s+tijd|achterstallig)\s*[?!.]*$`,
    // Reminders, and marking one done: "heb je nog reminders voor me?", "die herinnering mag weg, al gedaan".
    String.raw`\b(?:reminders?|herinneringen)\b[^.?!]*\b(?:voor\s+(?:me|mij)|afgegaan|open|nog)\b|` +
      String.raw`\b(?:heb|hebt|zijn|staan)\s+(?:\S+\s+){0,3}(?:reminders?|herinneringen)\b|` +
      String.raw`\b(?:mijn|mn|m'n)\s+(?:reminders?|herinneringen)\b`,
    String.raw`\b(?:herinnering|reminder|actiepunt\w*|taak|to-?do)\b[^.?!]*\b(?:mag\s+(?:weg|eraf|er\s+af|af)|` +
      String.raw`kan\s+(?:weg|eraf)|afvinken)\b`,
    // What is left, unnamed: "wat ligt er nog?", "wat loopt er nog bij mij", "wat heb ik deze week?".
    String.raw`\bwat\s+(?:ligt|loopt)\s+er\s+(?:\S+\s+)?nog\b(?!\s+(?:aan|bij\s+de|voor\s+de))`,
    String.raw`\bwat\s+heb\s+ik\s+(?:deze\s+week|vandaag|morgen|nog)\s*[?!.]*$`,
    // What I forgot or was to do: "wat was ik vergeten?", "wat moest ik ook alweer doen na dat gesprek?".
    String.raw`\bwat\s+(?:was|ben)\s+ik\s+(?:\S+\s+){0,2}vergeten\b`,
    // In the past tense, what was agreed: "moest ik nog iets terugkoppelen?", "moesten we nog wat regelen?".
    String.raw`\bmoest(?:en)?\s+(?:ik|we|wij)\s+(?:(?:nou|nu|ook|alweer)\s+)*nog\s+(?:iets|wat)\b`,
    String.raw`\b(?:wat|welke\s+\S+)\s+moest\s+(?:ik|we|wij)\s+(?:\S+\s+){0,6}?ook\s+(?:alweer|weer)\b`,
    String.raw`\b(?:staat|ligt)\s+(?:dat|dit|die|het)\s+(?:nog\s+)?open\b`,
    String.raw`\bwaar\s+moet(?:en)?\s+(?:ik|we|wij)\s+nog\s+achter\w*\b`,
    String.raw`\bover\s+(?:de\s+)?(?:datum|deadline)\b`,
    // Left undone, coming up, still out: "is er iets blijven liggen?", "wat heb ik laten liggen", "welke
    // deadlines komen eraan", "zet een reminder", "staat er nog iets uit?", "wat moet er vandaag gebeuren",
    // "kan dat van de lijst".
    String.raw`\b(?:is|zijn)\s+er\s+(?:nog\s+)?(?:iets|dingen|zaken)\s+(?:\S+\s+)?blijven\s+liggen\b|` +
      String.raw`\bwat\s+(?:heb|hebben)\s+(?:ik|we|wij)\s+(?:\S+\s+)?laten\s+liggen\b`,
    String.raw`\bwelke\s+deadlines\b|\bdeadlines?\s+(?:\S+\s+)?(?:komen|eraan|aankomend)|` +
      String.raw`\b(?:zet|maak|stel|stuur|geef|plan|plaats)\s+(?:\S+\s+){0,3}(?:reminder|herinnering|seintje)\b`,
    String.raw`\bstaat\s+er\s+nog\s+(?:iets|wat)\s+(?:uit|open)\b|\bvan\s+(?:de|mijn|m'n|mn)\s+lijst(?:je)?\b`,
    String.raw`\bwat\s+moet\s+er\s+(?:vandaag|morgen|deze\s+week|voor\s+${day})\s+(?:nog\s+)?(?:gebeuren|gedaan)\b`,
    // "wat stond er ook alweer voor deze week", "waar moest ik vandaag ook alweer aan denken?": the user's own agenda.
    String.raw`\b(?:wat|waar)\b[^.?!]*\book\s+alweer\b[^.?!]*\b(?:vandaag|morgen|deze\s+week|${day})\b|` +
      String.raw`\b(?:wat|waar)\b[^.?!]*\b(?:vandaag|morgen|deze\s+week|${day})\b[^.?!]*\book\s+alweer\b`,
    // Marked done, promised, or past its date: "kun je dat afvinken", "wat had ik toegezegd?", "welke dingen zijn al
    // verlopen?", "wanneer moest ik ook alweer terugkoppelen?".
    String.raw`\bafvinken\b|\bvink\s+(?:\S+\s+){0,10}af\b|` +
      String.raw`\bwat\s+(?:had|heb)\s+ik\b[^.?!]*\b(?:toegezegd|beloofd|afgesproken)\b`,
    String.raw`\b(?:wat|welke\s+\S+)\s+(?:is|zijn)\s+(?:er\s+)?(?:al\s+)?` +
      String.raw`(?:verlopen|over\s+(?:de\s+)?(?:tijd|datum))\b`,
    String.raw`\bwanneer\s+moest\s+(?:ik|we|wij)\s+(?:\S+\s+){0,6}?ook\s+(?:alweer|weer)\b`,
    // Whether I did it yet, what was left lying, asked in English: "heb ik dat al gedaan, ouders bellen?", "wat is er
    // blijven liggen?", "what's still on my plate?", "anything overdue?".
    String.raw`\b(?:heb|had)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,6}al\s+(?:gedaan|gebeld|ingepland|afgerond|afgehandeld|` +
      String.raw`geregeld|teruggebeld|opgevolgd|gemaild)\b`,
    String.raw`\b(?:wat|iets|dingen|zaken)\s+(?:\S+\s+){0,5}(?:blijven|laten)\s+(?:liggen|hangen)\b`,
    String.raw`\bon\s+my\s+plate\b|\boverdue\b|\bmy\s+(?:tasks|actions|to-?dos?)\b`,
    String.raw`\bwat\s+moeten\s+(?:mijn|de|onze|alle)\s+mentoren\s+(?:\S+\s+)?nog\b|` +
      String.raw`\b(?:welke|wie\s+van\s+de)\s+mentoren?\s+(?:loopt|lopen|is|zijn)\s+(?:\S+\s+)?achter\b`,
    // The same in a subordinate clause, as after "overzicht van" or "lijstje met": "wat ik nog moet doen", "wat er deze
    // week moet gebeuren", "wat de mentoren nog moeten opvolgen", "alles wat nog open staat".
    String.raw`\bwat\s+(?:ik|we|wij|er|de\s+\S+|mijn\s+\S+|onze\s+\S+)\s+(?:\S+\s+){0,3}?` +
      String.raw`(?:nog|deze\s+week|vandaag|morgen)\s+(?:\S+\s+){0,2}?(?:moet|moeten|moest|moesten)\s+` +
      String.raw`(?:doen|gebeuren|opvolgen|afhandelen|regelen|afronden|bellen)\b`,
    String.raw`\bwat\s+(?:er\s+)?nog\s+(?:\S+\s+)?(?:open\s*staat|openstaat|uitstaat)\b`,
    // "waar moet ik deze week nog aan denken?", "staat er nog wat op mijn naam?", "herinner me aan het gesprek",
    // "wat heeft de oco nog van mij nodig?".
    String.raw`\bwaar\s+moet(?:en)?\s+(?:ik|we|wij)\s+(?:\S+\s+){0,3}nog\s+aan\s+denken\b|` +
      String.raw`\bstaat\s+er\s+(?:nog\s+)?(?:iets|wat)\s+op\s+(?:mijn|m'n|mn)\s+naam\b`,
    String.raw`\bherinner\s+(?:me|mij|ons)\b|\b(?:me|mij|ons)\s+(?:\S+\s+)?herinneren\s+aan\b|` +
      String.raw`\bwat\s+(?:heeft|wil|moet)\s+(?:de\s+)?\S+\s+nog\s+van\s+(?:mij|me|ons)\b`,
    // "welke ouders moet ik nog bellen?", "wat moet ik als mentor deze week nog?": who or what is still to do.
    String.raw`\b(?:welke|wie)\b[^.?!]*\bmoet(?:en)?\s+(?:ik|we|wij)\s+(?:\S+\s+){0,3}nog\b`,
    String.raw`\bwat\s+moet(?:en)?\s+(?:ik|we|wij)\s+(?:\S+\s+){0,4}(?:deze\s+week|vandaag|morgen)\s+(?:\S+\s+)?nog\b`,
  ].join('|'),
);

/**
 * The actions named outright, with their state ("laat de open acties zien", "welke acties staan nog open rond de
 * verwijzing van Stijn", "wat ik nog open heb staan na die aanmeldingen"): the records named beside them are context.
 */
export const explicitActions = new RegExp(
  String.raw`\bopen(?:staande)?\s+(?:\w*acties|actiepunten|taken|action\s+items)\b|` +
    String.raw`\b(?:\w*acties|actiepunten|taken)\s+(?:\S+\s+){0,4}(?:nog\s+)?open(?:staan)?\b|` +
    String.raw`\bnog\s+open\s+(?:heb|hebben|heeft|staan)\s+staan\b|` +
    String.raw`\bwie\s+moet\s+(?:er\s+)?nog\s+(?:iets|wat)\s+doen\b`,
);
