import { missingForSubmit, preSubmitChecklist } from '@/lib/content/checklist';

const paragraph = (text: string) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });
const image = (alt: string) => ({ type: 'image', attrs: { mediaId: 'abcdefghij12', alt, width: 10, height: 10 } });

type ChecklistInput = Parameters<typeof preSubmitChecklist>[0];

const complete: ChecklistInput = {
  title: 'Harbour bridge reopens',
  dek: 'After two years the footbridge is back.',
  sectionId: 'sec1',
  body: { type: 'doc', content: [paragraph('It reopened on Monday.'), image('The bridge at dawn')] },
  coverImageId: 'media1',
  coverCredit: 'Photo: Ana Ruiz',
};

const failing = (input: ChecklistInput) =>
  preSubmitChecklist(input)
    .filter((i) => !i.ok)
    .map((i) => i.id);

describe('preSubmitChecklist', () => {
  it('passes a complete article, in a fixed order', () => {
    const list = preSubmitChecklist(complete);
    expect(list.map((i) => i.id)).toEqual(['title', 'dek', 'section', 'paragraph', 'imageAlt', 'coverCredit']);
    expect(list.every((i) => i.ok && i.label.length > 0)).toBe(true);
    expect(missingForSubmit(complete)).toEqual([]);
  });

  it('flags blank title, dek and section (whitespace counts as blank)', () => {
    expect(failing({ ...complete, title: '   ', dek: '', sectionId: '' })).toEqual(['title', 'dek', 'section']);
  });

  it('needs at least one paragraph with text, wherever it sits', () => {
    expect(failing({ ...complete, body: { type: 'doc', content: [paragraph(''), { type: 'heading', content: [{ type: 'text', text: 'Only a heading' }] }] } })).toEqual(['paragraph']);
    expect(failing({ ...complete, body: { type: 'doc', content: [{ type: 'blockquote', content: [paragraph('Quoted.')] }] } })).toEqual([]);
    expect(failing({ ...complete, body: null as unknown as object })).toEqual(['paragraph']);
  });

  it('needs alt text on every image, including nested ones', () => {
    const body = { type: 'doc', content: [paragraph('Text.'), image('ok'), { type: 'blockquote', content: [image('  ')] }] };
    expect(failing({ ...complete, body })).toEqual(['imageAlt']);
  });

  it('needs a cover credit only when there is a cover', () => {
    expect(failing({ ...complete, coverCredit: '' })).toEqual(['coverCredit']);
    expect(failing({ ...complete, coverImageId: null as unknown as string, coverCredit: '' })).toEqual([]);
  });

  it('lists the labels of what is missing', () => {
    expect(missingForSubmit({ ...complete, title: '', coverCredit: '' })).toEqual(['Headline', 'Credit for the cover image']);
  });
});
