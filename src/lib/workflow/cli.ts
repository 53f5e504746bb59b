import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { styleText } from 'node:util';
import type { SiteConfig } from '../config/schema.ts';
import { formatNoteProblem, NoteError } from '../notes/errors.ts';
import { WorkflowError } from './workflow-error.ts';

/** How a report marks up text; `plain` for files, tests and pipes. */
export type Style = (format: 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan', text: string) => string;

export const plain: Style = (_format, text) => text;

/**
 * Colours only where they help: util.styleText leaves them out when the stream is no TTY (unless
 * FORCE_COLOR); NO_COLOR turns them off whatever else is set (https://no-color.org).
 */
export function terminalStyle(stream: NodeJS.WriteStream = process.stdout, env: NodeJS.ProcessEnv = process.env): Style {
  if (env.NO_COLOR) return plain;
  return (format, text) => styleText(format, text, { stream });
}

/**
 * Runs a command-line tool: its result is the exit code, and any failure is told as
 * "what is wrong, how to fix it", never as a stack trace.
 */
export async function runCli(main: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    process.exitCode = 1;
    console.error(describeFailure(error));
  }
}

/** A failure in the team's language. */
export function describeFailure(error: unknown): string {
  if (error instanceof NoteError) return formatNoteProblem(error, error.problem, error.fix);
  if (error instanceof WorkflowError) return `Error: ${error.problem}\n  Fix: ${error.fix}`;
  // SiteConfigError's message already names the settings and the fix.
  if (error instanceof Error && error.name === 'SiteConfigError') return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `Error: ${message}\n  Fix: if this does not say what to change, report it as a bug, with the command you ran.`;
}

/** The site config, read inside runCli so that an invalid config is reported, not thrown with a stack. */
export async function loadSiteConfig(): Promise<SiteConfig> {
  return (await import('../../site.config.ts')).siteConfig;
}

/** A path as authors read it: relative to the project when inside it, absolute otherwise. */
export function displayPath(path: string): string {
  const shown = relative(process.cwd(), resolve(path));
  return !shown ? '.' : shown.startsWith('..') || isAbsolute(shown) ? resolve(path) : shown.split(sep).join('/');
}

/**
 * A leading `~` or `~/` as the home folder. The shell expands it only outside quotes, and a path
 * with spaces must be quoted: `npm run import -- "~/Notes/My vault"`. `~user` is left as it is.
 */
export function expandHome(path: string, home: string = homedir()): string {
  if (path === '~') return home;
  return path.startsWith('~/') || path.startsWith(`~${sep}`) ? join(home, path.slice(2)) : path;
}
