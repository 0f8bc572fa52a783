import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { TFunction } from 'i18next';

/** Danish (or English) screen-reader texts for dragging a project on the ranking board. */
export function boardAnnouncements(
  t: TFunction<'portfolio'>,
  nameOf: (id: string | number) => string,
  positionOf: (id: string | number) => number,
  total: number,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  return {
    screenReaderInstructions: { draggable: t('board.dnd.instructions') },
    announcements: {
      onDragStart: ({ active }) =>
        t('board.dnd.start', { name: nameOf(active.id), position: positionOf(active.id), total }),
      onDragOver: ({ active, over }) =>
        over
          ? t('board.dnd.over', { name: nameOf(active.id), position: positionOf(over.id), total })
          : t('board.dnd.outside', { name: nameOf(active.id) }),
      onDragEnd: ({ active, over }) =>
        over
          ? t('board.dnd.end', { name: nameOf(active.id), position: positionOf(over.id), total })
          : t('board.dnd.cancel', { name: nameOf(active.id) }),
      onDragCancel: ({ active }) => t('board.dnd.cancel', { name: nameOf(active.id) }),
    },
  };
}
