// The stateful imbot.v2 handlers of the mock portal, by operationId, and im.message.add (a user
// writing, which bots hear). Revision.get answers its documented example (it has no state).
import type { Handlers } from '../types.js';
import { botGet, botList, botRegister, botUnregister, botUpdate } from './bots.js';
import {
  chatAdd,
  chatGet,
  chatInputActionNotify,
  chatLeave,
  chatManagerAdd,
  chatManagerDelete,
  chatSetOwner,
  chatTextFieldEnabled,
  chatUpdate,
  chatUserAdd,
  chatUserDelete,
  chatUserList,
} from './chats.js';
import { commandAnswer, commandList, commandRegister, commandUnregister, commandUpdate } from './commands.js';
import { eventGet } from './events.js';
import { fileDownload, fileUpload } from './files.js';
import {
  messageDelete,
  messageGet,
  messageGetContext,
  messageRead,
  messageSend,
  messageUpdate,
  imMessageAdd,
  reactionAdd,
  reactionDelete,
} from './messages.js';
import type { PlatformState } from './state.js';

// Partial: a method added to the contract is served by its example until it gets a handler
// here; each handler below is still typed by its operation.
export const v2Handlers = (state: PlatformState): Partial<Handlers> => ({
  imbotV2BotRegister: botRegister(state),
  imbotV2BotUpdate: botUpdate(state),
  imbotV2BotGet: botGet(state),
  imbotV2BotList: botList(state),
  imbotV2BotUnregister: botUnregister(state),
  imbotV2ChatAdd: chatAdd(state),
  imbotV2ChatGet: chatGet(state),
  imbotV2ChatUpdate: chatUpdate(state),
  imbotV2ChatLeave: chatLeave(state),
  imbotV2ChatSetOwner: chatSetOwner(state),
  imbotV2ChatUserAdd: chatUserAdd(state),
  imbotV2ChatUserDelete: chatUserDelete(state),
  imbotV2ChatUserList: chatUserList(state),
  imbotV2ChatManagerAdd: chatManagerAdd(state),
  imbotV2ChatManagerDelete: chatManagerDelete(state),
  imbotV2ChatInputActionNotify: chatInputActionNotify(state),
  imbotV2ChatTextFieldEnabled: chatTextFieldEnabled(state),
  imbotV2ChatMessageSend: messageSend(state),
  imbotV2ChatMessageUpdate: messageUpdate(state),
  imbotV2ChatMessageDelete: messageDelete(state),
  imbotV2ChatMessageRead: messageRead(state),
  imbotV2ChatMessageGet: messageGet(state),
  imbotV2ChatMessageGetContext: messageGetContext(state),
  imbotV2ChatMessageReactionAdd: reactionAdd(state),
  imbotV2ChatMessageReactionDelete: reactionDelete(state),
  imbotV2CommandRegister: commandRegister(state),
  imbotV2CommandUpdate: commandUpdate(state),
  imbotV2CommandList: commandList(state),
  imbotV2CommandUnregister: commandUnregister(state),
  imbotV2CommandAnswer: commandAnswer(state),
  imbotV2FileUpload: fileUpload(state),
  imbotV2FileDownload: fileDownload(state),
  imbotV2EventGet: eventGet(state),
  // The user side of a chat: how a person's message reaches a bot.
  imMessageAdd: imMessageAdd(state),
});
