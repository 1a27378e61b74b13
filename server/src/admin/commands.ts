/**
 * The admin CLI's commands, apart from process concerns so tests can run them on a store:
 *
 *   token create --unit <id> [--label <text>]   mint a token, print it once
 *   token list                                  tokens (never the tokens themselves)
 *   token revoke <id>                           stop a token from working
 *   purge [--dry-run]                           delete contact data past RETENTION_DAYS
 */
import { parseArgs } from 'node:util';
import type { Store } from '../store/store.js';
import { UnknownUnitError } from '../store/store.js';
import { hashToken, mintToken } from './tokens.js';

export interface CliContext {
  store: Store;
  retentionDays: number;
  now: Date;
  out: (line: string) => void;
}

export const USAGE = `Usage: npm run admin -- <command>
  token create --unit <unit-id> [--label <text>]   mint an admin token (printed once)
  token list                                       list tokens
  token revoke <token-id>                          revoke a token
  purge [--dry-run]                                delete askers' contact data past retention`;

/** Runs one command; returns the process exit code. */
export async function runCommand(args: string[], ctx: CliContext): Promise<number> {
  const [command, sub] = args;
  if (command === 'token' && sub === 'create') return createToken(args.slice(2), ctx);
  if (command === 'token' && sub === 'list') return listTokens(ctx);
  if (command === 'token' && sub === 'revoke') return revokeToken(args.slice(2), ctx);
  if (command === 'purge') return purge(args.slice(1), ctx);
  ctx.out(USAGE);
  return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
}

async function createToken(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { unit: { type: 'string' }, label: { type: 'string' } },
    strict: true,
  });
  if (!values.unit) {
    ctx.out('token create: --unit <unit-id> is required');
    return 2;
  }
  const token = mintToken();
  try {
    const id = await ctx.store.adminTokens.create(
      values.unit,
      values.label ?? null,
      hashToken(token),
      ctx.now,
    );
    ctx.out(`Token #${id} for unit "${values.unit}" (shown once, store it safely):`);
    ctx.out(token);
    return 0;
  } catch (error) {
    if (error instanceof UnknownUnitError) {
      ctx.out(`token create: no unit "${values.unit}"`);
      return 1;
    }
    throw error;
  }
}

async function listTokens(ctx: CliContext): Promise<number> {
  const tokens = await ctx.store.adminTokens.list();
  if (tokens.length === 0) ctx.out('No tokens.');
  for (const t of tokens) {
    const state = t.revokedAt ? `revoked ${t.revokedAt}` : `last used ${t.lastUsedAt ?? 'never'}`;
    ctx.out(`#${t.id}  ${t.unitId}  ${t.label ?? '-'}  created ${t.createdAt}  ${state}`);
  }
  return 0;
}

async function revokeToken(args: string[], ctx: CliContext): Promise<number> {
  const id = Number(args[0]);
  if (!Number.isInteger(id) || id < 1) {
    ctx.out('token revoke: give the token id, e.g. `token revoke 3`');
    return 2;
  }
  if (!(await ctx.store.adminTokens.revoke(id, ctx.now))) {
    ctx.out(`token revoke: no live token #${id}`);
    return 1;
  }
  ctx.out(`Token #${id} revoked.`);
  return 0;
}

async function purge(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args, options: { 'dry-run': { type: 'boolean' } } });
  const cutoff = new Date(ctx.now.getTime() - ctx.retentionDays * 24 * 60 * 60 * 1000);
  if (values['dry-run']) {
    ctx.out(`Would purge contact data of questions closed before ${cutoff.toISOString()}.`);
    return 0;
  }
  const count = await ctx.store.inbox.purgeContacts(cutoff, ctx.now);
  ctx.out(
    `Purged contact data of ${count} question(s) closed (or asked, if still open) before ` +
      `${cutoff.toISOString()} (RETENTION_DAYS=${ctx.retentionDays}).`,
  );
  return 0;
}
