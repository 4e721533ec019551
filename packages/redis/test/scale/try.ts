import * as s from './scenarios.js';
const which = process.argv[2]!;
console.log(JSON.stringify(await (s as any)[which](JSON.parse(process.argv[3] ?? '{}')), null, 1));
