/**
 * The canonical page of each kind of item: what the widget's detail view shows, as a plain
 * page anyone can open, share and bookmark, and search engines can index.
 */
import type { LegalField } from '../../../src/api/codes.js';
import {
  DOCUMENT_STATUS_LABELS,
  DOCUMENT_TYPE_LABELS,
  ISSUER_LABELS,
  LEGAL_FIELD_LABELS,
  MATERIAL_KIND_LABELS,
  NEWS_CATEGORY_LABELS,
} from '../../../src/api/labels.js';
import { viDocumentRecord } from '../../../src/i18n/vi-document-record.js';
import { viDocuments } from '../../../src/i18n/vi-documents.js';
import type { DocumentDetail, Material, NewsDetail, QuestionDetail } from '../schemas/index.js';
import { vietnamDisplayDate } from '../vietnam-time.js';
import { formatDuration, formatSize, isoDuration } from './format.js';
import { html, sanitizedHtml, type HtmlValue } from './html.js';
import { itemPath, safeUrl } from './links.js';
import { date, itemPage, unitLink, type UnitName } from './parts.js';
import { documentTitle } from './sections.js';

/** The document list's Vietnamese strings and its record's. */
const t = { ...viDocuments, ...viDocumentRecord };

const fieldNames = (fields: readonly LegalField[]) =>
  fields.map((field) => LEGAL_FIELD_LABELS[field].vi).join(', ');

/** "Đơn vị: <link>", the unit that published the item. */
const publishedBy = (unit: UnitName) => html`Đơn vị: ${unitLink(unit)}`;

/** An image whose URL may be shown, as `src` and `alt`. */
function shownImage(image: NewsDetail['image']): { src: string; alt: string } | undefined {
  const src = image ? safeUrl(image.url) : undefined;
  return image && src ? { src, alt: image.alt } : undefined;
}

const figure = (image: { src: string; alt: string } | undefined) =>
  image ? html`<figure><img src="${image.src}" alt="${image.alt}" /></figure>` : '';

const unitOf = (item: { unitId: string; unitName: string }): UnitName => ({
  id: item.unitId,
  name: item.unitName,
});

export function newsPage(origin: string, news: NewsDetail): string {
  const unit = unitOf(news);
  const image = shownImage(news.image);
  return itemPage(
    origin,
    {
      section: 'news',
      id: news.id,
      unit,
      title: news.title,
      description: news.summary,
      image: image?.src,
    },
    html`<h1>${news.title}</h1>
      <p class="meta">
        Đăng ngày ${date(news.publishedAt)} · ${NEWS_CATEGORY_LABELS[news.category].vi} ·
        ${publishedBy(unit)}${news.author ? html` · Tác giả: ${news.author}` : ''}
      </p>
      <p class="lead">${news.summary}</p>
      ${figure(image)}
      <div class="content">${sanitizedHtml(news.bodyHtml)}</div>`,
  );
}

export function documentPage(origin: string, document: DocumentDetail, unit: UnitName): string {
  const row = (label: string, value: HtmlValue) =>
    html`<dt>${label}</dt>
      <dd>${value}</dd>`;
  const source = safeUrl(document.sourceUrl);
  const attachments = document.attachments.flatMap((file) => {
    const href = safeUrl(file.url);
    return href
      ? [
          html`<li>
            <a href="${href}">${file.name}</a> (${file.format.toUpperCase()},
            ${formatSize(file.size)})
          </li>`,
        ]
      : [];
  });
  return itemPage(
    origin,
    {
      section: 'documents',
      id: document.id,
      unit,
      title: documentTitle(document),
      description: document.summary,
    },
    html`<p class="meta">${DOCUMENT_TYPE_LABELS[document.type].vi} số ${document.number}</p>
      <h1>${document.title}</h1>
      <dl>
        ${row(t.number, document.number)} ${row(t.type, DOCUMENT_TYPE_LABELS[document.type].vi)}
        ${row(t.issuer, document.issuers.map((issuer) => ISSUER_LABELS[issuer].vi).join('; '))}
        ${document.signers.length ? row(t.signers, document.signers.map((s) => `${s.name} (${s.title})`).join('; ')) : ''}
        ${row(t.issued, date(document.issuedDate))}
        ${row(t.effective, document.effectiveDate ? date(document.effectiveDate) : t.undetermined)}
        ${document.expiryDate ? row(t.expiry, date(document.expiryDate)) : ''}
        ${document.gazetteNo && document.gazetteDate ? row(t.gazette, t.gazetteValue(document.gazetteNo, vietnamDisplayDate(document.gazetteDate))) : ''}
        ${row(t.status, html`<strong>${DOCUMENT_STATUS_LABELS[document.status].vi}</strong>`)}
        ${row(t.fields, fieldNames(document.fields))} ${row('Đơn vị đăng', unitLink(unit))}
      </dl>
      <h2>${t.summary}</h2>
      <p class="text">${document.summary}</p>
      ${
        attachments.length
          ? html`<h2>${t.attachments}</h2>
              <ul>
                ${attachments}
              </ul>`
          : ''
      }
      ${
        document.relations.length
          ? html`<h2>${t.related}</h2>
              <ul>
                ${document.relations.map(
                  (r) =>
                    html`<li>
                      ${t.relations[r.kind]}:
                      ${r.id ? html`<a href="${itemPath('documents', r.id)}">${r.number}</a>` : r.number}
                      – ${r.title}
                    </li>`,
                )}
              </ul>`
          : ''
      }
      ${source ? html`<p><a href="${source}">${t.source}</a> (bản chính thức của văn bản)</p>` : ''}`,
  );
}

