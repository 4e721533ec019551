// The one request every contender answers or sends, and the constant answer.

/** The method's path, the same on every server under test (Prism serves the contract's paths as they are). */
export const METHOD_PATH = '/imbot.chat.add';
export const TOKEN = 'bench-token';
export const CLIENT_ID = 'bench-client';

/** imbot.chat.add's parameters, as the server benchmark sends them (JSON body). */
export const PARAMS = { USERS: [1, 2], TITLE: 'Bench chat', COLOR: 'PINK', MESSAGE: 'Welcome!' } as const;
export const REQUEST_BODY = JSON.stringify(PARAMS);
export const REQUEST_HEADERS = {
  'content-type': 'application/json',
  authorization: `Bearer ${TOKEN}`,
} as const;

export const CHAT_ID = 2725;

/** The success envelope, as the contract's example gives it. */
export const SUCCESS_BODY = JSON.stringify({
  result: CHAT_ID,
  time: {
    start: 1771928379,
    finish: 1771928380.102187,
    duration: 1.102186918258667,
    processing: 1,
    date_start: '2026-02-24T13:19:39+01:00',
    date_finish: '2026-02-24T13:19:40+01:00',
  },
});

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Webhook URL parts for the client benchmark. */
export const WEBHOOK_USER = '1';
export const WEBHOOK_CODE = 'benchcode';
