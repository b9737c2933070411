import { describe, expect, it } from 'vitest';
import { LocalConversation } from './local-conversation.js';

const user = { id: 'local-user-0001', name: 'Lokale gebruiker' };
const newConversation = () =>
  new LocalConversation({ user, botBaseUrl: 'http://127.0.0.1:1', now: () => new Date('2026-11-28T08:00:00Z') });

describe('LocalConversation', () => {
  it('should hand out activities after a watermark, in order, with ids and sequence ids', () => {
    const conversation = newConversation();
    const first = conversation.append({ type: 'message', text: 'een' });
    conversation.append({ type: 'message', text: 'twee' });
    expect(first.id).toBe(`${conversation.id}|0000001`);
    expect(first.channelData).toEqual({ 'webchat:sequence-id': 1 });
    const all = conversation.activitiesAfter(0);
    expect(all.activities.map((activity) => activity.text)).toEqual(['een', 'twee']);
    expect(all.watermark).toBe('2');
    expect(conversation.activitiesAfter(1).activities.map((activity) => activity.text)).toEqual(['twee']);
    expect(conversation.activitiesAfter(2)).toEqual({ activities: [], watermark: '2' });
  });

  it('should deliver a replaced activity again with the same id, timestamp and place in the chat', () => {
    const conversation = newConversation();
    const card = conversation.append({ type: 'message', text: 'oud', timestamp: '2026-11-28T07:00:00.000Z' });
    conversation.append({ type: 'message', text: 'later' });
    const replaced = conversation.replace(card.id, (current) => ({ ...current, text: 'nieuw' }));
    expect(replaced).toMatchObject({
      id: card.id,
      text: 'nieuw',
      timestamp: '2026-11-28T07:00:00.000Z',
      channelData: { 'webchat:sequence-id': 1 },
    });
    expect(conversation.activitiesAfter(2).activities).toEqual([replaced]);
    // A page that resumes sees each activity once, in its latest version.
    expect(conversation.activitiesAfter(0).activities.map((activity) => activity.text)).toEqual(['later', 'nieuw']);
    expect(conversation.replace('unknown', (current) => current)).toBeUndefined();
  });

  it('should leave typing indicators out of a resumed history but deliver them live', () => {
    const conversation = newConversation();
    conversation.append({ type: 'message', text: 'een' });
    conversation.append({ type: 'typing' });
    expect(conversation.activitiesAfter(0).activities.map((activity) => activity.type)).toEqual(['message']);
    expect(conversation.activitiesAfter(1).activities.map((activity) => activity.type)).toEqual(['typing']);
  });

  it('should wake a waiting poll when an activity arrives, and time out otherwise', async () => {
    const conversation = newConversation();
    const started = Date.now();
    await conversation.waitForActivities(0, 50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
    const waiting = conversation.waitForActivities(0, 5000);
    conversation.append({ type: 'message', text: 'hallo' });
    await waiting;
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('should keep at most maxActivities, dropping the oldest', () => {
    const conversation = new LocalConversation({ user, botBaseUrl: 'http://127.0.0.1:1', maxActivities: 2 });
    for (const text of ['een', 'twee', 'drie']) conversation.append({ type: 'message', text });
    expect(conversation.activitiesAfter(0).activities.map((activity) => activity.text)).toEqual(['twee', 'drie']);
  });
});
