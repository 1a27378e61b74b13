/**
 * Sample dissemination materials: handbooks, leaflets, talk outlines, infographics, videos,
 * radio programmes and lecture slides about the laws of topics.ts and PBGDPL work itself.
 */
import type { LegalField, MaterialKind } from '../../../src/api/codes.js';
import type { Material, Unit } from '../schemas/index.js';
import { instantDaysAgo, isoDate, isoDateTime, Rng, slugify } from './random.js';
import { LAW_TOPICS, UNIT_LAWS } from './topics.js';

interface Topic {
  key: string;
  /** Name as used in a title: "Luật Căn cước". */
  name: string;
  field: LegalField;
  since: string;
  points: string[];
  /** Ministries or organisations that publish about it. */
  publishers: string[];
}

const PBGDPL_TOPICS: Topic[] = [
  {
    key: 'hoa-giai-vien',
    name: 'kỹ năng hòa giải ở cơ sở',
    field: 'hoa-giai',
    since: '2013-06-20',
    points: [
      'Chuẩn bị hòa giải: tìm hiểu nguyên nhân mâu thuẫn và quy định pháp luật liên quan.',
      'Lắng nghe, tôn trọng các bên và giữ bí mật thông tin đời tư.',
      'Lập văn bản hòa giải thành khi các bên có yêu cầu.',
    ],
    publishers: ['bo-tu-phap', 'hoi-luat-gia'],
  },
  {
    key: 'chuan-tiep-can',
    name: 'chuẩn tiếp cận pháp luật của cấp xã',
    field: 'pbgdpl',
    since: '2021-07-22',
    points: [
      'Các tiêu chí đánh giá xã, phường đạt chuẩn tiếp cận pháp luật.',
      'Quy trình tự đánh giá, chấm điểm và đề nghị công nhận.',
      'Những chỉ tiêu thường bị điểm thấp và cách khắc phục.',
    ],
    publishers: ['bo-tu-phap'],
  },
  {
    key: 'ngay-phap-luat',
    name: 'Ngày Pháp luật Việt Nam',
    field: 'pbgdpl',
    since: '2012-06-20',
    points: [
      'Ngày 9 tháng 11 hằng năm là Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam.',
      'Ý nghĩa của việc tôn vinh Hiến pháp, pháp luật.',
      'Các hình thức hưởng ứng ở cơ quan, trường học và khu dân cư.',
    ],
    publishers: ['bo-tu-phap', 'trung-uong-doan'],
  },
];

const TOPICS: Topic[] = [
  ...LAW_TOPICS.map((l) => ({
    key: l.key,
    name: l.short,
    field: l.field,
    since: l.since,
    points: l.points,
    publishers: Object.entries(UNIT_LAWS)
      .filter(([, keys]) => keys.includes(l.key))
      .map(([unit]) => unit),
  })),
  ...PBGDPL_TOPICS,
];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const KIND_TITLES: Record<MaterialKind, ((t: Topic) => string)[]> = {
  handbook: [
    (t) => `Sổ tay hỏi – đáp về ${t.name}`,
    (t) => `Sổ tay hướng dẫn ${t.name} cho cán bộ cơ sở`,
  ],
  leaflet: [(t) => `Tờ gấp tìm hiểu ${t.name}`, (t) => `Tờ gấp: Những điều cần biết về ${t.name}`],
  outline: [(t) => `Đề cương giới thiệu ${t.name}`],
  infographic: [(t) => `Infographic: Những điểm chính về ${t.name}`],
  video: [
    (t) => `Video tình huống pháp luật về ${t.name}`,
    (t) => `Video: ${capitalize(t.name)} trong 5 phút`,
  ],
  audio: [(t) => `Chương trình phát thanh: Tìm hiểu ${t.name}`],
  slides: [(t) => `Bài giảng về ${t.name}`],
};

const KIND_ABOUT: Record<MaterialKind, string> = {
  handbook: 'sổ tay trình bày dưới dạng câu hỏi và trả lời ngắn gọn, dễ tra cứu',
  leaflet: 'tờ gấp khổ A4 gấp ba, phát tại hội nghị và điểm tiếp công dân',
  outline: 'đề cương dùng cho báo cáo viên, tuyên truyền viên khi nói chuyện chuyên đề',
  infographic: 'infographic tóm tắt bằng hình ảnh, phù hợp đăng trên mạng xã hội',
  video: 'video ngắn có phụ đề tiếng Việt, dựng theo tình huống thực tế',
  audio: 'chương trình phát thanh dùng cho hệ thống loa truyền thanh cơ sở',
  slides: 'bài giảng trình chiếu dùng cho lớp tập huấn',
};

const FILE_FORMAT: Record<
  MaterialKind,
  { ext: string; format: string; kb: [number, number] } | null
