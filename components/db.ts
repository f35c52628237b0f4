import { NewsDeskDb } from '../lib/db/database';

/** The one database connection shared by the extension pages (popup, side panel, dashboard). */
export const db = new NewsDeskDb();
