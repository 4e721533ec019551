// Fastify belongs to the app: @b24-imbot/server declares it as a peer, `^<oldest tested>`, never
// as a dependency of its own (a second copy under the server made `app.register(botEvents)` fail
// to type-check in an app on another 5.x: TS2769, "Property 'query' is missing"). The release
// check (e2e) runs an app on that oldest version; the workspace develops on the newest tested.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedPackages, root } from './workspace.js';

const server = publishedPackages().find((pkg) => pkg.name === '@b24-imbot/server')!;
const manifest = server.manifest as Record<string, Record<string, string> | undefined>;
const range = manifest.peerDependencies?.fastify ?? '';
const parts = (version: string) => version.split('.').map(Number) as [number, number, number];

describe('fastify, a peer of @b24-imbot/server', () => {
  it('is a peer with a caret range from the oldest tested version, and no package depends on it directly', () => {
    expect(range).toMatch(/^\^\d+\.\d+\.\d+$/);
    for (const pkg of publishedPackages()) {
      expect((pkg.manifest as Record<string, any>).dependencies?.fastify, pkg.name).toBeUndefined();
    }
  });

  it('is developed on an exact version inside that range', () => {
    const dev = manifest.devDependencies?.fastify ?? '';
    expect(dev).toMatch(/^\d+\.\d+\.\d+$/);
    const [oldest, newest] = [parts(range.slice(1)), parts(dev)];
    expect(newest[0]).toBe(oldest[0]);
    expect(newest[1] * 1e6 + newest[2]).toBeGreaterThanOrEqual(oldest[1] * 1e6 + oldest[2]);
  });

  it('is imported by the build, not bundled into it', () => {
    const dist = join(root, server.dir, 'dist');
    const code = readdirSync(dist)
      .filter((file) => /\.(c?js)$/.test(file))
      .map((file) => readFileSync(join(dist, file), 'utf8'))
      .join('\n');
    expect(code).toMatch(/from "fastify"|require\("fastify"\)/);
    // Fastify's own sources would carry its error codes.
    expect(code).not.toContain('FST_ERR_CTP_INVALID_TYPE');
  });

  it("the server's README installs it beside the package and gives the range", () => {
    const readme = readFileSync(join(root, server.dir, 'README.md'), 'utf8');
    expect(readme).toContain('npm install @b24-imbot/server fastify');
    expect(readme).toContain(`Fastify is a peer dependency, \`${range}\``);
  });
});
