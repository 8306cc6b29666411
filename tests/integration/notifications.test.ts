// Who hears about what: editors on submit; the writer and co-authors on changes requested,
// published, scheduled and unpublished; never the person who acted. Each reads only their own.
import type { Actor } from '@/lib/auth/permissions';
import { createDb } from '@/lib/db';
import { countUnreadNotifications, listNotifications, markAllNotificationsRead, markNotificationRead } from '@/lib/data/notifications';
import { publishArticle, requestChanges, scheduleArticle, submitForReview, unpublishArticle } from '@/lib/data/workflow';
import { AuthRequiredError, NotFoundError } from '@/lib/errors';
import { createStaff } from './users-fixtures';
import { makeStory } from './workflow-fixtures';

const db = createDb(process.env.DATABASE_URL!, 3);
afterAll(() => db.$disconnect());

let writer: Actor;
let coAuthor: Actor;
let editor: Actor;
let otherEditor: Actor;
beforeAll(async () => {
  writer = await createStaff(db, 'WRITER');
  coAuthor = await createStaff(db, 'WRITER');
  editor = await createStaff(db, 'EDITOR');
  otherEditor = await createStaff(db, 'EDITOR');
});

const typesFor = async (userId: string, articleId: string) =>
  (await db.notification.findMany({ where: { userId, articleId }, orderBy: { createdAt: 'asc' }, select: { type: true } })).map((n) => n.type);

describe('notifications', () => {
  it('follow the article through review to publication and back', async () => {
    const story = await makeStory(db, { status: 'DRAFT', writerId: writer.id, coAuthorIds: [coAuthor.id] });
    await submitForReview(writer, story.id);
    expect(await typesFor(editor.id, story.id)).toEqual(['SUBMITTED']);
    expect(await typesFor(otherEditor.id, story.id)).toEqual(['SUBMITTED']);
    expect(await typesFor(writer.id, story.id)).toEqual([]);

    await requestChanges(editor, story.id, 'Add a quote from the registrar.');
    await submitForReview(coAuthor, story.id);
    await scheduleArticle(editor, story.id, new Date(Date.now() + 3_600_000));
    await publishArticle(editor, story.id);
    await unpublishArticle(otherEditor, story.id, 'Embargo.');

    const expected = ['CHANGES_REQUESTED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'];
    expect(await typesFor(writer.id, story.id)).toEqual(expected);
    // Editors are not authors: they hear about submissions, not about their colleagues' decisions.
    expect(await typesFor(editor.id, story.id)).toEqual(['SUBMITTED', 'SUBMITTED']);
    expect(await typesFor(coAuthor.id, story.id)).toEqual(expected);

    const { items } = await listNotifications(writer);
    const change = items.find((n) => n.type === 'CHANGES_REQUESTED' && n.article?.id === story.id);
    expect(change?.message).toMatch(/Add a quote from the registrar/);
  });

  it('counts unread, marks one or all as read, and never touches someone else’s', async () => {
    const story = await makeStory(db, { status: 'IN_REVIEW', writerId: writer.id });
    await requestChanges(editor, story.id, 'Check the date.');
    const unread = await countUnreadNotifications(writer);
    expect(unread).toBeGreaterThan(0);
    const mine = await db.notification.findFirstOrThrow({ where: { userId: writer.id, articleId: story.id } });

    await expect(markNotificationRead(coAuthor, mine.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(markNotificationRead(null, mine.id)).rejects.toBeInstanceOf(AuthRequiredError);
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeNull();

    await markNotificationRead(writer, mine.id);
    expect(await countUnreadNotifications(writer)).toBe(unread - 1);
    await markNotificationRead(writer, mine.id); // already read: no error, no change
    expect(await markAllNotificationsRead(writer)).toBe(unread - 1);
    expect(await countUnreadNotifications(writer)).toBe(0);
    expect((await listNotifications(writer, { unreadOnly: true })).items).toEqual([]);
    expect(await countUnreadNotifications(editor)).toBeGreaterThan(0);
  });
});
