// `pnpm run generate`: hey-api with openapi-ts.config.ts, through its API in this process (its
// `openapi-ts` bin starts a second Node process to do the same).
import { createClient } from '@hey-api/openapi-ts';

await createClient({});
