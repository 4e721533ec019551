// The scale scenarios at a reduced size (`pnpm --filter @b24-imbot/redis run scale` runs the
// issue's size and prints the figures): real redis-server, the mock portal over loopback, worker
// processes started and stopped by PID. No wall-clock assertion: the takeover time is only held
// to a bound far above the lease, for a loaded machine.
import { describe, expect, it } from 'vitest';
import { pollers, portals, receivers, renewers, stalled, workers } from './scale/scenarios.js';

describe('past one process, on Redis', { timeout: 600_000 }, () => {
  it('3 receivers: deliveries and replays to random instances are each handled exactly once', async () => {
    const figures = await receivers({ instances: 3, deliveries: 400, replays: 80 });
    expect(figures).toMatchObject({ sent: 480, handled: 400, handledTwice: 0, lost: 0 });
    // Replays reached other instances (accepted there, 200) and were ignored; the same instance refuses them (409).
    expect(figures.answers![200]! + (figures.answers![409] ?? 0)).toBe(480);
    expect(figures.answers![200]).toBeGreaterThan(400);
  });

  it('4 workers on one application\'s imbot.v2 budget against the mock\'s rate limit: no 429', async () => {
    const figures = await workers({ workers: 4, callsEach: 4 });
    expect(figures).toMatchObject({ sent: 16, handled: 16, lost: 0, status429: 0 });
  });

  it('2 pollers of one bot, the leader SIGKILLed mid-stream: the other takes over, nothing lost or handled twice', async () => {
    const leaseMs = 3000;
    const figures = await pollers({ messages: 60, leaseMs });
    expect(figures).toMatchObject({ sent: 60, handled: 60, handledTwice: 0, lost: 0 });
    expect(figures.takeoverSeconds).toBeGreaterThan(0);
    expect(figures.takeoverSeconds).toBeLessThan(leaseMs / 1000 + 60);
  });

  it('2 pollers of one bot, the leader stopped past its lease inside a handler: it starts no other handler once continued', async () => {
    const figures = await stalled({ messages: 60, leaseMs: 3000 });
    expect(figures).toMatchObject({ sent: 60, handled: 60, lost: 0 });
    // At most the event whose handler ran through the stall is handled twice.
    expect(figures.handledTwice).toBeLessThanOrEqual(1);
    expect(figures.notes).toMatch(/^handled twice: (none|m20) /);
  });

  it('processes renewing one portal\'s expired token at once: one renewal, every process ends with a working token', async () => {
    const figures = await renewers({ processes: 10 });
    expect(figures.notes).not.toContain('first failure');
    expect(figures).toMatchObject({ handled: 10, lost: 0, renewals: 1, distinctTokens: 1, refreshTokenCurrent: true });
  });

  it('three portals installed, called and uninstalled through the installation store', async () => {
    const figures = await portals();
    expect(figures.steps).toEqual(['installed 3', 'called 3', 'left after uninstall 0']);
  });
});
