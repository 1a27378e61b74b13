/**
 * A widget's own part of the URL fragment, `#<name>=<id>`, kept beside the host page's parts
 * (joined by `&`), so an open detail is deep-linkable without clashing with the host's router.
 */
export interface FragmentParam {
  /** The id in the current fragment, if any. */
  current(): string | undefined;
  /** The current URL with our id set (or removed when `undefined`), the host's parts kept. */
  urlWith(id: string | undefined): string;
}

export function fragmentParam(name: string): FragmentParam {
  const prefix = `${name}=`;
  const parts = () => location.hash.replace(/^#/, '').split('&').filter(Boolean);
  return {
    current() {
      const ours = parts().find((part) => part.startsWith(prefix));
      return ours ? decodeURIComponent(ours.slice(prefix.length)) || undefined : undefined;
    },
    urlWith(id) {
      const rest = parts().filter((part) => !part.startsWith(prefix));
      const all = id ? [...rest, prefix + encodeURIComponent(id)] : rest;
      return location.href.replace(/#.*$/, '') + (all.length ? `#${all.join('&')}` : '');
    },
  };
}
