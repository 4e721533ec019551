import { describe, expect, it, vi } from 'vitest';
import { type BotEvent, dispatchEvent, type EventHandlers } from '../src/index.js';

const event = (type: string): BotEvent => ({ type, data: {}, delivery: 'fetch', date: '2026-01-01T00:00:00.000Z' }) as unknown as BotEvent;

describe('dispatchEvent', () => {
  it('calls the handler for the event type, once, with the event', async () => {
    const onAdd = vi.fn();
    const onDelete = vi.fn();
    const handlers: EventHandlers = { ONIMBOTV2MESSAGEADD: onAdd, ONIMBOTV2DELETE: onDelete };
    const add = event('ONIMBOTV2MESSAGEADD');
    expect(await dispatchEvent(handlers, add)).toBe(true);
    expect(onAdd).toHaveBeenCalledExactlyOnceWith(add);
    expect(onDelete).not.toHaveBeenCalled();
  });

  it('skips an event without a handler of the map\'s own: missing, undefined, or inherited', async () => {
    expect(await dispatchEvent({}, event('ONIMBOTV2JOINCHAT'))).toBe(false);
    expect(await dispatchEvent({ ONIMBOTV2JOINCHAT: undefined }, event('ONIMBOTV2JOINCHAT'))).toBe(false);
    for (const inherited of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(await dispatchEvent({}, event(inherited))).toBe(false);
    }
  });

  it('waits for an async handler and rejects with what it threw', async () => {
    let done = false;
    const slow: EventHandlers = {
      ONIMBOTV2DELETE: async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        done = true;
      },
    };
    await dispatchEvent(slow, event('ONIMBOTV2DELETE'));
    expect(done).toBe(true);
    const failure = new Error('handler failed');
    await expect(dispatchEvent({ ONIMBOTV2DELETE: () => Promise.reject(failure) }, event('ONIMBOTV2DELETE'))).rejects.toBe(failure);
    await expect(
      dispatchEvent(
        {
          ONIMBOTV2DELETE: () => {
            throw failure;
          },
        },
        event('ONIMBOTV2DELETE'),
      ),
    ).rejects.toBe(failure);
  });
});
