/** The words for complaints and illnesses the sickness track reads. */

/** Complaints that name no cause: they do not make the reason of the absence known. */
export const vagueComplaints: readonly string[] = [
  'hoofdpijn',
  'buikpijn',
  'migraine',
  'koorts',
  'verkouden',
  'niet\\s+lekker',
  'onwel',
  'misselijk',
  'grieperig',
  'vage\\s+klachten',
];

/** Illnesses and injuries staff name instead of "ziek" ("heeft waterpokken", "been gebroken"). */
export const illnessWords: readonly string[] = [
  'griep',
  'buikgriep',
  'koorts',
  'verkouden',
  'waterpokken',
  'corona',
  'covid',
  'pfeiffer',
  'migraine',
  'hoofdpijn',
  'buikpijn',
  'hersenschudding',
  'gebroken',
  'operatie',
  'ontsteking',
  'antibiotica',
  'niet\\s+lekker',
  'onwel',
  'misselijk',
  'grieperig',
  'vage\\s+klachten',
  'geopereerd',
  'ziekenhuis',
  'blindedarm\\w*',
  'longontsteking',
  'oorontsteking',
];
