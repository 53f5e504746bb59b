/** Episodes on one page of /episodes/: enough to scan a year or two of a weekly show. */
export const EPISODES_PER_PAGE = 30;
/** Episode cards on the home page. */
export const LATEST_ON_HOME = 6;
