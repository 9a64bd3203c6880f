/** The leader's overview (being built: see issue 5). */
export function LeaderHome() {
  return null;
}
