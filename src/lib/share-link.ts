/**
 * The address to share for the current view: the same filters and screen settings, without the
 * sender's language (`lang`), so the link opens in the receiver's own language (their remembered
 * choice, else their browser's).
 */
export function shareableUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('lang');
  url.hash = '';
  return url.toString();
}

/** Puts a text on the clipboard: the Clipboard API, else the older copy command; false if neither works. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API (plain http, an older browser) or no permission: try the copy command.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
