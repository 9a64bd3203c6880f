/**
 * Shell UI state (zustand): things the whole app shows, never copies of stored rows.
 */
import { create } from 'zustand';

/** Shell state. */
export type ShellState = {
  /** Another tab opened a newer database version; this tab closed its connection. */
  dbClosed: boolean;
};

/** The initial state, also used to reset the store in tests. */
export const initialShellState: ShellState = { dbClosed: false };

/** The shell store. */
export const useShellStore = create<ShellState>()(() => ({ ...initialShellState }));
