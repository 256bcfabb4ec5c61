/** What a click handler is given (a DOM or React mouse event). */
export interface LinkClick {
  defaultPrevented: boolean;
  button: number;
  metaKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
  currentTarget: EventTarget | null;
}

/**
 * The link a click should follow inside the page, or undefined when the browser should handle it
 * (another button, a modifier key for a new tab or window, a link with a target, a download, or a
 * click already handled). The rules of react-router's `<Link>`: a list of plain `<a href>`
 * elements with one click handler on their container then behaves like a list of `<Link>`s, without
 * a router subscription and three hooks per link re-rendered on every address change.
 */
export function followedLink(event: LinkClick): HTMLAnchorElement | undefined {
  if (event.defaultPrevented || event.button !== 0) return undefined;
  if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return undefined;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  const container = event.currentTarget;
  if (!(link instanceof HTMLAnchorElement)) return undefined;
  if (!(container instanceof Node) || !container.contains(link)) return undefined;
  if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return undefined;
  if (link.origin !== window.location.origin) return undefined;
  return link;
}

/** The in-app address of a followed link: path, query string and hash. */
export const linkPath = (link: HTMLAnchorElement): string =>
  `${link.pathname}${link.search}${link.hash}`;