export function questionPage(origin: string, question: QuestionDetail): string {
  const unit = unitOf(question);
  return itemPage(
    origin,
    {
      section: 'questions',
      id: question.id,
      unit,
      title: question.title,
      description: question.question,
    },
    html`<h1>${question.title}</h1>
      <p class="meta">
        Lĩnh vực: ${fieldNames([question.field])} · Hỏi ngày ${date(question.askedAt)} · Trả lời
        ngày ${date(question.answeredAt)}
      </p>
      <h2>Câu hỏi</h2>
      <p class="text">${question.question}</p>
      <h2>Trả lời</h2>
      <p class="meta">${publishedBy(unit)}</p>
      <div class="content">${sanitizedHtml(question.answerHtml)}</div>
      ${
        question.citations.length
          ? html`<h2>Văn bản được viện dẫn</h2>
              <ul>
                ${question.citations.map(
                  (c) =>
                    html`<li>
                      ${c.id ? html`<a href="${itemPath('documents', c.id)}">${c.number}</a>` : c.number}
                      – ${c.title}
                    </li>`,
                )}
              </ul>`
          : ''
      }`,
  );
}

export function materialPage(origin: string, material: Material): string {
  const unit = unitOf(material);
  const thumbnail = shownImage(material.thumbnail);
  return itemPage(
    origin,
    {
      section: 'materials',
      id: material.id,
      unit,
      title: material.title,
      description: material.summary,
      image: thumbnail?.src,
    },
    html`<h1>${material.title}</h1>
      <p class="meta">
        ${MATERIAL_KIND_LABELS[material.kind].vi} · Lĩnh vực: ${fieldNames(material.fields)} · Đăng
        ngày ${date(material.publishedAt)} · ${publishedBy(unit)}
      </p>
      <p class="lead">${material.summary}</p>
      ${material.media ? mediaPlayer(material.media, thumbnail?.src) : figure(thumbnail)}
      ${download(material.file)}
      ${
        material.media?.transcript
          ? html`<h2>Bản ghi lời</h2>
              <p class="text">${material.media.transcript}</p>`
          : ''
      }`,
  );
}

function mediaPlayer(media: NonNullable<Material['media']>, poster: string | undefined): HtmlValue {
  const src = safeUrl(media.url);
  if (!src) return '';
  const captions = media.captionsUrl && safeUrl(media.captionsUrl);
  const track = captions
    ? html`<track kind="captions" srclang="vi" label="Tiếng Việt" src="${captions}" default />`
    : '';
  const fallback = html`<p>Trình duyệt không phát được tệp này. <a href="${src}">Mở tệp</a>.</p>`;
  const player = media.mimeType.startsWith('video/')
    ? html`<video
        controls
        preload="metadata"
        src="${src}"
        ${poster ? html` poster="${poster}"` : ''}
      >
        ${track}${fallback}
      </video>`
    : html`<audio controls preload="metadata" src="${src}">${track}${fallback}</audio>`;
  return html`<figure>
    ${player}
    <figcaption>
      Thời lượng:
      <time datetime="${isoDuration(media.duration)}">${formatDuration(media.duration)}</time
      >${captions ? ' · có phụ đề tiếng Việt' : ''}
    </figcaption>
  </figure>`;
}

function download(file: Material['file']): HtmlValue {
  const href = file && safeUrl(file.url);
  if (!file || !href) return '';
  return html`<p>
    <a href="${href}" download>Tải xuống</a> (${file.format.toUpperCase()},
    ${formatSize(file.size)})
  </p>`;
}
