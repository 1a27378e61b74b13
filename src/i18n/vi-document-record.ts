/**
 * Vietnamese strings of a document's official record in the document list's detail view. They
 * travel with the record's code (elements/document-list/record.ts), loaded with the first
 * document opened.
 */
import type { DocumentRecordTranslation } from './translation.js';

export const viDocumentRecord = {
  number: 'Số ký hiệu',
  signers: 'Người ký',
  expiry: 'Ngày hết hiệu lực',
  gazette: 'Công báo',
  gazetteValue: (number, date) => `Số ${number}, ngày ${date}`,
  fields: 'Lĩnh vực',
  summary: 'Tóm tắt',
  attachments: 'Tệp đính kèm',
  related: 'Văn bản liên quan',
  relations: {
    amends: 'Văn bản bị sửa đổi, bổ sung',
    'amended-by': 'Văn bản sửa đổi, bổ sung',
    guides: 'Văn bản được hướng dẫn',
    'guided-by': 'Văn bản hướng dẫn',
    replaces: 'Văn bản bị thay thế',
    'replaced-by': 'Văn bản thay thế',
    'legal-basis': 'Văn bản căn cứ',
  },
  source: 'Xem văn bản gốc',
  newTab: '(mở trong thẻ mới)',
} satisfies DocumentRecordTranslation;
