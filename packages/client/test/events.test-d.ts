import { describe, expectTypeOf, test } from 'vitest';

import { type BotEvent, createImbotClient, type EventStream, type UserEvent } from '../src/index.js';

const client = createImbotClient({ webhookUrl: 'https://portal.example/rest/1/code/', botToken: 'token' });

describe('client.events()', () => {
  test("a bot's events alone by default", () => {
    expectTypeOf(client.events({ botId: 7 })).toEqualTypeOf<EventStream<BotEvent>>();
    expectTypeOf(client.events({ botId: 7, withUserEvents: false })).toEqualTypeOf<EventStream<BotEvent>>();
  });

  test("with withUserEvents, the user's own events too, told apart by type", async () => {
    const stream = client.events({ botId: 7, withUserEvents: true });
    expectTypeOf(stream).toEqualTypeOf<EventStream<BotEvent | UserEvent>>();
    for await (const event of stream) {
      if (event.type === 'ONIMV2MESSAGEADD') {
        expectTypeOf(event.data.user.id).toEqualTypeOf<number>();
        expectTypeOf(event.data.chat.dialogId).toEqualTypeOf<string>();
        // @ts-expect-error a user's event does not name a bot
        void event.data.bot.id;
      }
      if (event.type === 'ONIMBOTV2MESSAGEADD') expectTypeOf(event.data.bot.id).toEqualTypeOf<number>();
    }
  });

  test('user events are fetch only, with their queue id', () => {
    expectTypeOf<UserEvent['delivery']>().toEqualTypeOf<'fetch'>();
    expectTypeOf<UserEvent['eventId']>().toEqualTypeOf<number>();
    expectTypeOf<UserEvent['type']>().toEqualTypeOf<'ONIMV2MESSAGEADD' | 'ONIMV2MESSAGEUPDATE' | 'ONIMV2MESSAGEDELETE' | 'ONIMV2REACTIONCHANGE' | 'ONIMV2JOINCHAT'>();
  });
});
