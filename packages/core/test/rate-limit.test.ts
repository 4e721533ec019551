// The presets against the platform's published limits, and the leaky bucket on a fake clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLeakyBucket, rateLimitPresets } from '../src/index.js';
import { publishedLimits } from './limits.fixture.js';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

/** How many of `count` requests asked at once a bucket lets through within `ms` (portal side). */
const admittedWithin = (bucket: ReturnType<typeof createLeakyBucket>, count: number, ms: number, stepMs = 10): number => {
  let admitted = 0;
  for (let elapsed = 0; elapsed <= ms; elapsed += stepMs) {
    while (admitted < count && bucket.tryTake()) admitted++;
    vi.advanceTimersByTime(stepMs);
  }
  return admitted;
};

describe('rateLimitPresets', () => {
  it('are the published limits: one per page fact, nothing more', () => {
    expect(Object.keys(rateLimitPresets).sort()).toEqual(Object.keys(publishedLimits).sort());
  });

  it.each(Object.entries(publishedLimits))('%s: the rate of %o', (name, limit) => {
    const preset = rateLimitPresets[name as keyof typeof rateLimitPresets];
    expect(preset.perSecond).toBe(limit.perSecond);
    // Where the page gives no burst, the preset allows no more than one second's worth.
    expect(preset.burst).toBe(limit.burst ?? limit.perSecond);
  });

  it.each(Object.keys(rateLimitPresets))('%s: a portal with the same bucket never refuses what it lets through', (name) => {
    const preset = rateLimitPresets[name as keyof typeof rateLimitPresets];
    const bucket = createLeakyBucket(preset);
    // At once: the burst and no more; over a minute: the burst plus 60 s at the rate.
    expect(admittedWithin(bucket, preset.burst * 10, 0)).toBe(preset.burst);
    bucket.reset();
    expect(admittedWithin(bucket, 100_000, 60_000)).toBe(preset.burst + 60 * preset.perSecond);
  });
});

describe('createLeakyBucket', () => {
  it('refuses bad numbers', () => {
    for (const bad of [{ burst: 0, perSecond: 1 }, { burst: 1, perSecond: 0 }, { burst: Number.NaN, perSecond: 1 }]) {
      expect(() => createLeakyBucket(bad)).toThrow(RangeError);
    }
  });

  it('tryTake: the burst at once, then one place per 1/perSecond', () => {
    const bucket = createLeakyBucket({ burst: 3, perSecond: 2 });
    expect([bucket.tryTake(), bucket.tryTake(), bucket.tryTake(), bucket.tryTake()]).toEqual([true, true, true, false]);
    vi.advanceTimersByTime(499);
    expect(bucket.tryTake()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.tryTake()).toBe(false);
    bucket.reset();
    expect(bucket.tryTake()).toBe(true);
  });

  it('take: waits in order for the place it reserved', async () => {
    const bucket = createLeakyBucket({ burst: 2, perSecond: 4 });
    const went: number[] = [];
    const takes = [0, 1, 2, 3, 4].map((n) => bucket.take().then(() => went.push(n)));
    await vi.advanceTimersByTimeAsync(0);
    expect(went).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(249);
    expect(went).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(went).toEqual([0, 1, 2]);
    await vi.advanceTimersByTimeAsync(500);
    expect(went).toEqual([0, 1, 2, 3, 4]);
    await Promise.all(takes);
    // The waiting takes held their places: nothing is free for a portal now.
    expect(bucket.tryTake()).toBe(false);
  });

  it('take: an aborted wait rejects with the reason and gives its place back', async () => {
    const bucket = createLeakyBucket({ burst: 1, perSecond: 1 });
    await bucket.take();
    const controller = new AbortController();
    const waiting = bucket.take(controller.signal);
    const reason = new Error('no longer needed');
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    vi.advanceTimersByTime(1000);
    // Only the first take still counts: after a second a place is free again.
    expect(bucket.tryTake()).toBe(true);
    await expect(bucket.take(AbortSignal.abort(reason))).rejects.toBe(reason);
  });
});
