import type { SeedSection } from '../types';

export const sections: SeedSection[] = [
  {
    slug: 'news',
    name: 'News',
    description: 'Reporting on Halvorsen University, the city of Port Calder and the decisions that shape both.',
    children: [
      {
        slug: 'campus',
        name: 'Campus',
        description: 'What is happening on the Halvorsen campus, from the library stacks to the dining halls.',
      },
      {
        slug: 'city',
        name: 'City',
        description: 'Port Calder beyond the campus gates: council votes, transit, housing and the waterfront.',
      },
      {
        slug: 'politics',
        name: 'Politics',
        description: 'Student government, the Faculty Senate and the campaigns that decide who speaks for Halvorsen.',
      },
    ],
  },
  {
    slug: 'culture',
    name: 'Culture',
    description: 'The art, music, film and books made and loved in and around Halvorsen.',
    children: [
      {
        slug: 'news',
        name: 'News',
        description: 'Arts news from campus and the city, including funding fights, openings and closures.',
      },
      {
        slug: 'music',
        name: 'Music',
        description: 'Reviews, basement shows and the Port Calder bands worth staying out late for.',
      },
      {
        slug: 'film',
        name: 'Film',
        description: 'Criticism and reporting on student filmmakers, local screens and the festival circuit.',
      },
      {
        slug: 'books',
        name: 'Books',
        description: 'Reviews, readings and the bookshops that keep Port Calder reading.',
      },
    ],
  },
  {
    slug: 'opinion',
    name: 'Opinion',
    description: 'Arguments from our columnists, our editorial board and our readers.',
    children: [
      {
        slug: 'columns',
        name: 'Columns',
        description: 'Regular columnists writing about campus life, the city and whatever keeps them up at night.',
      },
      {
        slug: 'editorials',
        name: 'Editorials',
        description: 'The positions of the Byline editorial board on the questions facing Halvorsen.',
      },
      {
        slug: 'letters',
        name: 'Letters',
        description: 'Letters to the editor from students, faculty, staff and neighbors, lightly edited for length.',
      },
    ],
  },
  {
    slug: 'sports',
    name: 'Sports',
    description: 'Coverage of Halvorsen athletics, from varsity championships to Sunday pickup leagues.',
    children: [
      {
        slug: 'varsity',
        name: 'Varsity',
        description: 'Results, previews and profiles from the Halvorsen varsity teams.',
      },
      {
        slug: 'club-sports',
        name: 'Club Sports',
        description: 'The student-run clubs that practice at dawn, fundraise all year and travel by minivan.',
      },
    ],
  },
  {
    slug: 'science',
    name: 'Science',
    description: 'Research from Halvorsen labs and the science behind the stories on campus and in the city.',
    children: [
      {
        slug: 'research',
        name: 'Research',
        description: 'What Halvorsen researchers are studying, finding and arguing about.',
      },
      {
        slug: 'health',
        name: 'Health',
        description: 'Student health, campus clinics and the public health questions facing Port Calder.',
      },
      {
        slug: 'technology',
        name: 'Technology',
        description: 'The tools, networks and software that run the university, and the people who build them.',
      },
    ],
  },
  {
    slug: 'features',
    name: 'Features',
    description: 'Longer stories about the people and places that make Halvorsen what it is.',
    children: [
      {
        slug: 'profiles',
        name: 'Profiles',
        description: 'Portraits of students, staff, faculty and neighbors doing something worth noticing.',
      },
      {
        slug: 'longform',
        name: 'Longform',
        description: 'Deeply reported stories that take their time with a single subject.',
      },
    ],
  },
  {
    slug: 'life',
    name: 'Life',
    description: 'Everyday life at Halvorsen and in Port Calder, from what we eat to what we wear.',
    children: [
      {
        slug: 'food',
        name: 'Food',
        description: 'Dining halls, late-night counters and the Port Calder kitchens students keep returning to.',
      },
      {
        slug: 'style',
        name: 'Style',
        description: 'Thrift finds, campus fashion and the ways students make their rooms and wardrobes their own.',
      },
    ],
  },
];
