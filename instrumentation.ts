// Runs once when the server starts (Node.js runtime only): migrations and
// first-start setup happen before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The socket address, for the sign-in throttle: route handlers see no socket.
  const { installPeerAddressHeader } =
    await import("./lib/http/client-address");
  installPeerAddressHeader();
  const { startServer } = await import("./lib/setup/start-server");
  await startServer();
}
