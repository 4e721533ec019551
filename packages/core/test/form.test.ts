// PHP's http_build_query as the platform runs it. Expected strings: the PHP manual's examples of
// http_build_query and urlencode (RFC 1738), and the platform's rule that null arrives as ""
// (api-reference/chat-bots/chat-bots-v2/entities.md and imbot.v2/events/events.md: `null` -> `""`).
import { describe, expect, it } from 'vitest';
import { httpBuildQuery } from '../src/index.js';

describe('httpBuildQuery', () => {
  it('writes scalars as PHP does: booleans as 1 and 0, null as "" (the platform), undefined left out', () => {
    expect(httpBuildQuery({ foo: 'bar', baz: 'boom', cow: 'milk', php: 'hypertext processor' })).toBe(
      'foo=bar&baz=boom&cow=milk&php=hypertext+processor',
    );
    expect(httpBuildQuery({ t: true, f: false, n: null, u: undefined, z: 0, x: 1.5 })).toBe('t=1&f=0&n=&z=0&x=1.5');
  });

  it('nests objects and lists as a[b][0], and writes nothing for an empty one', () => {
    expect(httpBuildQuery({ user: { name: 'Bob Smith', age: 47, sex: 'M', dob: '5/12/1956' }, pastimes: ['golf', 'opera'], empty: [], none: {} })).toBe(
      'user%5Bname%5D=Bob+Smith&user%5Bage%5D=47&user%5Bsex%5D=M&user%5Bdob%5D=5%2F12%2F1956&pastimes%5B0%5D=golf&pastimes%5B1%5D=opera',
    );
    expect(httpBuildQuery({ a: [[1, null], { b: [true] }] })).toBe('a%5B0%5D%5B0%5D=1&a%5B0%5D%5B1%5D=&a%5B1%5D%5Bb%5D%5B0%5D=1');
  });

  it('encodes as urlencode: letters, digits and -_. kept, space as +, every other byte as %XX', () => {
    expect(httpBuildQuery({ "a-b_c.d~e!*'()": 'x y+z&=' })).toBe('a-b_c.d%7Ee%21%2A%27%28%29=x+y%2Bz%26%3D');
    // UTF-8 bytes, upper-case hex.
    expect(httpBuildQuery({ text: 'Привет 😀' })).toBe('text=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82+%F0%9F%98%80');
  });

  it('writes a Date (anything with toJSON) as JSON would, never drops it', () => {
    const at = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(httpBuildQuery({ at, list: [at] })).toBe('at=2026-01-02T03%3A04%3A05.000Z&list%5B0%5D=2026-01-02T03%3A04%3A05.000Z');
    expect(new URLSearchParams(httpBuildQuery({ at })).get('at')).toBe(JSON.parse(JSON.stringify({ at })).at);
  });

  it('reads back with URLSearchParams to the same strings', () => {
    const data = { message: 'a & b = c?', list: ['x', 'y z'] };
    const read = new URLSearchParams(httpBuildQuery(data));
    expect([...read]).toEqual([
      ['message', 'a & b = c?'],
      ['list[0]', 'x'],
      ['list[1]', 'y z'],
    ]);
  });
});
