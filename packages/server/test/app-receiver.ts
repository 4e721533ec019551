// An application's install handler for tests of the mock portal: a plain node:http server over
// loopback keeping every form POSTed to it, and the contract's reading of such a delivery
// (ONAPPINSTALL, ONAPPUNINSTALL) through the model.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import qs from 'qs';
import { type Json, model, resolve, schemaValidator } from './contract.js';

export interface AppDelivery {
  readonly contentType: string | undefined;
  readonly body: string;
}

export interface AppReceiver {
  readonly url: string;
  readonly seen: AppDelivery[];
  close(): Promise<void>;
}

export const startAppReceiver = async (): Promise<AppReceiver> => {
  const seen: AppDelivery[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.push({ contentType: request.headers['content-type'], body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"result":true}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/install`,
    seen,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
};

/** Numbers where the schema has numbers: a form carries every scalar as a string. */
const coerceBy = (schema: Json, value: unknown): unknown => {
  const node = resolve(schema) as Record<string, Json>;
  if ((node['type'] === 'integer' || node['type'] === 'number') && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) {
    return Number(value);
  }
  const properties = node['properties'] as Record<string, Json> | undefined;
  if (properties && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, properties[key] === undefined ? item : coerceBy(properties[key], item)]),
    );
  }
  return value;
};

/**
 * A delivery read as PHP reads the form, its numbers read by the contract's schema for the
 * event, and checked against that schema. Returns the payload and the validator's errors.
 */
export const readAppDelivery = (name: 'ONAPPINSTALL' | 'ONAPPUNINSTALL', body: string) => {
  const event = model.events.find((each) => each.name === name);
  if (!event) throw new Error(`the contract has no ${name}`);
  if (event.about !== 'app') throw new Error(`${name} is not about the application`);
  const payload = coerceBy(event.payloadSchema, qs.parse(body, { depth: 10 })) as Record<string, Record<string, unknown>>;
  const validate = schemaValidator(event.payloadSchema);
  const valid = validate(payload);
  return { payload, valid, errors: validate.errors, contentType: event.contentType };
};
