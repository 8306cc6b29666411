import { latestDate, toRfc822, toW3cDateTime } from '@/lib/xml/dates';
import { escapeXml, stripInvalidXmlChars } from '@/lib/xml/escape';
import { buildNewsSitemapXml } from '@/lib/xml/news-sitemap';
import { buildRobotsTxt } from '@/lib/xml/robots';
import { buildRssXml, type RssItem } from '@/lib/xml/rss';
import { absoluteUrl, pickImageWidth, siteUrl } from '@/lib/xml/site';
import { sitemapDocument, type SitemapUrl } from '@/lib/xml/sitemap';
import { child, findAll, parseXml } from './xml-well-formed';

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('escapeXml', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`Tom & Jerry <b>"hi"</b> it's`)).toBe('Tom &amp; Jerry &lt;b&gt;&quot;hi&quot;&lt;/b&gt; it&apos;s');
  });

  it('does not double-decode: an existing entity is escaped again', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('removes control characters, lone surrogates and non-characters but keeps tab, newline, emoji', () => {
    const dirty = `a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\u007Fh\u0085i\uD800j\uFFFEk\uFFFF\tl\nm\r😀é`;
    expect(stripInvalidXmlChars(dirty)).toBe('abcdefghijk\tl\nm\r😀é');
    expect(escapeXml('x\u0003<y')).toBe('x&lt;y');
  });

  it('accepts numbers', () => {
    expect(escapeXml(960)).toBe('960');
  });
});

describe('dates', () => {
  it('formats RFC 822 dates in GMT', () => {
    expect(toRfc822(new Date('2026-11-25T13:09:37.123Z'))).toBe('Wed, 25 Nov 2026 13:09:37 GMT');
    expect(toRfc822(new Date('2027-01-03T04:05:06Z'))).toBe('Sun, 03 Jan 2027 04:05:06 GMT');
    expect(toRfc822(new Date('2026-02-28T23:59:59Z'))).toMatch(RFC_822);
  });

  it('formats W3C datetimes to the second in UTC', () => {
    expect(toW3cDateTime(new Date('2026-11-25T13:09:37.123Z'))).toBe('2026-11-25T13:09:37Z');
  });

  it('picks the latest date, ignoring missing ones', () => {
    const a = new Date('2026-01-01T00:00:00Z');
    const b = new Date('2026-02-01T00:00:00Z');
    expect(latestDate(a, null, b, undefined)).toBe(b);
    expect(latestDate(null)).toBeNull();
  });
});

describe('site URLs and images', () => {
  const saved = process.env.SITE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  });

  it('defaults to localhost:3000 and strips trailing slashes', () => {
    delete process.env.SITE_URL;
    expect(siteUrl()).toBe('http://localhost:3000');
    process.env.SITE_URL = 'https://byline.example/';
    expect(absoluteUrl('/culture/news/x')).toBe('https://byline.example/culture/news/x');
    expect(absoluteUrl('culture')).toBe('https://byline.example/culture');
  });

  it('prefers the 960 variant, else the widest below it, else the smallest', () => {
    expect(pickImageWidth([480, 960, 1600])).toBe(960);
    expect(pickImageWidth([320, 480])).toBe(480);
    expect(pickImageWidth([1600, 1200])).toBe(1200);
    expect(pickImageWidth([])).toBeNull();
  });
});

describe('well-formedness checker', () => {
  it.each([
    ['<a><b></a></b>', /closes/],
    ['<a>x & y</a>', /Unescaped '&'/],
    ['<a x="1" x="2"/>', /Duplicate/],
    ['<a/><b/>', /Second root/],
    ['<a>', /Unclosed/],
    ['<dc:creator>x</dc:creator>', /Undeclared namespace/],
    ['<a>\u0001</a>', /characters/],
    ['<a x=1/>', /Malformed attributes/],
  ])('rejects %s', (xml, error) => {
    expect(() => parseXml(xml)).toThrow(error);
  });

  it('accepts and decodes a valid document', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<r xmlns:x="urn:x"><x:a k="&quot;1&quot;">T &amp; &#60;b&#x3E;</x:a><!-- c --></r>\n');
    expect(child(root, 'x:a').text).toBe('T & <b>');
    expect(child(root, 'x:a').attributes.k).toBe('"1"');
  });
});

