import { createContext, useContext, type ReactNode } from 'react';
import type { NewsDeskDb } from '../lib/db/database';
import { db as sharedDb } from './db';

const DbContext = createContext<NewsDeskDb>(sharedDb);

/** Gives the views below it a database; without a provider they use the shared one. Tests pass their own. */
export function DbProvider({ db, children }: { db: NewsDeskDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

/** The database of the nearest {@link DbProvider}, or the shared instance. */
export function useDb(): NewsDeskDb {
  return useContext(DbContext);
}
