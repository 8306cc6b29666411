import { renderDocumentHtml } from '@/lib/content/render-document';
import { sanitizeDocument } from '@/lib/content/sanitize-document';
import { doc, h2, h3, hr, ol, p, quote, social, ul } from '@/prisma/seed/doc';

const SITE = 'https://byline.example';
const render = (value: unknown) => renderDocumentHtml(value, SITE);
const link = (text: string, href: string) => ({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('renderDocumentHtml', () => {
  it('renders every allowed node', () => {
    const html = render({
      type: 'doc',
      content: [
        h2('Section **heading**'),
        h3('Sub *heading*'),
        { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Minor' }] },
        p('Plain, **bold**, *italic* and [a link](https://example.org/a?b=1&c=2).'),
        para({ type: 'text', text: 'line one' }, { type: 'hardBreak' }, { type: 'text', text: 'line two' }),
        quote('We will keep the station open.', 'The dean, in a statement'),
        quote('No citation here.'),
        ul(['First', 'Second']),
        ol(['One', 'Two']),
        hr(),
        social({ network: 'x', author: 'Campus Radio', handle: '@hu_radio', text: 'Staying on air!', date: '2026-10-01', url: 'https://x.com/hu_radio/status/1' }),
        { type: 'image', attrs: { mediaId: 'cmabc1234567890', variants: [960, 480], alt: 'The studio', caption: 'The studio at night.', credit: 'Photo: Byline', width: 1600, height: 900 } },
        { type: 'image', attrs: { src: 'https://images.example.org/a.jpg', alt: '', width: 800, height: 600 } },
      ],
    });
    expect(html).toContain('<h2>Section <strong>heading</strong></h2>');
    expect(html).toContain('<h3>Sub <em>heading</em></h3>');
    expect(html).toContain('<h4>Minor</h4>');
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">a link</a>');
    expect(html).toContain('<p>line one<br/>line two</p>');
    expect(html).toContain('<figure><blockquote><p>We will keep the station open.</p></blockquote><figcaption>— The dean, in a statement</figcaption></figure>');
    expect(html).toContain('<blockquote><p>No citation here.</p></blockquote>');
    expect(html).toContain('<ul><li><p>First</p></li><li><p>Second</p></li></ul>');
    expect(html).toContain('<ol><li><p>One</p></li><li><p>Two</p></li></ol>');
    expect(html).toContain('<hr/>');
    expect(html).toContain('Campus Radio');
    expect(html).toContain('@hu_radio');
    expect(html).not.toContain('@@hu_radio');
    expect(html).toContain('Staying on air!');
    expect(html).toContain('<time dateTime="2026-10-01">October 1, 2026</time>');
    expect(html).toMatch(/<a href="https:\/\/x\.com\/hu_radio\/status\/1" rel="noopener noreferrer"[^>]*>View original on X<\/a>/);
    expect(html).toContain('src="/media/cmabc1234567890/960.webp"');
    expect(html).toContain('srcSet="/media/cmabc1234567890/480.webp 480w, /media/cmabc1234567890/960.webp 960w"');
    expect(html).toContain('width="1600" height="900" alt="The studio"');
    expect(html).toContain('<figcaption>The studio at night. <span class="whitespace-nowrap">Photo: Byline</span></figcaption>');
    expect(html).toContain('src="https://images.example.org/a.jpg"');
    expect(html).toContain('alt=""');
    expect(html).not.toContain('<script');
  });

  it('drops script, style, iframe and other unknown nodes entirely', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        { type: 'style', text: 'body{display:none}', content: [{ type: 'text', text: 'body{display:none}' }] },
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
        { type: 'embed', content: [para({ type: 'text', text: 'hidden inside unknown' })] },
        { type: 'html', text: '<img src=x onerror=alert(1)>' },
        para({ type: 'text', text: 'kept' }, { type: 'script', text: 'alert(2)' }, { type: 'mention', attrs: { id: 'x' } }),
      ],
    });
    expect(html).toBe('<p>kept</p>');
  });

  it('drops links with javascript:, data:, vbscript: or relative hrefs but keeps their text', () => {
    const hrefs = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      '//evil.example/path',
      '/relative',
      42,
    ];
    for (const href of hrefs) {
      const html = render({ type: 'doc', content: [para(link('click', href as string))] });
      expect(html).toBe('<p>click</p>');
    }
    expect(render({ type: 'doc', content: [para(link('mail', 'mailto:tips@byline.example'))] })).toBe('<p><a href="mailto:tips@byline.example">mail</a></p>');
    expect(render({ type: 'doc', content: [para(link('home', 'https://byline.example/culture'))] })).toBe('<p><a href="https://byline.example/culture">home</a></p>');
  });

  it('ignores event-handler and other unexpected attributes', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { onclick: 'alert(1)', style: 'color:red', class: 'x' }, content: [{ type: 'text', text: 'hi', attrs: { onmouseover: 'alert(1)' } }] },
        { type: 'heading', attrs: { level: 1, onload: 'alert(1)' }, content: [{ type: 'text', text: 'Top' }] },
        { type: 'image', attrs: { src: 'javascript:alert(1)', width: 10, height: 10, onerror: 'alert(1)' } },
        { type: 'image', attrs: { src: 'data:image/png;base64,AAAA', width: 10, height: 10 } },
        { type: 'socialPost', attrs: { network: 'x', author: 'A', handle: 'a', text: 'post', url: 'javascript:alert(1)' } },
        para({ type: 'text', text: 'marked', marks: [{ type: 'underline' }, { type: 'bold', attrs: { onclick: 'x' } }, { type: 'link', attrs: { href: 'https://ok.example', onclick: 'x', target: '_blank' } }] }),
      ],
    });
    expect(html).not.toMatch(/on(click|load|error|mouseover)|style=|class="x"|javascript:|data:|target=/i);
    expect(html).toContain('<p>hi</p>');
    expect(html).toContain('<h2>Top</h2>');
    expect(html).toContain('<p><a href="https://ok.example/" rel="noopener noreferrer"><strong>marked</strong></a></p>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('post');
  });

  it('escapes text instead of interpreting it as HTML', () => {
    const html = render(doc([p('<script>alert(1)</script> & <b>not bold</b>')]));
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;not bold&lt;/b&gt;</p>');
  });

  it('escapes attribute values, captions and quoted posts', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'image', attrs: { mediaId: 'cmabc1234567890', variants: [480], alt: 'A "quoted" <alt> & more', caption: 'Cap <b>', credit: "O'Neil & co", width: 10, height: 20 } },
        { type: 'socialPost', attrs: { network: 'mastodon', author: '', handle: 'who', text: 'Line <2>', date: null, url: 'https://social.example/@who/1?a="b"' } },
        { type: 'blockquote', attrs: { citation: 'Someone <here>' }, content: [para({ type: 'text', text: 'q' })] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [para({ type: 'text', text: 'three' })] }] },
      ],
    });
    expect(html).toContain('alt="A &quot;quoted&quot; &lt;alt&gt; &amp; more"');
    expect(html).toContain('<figcaption>Cap &lt;b&gt; <span class="whitespace-nowrap">O&#x27;Neil &amp; co</span></figcaption>');
    expect(html).toContain('<span class="font-semibold text-zinc-900 dark:text-zinc-100">@who</span>');
    expect(html).toContain('>Line &lt;2&gt;</blockquote>');
    expect(html).toContain('cite="https://social.example/@who/1?a=%22b%22"');
    expect(html).toContain('>View original on Mastodon</a>');
    expect(html).toContain('<figcaption>— Someone &lt;here&gt;</figcaption>');
    expect(html).toContain('<ol start="3"><li><p>three</p></li></ol>');
    expect(html).not.toMatch(/<(?!\/?(p|figure|figcaption|img|span|blockquote|a|ol|li)[ >\/])/);
  });
});

