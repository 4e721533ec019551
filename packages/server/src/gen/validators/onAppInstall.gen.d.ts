// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
import type { CompiledValidator } from '../../runtime/operation.js';
export declare const payload: CompiledValidator;
