// The body editor's schema. It mirrors the allow-list in lib/content/sanitize-document.ts
// node for node, so anything pasted that the reader site cannot render never enters the
// document: ProseMirror drops nodes and marks the schema does not know.
import { Extension, Node, mergeAttributes, type Extensions } from '@tiptap/core';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Link } from '@tiptap/extension-link';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { safeHref } from '@/lib/content/sanitize-document';
import { BlockquoteView } from './blockquote-view';
import { ImageView } from './image-view';
import { SocialPostView } from './social-post-view';

const text = (name: string, fallback: string | null = null) => ({
  default: fallback,
  parseHTML: (el: HTMLElement) => el.getAttribute(`data-${name}`) ?? fallback,
  renderHTML: (attrs: Record<string, unknown>) => (attrs[name] ? { [`data-${name}`]: String(attrs[name]) } : {}),
});

/** Block quote with an optional citation ("— Mayor Ana Ruiz, at the council meeting"). */
const CitedBlockquote = Blockquote.extend({
  addAttributes() {
    return { citation: text('citation') };
  },
  addNodeView() {
    return ReactNodeViewRenderer(BlockquoteView, { contentDOMElementTag: 'div' });
  },
});

const intAttr = (name: string) => ({
  default: null,
  parseHTML: (el: HTMLElement) => {
    const n = Number.parseInt(el.getAttribute(name) ?? '', 10);
    return Number.isFinite(n) && n > 0 ? n : null;
  },
});

/** An inline image from the media library (or an https image pasted from the web). */
export const BodyImage = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      src: { default: null, parseHTML: (el) => el.getAttribute('src') },
      mediaId: text('media-id'),
      variants: {
        default: [],
        parseHTML: (el) => (el.getAttribute('data-variants') ?? '').split(',').map(Number).filter((n) => n > 0),
        renderHTML: (attrs) => ({ 'data-variants': (attrs.variants as number[]).join(',') }),
      },
      alt: { default: '', parseHTML: (el) => el.getAttribute('alt') ?? '' },
      caption: text('caption'),
      credit: text('credit'),
      width: intAttr('width'),
      height: intAttr('height'),
    };
  },
  parseHTML() {
    return [{ tag: 'img[src]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['img', mergeAttributes(HTMLAttributes)];
  },
  addNodeView() {
    return ReactNodeViewRenderer(ImageView);
  },
});

/** A quoted social post, rendered on the site as a static card that links out. */
export const SocialPost = Node.create({
  name: 'socialPost',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      network: text('network', ''),
      author: text('author', ''),
      handle: text('handle', ''),
      text: text('text', ''),
      date: text('date'),
      url: text('url', ''),
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-social-post]' }];
  },
  renderHTML({ HTMLAttributes, node }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-social-post': '' }), String(node.attrs.text ?? '')];
  },
  addNodeView() {
    return ReactNodeViewRenderer(SocialPostView);
  },
});

interface ShortcutOptions {
  onLink: () => void;
}

/** Mod-K opens the link dialog (the link extension itself has no shortcut). */
export const LinkShortcut = Extension.create<ShortcutOptions>({
  name: 'linkShortcut',
  addOptions() {
    return { onLink: () => {} };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onLink();
        return true;
      },
    };
  },
});

export const isAllowedLink = (url: string) => safeHref(url) !== null;

/** Every extension of the body editor; `onLink` is called for Mod-K. */
export function bodyExtensions(onLink: () => void): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      blockquote: false,
      link: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
    }),
    CitedBlockquote,
    Link.configure({
      openOnClick: false,
      autolink: true,
      protocols: ['http', 'https', 'mailto'],
      defaultProtocol: 'https',
      isAllowedUri: (url) => isAllowedLink(url),
      shouldAutoLink: (url) => isAllowedLink(/^[a-z]+:/i.test(url) ? url : `https://${url}`),
      HTMLAttributes: { rel: 'noopener noreferrer', target: null },
    }),
    BodyImage,
    SocialPost,
    LinkShortcut.configure({ onLink }),
  ];
}
