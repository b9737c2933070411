/**
 * The knowledge sections the rules come from, with the label shown as "Bron: …". A test checks every
 * id resolves through `loadKnowledgeBase().getSection(id)` and that the label names that section.
 */
export const ruleSources = {
  teLaat: {
    sectionId: 'bossche-protocol/bijlage-1/te-laat-komen',
    label: 'Bossche protocol — Bijlage 1, Te laat komen',
  },
  spijbelen: { sectionId: 'bossche-protocol/bijlage-1/spijbelen', label: 'Bossche protocol — Bijlage 1, Spijbelen' },
  onder12: {
    sectionId: 'bossche-protocol/bijlage-1/leerling-onder-12',
    label: 'Bossche protocol — Bijlage 1, Leerling onder 12 jaar',
  },
  ziekteCriteria: {
    sectionId: 'bossche-protocol/bijlage-1/ziekteverzuim',
    label: 'Bossche protocol — Bijlage 1, De vier criteria ziekteverzuim',
  },
  aanmeldReden: {
    sectionId: 'bossche-protocol/bijlage-3/reden-van-aanmelding',
    label: 'Bossche protocol — Bijlage 3, Aanmeldformulier ziekteverzuim: reden van aanmelding',
  },
  toestemming: {
    sectionId: 'bossche-protocol/bijlage-4/toestemming',
    label: 'Bossche protocol — Bijlage 4, Toestemming voor het uitwisselen van persoonsgegevens',
  },
  contactOuders: {
    sectionId: 'bossche-protocol/deel-3/werkafspraken',
    label: 'Bossche protocol — 3. Contact met leerling en ouders, Concrete werkafspraken',
  },
  samenwerking: {
    sectionId: 'bossche-protocol/deel-4/algemene-werkafspraken',
    label: 'Bossche protocol — 4. Vroegtijdige en continue samenwerking, Algemene werkafspraken',
  },
  samenwerkingResultaat: {
    sectionId: 'bossche-protocol/deel-4/resultaat',
    label: 'Bossche protocol — 4. Vroegtijdige en continue samenwerking, Resultaat',
  },
  school: { sectionId: 'bossche-protocol/deel-4/school', label: 'Bossche protocol — 4. Werkafspraken School' },
  jeugdarts: { sectionId: 'bossche-protocol/deel-4/jeugdarts', label: 'Bossche protocol — 4. Werkafspraken Jeugdarts' },
  leerplichtPreventief: {
    sectionId: 'bossche-protocol/deel-4/leerplichtambtenaar',
    label: 'Bossche protocol — 4. Werkafspraken Leerplichtambtenaar',
  },
  leerplichtDuo: {
    sectionId: 'bossche-protocol/deel-4/leerplichtambtenaar/duo-melding',
    label: 'Bossche protocol — 4. Leerplichtambtenaar bij een DUO melding',
  },
  stagnatie: {
    sectionId: 'bossche-protocol/deel-5/werkafspraken',
    label: 'Bossche protocol — 5. Van stagnatie naar doorbraak, Concrete werkafspraken',
  },
  swvVo: {
    sectionId: 'bossche-protocol/bijlage-5/samenwerkingsverband-vo',
    label: 'Bossche protocol — Bijlage 5, Samenwerkingsverband vo',
  },
  swvPo: {
    sectionId: 'bossche-protocol/bijlage-5/samenwerkingsverband-po',
    label: 'Bossche protocol — Bijlage 5, Samenwerkingsverband po',
  },
  spreekuurNietMelden: {
    sectionId: 'bossche-protocol/bijlage-7/niet-melden',
    label: 'Bossche protocol — Bijlage 7, De volgende leerlingen kunnen niet gemeld worden',
  },
  spreekuurTeLaat: {
    sectionId: 'bossche-protocol/bijlage-7/te-laat-komen',
    label: 'Bossche protocol — Bijlage 7, Criteria te laat komen',
  },
  spreekuurSpijbelen: {
    sectionId: 'bossche-protocol/bijlage-7/spijbelen',
    label: 'Bossche protocol — Bijlage 7, Criteria spijbelen',
  },
  spreekuurUitvoering: {
    sectionId: 'bossche-protocol/bijlage-7/uitvoering',
    label: 'Bossche protocol — Bijlage 7, Vertaling naar de uitvoering',
  },
  doorbraakCriteria: {
    sectionId: 'bossche-protocol/bijlage-8/criteria',
    label: 'Bossche protocol — Bijlage 8, Criteria voor opschaling naar het doorbraakoverleg',
  },
  doorbraakWie: {
    sectionId: 'bossche-protocol/bijlage-8/wie-kan-opschalen',
    label: 'Bossche protocol — Bijlage 8, Wie kan opschalen naar het doorbraakoverleg?',
  },
  ambitie: { sectionId: 'bossche-protocol/inleiding', label: 'Bossche protocol — Inleiding' },
  wetRelatiefVerzuim: {
    sectionId: 'leerplicht-jaarverslag-2021-2022/wettelijk-kader/relatief-verzuim',
    label: 'Jaarverslag LVS 2021-2022 — Relatief verzuim',
  },
  wetThuiszitter: {
    sectionId: 'leerplicht-jaarverslag-2021-2022/thuiszitters',
    label: 'Jaarverslag LVS 2021-2022 — Thuiszitters',
  },
  doeAgenda: {
    sectionId: 'leerplicht-jaarverslag-2021-2022/doe-agenda',
    label: 'Jaarverslag LVS 2021-2022 — De 7 maatregelen uit de Doe-agenda',
  },
  verzuimcoach: {
    sectionId: 'verzuimcoaches-interview/wacht-niet-te-lang',
    label: 'Interview coördinator Team Verzuim — Wacht niet te lang',
  },
} as const;

export type RuleSourceKey = keyof typeof ruleSources;
export type RuleSource = { readonly sectionId: string; readonly label: string };
