import type { AstroIntegration } from 'astro';

/**
 * Tells the pages whether they carry their Content-Security-Policy (src/components/SecurityPolicy.astro):
 * every page of a build does; the dev server's do not, since Vite serves styles and its client as inline
 * elements a policy would block. Decided by the command, not by NODE_ENV or import.meta.env.DEV, which
 * a build run with NODE_ENV=test (as under vitest) also sets: a production site without a policy would
 * pass unseen.
 */
export function securityPolicy(): AstroIntegration {
  return {
    name: 'episode-archive:security-policy',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.CONTENT_SECURITY_POLICY': JSON.stringify(command !== 'dev') } } });
      },
    },
  };
}
