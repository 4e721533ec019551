// The contract, through the model, to check what the server answers against it.
import { type Json, loadContract } from '@b24-imbot/schema/model';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type { Json };
export const model = loadContract();
export const contract = model.document;
export const resolve = model.resolve;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

const operationOf = (method: string) => model.operation(method) ?? (() => { throw new Error(`no method ${method}`); })();

/** The schema the contract gives the JSON body of a response with this status. */
export const responseValidator = (status: number, method = 'imbot.chat.add') => {
  const operation = contract.paths[`/${operationOf(method).method}`].post;
  const response = resolve(operation.responses[String(status)]);
  if (!response) throw new Error(`the contract has no response ${status}`);
  return ajv.compile(model.jsonSchema(response.content['application/json'].schema));
};

/** The contract's error codes for a status of a method (from the response enums). */
export const codesFor = (status: number, method = 'imbot.chat.add'): string[] =>
  [...operationOf(method).errors].filter(([, statuses]) => statuses.includes(status)).map(([code]) => code);

export const paramsSchema: Json = resolve(operationOf('imbot.chat.add').paramsSchema);