describe('sanitizeDocument', () => {
  it('returns an empty document for malformed input', () => {
    for (const bad of [null, undefined, 'doc', 42, [], { type: 'paragraph' }, { type: 'doc', content: 'nope' }]) {
      expect(sanitizeDocument(bad)).toEqual({ type: 'doc', content: [] });
    }
  });

  it('is idempotent and keeps only known fields', () => {
    const input = doc([
      { ...p('Hello [x](https://x.example)'), attrs: { evil: true } },
      quote('Said.', 'Someone'),
      social({ network: 'bluesky', author: 'B', handle: 'b.bsky.social', text: 'hi', date: '2026-01-02', url: 'https://bsky.app/profile/b/post/1' }),
    ]);
    const once = sanitizeDocument(input);
    expect(sanitizeDocument(once)).toEqual(once);
    expect(once.content[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Hello ' }, { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'https://x.example/' } }] }],
    });
  });

  it('drops misplaced nodes and bounds nesting depth', () => {
    const listWithJunk = { type: 'bulletList', content: [{ type: 'paragraph', content: [] }, { type: 'listItem', content: [p('ok')] }] };
    expect(sanitizeDocument(doc([listWithJunk])).content).toEqual([{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ok' }] }] }] }]);
    let deep: unknown = p('bottom');
    for (let i = 0; i < 200; i++) deep = { type: 'blockquote', content: [deep] };
    expect(() => sanitizeDocument(doc([deep as never]))).not.toThrow();
    expect(JSON.stringify(sanitizeDocument(doc([deep as never])))).not.toContain('bottom');
  });
});
