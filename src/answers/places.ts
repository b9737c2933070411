import { z } from 'zod';
import { loadKnowledgeData } from '../knowledge/knowledge-base.js';
import { foldText } from './text-folding.js';

const placesSchema = z
  .object({
    provinces: z.array(z.string().min(2)),
    regions: z.array(z.string().min(2)),
    municipalities: z.array(z.string().min(2)),
  })
  .strict();

let placePattern: RegExp | undefined;

/** `knowledge/places.yaml`, folded, as one pattern of whole words. */
function places(): RegExp {
  if (!placePattern) {
    const { provinces, regions, municipalities } = loadKnowledgeData('places.yaml', placesSchema);
    const names = [...provinces, ...regions, ...municipalities]
      .map((name) => foldText(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .sort((a, b) => b.length - a.length);
    placePattern = new RegExp(String.raw`(?<![\p{L}-])(?:${names.join('|')})(?![\p{L}-])`, 'gu');
  }
  return placePattern;
}

/**
 * How many places the question names that no document does ("werkt Tilburg ook met een doorbraakoverleg?"): such a
 * question asks about another region's practice, which the documents do not describe. Places the documents name
 * (`isKnown` of each of the place's words) are theirs to answer.
 */
export function otherPlacesNamed(question: string, isKnown: (folded: string) => boolean): number {
  const named = foldText(question).match(places()) ?? [];
  return new Set(named.filter((place) => !place.split(/[\s-]+/).every(isKnown))).size;
}
