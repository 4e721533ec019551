// imbot.v2.File.upload and File.download, and the download links the mock serves itself
// (GET /mock/files/<id>/<secret>, on the portal's own origin, each link good once).
//
// Memory: a file is kept as its size and SHA-256 plus its bytes, for the link. The bytes of
// all files together stay under `storedFileBytes` (256 MiB by default): past it the oldest
// files lose their bytes (their metadata stays; File.download then answers FILE_NOT_FOUND).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { safeEqual } from '../auth.js';
import { Bitrix24Error } from '../errors.js';
import { JSON_CONTENT_TYPE, errorEnvelope } from '../runtime/envelope.js';
import type { Handler } from '../types.js';
import { requireBot, requireMember } from './access.js';
import { addMessage } from './messages.js';
import { type FileRecord, type PlatformState, now, sha256 } from './state.js';
import { dialogIdOf, fileView } from './views.js';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;

/** Bytes a base64 text decodes to, without decoding it. */
const decodedSize = (base64: string): number => {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
};

/** Drops the bytes of the oldest files until the store fits its cap. */
const keepUnderCap = (state: PlatformState): void => {
  for (const file of state.files.values()) {
    if (state.storedFileBytes <= state.limits.storedFileBytes) return;
    if (file.bytes === undefined) continue;
    state.storedFileBytes -= file.bytes.length;
    file.bytes = undefined;
    file.links.clear();
  }
};

export const fileUpload =
  (state: PlatformState): Handler<'imbotV2FileUpload'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const { name, content, message: text } = params.fields;
    if (name.trim() === '' || content === '') throw new Bitrix24Error('FILE_EMPTY', 'The file needs a name and content');
    if (!BASE64.test(content)) throw new Bitrix24Error('FILE_INVALID_CONTENT', 'content is not base64');
    const size = decodedSize(content);
    if (size > state.limits.fileBytes) {
      throw new Bitrix24Error('FILE_TOO_LARGE', `The file is larger than ${state.limits.fileBytes} bytes`);
    }
    if (size === 0) throw new Bitrix24Error('FILE_EMPTY', 'The file is empty');
    // The page names no code for a dialog the bot is not in: ACCESS_DENIED, as for sending.
    const chat = requireMember(state, bot, params.dialogId);
    const bytes = Buffer.from(content, 'base64');
    const id = state.next.file++;
    const message = addMessage(state, { chat, authorId: bot.id, text: text ?? '', params: { FILE_ID: [id] } });
    const file: FileRecord = {
      id,
      chatId: chat.id,
      authorId: bot.id,
      name,
      size: bytes.length,
      sha256: sha256(bytes),
      date: now(),
      messageId: message.id,
      bytes,
      links: new Set(),
    };
    state.files.set(id, file);
    state.storedFileBytes += bytes.length;
    keepUnderCap(state);
    return { file: fileView(state, file), messageId: message.id, chatId: chat.id, dialogId: dialogIdOf(chat, bot.id) };
  };

export const fileDownload =
  (state: PlatformState): Handler<'imbotV2FileDownload'> =>
  (params, context) => {
    const bot = requireBot(state, params, context);
    const file = state.files.get(params.fileId);
    if (!file) throw new Bitrix24Error('FILE_NOT_FOUND', `File ${params.fileId} not found`);
    if (!state.chats.get(file.chatId)?.members.has(bot.id)) {
      throw new Bitrix24Error('FILE_ACCESS_ERROR', 'The bot is not in the chat of this file');
    }
    if (file.bytes === undefined) {
      throw new Bitrix24Error('FILE_NOT_FOUND', `The mock dropped the bytes of file ${file.id} to stay under its file store cap`);
    }
    const secret = randomBytes(16).toString('hex');
    file.links.add(secret);
    return { downloadUrl: `${state.origin}/mock/files/${file.id}/${secret}` };
  };

/** Serves the download links: the bytes once per link, else 404 with a Bitrix envelope. */
export const serveFiles = (server: FastifyInstance, state: PlatformState): void => {
  server.get<{ Params: { id: string; secret: string } }>('/mock/files/:id/:secret', async (request, reply) => {
    const file = /^[1-9]\d{0,15}$/.test(request.params.id) ? state.files.get(Number(request.params.id)) : undefined;
    const secret = [...(file?.links ?? [])].find((known) => safeEqual(request.params.secret, known));
    if (!file || !file.bytes || secret === undefined) {
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
      .send(file.bytes);
  });
};
