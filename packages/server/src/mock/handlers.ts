// The mock portal's stateful methods. Every other operation of the contract answers its
// documented example (exampleHandlers), so a method added to the contract is served at once;
// a handler here makes it stateful.
import { createHash } from 'node:crypto';
import type { Handlers, ParamsOf } from '../types.js';

/** What the mock keeps of an AVATAR: enough to check it arrived intact, not the image. */
export interface StoredAvatar {
  /** SHA-256 of the AVATAR text as sent (base64), in hex. */
  readonly sha256: string;
  /** Its length in characters. */
  readonly length: number;
}

/**
 * A chat the portal created: every parameter it was given (defaults applied) and its id, with
 * AVATAR kept as its hash and length (a 5000x5000 image is 100 MB of base64).
 */
export type StoredChat = Omit<ParamsOf<'imbotChatAdd'>, 'AVATAR'> & {
  readonly AVATAR?: StoredAvatar;
  readonly CHAT_ID: number;
};

/** How many chats the mock keeps by default; past it the oldest are dropped. */
export const DEFAULT_MAX_CHATS = 1000;

export interface MockState {
  readonly chats: StoredChat[];
  nextChatId: number;
  /** Most chats kept; the oldest are dropped past it (ids keep counting). */
  maxChats: number;
}

export const createMockState = (maxChats = DEFAULT_MAX_CHATS): MockState => ({ chats: [], nextChatId: 1, maxChats });

export const resetMockState = (state: MockState): void => {
  state.chats.length = 0;
  state.nextChatId = 1;
};

export const storedAvatar = (avatar: string): StoredAvatar => ({
  sha256: createHash('sha256').update(avatar).digest('hex'),
  length: avatar.length,
});

export const mockHandlers = (state: MockState): Partial<Handlers> => ({
  imbotChatAdd: (params) => {
    const { AVATAR, ...rest } = params;
    const chat: StoredChat = {
      ...rest,
      ...(AVATAR === undefined ? {} : { AVATAR: storedAvatar(AVATAR) }),
      CHAT_ID: state.nextChatId++,
    };
    state.chats.push(chat);
    if (state.chats.length > state.maxChats) state.chats.splice(0, state.chats.length - state.maxChats);
    return chat.CHAT_ID;
  },
});
