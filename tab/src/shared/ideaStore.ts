import { useCallback, useSyncExternalStore } from 'react';
import type { IdeaView } from '@ideabar/core';

/**
 * The ideas the tab has seen, by id. Each row subscribes to its own idea, so a vote re-renders one row and not the
 * list of thousands around it.
 */
export class IdeaStore {
  private readonly ideas = new Map<string, IdeaView>();
  private readonly listeners = new Map<string, Set<() => void>>();

  get(id: string): IdeaView | undefined {
    return this.ideas.get(id);
  }

  put(ideas: readonly IdeaView[]): void {
    for (const idea of ideas) {
      const known = this.ideas.get(idea.id);
      if (known && sameIdea(known, idea)) continue;
      this.ideas.set(idea.id, idea);
      this.notify(idea.id);
    }
  }

  update(id: string, change: (idea: IdeaView) => IdeaView): IdeaView | undefined {
    const known = this.ideas.get(id);
    if (!known) return undefined;
    const next = change(known);
    this.ideas.set(id, next);
    this.notify(id);
    return known;
  }

  subscribe(id: string, listener: () => void): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }

  private notify(id: string): void {
    for (const listener of this.listeners.get(id) ?? []) listener();
  }
}

const sameIdea = (a: IdeaView, b: IdeaView): boolean =>
  a.updatedAt === b.updatedAt &&
  a.votes === b.votes &&
  a.myVote === b.myVote &&
  a.commentCount === b.commentCount &&
  a.status === b.status;

export function useIdea(store: IdeaStore, id: string): IdeaView | undefined {
  const subscribe = useCallback((listener: () => void) => store.subscribe(id, listener), [store, id]);
  return useSyncExternalStore(subscribe, () => store.get(id));
}
