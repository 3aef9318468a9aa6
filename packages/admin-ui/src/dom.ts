// A loosely typed `h`: views are plain functions of state, so JSX tooling is not needed.
import { type ComponentChildren, type ComponentType, h, type VNode } from 'preact';

type Props = Record<string, unknown> | null;
type Tag = string | ComponentType<never>;

export function el(tag: Tag, props: Props, ...children: ComponentChildren[]): VNode {
  return (h as unknown as (t: Tag, p: Props, ...c: ComponentChildren[]) => VNode)(tag, props, ...children);
}

/** A table head row: one header cell per label. */
export function gridHead(labels: string[]): VNode {
  return el('thead', null, el('tr', null, ...labels.map((label) => el('th', null, label))));
}
