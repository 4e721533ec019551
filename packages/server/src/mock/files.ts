// imbot.v2.File.upload and File.download (a bot's), im.v2.File.upload and File.download (the
// calling user's), and the download links the mock serves itself (GET /mock/files/<id>/<secret>,
// on the portal's own origin, each link good once).
//
// Memory: a file is kept as its size and SHA-256 plus its bytes (in memory, or beside the state
// file), for the link. Past `storedFileBytes` (128 MiB by default) the oldest files lose their
// bytes (their records stay; File.download then answers FILE_NOT_FOUND).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { safeEqual } from '../auth.js';
import { Bitrix24Error } from '../errors.js';
import { JSON_CONTENT_TYPE, errorEnvelope } from '../runtime/envelope.js';
import type { Handler } from '../types.js';
import { callingUser, findDialog, requireBot, requireMember } from './access.js';
import { addMessage } from './messages.js';
import { type ChatRecord, type FileRecord, type PortalState, addFile, now, sha256 } from './state.js';
import { openDialog } from './users.js';
import type { Behaviours } from './table.js';
import { dialogIdOf, fileView } from './views.js';

/** Whether each character of the text is in the base64 alphabet (A-Z a-z 0-9 + /). */
const BASE64_ALPHABET = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') BASE64_ALPHABET[c.charCodeAt(0)] = 1;

/**
 * Whether a text is base64: the alphabet, then at most two `=` that complete the last group of
 * four (or no padding, with 2 or 3 characters left over). One pass, no regular expression (a
 * backtracking pattern overflows the stack on texts of a few MiB).
 */
export const isBase64 = (text: string): boolean => {
  let end = text.length;
  let padding = 0;
  while (padding < 2 && end > 0 && text.charCodeAt(end - 1) === 61 /* = */) {
    end--;
    padding++;
  }
  if (padding > 0 ? text.length % 4 !== 0 : end % 4 === 1) return false;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || BASE64_ALPHABET[code] === 0) return false;
  }
  return true;
};

/** Bytes a base64 text decodes to, without decoding it. */
const decodedSize = (base64: string): number => {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
};

/** The bytes of an upload, checked as both File.upload pages say: FILE_EMPTY, FILE_INVALID_CONTENT, FILE_TOO_LARGE. */
const uploadBytes = (state: PortalState, name: string, content: string): Buffer => {
  if (name.trim() === '' || content === '') throw new Bitrix24Error('FILE_EMPTY', 'The file needs a name and content');
  if (!isBase64(content)) throw new Bitrix24Error('FILE_INVALID_CONTENT', 'content is not base64');
  const size = decodedSize(content);
  if (size > state.limits.fileBytes) {
    throw new Bitrix24Error('FILE_TOO_LARGE', `The file is larger than ${state.limits.fileBytes} bytes`);
  }
  if (size === 0) throw new Bitrix24Error('FILE_EMPTY', 'The file is empty');
  return Buffer.from(content, 'base64');
};

/** Stores a file and the message carrying it, by `authorId` (a bot or a user). */
const storeFile = (state: PortalState, chat: ChatRecord, authorId: number, name: string, bytes: Buffer, text: string | undefined) => {
  const id = state.ids.next('file');
  const message = addMessage(state, { chat, authorId, text: text ?? '', params: { FILE_ID: [id] } });
  const file: FileRecord = {
    id,
    chatId: chat.id,
    authorId,
    name,
    size: bytes.length,
    sha256: sha256(bytes),
    date: now(),
    messageId: message.id,
    kept: true,
    links: new Set(),
  };
  addFile(state, file, bytes);
  return { file: fileView(state, file), messageId: message.id, chatId: chat.id, dialogId: dialogIdOf(chat, authorId) };
};

/** A one-time link to a kept file's bytes (FILE_NOT_FOUND once they were dropped to stay under the cap). */
const downloadLink = (state: PortalState, file: FileRecord) => {
  if (!file.kept) {
    throw new Bitrix24Error('FILE_NOT_FOUND', `The mock dropped the bytes of file ${file.id} to stay under its file store cap`);
  }
  const secret = randomBytes(16).toString('hex');
  file.links.add(secret);
  return { downloadUrl: `${state.origin}/mock/files/${file.id}/${secret}` };
};

export const fileUpload =
  (state: PortalState): Handler<'imbotV2FileUpload'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const { name, content, message: text } = params.fields;
    const bytes = uploadBytes(state, name, content);
    // The page names no code for a dialog the bot is not in: ACCESS_DENIED, as for sending.
    const chat = requireMember(state, bot, params.dialogId);
    return storeFile(state, chat, bot.id, name, bytes, text);
  };

