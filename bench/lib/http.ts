import type { Input, MethodName, Output, Result } from '../../shared/api/index';

/** The app's HTTP API as a browser uses it: POST /api/<method>, the session in a cookie. */
export interface HttpClient {
  url: string;
  cookie: string;
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
}

async function post(url: string, method: string, input: unknown, cookie: string | null) {
  return fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(input),
  });
}

export async function signIn(url: string, login: string, password: string): Promise<HttpClient> {
  const response = await post(url, 'auth.login', { login, password }, null);
  const result = (await response.json()) as Result<unknown>;
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!result.ok || !cookie) throw new Error(`connexion HTTP refusée : ${JSON.stringify(result)}`);
  return {
    url,
    cookie,
    async call(method, input) {
      const answer = (await (await post(url, method, input, cookie)).json()) as Result<never>;
      if (!answer.ok) throw new Error(`${method} refusé : ${answer.error.message}`);
      return answer.value;
    },
  };
}
