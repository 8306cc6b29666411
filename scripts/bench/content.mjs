// Generated archive content for the benchmark: deterministic (seeded) headlines and TipTap
// bodies recombined from sentence templates, so 100,000 articles read like a campus paper
// without storing 100,000 texts. Bodies carry quotes, links and now and then a social post.

/** Small, fast deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = (r, list) => list[Math.floor(r() * list.length)];

const ALL_PEOPLE = [
  'Provost Elena Marsh', 'Councillor Dev Patel', 'Professor Ruth Abernathy', 'Mayor Colin Hart', 'Dean Ama Mensah',
  'coach Lily Tran', 'librarian Oskar Lind', 'student president Jalen Brooks', 'Dr. Ines Ferreira', 'harbour master Tom Keel',
  'curator Yuki Sato', 'Professor Daniel Okoye', 'organizer Priya Raman', 'Chancellor Margaret Voss', 'Sgt. Alan Reyes',
];
const ALL_GROUPS = [
  'the Faculty Senate', 'the Port Calder city council', 'the student union', 'the graduate workers’ association',
  'the housing office', 'the athletics department', 'the university library', 'the transit authority',
  'the Halvorsen Review', 'the waterfront residents’ group', 'the board of trustees', 'the campus radio station',
];
const ALL_PLACES = [
  'the Alder Street library', 'the waterfront', 'North Quad', 'the Marlowe Theatre', 'the old ferry terminal',
  'Harlan Hall', 'the Eastgate market', 'the science annex', 'Calder Stadium', 'the Greenway bike path',
  'the dining commons', 'the harbour pier', 'the Fenwick art gallery', 'the student centre',
];
const ALL_TOPICS = [
  'tuition', 'rent', 'the bus network', 'the library hours', 'a new climate plan', 'the budget', 'the stadium lease',
  'graduate pay', 'the housing shortage', 'campus safety', 'the arts festival', 'research funding', 'the dining contract',
  'bike lanes', 'the mental health service', 'the election', 'the museum expansion', 'the ferry schedule',
  'parking permits', 'the orchestra’s future', 'the rowing club', 'exam scheduling', 'the food bank', 'campus wifi',
  'the journalism program', 'the night shuttle', 'the farmers market', 'the recycling plan', 'visa delays', 'the chess club',
];
// Each article draws on a few people, groups, places and topics, so words are spread over
// the archive the way a real paper's are (a topic word appears in a few percent of stories).
let PEOPLE = ALL_PEOPLE;
let GROUPS = ALL_GROUPS;
let PLACES = ALL_PLACES;
let TOPICS = ALL_TOPICS;
const subset = (r, list, n) => Array.from({ length: n }, () => pick(r, list));

const NUMBERS = ['two', 'three', 'four', 'five', 'a dozen', 'nearly forty', 'more than 200', 'about 1,500', '12 percent', 'half'];
const WHEN = ['on Monday', 'on Tuesday', 'last week', 'this spring', 'on Thursday night', 'after months of talks', 'in September', 'by the end of the term'];

const SENTENCES = [
  (r) => `${cap(pick(r, GROUPS))} voted ${pick(r, WHEN)} to revisit ${pick(r, TOPICS)}, a decision that surprised few people who had followed the debate.`,
  (r) => `The proposal would affect ${pick(r, NUMBERS)} students, according to figures shared with Byline.`,
  (r) => `At ${pick(r, PLACES)}, the mood was a mix of relief and impatience.`,
  (r) => `${cap(pick(r, PEOPLE))} said the plan had been “years in the making” and promised a public review.`,
  (r) => `Critics argue that ${pick(r, TOPICS)} has been pushed aside for too long, and that ${pick(r, GROUPS)} has little to show for it.`,
  (r) => `Attendance at ${pick(r, PLACES)} rose by ${pick(r, NUMBERS)} compared with the same period last year.`,
  (r) => `Nothing will change before the next academic year, officials said ${pick(r, WHEN)}.`,
  (r) => `${cap(pick(r, PLACES))} will stay open later during exams, and the council plans a second hearing on ${pick(r, TOPICS)}.`,
  (r) => `Several residents near ${pick(r, PLACES)} described long waits and unanswered emails.`,
  (r) => `In a statement, ${pick(r, GROUPS)} said it welcomed the scrutiny and would publish its data.`,
  (r) => `${cap(pick(r, NUMBERS))} people signed a petition within the first day, organizers said.`,
  (r) => `The story began ${pick(r, WHEN)}, when a short notice appeared on a door at ${pick(r, PLACES)}.`,
  (r) => `Budget documents show the cost of ${pick(r, TOPICS)} has grown faster than the university’s income.`,
  (r) => `“We are listening,” ${pick(r, PEOPLE)} told a packed room, “but listening is not the same as agreeing.”`,
  () => `Students interviewed for this story asked not to be named because they feared for their campus jobs.`,
  () => `The change follows a similar move in other college towns along the coast.`,
  (r) => `A spokesperson for ${pick(r, GROUPS)} did not answer questions about ${pick(r, TOPICS)} before publication.`,
  (r) => `By evening, a line had formed outside ${pick(r, PLACES)}, stretching past the corner.`,
];
const HEADS = [
  (r) => `${cap(pick(r, GROUPS))} revisits ${pick(r, TOPICS)}`,
  (r) => `What ${pick(r, TOPICS)} means for ${pick(r, PLACES)}`,
  (r) => `${cap(pick(r, NUMBERS))} students affected as ${pick(r, TOPICS)} changes`,
  (r) => `Inside the fight over ${pick(r, TOPICS)}`,
  (r) => `${cap(pick(r, PEOPLE))} on ${pick(r, TOPICS)}: “We are listening”`,
  (r) => `A long night at ${pick(r, PLACES)}`,
  (r) => `Why ${pick(r, GROUPS)} wants a new deal on ${pick(r, TOPICS)}`,
];
const LINKS = ['https://halvorsen.example/records', 'https://portcalder.example/council/minutes', 'https://data.portcalder.example/transit'];
const NETWORKS = ['x', 'instagram', 'bluesky', 'mastodon'];

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const text = (t) => ({ type: 'text', text: t });

function paragraph(r, sentences) {
  const parts = Array.from({ length: sentences }, () => pick(r, SENTENCES)(r));
  const content = [text(parts.join(' '))];
  if (r() < 0.15) {
    content.push(text(' The '), { type: 'text', text: 'full records', marks: [{ type: 'link', attrs: { href: pick(r, LINKS) } }] }, text(' are public.'));
  }
  return { node: { type: 'paragraph', content }, plain: content.map((c) => c.text).join('') };
}

/** A headline, dek and a body document with its plain text and word count. */
export function buildArticle(seed) {
  const r = rng(seed);
  PEOPLE = subset(r, ALL_PEOPLE, 3);
  GROUPS = subset(r, ALL_GROUPS, 2);
  PLACES = subset(r, ALL_PLACES, 2);
  TOPICS = subset(r, ALL_TOPICS, 2);
  const title = pick(r, HEADS)(r);
  const dek = `${pick(r, SENTENCES)(r)}`;
  const blocks = [];
  const plain = [];
  const paragraphs = 5 + Math.floor(r() * 8);
  for (let i = 0; i < paragraphs; i++) {
    const { node, plain: line } = paragraph(r, 2 + Math.floor(r() * 3));
    blocks.push(node);
    plain.push(line);
    if (i === 2 && r() < 0.5) {
      const said = pick(r, SENTENCES)(r);
      const who = pick(r, PEOPLE);
      blocks.push({ type: 'blockquote', attrs: { citation: cap(who) }, content: [{ type: 'paragraph', content: [text(said)] }] });
      plain.push(said);
    }
    if (i === 3 && r() < 0.1) {
      const post = `Queue at ${pick(r, PLACES)} already around the block. ${cap(pick(r, TOPICS))} is all anyone is talking about.`;
      const handle = `calder${Math.floor(r() * 900 + 100)}`;
      blocks.push({
        type: 'socialPost',
        attrs: { network: pick(r, NETWORKS), author: 'A Port Calder resident', handle, text: post, date: '2025-10-03', url: `https://social.example/@${handle}/1` },
      });
      plain.push(post);
    }
    if (i === 4 && r() < 0.3) {
      blocks.push({ type: 'heading', attrs: { level: 2 }, content: [text('What happens next')] });
      plain.push('What happens next');
    }
  }
  const bodyText = plain.join('\n');
  const wordCount = (bodyText.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length;
  return { title, dek, body: { type: 'doc', content: blocks }, bodyText, wordCount };
}

const FIRST = ['Ava', 'Noah', 'Mira', 'Leo', 'Sana', 'Theo', 'Iris', 'Kai', 'Nadia', 'Omar', 'Hana', 'Felix', 'Rosa', 'Ezra', 'Lena', 'Jonah', 'Zara', 'Malik', 'Elif', 'Ravi'];
const LAST = ['Castillo', 'Nakamura', 'Osei', 'Lindqvist', 'Moreau', 'Haddad', 'Kowalski', 'Brennan', 'Adeyemi', 'Sorensen', 'Petrov', 'Quinn', 'Duarte', 'Fischer', 'Ansah'];
const TITLES = ['Staff writer', 'Contributing writer', 'Culture reporter', 'City reporter', 'Sports reporter', 'Photographer', 'Columnist'];

/** The n-th generated contributor (unique name and slug). */
export function contributor(n) {
  const first = FIRST[n % FIRST.length];
  const last = LAST[Math.floor(n / FIRST.length) % LAST.length];
  const name = `${first} ${last}${n >= FIRST.length * LAST.length ? ` ${Math.floor(n / (FIRST.length * LAST.length)) + 1}` : ''}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { name, slug: `${slug}-b`, email: `${slug}.b@bench.byline.local`, jobTitle: TITLES[n % TITLES.length], bio: `${first} writes for Byline about life in Port Calder.` };
}

const TAG_A = ['Housing', 'Transit', 'Budget', 'Elections', 'Theatre', 'Music', 'Football', 'Rowing', 'Research', 'Climate', 'Food', 'Libraries', 'Labor', 'Art', 'Film', 'Books', 'Health', 'Safety', 'Tech', 'History'];
const TAG_B = ['policy', 'reviews', 'explainer', 'data', 'profiles', 'opinion', 'history', 'investigation', 'events', 'guides'];

/** The n-th generated tag (unique name and slug), 2,000 distinct ones available. */
export function tagName(n) {
  const a = TAG_A[n % TAG_A.length];
  const b = TAG_B[Math.floor(n / TAG_A.length) % TAG_B.length];
  const round = Math.floor(n / (TAG_A.length * TAG_B.length));
  const name = round ? `${a} ${b} ${round + 1}` : `${a} ${b}`;
  return { name, slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-b` };
}

/** Slug text for a headline. */
export function slugify(title) {
  return title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
}
