// Run-time helpers for the validators that scripts/generate.ts compiles with Ajv. The generated
// code calls these instead of `require("ajv/...")`, so the package needs no Ajv at run time and
// the same code works from ESM and CJS. The generator registers these very functions with Ajv,
// so the compiled code and the run time agree on their shape.
import { lastOf } from './last.js';

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2}|60)(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

const daysIn = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** RFC 3339 `date-time` (JSON Schema's `format: date-time`): a time zone is required. Answers carry the same second's dates one after another. */
const dateTime = lastOf((value: string): boolean => {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second, tzHour, tzMinute] = m
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  return (
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysIn(year!, month!) &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 60 &&
    tzHour! <= 23 &&
    tzMinute! <= 59
  );
});

/** The formats the contract may use; the generator fails on any other. */
export const formats: Readonly<Record<string, (value: string) => boolean>> = {
  'date-time': dateTime,
  // An absolute URI (RFC 3986 scheme, then anything URL can read).
  uri: (value) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && URL.canParse(value),
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
};

const SURROGATE = /[\ud800-\udfff]/;

/** Length in Unicode code points, as JSON Schema counts `minLength`/`maxLength`. */
export const ucs2length = (value: string): number => {
  // Most strings hold no surrogate: then every code unit is a code point.
  if (!SURROGATE.test(value)) return value.length;
  let length = 0;
  for (let i = 0; i < value.length; i++, length++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return length;
};
