import type { AdaptiveCardJson } from '../../../cards/render-card.js';
import type { Actor } from '../../../src/access/actor.js';

export type GalleryCard = { readonly name: string; readonly card: AdaptiveCardJson };

/** Collects the cards of one capability, in the order they are added. */
export function galleryCollector() {
  const cards: GalleryCard[] = [];
  return { cards, add: (name: string, card: AdaptiveCardJson) => void cards.push({ name, card }) };
}

export const actor: Actor = {
  userId: 'u1',
  name: 'Mentor De Vries',
  schoolId: 'school-a',
  schoolName: 'Stedelijk College',
  roles: ['mentor', 'oco'],
  demo: false,
};
export const now = () => new Date('2026-03-02T09:00:00Z');
