// Inserting a block next to a selected block (an image or social post card) must not
// replace it: insert after the selection instead of over it.
import { NodeSelection } from '@tiptap/pm/state';
import type { Editor, JSONContent } from '@tiptap/react';

export function insertBlock(editor: Editor, content: JSONContent) {
  const { selection } = editor.state;
  if (selection instanceof NodeSelection) return editor.chain().focus().insertContentAt(selection.to, content).run();
  return editor.chain().focus().insertContent(content).run();
}
