// Addresses in e-mails: the token identifies the subscription, never the address.
const trim = (url: string) => url.replace(/\/$/, '');

export function confirmLink(publicUrl: string, token: string): string {
  return `${trim(publicUrl)}/subscriptions/confirm?token=${encodeURIComponent(token)}`;
}

export function unsubscribeLink(publicUrl: string, token: string): string {
  return `${trim(publicUrl)}/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`;
}
