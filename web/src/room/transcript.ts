import type { ChatLine } from '../api/types';

const keyOf = (line: ChatLine) => `${line.fromUserId}\n${line.sentAt}\n${line.text}`;

/** A stable key for a chat line (the hub and the transcript give the same three fields). */
export function chatKey(line: ChatLine): string {
  return keyOf(line);
}

/**
 * Adds the lines not yet present, in the order they were sent: the transcript fetched after
 * (re)connecting and the hub's RoomMessage echoes overlap, and neither may show a line twice.
 */
export function mergeLines(current: readonly ChatLine[], more: readonly ChatLine[]): ChatLine[] {
  const seen = new Set(current.map(keyOf));
  const merged = [...current];
  for (const line of more) {
    const key = keyOf(line);
    if (!seen.has(key)) {
      seen.add(key);
      merged.push(line);
    }
  }

  return merged.sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
}
