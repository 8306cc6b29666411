import Link from 'next/link';

/**
 * A story card as plain strings, made on the server by toCardData (card-data.ts). Listing
 * pages pass twenty of these to CardList: as a client component's props they travel in the
 * page's inline RSC payload at about a third of the size of the rendered card tree.
 */
export interface CardData {
  /** The article's URL, /<section path>/<slug>; its section's page is the URL's parent. */
  href: string;
  section: string;
  title: string;
  dek?: string;
  /** The authors' names, joined. */
  by: string;
  /** Published at: ISO 8601 for the <time> element, and as shown, in the newsroom's zone. */
  iso: string;
  date: string;
  image?: { src: string; width: number; height: number; alt: string };
}

interface ArticleCardProps {
  card: CardData;
  headingLevel?: 'h2' | 'h3';
}

/** A story in a list: section, headline, dek, byline and date, and a thumbnail (see globals.css). */
export function ArticleCard({ card, headingLevel = 'h3' }: ArticleCardProps) {
  const Heading = headingLevel;
  const { image } = card;
  return (
    <article className="card">
      <p className="card-kicker">
        <Link href={card.href.slice(0, card.href.lastIndexOf('/'))}>{card.section}</Link>
      </p>
      <Heading className="card-title">
        <Link href={card.href}>{card.title}</Link>
      </Heading>
      {card.dek ? <p className="card-dek">{card.dek}</p> : null}
      <p className="card-meta">
        {`${card.by} · `}
        <time dateTime={card.iso}>{card.date}</time>
      </p>
      {image ? (
        // eslint-disable-next-line @next/next/no-img-element -- variants are pre-encoded at upload
        <img src={image.src} width={image.width} height={image.height} alt={image.alt} loading="lazy" decoding="async" className="card-image" />
      ) : null}
    </article>
  );
}
