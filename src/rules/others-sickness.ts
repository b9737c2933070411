/**
 * Sickness told of someone other than the pupil, in the folded text the situation parser reads: a colleague's, the
 * writer's own, a relative's. Rewritten so that it counts as no sickness of the pupil's (a relative's is a burden at
 * home).
 * @example withoutOthersSickness('zijn mentor is ziek') // 'zijn mentor is uitgevallen'
 */
export function withoutOthersSickness(text: string): string {
  let told = text;
  // "en zijn mentor is ziek": a colleague's sickness is not the pupil's.
  told = told.replace(
    new RegExp(
      String.raw`\b((?:zijn|haar|de|mijn|onze)\s+(?:mentor|docent|leraar|lerares|juf|meester|collega|teamleider|` +
        String.raw`oco)\s+(?:is|was|ligt|werd)\s+(?:\S+\s+){0,3}?)ziek\w*`,
      'g',
    ),
    '$1uitgevallen',
  );
  // "ben twee weken ziek geweest en zit weer op school": the writer's own sickness is not the pupil's.
  told = told.replace(
    new RegExp(
      String.raw`((?:^|[.!?]\s*)(?:ik\s+)?(?:ben|was)\s+(?:zelf\s+)?` +
        String.raw`(?:(?!dat\b|die\b|of\b|ze\b|hij\b|zij\b|het\b|er\b)\S+\s+){0,3}?)ziek\w*`,
      'g',
    ),
    '$1uitgevallen',
  );
  // "omdat moeder ziek is", "zijn vader ligt ernstig ziek thuis": a relative's illness is not the pupil's, and a
  // burden at home (the blind-written background signals name "zieke moeder", "mantelzorg").
  told = told.replace(
    new RegExp(
      String.raw`\b(moeder|vader|ouders?|opa|oma|broer(?:tje)?|zus(?:je)?|stief(?:vader|moeder))\s+` +
        String.raw`((?:is|was|ligt|werd|zijn|waren)\s+(?:\S+\s+){0,2}?)?` +
        String.raw`((?:al|erg|ernstig|heel|zelf|ook|nog|zwaar)\s+)?` +
        String.raw`(?:ziek(?!\s*(?:ge)?meld|t\b)\w*(?:\s+in\s+het\s+ziekenhuis)?|in\s+het\s+ziekenhuis|opgenomen)`,
      'g',
    ),
    '$1 $2$3mantelzorgsituatie',
  );
  return told;
}
