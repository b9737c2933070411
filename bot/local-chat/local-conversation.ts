import { randomBytes, randomUUID } from 'node:crypto';
import type { CardActionMode } from './web-chat-card.js';

/** An activity as the bridge keeps it: a Bot Framework activity with an id, in Direct Line's JSON shape. */
export type ChannelActivity = ActivityFields & { readonly id: string };

/** An activity's fields, with or without an id yet. */
export type ActivityFields = { readonly type: string; readonly id?: string; readonly [key: string]: unknown };

/** The person on the page. The id comes from the page's localStorage, so a reload resumes. */
export type LocalUser = { readonly id: string; readonly name: string };

type Entry = {
  /** Position in the delivery stream; Direct Line's watermark counts these. */
  readonly delivery: number;
  readonly activity: ChannelActivity;
};

/** What one poll of `GET …/activities?watermark=` returns. */
export type ActivitySet = { readonly activities: ChannelActivity[]; readonly watermark: string };

export type LocalConversationOptions = {
  readonly id?: string;
  readonly user: LocalUser;
  /** Where the bot is reached, e.g. `http://127.0.0.1:3978`. */
  readonly botBaseUrl: string;
  /** How the page acts on `Action.Execute` (see {@link CardActionMode}). @default 'execute' */
  readonly cardActions?: CardActionMode;
  /** Activities kept for a page that resumes; the oldest go first. @default 1000 */
  readonly maxActivities?: number;
  /** @default () => new Date() */
  readonly now?: () => Date;
};

/**
 * One local chat conversation, in memory: the activity history the page polls, with watermarks.
 *
 * An updated activity (a card replaced in place) keeps its id and its place in the chat
 * (`channelData['webchat:sequence-id']`), and is delivered again after the current watermark; Web Chat
 * replaces an activity it receives again with the same id.
 */
export class LocalConversation {
  readonly id: string;
  readonly user: LocalUser;
  readonly botBaseUrl: string;
  readonly cardActions: CardActionMode;
  /** The bearer token the page uses; bound to this conversation only. */
  readonly token: string = randomBytes(24).toString('base64url');
  started = false;
  /** Activities reach the bot one at a time, in the order the page sent them. */
  queue: Promise<void> = Promise.resolve();
  private readonly entries = new Map<string, Entry>();
  private readonly waiters = new Set<() => void>();
  private deliveries = 0;
  private sequence = 0;
  private activityCount = 0;
  private readonly now: () => Date;
  private readonly maxActivities: number;

  constructor({
    id = `local-${randomUUID()}`,
    user,
    botBaseUrl,
    cardActions = 'execute',
    maxActivities = 1000,
    now = () => new Date(),
  }: LocalConversationOptions) {
    this.id = id;
    this.maxActivities = maxActivities;
    this.cardActions = cardActions;
    this.user = user;
    this.botBaseUrl = botBaseUrl;
    this.now = now;
  }

  /** A fresh activity id in Direct Line's shape (`<conversation>|0000001`). */
  newActivityId(): string {
    this.activityCount += 1;
    return `${this.id}|${String(this.activityCount).padStart(7, '0')}`;
  }

  /** Adds an activity at the end of the chat; assigns an id, timestamp and sequence when missing. */
  append(activity: ActivityFields): ChannelActivity {
    this.sequence += 1;
    const id = activity.id ?? this.newActivityId();
    const channelData = (activity.channelData ?? {}) as Record<string, unknown>;
    const stored: ChannelActivity = {
      ...activity,
      id,
      timestamp: activity.timestamp ?? this.now().toISOString(),
      conversation: { id: this.id },
      channelData: { ...channelData, 'webchat:sequence-id': this.sequence },
    };
    this.deliver(stored);
    return stored;
  }

  /**
   * Replaces an activity in place (its id, timestamp and place in the chat stay). Returns the new
   * version, or undefined when the conversation has no activity with that id.
   */
  replace(activityId: string, update: (current: ChannelActivity) => ActivityFields): ChannelActivity | undefined {
    const current = this.entries.get(activityId)?.activity;
    if (!current) return undefined;
    const next = update(current);
    const channelData = (next.channelData ?? {}) as Record<string, unknown>;
    const stored: ChannelActivity = {
      ...next,
      id: activityId,
      timestamp: current.timestamp,
      conversation: { id: this.id },
      channelData: {
        ...channelData,
        'webchat:sequence-id': (current.channelData as Record<string, unknown>)['webchat:sequence-id'],
      },
    };
    this.deliver(stored);
    return stored;
  }

  find(activityId: string): ChannelActivity | undefined {
    return this.entries.get(activityId)?.activity;
  }

  remove(activityId: string): boolean {
    return this.entries.delete(activityId);
  }

  /**
   * Activities delivered after `watermark`, oldest first. From the start (watermark 0, a page that
   * resumes) typing indicators are left out: they only mean something live.
   */
  activitiesAfter(watermark: number): ActivitySet {
    const entries = [...this.entries.values()]
      .filter((entry) => entry.delivery > watermark && (watermark > 0 || entry.activity.type !== 'typing'))
      .sort((left, right) => left.delivery - right.delivery);
    return {
      activities: entries.map((entry) => entry.activity),
      watermark: String(Math.max(watermark, this.deliveries)),
    };
  }

  /** Resolves when something is delivered after `watermark`, or after `timeoutMs`, or when `signal` aborts. */
  waitForActivities(watermark: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (this.deliveries > watermark || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      signal?.addEventListener('abort', done);
    });
  }

  private deliver(activity: ChannelActivity): void {
    this.deliveries += 1;
    // Delete first so that Map order follows delivery order for updated activities too.
    this.entries.delete(activity.id);
    this.entries.set(activity.id, { delivery: this.deliveries, activity });
    while (this.entries.size > this.maxActivities) this.entries.delete(this.entries.keys().next().value as string);
    for (const wake of [...this.waiters]) wake();
  }
}
