import type { Metadata } from 'next';
import Link from 'next/link';
import { absoluteUrl } from '@/lib/site-url';

// Fully static: no data, no request APIs, so `next build` prerenders it. It doubles as the
// benchmark's reference page (the same layout as every reader page, nothing to look up).
export const metadata: Metadata = {
  title: 'About Byline',
  description: 'Who makes Byline, how the newsroom works, how we correct mistakes and how to reach us.',
  alternates: { canonical: absoluteUrl('/about') },
};

export default function AboutPage() {
  return (
    <article className="prose prose-zinc mx-auto max-w-2xl dark:prose-invert">
      <h1 className="font-serif">About Byline</h1>
      <p className="lead">
        Byline is the independent news publication of Halvorsen University and the city around it, Port Calder. Students,
        staff and contributors report on the campus, the council chamber, the stage and the playing field.
      </p>

      <h2>Who we are</h2>
      <p>
        Our writers are students and recent graduates, supported by a small staff of editors. Nobody at the university
        administration reviews our stories before they are published, and advertisers never see them in advance.
      </p>

      <h2>How the newsroom works</h2>
      <p>
        Every story starts as a draft by one or more writers. Before anything is published, an editor reviews it, asks
        for changes where a claim needs a source or a fact needs checking, and approves it. Editors decide when a story
        goes live; some are scheduled for a set time. We name our sources unless doing so would put someone at risk,
        and we say so in the story when we grant anonymity.
      </p>

      <h2>Corrections policy</h2>
      <p>
        When we get something wrong, we fix it and say so. A correction note at the end of the article explains what
        changed and when; we never quietly rewrite a published fact. Headlines and clarifications follow the same rule.
        If a story is taken down, we explain why.
      </p>

      <h2>Contact</h2>
      <p>
        Tips, corrections and letters go to <a href="mailto:newsroom@byline.example">newsroom@byline.example</a>. Letters
        to the editor may be published in <Link href="/opinion/letters">Opinion › Letters</Link>, edited for length.
        You can follow every story as it is published through our <Link href="/feed.xml">RSS feed</Link>.
      </p>
    </article>
  );
}