describe('buildRssXml', () => {
  const item: RssItem = {
    title: `Fees & "rents" <rise> it's \u0002official`,
    link: 'https://byline.example/news/campus/fees?a=1&b=2',
    description: 'Dek with <em>markup</em> & more',
    pubDate: new Date('2026-11-25T13:09:37Z'),
    creators: ['Maya Okafor', 'Jonah Feld'],
    categories: ['News', 'Money & Debt'],
    image: { url: 'https://byline.example/media/abc/960.webp', type: 'image/webp', width: 960, height: 540, description: 'A "crowd"', credit: null },
  };
  const xml = buildRssXml(
    { title: 'Byline', link: 'https://byline.example/', description: 'D', selfUrl: 'https://byline.example/feed.xml', lastBuildDate: item.pubDate },
    [item],
  );

  it('is well-formed with escaped content and no control characters', () => {
    const rss = parseXml(xml);
    expect(rss.name).toBe('rss');
    const parsed = child(child(rss, 'channel'), 'item');
    expect(child(parsed, 'title').text).toBe(`Fees & "rents" <rise> it's official`);
    expect(child(parsed, 'link').text).toBe(item.link);
    expect(xml).toContain('Fees &amp; &quot;rents&quot; &lt;rise&gt; it&apos;s official');
    expect(xml).not.toContain('\u0002');
  });

  it('has the channel and item elements RSS 2.0 readers expect', () => {
    const channel = child(parseXml(xml), 'channel');
    expect(child(channel, 'language').text).toBe('en-us');
    expect(child(channel, 'lastBuildDate').text).toBe('Wed, 25 Nov 2026 13:09:37 GMT');
    expect(child(channel, 'atom:link').attributes).toEqual({ href: 'https://byline.example/feed.xml', rel: 'self', type: 'application/rss+xml' });
    const parsed = child(channel, 'item');
    expect(child(parsed, 'guid').attributes.isPermaLink).toBe('true');
    expect(child(parsed, 'pubDate').text).toMatch(RFC_822);
    expect(findAll(parsed, 'dc:creator').map((c) => c.text)).toEqual(['Maya Okafor', 'Jonah Feld']);
    expect(findAll(parsed, 'category').map((c) => c.text)).toEqual(['News', 'Money & Debt']);
    const media = child(parsed, 'media:content');
    expect(media.attributes).toMatchObject({ url: item.image!.url, type: 'image/webp', medium: 'image', width: '960', height: '540' });
    expect(child(media, 'media:description').text).toBe('A "crowd"');
  });

  it('omits lastBuildDate for an empty feed and stays well-formed', () => {
    const empty = buildRssXml({ title: 'T', link: 'http://x/', description: 'D', selfUrl: 'http://x/feed.xml', lastBuildDate: null }, []);
    const channel = child(parseXml(empty), 'channel');
    expect(channel.children.map((c) => c.name)).toEqual(['title', 'link', 'description', 'language', 'atom:link']);
  });
});

describe('sitemapDocument', () => {
  const urls: SitemapUrl[] = Array.from({ length: 7 }, (_, i) => ({
    loc: `http://localhost:3000/p${i}?a=1&b=2`,
    lastmod: i === 4 ? new Date('2026-11-20T10:00:00Z') : null,
    images: i === 4 ? ['http://localhost:3000/media/m/960.webp'] : [],
  }));

  it('emits one urlset when everything fits', () => {
    const root = parseXml(sitemapDocument(urls, null, 10)!);
    expect(root.name).toBe('urlset');
    expect(findAll(root, 'loc').map((l) => l.text)).toEqual(urls.map((u) => u.loc));
    expect(findAll(root, 'lastmod').map((l) => l.text)).toEqual(['2026-11-20T10:00:00Z']);
    expect(findAll(root, 'image:loc').map((l) => l.text)).toEqual(['http://localhost:3000/media/m/960.webp']);
    expect(sitemapDocument(urls, '1', 10)).toBeNull();
  });

  it('splits into an index and parts past the part size', () => {
    delete process.env.SITE_URL;
    const index = parseXml(sitemapDocument(urls, null, 3)!);
    expect(index.name).toBe('sitemapindex');
    expect(findAll(index, 'loc').map((l) => l.text)).toEqual([1, 2, 3].map((n) => `http://localhost:3000/sitemap.xml?part=${n}`));
    expect(findAll(index, 'lastmod').map((l) => l.text)).toEqual(['2026-11-20T10:00:00Z']);
    const parts = ['1', '2', '3'].map((p) => findAll(parseXml(sitemapDocument(urls, p, 3)!), 'loc').map((l) => l.text));
    expect(parts.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(parts.flat()).toEqual(urls.map((u) => u.loc));
  });

  it.each(['0', '4', '-1', 'abc', '1.5', '', '01', '9999999'])('answers null (404) for part=%p', (part) => {
    expect(sitemapDocument(urls, part, 3)).toBeNull();
  });
});

describe('news sitemap and robots.txt', () => {
  it('builds a Google News sitemap', () => {
    delete process.env.SITE_URL;
    const root = parseXml(buildNewsSitemapXml([{ path: '/news/a', title: 'A & <B>', publishedAt: new Date('2026-11-25T10:00:00Z') }]));
    const news = child(child(root, 'url'), 'news:news');
    expect(child(child(news, 'news:publication'), 'news:name').text).toBe('Byline');
    expect(child(child(news, 'news:publication'), 'news:language').text).toBe('en');
    expect(child(news, 'news:publication_date').text).toBe('2026-11-25T10:00:00Z');
    expect(child(news, 'news:title').text).toBe('A & <B>');
  });

  it('allows everything but staff, API and search routes, and names both sitemaps', () => {
    process.env.SITE_URL = 'https://byline.example';
    const robots = buildRobotsTxt();
    delete process.env.SITE_URL;
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    for (const p of ['/studio', '/login', '/api', '/search']) expect(robots).toContain(`Disallow: ${p}\n`);
    expect(robots).toContain('Sitemap: https://byline.example/sitemap.xml\n');
    expect(robots).toContain('Sitemap: https://byline.example/news-sitemap.xml\n');
  });
});
