/**
 * The widget library: importing it registers every element (the CDN bundle is built from this
 * file too). Provider first, so widgets inside it find their settings as they upgrade.
 */
import { injectReserveStyles } from './styles/reserve.js';

export { PbgdplProvider } from './elements/provider/provider.js';
export { PbgdplNewsFeed, type NewsFeedLayout } from './elements/news-feed/news-feed.js';
export {
  PbgdplDocumentList,
  type DocumentListView,
} from './elements/document-list/document-list.js';
export { PbgdplLegalQa, NOTICE_VERSION, type LegalQaView } from './elements/legal-qa/legal-qa.js';
export { PbgdplMaterials, type MaterialsLayout } from './elements/materials/materials.js';
export { PbgdplSections } from './elements/sections/sections.js';
export { PbgdplElement, type PbgdplTheme } from './elements/base.js';

export { ApiClient, type Query, type QueryValue, type RequestOptions } from './api/client.js';
export { ApiError, type ApiErrorKind } from './api/errors.js';
export type { PostOptions } from './api/questions.js';
export type * from './api/types.js';
export { settingsContext, type PbgdplSettings } from './context/settings.js';
export { LocalizeController } from './controllers/localize.js';
export { ResourceController } from './controllers/resource.js';
export { PbgdplErrorEvent, type PbgdplErrorDetail } from './events/error.js';
export { PbgdplLoadEvent, type PbgdplLoadDetail } from './events/load.js';
export { PbgdplSelectEvent, type PbgdplSelectDetail } from './events/select.js';
export {
  PbgdplQuestionSubmitEvent,
  type PbgdplQuestionSubmitDetail,
} from './events/question-submit.js';
export type { Lang, SectionName, Translation } from './i18n/translation.js';
export { defineElement } from './define.js';
export { fold } from './text/fold.js';

if (typeof document !== 'undefined') injectReserveStyles();
