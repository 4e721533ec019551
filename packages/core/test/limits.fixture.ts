// The platform's published rate limits, as facts from its pages (bitrix24/b24restdocs, English;
// summarised in the team's shared notes on REST limits).
export const publishedLimits = {
  // limits.md, "Request Intensity Limit": a leaky bucket per portal; over X blocked with 503
  // QUERY_LIMIT_EXCEEDED; the counter falls by Y once per second.
  standard: { page: 'limits.md', burst: 50, perSecond: 2 },
  enterprise: { page: 'limits.md', burst: 250, perSecond: 5 },
  // api-reference/chat-bots/chat-bots-v2/index.md, "Limits": 2 requests per second per
  // application, over it HTTP 429; no burst is given.
  'imbot.v2': { page: 'api-reference/chat-bots/chat-bots-v2/index.md', burst: undefined, perSecond: 2 },
} as const;
