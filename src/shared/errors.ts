/** The error kernel lives in ./errors/; this file keeps the names its many importers use. */
export { AppError, badInput, clientError, forbidden, notFound, toGraphQLError, unauthenticated } from "./errors/app-error.js";
export { CLIENT_ERROR_CODES, ERROR_CODES, httpStatusOf, type ErrorCode } from "./errors/codes.js";
export { clientErrorFor, clientErrorFormatter, isClientError, maskedError, withRequestId, type ErrorFormatter } from "./errors/format.js";
