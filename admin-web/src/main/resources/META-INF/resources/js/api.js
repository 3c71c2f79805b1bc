// Calls the bot's REST API with the console session; sends the CSRF token the server put in a cookie.

/** An error answer of the API: the status and the Chinese message of its JSON body. */
export class ApiError extends Error {
  constructor(status, message, field) {
    super(message);
    this.status = status;
    this.field = field || null;
  }
}

export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

async function request(method, path, body) {
  const headers = { 'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken() };
  let payload;
  if (body instanceof FormData) {
    payload = body; // the browser sets the multipart boundary itself
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: payload });
  } catch (e) {
    throw new ApiError(0, '连接不上服务器，请检查网络后重试');
  }
  if (response.status === 401) {
    location.href = '/login.html';
    throw new ApiError(401, '未登录');
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch (e) { data = null; }
  }
  if (!response.ok) {
    throw new ApiError(response.status, (data && data.error) || ('请求失败：' + response.status), data && data.field);
  }
  return data;
}

/**
 * True when the server does not have the endpoint at all (an older bot): the page then shows 暂不可用 instead of
 * an error. A 404 for a missing record carries its own message, so it is not mistaken for this.
 */
export function isUnavailable(error) {
  return error instanceof ApiError
    && (error.status === 405 || error.status === 501 || (error.status === 404 && error.message === '没有这个地址'));
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body) => request('POST', path, body),
  put: (path, body) => request('PUT', path, body),
  del: (path) => request('DELETE', path),
  upload: (path, formData) => request('POST', path, formData),
};
