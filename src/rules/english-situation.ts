/**
 * Some staff write in English ("Roos skipped 8 classes in the last 3 weeks. Now what?"). The words
 * the situation parser keys on are rewritten into Dutch, as data; names and numbers stay as typed.
 */

/** Distinctly English words; two of them make a message English. */
const englishMarkers = new RegExp(
  String.raw`\b(?:the|what|should|has|have|been|his|her|he|she|they|skipped|missed|late|sick|` +
    String.raw`weeks|hours|classes|next|now|this|with|after|again|twice|times|parents|absent|` +
    String.raw`home|days|did|not|without|need|report)\b`,
  'gi',
);

/** English phrase → the Dutch the parser reads. Longer phrases first. */
const phrases: readonly (readonly [RegExp, string])[] = [
  [
    new RegExp(
      String.raw`\bwhat(?:'s| is) the (?:next )?step\b|\bwhat(?: should| do) (?:i|we) do\b|` +
        String.raw`\bnow what\b|\bwhat needs to happen\b|\bwhat(?:'s| is) the protocol(?: here)?\b|` +
        String.raw`\bwhat do i do\b`,
      'gi',
    ),
    'wat nu',
  ],
  [
    new RegExp(
      String.raw`\b(?:does this|do i have to|should i|must i) (?:go to duo|report (?:this|it|him|` +
        String.raw`her))\b|\bdoes (?:this|it) go to duo\b`,
      'gi',
    ),
    'moet ik dit melden',
  ],
  [
    /\bwhat(?:'s| is) next\b|\bnext steps?\b|\bwho(?:'s| is) supposed to do what\b|\bhow do (?:i|we) handle this\b/gi,
    'wat nu',
  ],
  [/\bnot sick\b|\bisn't sick\b|\bis not sick\b/gi, 'niet ziek'],
  // The pupil, sickness, spells and asking whether to act, as staff put them in English.
  [/\bone of (?:my|our) (?:students|pupils|kids)\b/gi, 'een leerling van mij'],
  [/\b(?:students|pupils|kids|children)\b/gi, 'leerlingen'],
  [/\b(?:student|pupil|kid|child)\b/gi, 'leerling'],
  [/\b(?:off|out) (?:sick|ill)\b/gi, 'ziek'],
  [/\bschool ?days\b/gi, 'schooldagen'],
  [/\b(?:separate|single|loose)\b/gi, 'losse'],
  [/\bspread out\b/gi, 'verspreid'],
  [/\bday\s+(?=(?:one|two|three|four|five|\d+)\b)/gi, 'dag '],
  [/\bon and off\b|\boff and on\b|\bon-and-off\b/gi, 'af en toe'],
  [/\bkeeps? (?:coming|turning up|showing up|being|getting)\b/gi, 'komt steeds'],
  [/\banything (?:else )?(?:i|we) (?:should|need to|must|have to|ought to) do\b/gi, 'moet ik iets doen'],
  // "has the flu, off since Wednesday": an illness named, and away since.
  [/\b(?:has|had|got|with)\s+(?:the\s+|a\s+)?(?:flu|cold|fever|covid|corona)\b/gi, 'is ziek'],
  [/\boff since\b/gi, 'afwezig sinds'],
  // Worry said in English: "feels off to me", "I'm worried", "something's not right".
  [
    new RegExp(
      String.raw`\b(?:feels|seems) off\b|\b(?:i'?m|we'?re|i am|we are) (?:really |quite |a bit )?` +
        String.raw`(?:worried|concerned)\b|\bsomething(?:'s| is) (?:off|not right)\b`,
      'gi',
    ),
    'ik maak me zorgen',
  ],
  // The holidays, counts in words, and what was already done, as staff mix them in.
  [/\b(?:autumn|fall) (?:break|holidays?)\b/gi, 'herfstvakantie'],
  [/\bchristmas (?:break|holidays?)\b/gi, 'kerstvakantie'],
  [/\bspring (?:break|holidays?)\b/gi, 'voorjaarsvakantie'],
  [/\bsummer (?:break|holidays?)\b/gi, 'zomervakantie'],
  [/\b(?:for )?(?:the )?(\d+) ?(?:st|nd|rd|th) time\b/gi, 'voor de $1e keer'],
  [/\b(?:the )?first time\b/gi, 'de 1e keer'],
  [/\b(?:called|phoned|rang) in sick\b|\breported sick\b/gi, 'ziek gemeld'],
  [/\btoday and yesterday\b|\byesterday and today\b/gi, 'gisteren en vandaag'],
  [
    /\b(?:do |does )?(?:i|we) (?:need|have) to do anything\b|\bneed to do anything\b|\bshould (?:i|we) do anything\b/gi,
    'moet ik iets doen',
  ],
  [/\bon hold\b|\bstuck\b/gi, 'loopt vast'],
  [/\bpromised\b/gi, 'zou'],
  [/\((\d+) days? each\)/gi, '(steeds $1 dag)'],
  [/\b(?:(?:we|i) (?:have )?(?:already )?)?(?:talked|spoken|spoke) (?:with|to)\b/gi, 'we hebben al gesproken met'],
  // "went to the preventive spreekuur in November", "has been to the preventive talk".
  [
    /\b(?:went|has been|have been|had been|was|were|been|gone) to (?:the|a) preventive (?:spreekuur|talk|meeting)\b/gi,
    'heeft een preventief gesprek gehad',
  ],
  [/\b(\d+) times\b/gi, '$1 keer'],
  [/\bso (?=\d)/gi, 'dus '],
  // "He's skipped 6 hours since.": since then.
  [/\bsince(?=\s*[.,;!?]|\s*$)/gi, 'sindsdien'],
  [/\b(?:mum|mom|mother)\b/gi, 'moeder'],
  [/\b(?:dad|father)\b/gi, 'vader'],
  // "3 mornings a week": a rate, not a span of one week.
  [/\b(mornings?|afternoons?|days?|hours?|times|lessons|classes|periods) a (week|month)\b/gi, '$1 per $2'],
  [/\b(?:about|around|roughly) a (week|month)\b/gi, 'ongeveer 1 $1'],
  [/\ba (week|month)\b/gi, '1 $1'],
  [/\bthis month\b/gi, 'deze maand'],
  [/\bsince\b/gi, 'sinds'],
  // Worry and what lies behind: "seems down", "something deeper going on at home", "mental health issues".
  [/\b(?:seems|looks|is) (?:down|depressed|sad|low)\b|\bdepressed\b/gi, 'somber'],
  [/\b(?:tired|exhausted)\b/gi, 'moe'],
  [/\banxiety\b|\banxious\b/gi, 'angst'],
  [/\bstomach ?aches?\b/gi, 'buikpijn'],
  [/\bheadaches?\b/gi, 'hoofdpijn'],
  [/\bmental health (?:issues|problems)\b/gi, 'psychische problemen'],
  [/\bsomething (?:deeper|more|else) (?:is )?going on(?: at home)?\b/gi, 'er speelt meer thuis'],
  [/\bstall(?:ing|s)\b/gi, 'loopt vast'],
  [/\b(?:keeps? )?blocking progress\b|\bnothing is happening\b|\bnothing happens\b/gi, 'geen voortgang'],
  [/\binvolve\b/gi, 'inschakelen'],
  [
    /\bdo (?:i|we) (?:need|have) to report (?:this|it)\b|\bshould (?:i|we) report (?:this|it)\b/gi,
    'moet ik dit melden',
  ],
  [/\b(?:did not|didn't|does not|doesn't|do not|don't) show up\b|\bno[- ]show(?:ed|s)?\b/gi, 'niet verschenen'],
  [/\b(?:youth|school|jgz|ggd) (?:doctor|physician)\b/gi, 'jeugdarts'],
  [/\bappointment\b/gi, 'afspraak'],
  // A plan that stalls, and with whom it lies.
  [/\b(?:is|was|has)\s+(?:\S+\s+)?(?:stalled|stuck)\b|\bstalled\b/gi, 'loopt vast'],
  // "the plan hasn't moved in 7 weeks", "nothing is moving", "isn't working".
  [
    new RegExp(
      String.raw`\b(?:has\s*n[o']t|hasn't|has\s+not)\s+moved\b|\bnothing\s+(?:is\s+)?mov(?:es|ing)\b|` +
        String.raw`\b(?:is\s*n't|isn't|is\s+not)\s+working\b`,
      'gi',
    ),
    'loopt vast',
  ],
  [/\bno progress\b/gi, 'geen voortgang'],
  // Disagreement about the plan: "parents disagree with the plan", "still no agreement", "can't agree".
  [/\b(?:disagree|disagrees|disagreed)\b/gi, 'zijn het oneens'],
  [/\b(?:no|not reaching|without|never reached) (?:an )?agreement\b|\bcan(?:'t|not) agree\b/gi, 'geen overeenstemming'],
  // "I don't know whether it's us, the partners or something at home": where it lies is not known.
  [/\b(?:(?:do\s+not|don't|dont)\s+know|not\s+sure|no\s+idea)\s+(?:whether|if)\b/gi, 'weet niet of'],
  [/\brefuses? to (?:come|go)(?: to school)?\b/gi, 'weigert naar school'],
  [/\b(?:are|is)\s+(?:\S+\s+)?refusing\b|\brefuse[sd]?\b/gi, 'weigeren'],
  [/\b(?:the )?(?:next|following) (?=(?:monday|tuesday|wednesday|thursday|friday)\b)/gi, ''],
  // The weekdays ("sick on Monday, sick on Thursday").
  [/\b(?:on )?mondays?\b/gi, 'op maandag'],
  [/\b(?:on )?tuesdays?\b/gi, 'op dinsdag'],
  [/\b(?:on )?wednesdays?\b/gi, 'op woensdag'],
  [/\b(?:on )?thursdays?\b/gi, 'op donderdag'],
  [/\b(?:on )?fridays?\b/gi, 'op vrijdag'],
  [/\bnever sent\b|\bhas(?:n't| not) sent\b/gi, 'nooit gestuurd'],
  [
    /\b(?:everyone|everybody)(?: else)? (?:is doing|does|did|has done|doing) (?:their|his|her) (?:part|bit|best)\b/gi,
    'iedereen doet zijn deel',
  ],
  [/\bnot (?:with )?the school(?:,| or| and| nor) (?:with )?the partners\b/gi, 'niet aan school of partners'],
  [/\b(?:her|his|their) own (?:issues|problems)\b|\bunderlying (?:issues|problems)\b/gi, 'achterliggende problematiek'],
  [
    /\b(?:had|has had|did) (?:the|a) preventive (?:talk|conversation|meeting)\b/gi,
    'heeft een preventief gesprek gehad',
  ],
  [/\bpreventive (?:talk|conversation|meeting)\b/gi, 'preventief gesprek'],
  [/\b(?:straight|in a row)\b/gi, 'achter elkaar'],
  [/\bunauthori[sz]ed absence\b/gi, 'ongeoorloofd verzuim'],
  [/\bby law\b/gi, 'wettelijk'],
  [/\bsince then\b/gi, 'sindsdien'],
  [/\b(?:went|goes|go|sent|gone) home sick\b/gi, 'ziek naar huis'],
  [/\b(\d+) sick days\b/gi, '$1 dagen ziek'],
  [/\b(?:called|phoned|rang) (?:it|him|her) in\b/gi, 'ziek gemeld'],
  [/\bsince yesterday\b/gi, 'sinds gisteren'],
  [/\byesterday\b/gi, 'gisteren'],
  [/\btoday\b/gi, 'vandaag'],
  [/\bsince\b/gi, 'sinds'],
  [/\bagain\b/gi, 'weer'],
  [/\bsometimes\b/gi, 'soms'],
  [/\bcrisis (?:placement|shelter)\b/gi, 'crisisplaatsing'],
  [/\bgroup home\b/gi, 'woongroep'],
  [/\bfoster (?:care|family|home|parents)\b/gi, 'pleeggezin'],
  [/\b(?:full|whole|entire)\b/gi, 'hele'],
  [/\bmornings?\b/gi, 'ochtend'],
  [/\bafternoons?\b/gi, 'middag'],
  [/\bwithout (?:a )?(?:valid )?(?:reason|excuse|permission)\b/gi, 'zonder geldige reden'],
  [/\bmissed\b/gi, 'gemist'],
  [/\b(?:missing|misses)\b/gi, 'mist'],
  [/\b(?:stays|staying|stay) (?:at )?home\b/gi, 'blijft thuis'],
  [/\blast week\b/gi, 'vorige week'],
  [/\blast month\b/gi, 'vorige maand'],
  [/\bunexcused (?:hours|absences?)\b/gi, 'uur ongeoorloofd afwezig'],
  [/\bunexcused\b/gi, 'ongeoorloofd'],
  // "parents are vague about what's wrong", "it's unclear what she has": the reason of the sickness unclear.
  [
    /\b(?:vague|unclear|not clear|not sure)\s+(?:about\s+)?what(?:'s|\s+is)?\s+(?:wrong|going on)\b/gi,
    'onduidelijk wat ze heeft',
  ],
  [/\by\/?o\b|\byears? old\b/gi, 'jaar'],
  // "We escalated to the manager of the youth care provider, still nothing": escalated without result.
  [/\b(?:escalated|raised it with (?:the|their) (?:manager|management))\b/gi, 'opgeschaald'],
  [/\b(?:skipped|skips|skipping|cut|bunked|truanted)\b/gi, 'spijbelde'],
  [/\b(?:classes|periods|lessons|class periods)\b/gi, 'lesuren'],
  [/\b(?:class|period|lesson)\b/gi, 'lesuur'],
  [/\bhours?\b/gi, 'uur'],
  [/\b(?:was|were|is|been|came|comes|come) late\b|\blates\b|\blate\b(?!ly)/gi, 'te laat'],
  [/\b(?:times|x)\b/gi, 'keer'],
  [/\btwice\b/gi, '2 keer'],
  [/\bsick\b|\bill\b/gi, 'ziek'],
  [/\b(?:called in sick|reported sick)\b/gi, 'ziek gemeld'],
  [/\b(?:at )?home for\b/gi, 'thuis al'],
  [/\brefuses? to (?:come|go)(?: to school)?\b/gi, 'weigert naar school'],
  [
    new RegExp(
      String.raw`\b(?:has|have|had)(?:n't| not) been (?:to|in|at) school(?: for)?\b|\b(?:has|` +
        String.raw`have|had)(?:n't| not) (?:come|gone) to school(?: for)?\b`,
      'gi',
    ),
    'zit al thuis',
  ],
  [/\bat home\b/gi, 'thuis'],
  [/\babsent\b/gi, 'afwezig'],
  // Only the English plural: "week" is Dutch too ("vorige week").
  [/\bweeks\b/gi, 'weken'],
  [/\bdays?\b/gi, 'dagen'],
  [/\bmonths?\b/gi, 'maanden'],
  [/\bin the last\b|\bover the (?:last|past)\b|\bin the past\b|\bduring the (?:last|past)\b/gi, 'in de afgelopen'],
  [/\bthis term\b|\bthis period\b/gi, 'deze periode'],
  [/\bthis (?:school )?year\b/gi, 'dit schooljaar'],
  [/\bparents\b/gi, 'ouders'],
  [
    /\b(?:don't|do not|won't|refuse to) (?:cooperate|co-operate)\b|\bcancel+ed every meeting\b|\bdon't stick to\b/gi,
    'werken niet mee',
  ],
  [/\bafter the preventi(?:ve|ef) (?:talk|gesprek|meeting)\b/gi, 'na het preventief gesprek'],
  [/\bagain\b/gi, 'weer'],
  [/\bhas been\b|\bhas\b/gi, 'heeft'],
  [/\bone\b/gi, '1'],
  [/\btwo\b/gi, '2'],
  [/\bthree\b/gi, '3'],
  [/\bfour\b/gi, '4'],
  [/\bfive\b/gi, '5'],
  [/\bsix\b/gi, '6'],
  [/\bseven\b/gi, '7'],
  [/\beight\b/gi, '8'],
  [/\bnine\b/gi, '9'],
  [/\bten\b/gi, '10'],
  [/\beleven\b/gi, '11'],
  [/\btwelve\b/gi, '12'],
];

/**
 * The message with its English key words in Dutch, or the message itself when it is not English.
 * @example fromEnglish('Roos skipped 8 classes in the last 3 weeks. Now what?') // 'Roos spijbelde 8 lesuren in de
 * afgelopen 3 weken. wat nu?'
 */
export function fromEnglish(text: string): string {
  if ((text.match(englishMarkers) ?? []).length < 2) return text;
  return phrases.reduce((result, [pattern, dutch]) => result.replace(pattern, dutch), text);
}
