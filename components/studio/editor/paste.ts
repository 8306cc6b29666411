// Pasted content passes the same allow-list as saved content. The schema already drops
// unknown nodes and marks (tables, spans, scripts); this also rebuilds every whole pasted
// block through sanitizeDocument, so attributes (link targets, image sources, sizes) are
// exactly what the server would keep. Blocks cut open at the edges of the paste keep their
// structure (ProseMirror needs it to join them) and only lose unsafe links.
import { Fragment, Slice, type Node as PMNode, type Schema } from '@tiptap/pm/model';
import { safeHref, sanitizeDocument } from '@/lib/content/sanitize-document';

function withoutUnsafeLinks(node: PMNode): PMNode {
  if (node.isText) return node.mark(node.marks.filter((m) => m.type.name !== 'link' || safeHref(m.attrs.href) !== null));
  if (node.childCount === 0) return node;
  const children: PMNode[] = [];
  node.content.forEach((child) => children.push(withoutUnsafeLinks(child)));
  return node.copy(Fragment.fromArray(children));
}

/** The pasted slice reduced to what the document allow-list keeps. */
export function sanitizePastedSlice(slice: Slice, schema: Schema): Slice {
  const out: PMNode[] = [];
  const last = slice.content.childCount - 1;
  slice.content.forEach((node, _offset, index) => {
    const openEdge = (index === 0 && slice.openStart > 0) || (index === last && slice.openEnd > 0);
    if (!node.isBlock || openEdge) {
      out.push(withoutUnsafeLinks(node));
      return;
    }
    for (const json of sanitizeDocument({ type: 'doc', content: [node.toJSON()] }).content) {
      try {
        out.push(schema.nodeFromJSON(json));
      } catch {
        // A block the schema cannot hold is dropped, like any unknown node.
      }
    }
  });
  return new Slice(Fragment.fromArray(out), slice.openStart, slice.openEnd);
}
