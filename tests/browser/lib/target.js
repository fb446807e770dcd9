// Where the tests point. With HAILONG_URL (and HAILONG_USER, HAILONG_PASSWORD, a user of
// role manager or admin) they drive a running hailong-server; without it they start the
// stub server, which only checks that the pages lay out and behave.
import { startStubServer, STUB_PASSWORD, STUB_USER } from './stub-server.js';

export async function resolveTarget() {
  if (process.env.HAILONG_URL) {
    return {
      url: process.env.HAILONG_URL.replace(/\/$/, ''),
      user: process.env.HAILONG_USER,
      password: process.env.HAILONG_PASSWORD,
      stub: false,
      close: async () => {},
    };
  }
  const stub = await startStubServer();
  return { url: stub.url, user: STUB_USER, password: STUB_PASSWORD, stub: true, close: stub.close };
}
