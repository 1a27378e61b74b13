const warned = new Set<string>();

/**
 * Tells the webmaster, once per distinct message, that something on the page needs fixing.
 * The console is the only channel a pasted widget has; repeating there would drown it.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[pbgdpl] ${message}`);
}
