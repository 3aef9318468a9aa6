// The text of a social post for a featured item: title, link to its page, within 500 characters.
import type { Config } from '@mipas/core';
import { truncateText } from '../text';

interface PostedItem {
  title?: string;
  titles?: Record<string, string>;
  page?: string;
}

export function composeStatus(payload: Record<string, unknown>, _config: Config): string {
  const item = (payload.item ?? {}) as PostedItem;
  const title = item.titles?.en ?? item.titles?.lt ?? item.title ?? '';
  const link = item.page ?? '';
  return `${truncateText(title, 500 - link.length - 2)}\n\n${link}`;
}
