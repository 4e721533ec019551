// The mock portal's in-memory methods: one handler per operation of the contract. A method
// added to the contract gets its mock handler here; nothing else in the mock changes.
import type { Handlers, ParamsOf } from './types.js';

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

export const mockHandlers = (state: MockState): Handlers => ({
  imbotChatAdd: (params) => {
    const chat: StoredChat = { ...params, CHAT_ID: state.nextChatId++ };
    state.chats.push(chat);
    return chat.CHAT_ID;
  },
});
