/** English strings for card groups (before a vote) and "who is missing" in the console. */
export const groups = {
  groups: {
    dragHint: 'Drag a card onto another (or tap “Group with…”) to group duplicates: a group is one item in the vote.',
    closedHint: 'A vote is open: only the facilitator can group cards now.',
    title: 'Group title',
    titlePlaceholder: 'Untitled: named after its cards',
    ungroup: 'Ungroup',
    take: 'Group with…',
    takeCancel: 'Cancel',
    here: 'Here',
    picking: 'Choose the card to group it with',
    members: 'Cards in the group: {{count}} — {{list}}',
    count: 'Cards: {{count}}',
    by: 'Grouped by {{name}}',
    refused: 'Only its author or the facilitator changes this group.',
  },
  missing: {
    title: 'Who is missing',
    vote: 'Not voted yet: {{count}}',
    round: 'Not written yet: {{count}}',
    none: 'Everyone is in',
    error: 'The list did not load: {{message}}',
  },
} as const;
