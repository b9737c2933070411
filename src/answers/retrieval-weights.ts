/** The retrieval's weights, each chosen on the tuning part of the blind corpus (see `retrieval.ts`). */

/**
 * How many of the nearest section questions vote, and how much the best of a section's votes weighs
 * against the best section's own score (its best question's score, not their sum: a section with many
 * similar questions would otherwise draw every question near them). Chosen on the tuning part (346
 * questions): 70.2% pass without, 72.8% at 0.2, 74.0% at 0.3, 73.4% at 0.4 (8 neighbours; 72.8% with 4,
 * 73.4% with 12); summing the votes instead reached 72.8% and cost the dev set two questions.
 */
export const neighbourCount = 8;
export const neighbourWeight = 0.3;
/**
 * How much a section gains from holding the question's word pairs ("ziek is ziek", "preventief spreekuur"):
 * its score times 1 + this × the (rarity-weighted) share of the pairs it holds. On the tuning part (346
 * questions): 74.0% pass without, 74.6% at 0.2, 74.9% at 0.4, 76.0% at 0.7, 75.7% at 1, 74.9% at 1.5 (the
 * dev set loses one there). Frozen part at 0.7: 72.2% → 74.0%, citations 84.2% → 85.6%.
 */
export const pairWeight = 0.7;
/**
 * How much a section gains when the question names its part ("deel 2", "bijlage 7", "stap 4"). Tuning part: 578 at
 * 1 (none), 578 at 1.3, 580 at 1.6 and 2; dev unchanged.
 */
export const namedPartWeight = 1.6;