export const fileDownload =
  (state: PortalState): Handler<'imbotV2FileDownload'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const file = state.files.get(params.fileId);
    if (!file) throw new Bitrix24Error('FILE_NOT_FOUND', `File ${params.fileId} not found`);
    if (!state.chats.get(file.chatId)?.members.has(bot.id)) {
      throw new Bitrix24Error('FILE_ACCESS_ERROR', 'The bot is not in the chat of this file');
    }
    return downloadLink(state, file);
  };

/**
 * im.v2.File.upload: the calling user posts a file to a dialog (a personal one is made on first
 * use). No chat for dialogId (no such group chat, no such person, the user's own id) is
 * CHAT_NOT_FOUND; a group chat the user is not in 403 ACCESS_DENIED.
 */
export const userFileUpload =
  (state: PortalState): Handler<'imV2FileUpload'> =>
  (params, context) => {
    const userId = callingUser(state, context);
    const { name, content, message: text } = params.fields;
    const bytes = uploadBytes(state, name, content);
    const existing = findDialog(state, userId, params.dialogId);
    if (existing && !existing.members.has(userId)) throw new Bitrix24Error('ACCESS_DENIED', `User ${userId} is not in ${params.dialogId}`);
    const chat = existing ?? openDialog(state, userId, params.dialogId);
    if (!chat) throw new Bitrix24Error('CHAT_NOT_FOUND', `No chat ${params.dialogId}`);
    return storeFile(state, chat, userId, name, bytes, text);
  };

/**
 * im.v2.File.download: a one-time link to a file of a dialog the calling user is in. No such file,
 * or one not sent to dialogId, is FILE_NOT_FOUND; a file of a chat the user is not in 403
 * ACCESS_DENIED.
 */
export const userFileDownload =
  (state: PortalState): Handler<'imV2FileDownload'> =>
  (params, context) => {
    const userId = callingUser(state, context);
    const file = state.files.get(params.fileId);
    if (!file) throw new Bitrix24Error('FILE_NOT_FOUND', `File ${params.fileId} not found`);
    if (!state.chats.get(file.chatId)?.members.has(userId)) throw new Bitrix24Error('ACCESS_DENIED', 'The user is not in the chat of this file');
    if (findDialog(state, userId, params.dialogId)?.id !== file.chatId) {
      throw new Bitrix24Error('FILE_NOT_FOUND', `File ${params.fileId} was not sent to ${params.dialogId}`);
    }
    return downloadLink(state, file);
  };

/**
 * Serves the download links: the bytes once per link, else 404 with a Bitrix envelope. `stateOf`
 * gives the portal a link belongs to: the default one (`/mock/files/...`), or another portal of
 * the mock by its domain (`/<domain>/mock/files/...`; undefined: no such portal).
 */
export const serveFiles = (server: FastifyInstance, stateOf: PortalState | ((domain?: string) => PortalState | undefined)): void => {
  const resolve = typeof stateOf === 'function' ? stateOf : () => stateOf;
  const handler = async (request: FastifyRequest<{ Params: { portal?: string; id: string; secret: string } }>, reply: FastifyReply) => {
    const state = resolve(request.params.portal);
    const file = state && /^[1-9]\d{0,15}$/.test(request.params.id) ? state.files.get(Number(request.params.id)) : undefined;
    const secret = [...(file?.links ?? [])].find((known) => safeEqual(request.params.secret, known));
    const bytes = state && file && secret !== undefined ? state.fileBytes.read(file.id) : undefined;
    if (!file || bytes === undefined || secret === undefined) {
      return reply
        .code(404)
        .header('content-type', JSON_CONTENT_TYPE)
        .send(errorEnvelope('FILE_NOT_FOUND', 'No such file, or the link was used already'));
    }
    file.links.delete(secret);
    return reply
      .code(200)
      .header('content-type', 'application/octet-stream')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .header('content-length', file.size)
      .send(bytes);
  };
  server.get('/mock/files/:id/:secret', handler);
  if (typeof stateOf === 'function') server.get('/:portal/mock/files/:id/:secret', handler);
};

export const fileBehaviours = {
  imbotV2FileUpload: fileUpload,
  imbotV2FileDownload: fileDownload,
  imV2FileUpload: userFileUpload,
  imV2FileDownload: userFileDownload,
} satisfies Behaviours;