> = {
  handbook: { ext: 'pdf', format: 'pdf', kb: [1800, 9500] },
  leaflet: { ext: 'pdf', format: 'pdf', kb: [400, 2400] },
  outline: { ext: 'docx', format: 'docx', kb: [60, 420] },
  infographic: { ext: 'png', format: 'png', kb: [350, 1900] },
  video: null,
  audio: null,
  slides: { ext: 'pptx', format: 'pptx', kb: [1500, 12000] },
};

const THUMB_ALT: Record<MaterialKind, string> = {
  handbook: 'Ảnh bìa minh họa cuốn sổ tay pháp luật',
  leaflet: 'Hình minh họa tờ gấp pháp luật mở ba trang',
  outline: 'Hình minh họa trang đề cương có các mục đánh số',
  infographic: 'Hình minh họa infographic với biểu đồ và biểu tượng',
  video: 'Hình minh họa khung hình video với nút phát',
  audio: 'Hình minh họa micro và sóng âm của chương trình phát thanh',
  slides: 'Hình minh họa màn hình trình chiếu bài giảng',
};

const KINDS = Object.keys(KIND_TITLES) as MaterialKind[];

function transcript(t: Topic): string {
  return [
    `Kính thưa quý vị và các bạn, chương trình hôm nay giới thiệu một số nội dung về ${t.name}.`,
    ...t.points,
    'Mọi vướng mắc, quý vị có thể liên hệ công chức tư pháp – hộ tịch ở xã, phường hoặc gửi câu hỏi qua chuyên mục Hỏi đáp pháp luật.',
    'Đây là tài liệu mẫu phục vụ trình diễn.',
  ].join(' ');
}

export function buildMaterials(now: Date, units: Unit[]): Material[] {
  const rng = new Rng('materials');
  const byId = new Map(units.map((u) => [u.id, u]));
  const provinces = units.filter((u) => u.kind === 'province');
  const communes = units.filter((u) => u.kind === 'commune');
  const out: Material[] = [];
  const ids = new Set<string>();
  const today = isoDate(now);

  for (const topic of TOPICS) {
    if (topic.since > today) continue;
    // Every topic gets a handful of kinds; together all kinds are well represented.
    const kinds = rng.sample(KINDS, rng.int(3, 4));
    for (const kind of kinds) {
      const r = rng.float();
      const unitId =
        r < 0.28
          ? 'trung-uong'
          : r < 0.42
            ? 'bo-tu-phap'
            : r < 0.56 && topic.publishers.length
              ? rng.pick(topic.publishers)
              : r < 0.7
                ? 'ninh-binh'
                : r < 0.8
                  ? 'ha-noi'
                  : r < 0.92
                    ? rng.pick(provinces).id
                    : rng.pick(communes).id;
      const unit = byId.get(unitId);
      if (!unit) continue;
      const title = rng.pick(KIND_TITLES[kind])(topic);
      const slug = slugify(title);
      let id = slug.length <= 70 ? slug : slug.slice(0, 71).replace(/-[a-z0-9]*$/, '');
      for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
      ids.add(id);

      const maxDays = Math.max(
        10,
        Math.min(720, Math.round((Date.parse(today) - Date.parse(topic.since)) / 86_400_000)),
      );
      const published = instantDaysAgo(now, rng.int(3, maxDays), rng.int(8 * 60, 17 * 60));
      const fileSpec = FILE_FORMAT[kind];
      const file = fileSpec
        ? {
            url: `/files/materials/${id}.${fileSpec.ext}`,
            format: fileSpec.format,
            size: rng.int(fileSpec.kb[0], fileSpec.kb[1]) * 1024 + rng.int(0, 1023),
          }
        : null;
      const media =
        kind === 'video'
          ? {
              url: `/files/materials/${id}.mp4`,
              mimeType: 'video/mp4',
              duration: rng.int(150, 900),
              captionsUrl: rng.chance(0.85) ? `/files/materials/${id}.vi.vtt` : null,
              transcript: rng.chance(0.6) ? transcript(topic) : null,
            }
          : kind === 'audio'
            ? {
                // A short generated tone (routes/files.ts): its duration is the real length.
                url: `/files/materials/${id}.wav`,
                mimeType: 'audio/wav',
                duration: rng.int(15, 30),
                captionsUrl: null,
                transcript: rng.chance(0.8) ? transcript(topic) : null,
              }
            : null;
      out.push({
        id,
        unitId: unit.id,
        unitName: unit.name,
        title,
        summary: `Tài liệu mẫu: ${KIND_ABOUT[kind]} về ${topic.name}. ${rng.pick(topic.points)}`,
        kind,
        fields: topic.field === 'pbgdpl' ? ['pbgdpl'] : [topic.field, 'pbgdpl'],
        thumbnail: { url: `/media/material-${kind}.svg`, alt: THUMB_ALT[kind] },
        file,
        media,
        publishedAt: isoDateTime(published),
      });
    }
  }
  out.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id));
  return out;
}
