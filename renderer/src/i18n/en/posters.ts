import type { posters as ru } from '../ru/posters';
import type { Messages } from '../messages';

/** English strings for the poster session, visitors' and teams' side. */
export const posters: Messages<typeof ru> = {
  posters: {
    loading: 'Loading the poster…',
    untitled: 'Untitled poster',
    emptyPoster: 'The team has not filled in the poster yet.',
    imageAlt: 'Image of the poster “{{name}}”',
    fields: {
      name: 'Name of the initiative',
      who: 'Who we are',
      problem: 'The problem',
      doing: 'What we do',
      results: 'Results and figures',
      needs: 'What we need',
      contacts: 'Contacts',
      image: 'Image',
    },
    needs: {
      volunteers: 'Volunteers',
      partners: 'Partners',
      premises: 'Premises',
      equipment: 'Equipment',
      expertise: 'Expertise',
      media: 'Media',
      money: 'Money',
    },
  },
};
