// The mock portal's stateful methods. Every other operation of the contract answers its
// documented example (exampleHandlers), so a method added to the contract is served at once;
// a handler here makes it stateful.
import type { Handlers, ParamsOf } from '../types.js';

/** A chat the portal created: every parameter it was given (defaults applied), and its id. */
export type StoredChat = ParamsOf<'imbotChatAdd'> & { readonly CHAT_ID: number };

export interface MockState {
  readonly chats: StoredChat[];
  nextChatId: number;
}

export const createMockState = (): MockState => ({ chats: [], nextChatId: 1 });

export const resetMockState = (state: MockState): void => {
  state.chats.length = 0;
  state.nextChatId = 1;
};

export const mockHandlers = (state: MockState): Partial<Handlers> => ({
  imbotChatAdd: (params) => {
    const chat: StoredChat = { ...params, CHAT_ID: state.nextChatId++ };
    state.chats.push(chat);
    return chat.CHAT_ID;
  },
});
