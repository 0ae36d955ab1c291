/** The second argument Next.js passes a dynamic route handler. */
export interface RouteParams<P extends Record<string, string>> {
  params: Promise<P>;
}
