import { describe, expect, it } from 'vitest';
import { redactor, redactUrl } from '../src/index.js';

describe('redactUrl', () => {
  it('hides the webhook code and the auth and access_token values, whatever the case or nesting', () => {
    expect(redactUrl('/rest/1/s3cr3t/imbot.chat.add.json?x=1')).toBe('/rest/1/***/imbot.chat.add.json?x=1');
    expect(redactUrl('/b24/rest/7/c0de/imbot.v2.Chat.add/')).toBe('/b24/rest/7/***/imbot.v2.Chat.add/');
    expect(redactUrl('/rest/imbot.chat.add?auth=tok&USERS[]=1&ACCESS_TOKEN=t2')).toBe('/rest/imbot.chat.add?auth=***&USERS[]=1&ACCESS_TOKEN=***');
    expect(redactUrl('/rest/x.y?auth[access_token]=a&auth%5Bx%5D=b')).toBe('/rest/x.y?auth[access_token]=***&auth%5Bx%5D=***');
    expect(redactUrl('/oauth/token/?grant_type=refresh_token&client_id=app&client_secret=cs&refresh_token=rt')).toBe(
      '/oauth/token/?grant_type=refresh_token&client_id=app&client_secret=***&refresh_token=***',
    );
    expect(redactUrl('/rest/imbot.v2.Chat.get?botId=1&botToken=bt&BOTTOKEN=b2')).toBe('/rest/imbot.v2.Chat.get?botId=1&botToken=***&BOTTOKEN=***');
  });

  it('leaves a URL without secrets as it is', () => {
    for (const url of ['/rest/imbot.chat.add', '/rest/imbot.chat.add.json?USERS[]=1', '/bitrix/events', '/']) expect(redactUrl(url)).toBe(url);
  });
});

describe('redactor', () => {
  const redact = redactor(new Set(['s3cr3t', 'tok', 'a b']));

  it('removes a secret where a secret sits: a URL part, an auth value, a Bearer credential', () => {
    expect(redact('see https://p.example/rest/1/s3cr3t/x.y.json')).toBe('see https://p.example/rest/1/***/x.y.json');
    expect(redact('https://p.example/rest/x.y?auth=tok&n=1')).toBe('https://p.example/rest/x.y?auth=***&n=1');
    expect(redact('retry with auth=tok, or "access_token":"tok"')).toBe('retry with auth=***, or "access_token":"***"');
    expect(redact('Authorization: Bearer tok')).toBe('Authorization: Bearer ***');
    expect(redact('{"botToken":"tok","refresh_token":"s3cr3t"} client_secret=tok')).toBe('{"botToken":"***","refresh_token":"***"} client_secret=***');
    expect(redact('https://p.example/rest/1/a%20b/x.y')).toBe('https://p.example/rest/1/***/x.y');
  });

  it('never alters prose that merely contains a secret', () => {
    const prose = 'The access token provided has expired (tok s3cr3t)';
    expect(redact(prose)).toBe(prose);
    expect(redact('https://p.example/rest/1/other/x.y')).toBe('https://p.example/rest/1/other/x.y');
  });

  it('anyCredential: every credential value and Bearer credential, known or not (log lines)', () => {
    const all = redactor(new Set(['s3cr3t']), { anyCredential: true });
    expect(all('https://p.example/rest/x.y?auth=unknown&n=1 refresh_token=other, "botToken":"b" Bearer z https://p.example/rest/1/s3cr3t/x')).toBe(
      'https://p.example/rest/x.y?auth=***&n=1 refresh_token=***, "botToken":"***" Bearer *** https://p.example/rest/1/***/x',
    );
    expect(redactor(new Set(), { anyCredential: true })('client_secret=cs')).toBe('client_secret=***');
    expect(redactor(new Set())('client_secret=cs')).toBe('client_secret=cs');
  });

  it('sees secrets added later (the set is live)', () => {
    const secrets = new Set<string>();
    const live = redactor(secrets);
    expect(live('auth=late')).toBe('auth=late');
    secrets.add('late');
    expect(live('auth=late')).toBe('auth=***');
  });
});
