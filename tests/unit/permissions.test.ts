import { can, PERMISSIONS, requirePermission, type Action, type Actor, type ArticleResource } from '@/lib/auth/permissions';
import { AuthRequiredError, ForbiddenError } from '@/lib/errors';

const writer: Actor = { id: 'w1', role: 'WRITER', active: true, name: 'Writer' };
const otherWriter: Actor = { id: 'w2', role: 'WRITER', active: true, name: 'Other' };
const editor: Actor = { id: 'e1', role: 'EDITOR', active: true, name: 'Editor' };
const admin: Actor = { id: 'a1', role: 'ADMIN', active: true, name: 'Admin' };
const deactivated: Actor = { ...admin, id: 'a2', active: false };

const own = (status: string, extra: Partial<ArticleResource> = {}): ArticleResource => ({
  createdById: 'w1', authorIds: ['w1'], status, deletedAt: null, ...extra,
});

describe('permission table', () => {
  it('lets every staff role into the studio, upload media, edit their profile and create drafts', () => {
    for (const actor of [writer, editor, admin]) {
      for (const action of ['studio.access', 'media.upload', 'profile.edit', 'article.create'] as Action[]) {
        expect(can(actor, action)).toBe(true);
      }
    }
  });

  it('keeps section, tag and workflow actions for editors and admins', () => {
    for (const action of ['section.manage', 'tag.manage', 'article.review', 'article.publish', 'article.schedule', 'article.unpublish', 'article.correct'] as Action[]) {
      expect(can(writer, action)).toBe(false);
      expect(can(editor, action)).toBe(true);
      expect(can(admin, action)).toBe(true);
    }
  });

  it('keeps user management for admins only', () => {
    expect(can(writer, 'user.manage')).toBe(false);
    expect(can(editor, 'user.manage')).toBe(false);
    expect(can(admin, 'user.manage')).toBe(true);
  });

  it('lets writers edit and submit only their own drafts and changes-requested articles', () => {
    for (const status of ['DRAFT', 'CHANGES_REQUESTED']) {
      expect(can(writer, 'article.edit', own(status))).toBe(true);
      expect(can(writer, 'article.submit', own(status))).toBe(true);
      expect(can(otherWriter, 'article.edit', own(status))).toBe(false);
    }
    for (const status of ['IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED']) {
      expect(can(writer, 'article.edit', own(status))).toBe(false);
      expect(can(editor, 'article.edit', own(status))).toBe(true);
    }
    expect(can(writer, 'article.edit', own('DRAFT', { deletedAt: new Date() }))).toBe(false);
    expect(can(writer, 'article.edit')).toBe(false);
  });

  it('counts co-authors as owners', () => {
    expect(can(otherWriter, 'article.edit', own('DRAFT', { authorIds: ['w1', 'w2'] }))).toBe(true);
  });

  it('refuses anonymous and deactivated actors everything', () => {
    for (const action of Object.keys(PERMISSIONS) as Action[]) {
      expect(can(null, action, own('DRAFT'))).toBe(false);
      expect(can(deactivated, action, own('DRAFT'))).toBe(false);
    }
  });

  it('requirePermission throws typed errors', () => {
    expect(() => requirePermission(null, 'studio.access')).toThrow(AuthRequiredError);
    expect(() => requirePermission(deactivated, 'studio.access')).toThrow(ForbiddenError);
    expect(() => requirePermission(writer, 'user.manage')).toThrow(ForbiddenError);
    expect(() => requirePermission(admin, 'user.manage')).not.toThrow();
  });
});
