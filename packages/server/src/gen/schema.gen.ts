// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.

// The contract's types are @b24-imbot/core's (openapi-typescript), one set for both packages.
export type { components, operations, paths } from '@b24-imbot/core';
