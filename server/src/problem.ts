/**
 * RFC 9457 problem details for every error the service answers with.
 *
 * Problem `type`s are relative URI references `/problems/<slug>`, resolved against the
 * service's own origin, so they stay right on every deployment (no made-up domain). Titles are
 * Vietnamese, because the people who read them are Vietnamese webmasters; `type` and
 * `errors[].name` are what code should branch on.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from './schemas/index.js';
import { UnknownUnitError } from './store/store.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

const TYPES: Record<number, { slug: string; title: string }> = {
  400: { slug: 'bad-request', title: 'Yêu cầu không hợp lệ' },
  401: { slug: 'unauthorized', title: 'Chưa xác thực' },
  403: { slug: 'forbidden', title: 'Không có quyền truy cập' },
  404: { slug: 'not-found', title: 'Không tìm thấy tài nguyên' },
  405: { slug: 'method-not-allowed', title: 'Phương thức không được hỗ trợ' },
  406: { slug: 'not-acceptable', title: 'Không có định dạng phù hợp' },
  409: { slug: 'conflict', title: 'Yêu cầu xung đột' },
  413: { slug: 'payload-too-large', title: 'Dữ liệu gửi lên quá lớn' },
  414: { slug: 'uri-too-long', title: 'Địa chỉ yêu cầu quá dài' },
  415: { slug: 'unsupported-media-type', title: 'Định dạng dữ liệu không được hỗ trợ' },
  422: { slug: 'unprocessable', title: 'Không thể xử lý yêu cầu' },
  429: { slug: 'too-many-requests', title: 'Quá nhiều yêu cầu' },
  500: { slug: 'internal', title: 'Lỗi máy chủ' },
  503: { slug: 'unavailable', title: 'Dịch vụ tạm thời không sẵn sàng' },
};

export function problemType(slug: string): string {
  return `/problems/${slug}`;
}

/** An error that is meant for the client, thrown by handlers and turned into a problem. */
export class HttpProblem extends Error {
  constructor(
    readonly problem: Problem,
    /** Headers the answer must carry (WWW-Authenticate on a 401…). */
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.title);
    this.name = 'HttpProblem';
  }
}

export function notFound(title: string, detail?: string): HttpProblem {
  return new HttpProblem({ type: problemType('not-found'), title, status: 404, detail });
}

export function validationProblem(errors: { name: string; reason: string }[]): HttpProblem {
  return new HttpProblem({
    type: problemType('validation'),
    title: 'Tham số không hợp lệ',
    status: 400,
    detail: errors.map((e) => `${e.name}: ${e.reason}`).join('; '),
    errors,
  });
}

/** The generic problem for a status, for errors that carry nothing more specific. */
export function statusProblem(status: number, detail?: string): Problem {
  const known = TYPES[status] ?? (status >= 500 ? TYPES[500] : TYPES[400]);
  return {
    type: problemType(known?.slug ?? 'bad-request'),
    title: known?.title ?? 'Yêu cầu không hợp lệ',
    status,
    ...(detail ? { detail } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/** Fastify's error handler: a problem for every error, never internals on a 5xx. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HttpProblem) return sendProblem(reply.headers(error.headers), error.problem);

  if (error instanceof UnknownUnitError) {
    return sendProblem(reply, {
      type: problemType('unknown-unit'),
      title: 'Không tìm thấy đơn vị',
      status: 404,
      detail: `Không có đơn vị với mã "${error.unitId}".`,
    });
  }

  if (error.validation) {
    return sendProblem(reply, validationProblem(validationErrors(error)).problem);
  }

  const status = error.statusCode;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return sendProblem(
      reply,
      statusProblem(413, 'Nội dung gửi lên vượt quá giới hạn cho phép. Vui lòng rút ngắn.'),
    );
  }
  if (status !== undefined && status >= 400 && status < 500) {
    // Framework errors on bad input (malformed JSON, wrong content type, body too large…):
    // their messages describe the request, not our internals.
    return sendProblem(reply, statusProblem(status, error.message));
  }

  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(
    reply,
    statusProblem(
      status !== undefined && status >= 500 && status < 600 ? status : 500,
      'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại sau.',
    ),
  );
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, {
    ...statusProblem(404),
    // Echo the path (bounded) so a webmaster sees which address was wrong.
    detail: `Không có tài nguyên tại ${request.method} ${(request.url.split('?')[0] ?? '').slice(0, 200)}.`,
  });
}

type ValidationIssue = NonNullable<FastifyError['validation']>[number];

/** Turns Ajv's errors into `{ name, reason }` pairs with Vietnamese reasons, one per name. */
export function validationErrors(error: FastifyError): { name: string; reason: string }[] {
  const byName = new Map<string, string>();
  for (const issue of error.validation ?? []) {
    const name = issueName(issue);
    if (!byName.has(name)) byName.set(name, issueReason(issue));
  }
  if (byName.size === 0) byName.set(error.validationContext ?? 'request', error.message);
  return [...byName].map(([name, reason]) => ({ name, reason }));
}

function issueName(issue: ValidationIssue): string {
  const params = issue.params as Record<string, unknown>;
  const missing = params['missingProperty'] ?? params['additionalProperty'];
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (typeof missing === 'string') return path ? `${path}.${missing}` : missing;
  return path || 'request';
}

function issueReason(issue: ValidationIssue): string {
  const params = issue.params as Record<string, unknown>;
  const limit = params['limit'];
  switch (issue.keyword) {
    case 'type':
      return params['type'] === 'integer' || params['type'] === 'number'
        ? 'phải là một số nguyên'
        : `sai kiểu dữ liệu (cần ${String(params['type'])})`;
    case 'minimum':
      return `phải lớn hơn hoặc bằng ${String(limit)}`;
    case 'maximum':
      return `phải nhỏ hơn hoặc bằng ${String(limit)}`;
    case 'minLength':
      return `phải có ít nhất ${String(limit)} ký tự`;
    case 'maxLength':
      return `không được dài quá ${String(limit)} ký tự`;
    case 'pattern':
      return 'không đúng định dạng';
    case 'format':
      return params['format'] === 'date' ? 'phải là ngày dạng YYYY-MM-DD' : 'không đúng định dạng';
    case 'enum': {
      const allowed = params['allowedValues'];
      return Array.isArray(allowed)
        ? `phải là một trong: ${allowed.join(', ')}`
        : 'giá trị không được chấp nhận';
    }
    case 'required':
      return 'bắt buộc';
    case 'const':
      return `phải là ${JSON.stringify(params['allowedValue'])}`;
    case 'additionalProperties':
      return 'không được hỗ trợ';
    default:
      return issue.message ?? 'không hợp lệ';
  }
}
