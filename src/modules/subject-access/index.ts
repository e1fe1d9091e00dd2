export { SubjectAccessService, SUBJECT_ACCESS_PURPOSE } from "./subject-access.service.js";
export { SUBJECT_ACCESS_PATH, subjectAccessRoute } from "./subject-access.route.js";
export { subjectAccessContent, SAR_SECTIONS, type SubjectAccessContent } from "./subject-access.content.js";
export { subjectAccessDocument } from "./subject-access.document.js";
export { parseSubjectAccessQuery, type SubjectAccessQuery } from "./subject-access.rules.js";
export { SubjectAccessResolver } from "./subject-access.resolver.js";
