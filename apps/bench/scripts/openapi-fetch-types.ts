// Generates openapi-typescript's types for the real contract into .tmp/openapi-fetch/ (git-ignored),
// which the openapi-fetch contender and apps/create-chat-openapi-fetch.ts import. `typecheck`
// runs this first; `pnpm bench` does it itself.
import { join } from 'node:path';

import { repoDir } from '../src/generation.js';
import { generateOpenapiFetchTypes } from '../src/size.js';

await generateOpenapiFetchTypes(join(repoDir, 'schema', 'openapi.yaml'));
