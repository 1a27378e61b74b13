/**
 * The unit tree: the national level, the 17 ministries and ministerial agencies (since 2025),
 * central mass organisations, the 34 provincial units (since 1 July 2025) and sample communes
 * and wards under Ninh Bình (the demo site) and Hà Nội.
 */
import type { Issuer } from '../../../src/api/codes.js';
import type { Unit } from '../schemas/index.js';
import { slugify } from './random.js';

export const NATIONAL_ID = 'trung-uong';

interface MinistryRow {
  id: string;
  name: string;
  nameEn: string;
  /** Abbreviation used in document numbers (TT-BTP, 1234/BTP-PBGDPL). */
  abbr: string;
  website: string | null;
  /** The issuer code, when the code list has one for this ministry. */
  issuer: Issuer | null;
}

export const MINISTRIES: readonly MinistryRow[] = [
  {
    id: 'bo-quoc-phong',
    name: 'Bộ Quốc phòng',
    nameEn: 'Ministry of National Defence',
    abbr: 'BQP',
    website: 'https://mod.gov.vn',
    issuer: null,
  },
  {
    id: 'bo-cong-an',
    name: 'Bộ Công an',
    nameEn: 'Ministry of Public Security',
    abbr: 'BCA',
    website: 'https://bocongan.gov.vn',
    issuer: 'bo-cong-an',
  },
  {
    id: 'bo-ngoai-giao',
    name: 'Bộ Ngoại giao',
    nameEn: 'Ministry of Foreign Affairs',
    abbr: 'BNG',
    website: 'https://mofa.gov.vn',
    issuer: null,
  },
  {
    id: 'bo-noi-vu',
    name: 'Bộ Nội vụ',
    nameEn: 'Ministry of Home Affairs',
    abbr: 'BNV',
    website: 'https://moha.gov.vn',
    issuer: 'bo-noi-vu',
  },
  {
    id: 'bo-tu-phap',
    name: 'Bộ Tư pháp',
    nameEn: 'Ministry of Justice',
    abbr: 'BTP',
    website: 'https://moj.gov.vn',
    issuer: 'bo-tu-phap',
  },
  {
    id: 'bo-tai-chinh',
    name: 'Bộ Tài chính',
    nameEn: 'Ministry of Finance',
    abbr: 'BTC',
    website: 'https://mof.gov.vn',
    issuer: 'bo-tai-chinh',
  },
  {
    id: 'bo-cong-thuong',
    name: 'Bộ Công Thương',
    nameEn: 'Ministry of Industry and Trade',
    abbr: 'BCT',
    website: 'https://moit.gov.vn',
    issuer: 'bo-cong-thuong',
  },
  {
    id: 'bo-nong-nghiep-moi-truong',
    name: 'Bộ Nông nghiệp và Môi trường',
    nameEn: 'Ministry of Agriculture and Environment',
    abbr: 'BNNMT',
    website: 'https://mae.gov.vn',
    issuer: 'bo-nong-nghiep-moi-truong',
  },
  {
    id: 'bo-xay-dung',
    name: 'Bộ Xây dựng',
    nameEn: 'Ministry of Construction',
    abbr: 'BXD',
    website: 'https://moc.gov.vn',
    issuer: 'bo-xay-dung',
  },
  {
    id: 'bo-van-hoa-the-thao-du-lich',
    name: 'Bộ Văn hóa, Thể thao và Du lịch',
    nameEn: 'Ministry of Culture, Sports and Tourism',
    abbr: 'BVHTTDL',
    website: 'https://bvhttdl.gov.vn',
    issuer: null,
  },
  {
    id: 'bo-khoa-hoc-cong-nghe',
    name: 'Bộ Khoa học và Công nghệ',
    nameEn: 'Ministry of Science and Technology',
    abbr: 'BKHCN',
    website: 'https://most.gov.vn',
    issuer: 'bo-khoa-hoc-cong-nghe',
  },
  {
    id: 'bo-giao-duc-dao-tao',
    name: 'Bộ Giáo dục và Đào tạo',
    nameEn: 'Ministry of Education and Training',
    abbr: 'BGDĐT',
    website: 'https://moet.gov.vn',
    issuer: 'bo-giao-duc-dao-tao',
  },
  {
    id: 'bo-y-te',
    name: 'Bộ Y tế',
    nameEn: 'Ministry of Health',
    abbr: 'BYT',
    website: 'https://moh.gov.vn',
    issuer: 'bo-y-te',
  },
  {
    id: 'bo-dan-toc-ton-giao',
    name: 'Bộ Dân tộc và Tôn giáo',
    nameEn: 'Ministry of Ethnic and Religious Affairs',
    abbr: 'BDTTG',
    website: null,
    issuer: null,
  },
  {
    id: 'ngan-hang-nha-nuoc',
    name: 'Ngân hàng Nhà nước Việt Nam',
    nameEn: 'State Bank of Vietnam',
    abbr: 'NHNN',
    website: 'https://sbv.gov.vn',
    issuer: 'ngan-hang-nha-nuoc',
  },
  {
    id: 'thanh-tra-chinh-phu',
    name: 'Thanh tra Chính phủ',
    nameEn: 'Government Inspectorate',
    abbr: 'TTCP',
    website: 'https://thanhtra.gov.vn',
    issuer: null,
  },
  {
    id: 'van-phong-chinh-phu',
    name: 'Văn phòng Chính phủ',
    nameEn: 'Government Office',
    abbr: 'VPCP',
    website: 'https://chinhphu.vn',
    issuer: null,
  },
];

interface OrganizationRow {
  id: string;
  name: string;
  nameEn: string;
  website: string | null;
}

export const ORGANIZATIONS: readonly OrganizationRow[] = [
  {
    id: 'mat-tran-to-quoc',
    name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    nameEn: 'Central Committee of the Vietnam Fatherland Front',
    website: 'https://mattran.org.vn',
  },
  {
    id: 'hoi-luat-gia',
    name: 'Hội Luật gia Việt Nam',
    nameEn: 'Vietnam Lawyers Association',
    website: 'https://hoiluatgiavn.org.vn',
  },
  {
    id: 'hoi-lien-hiep-phu-nu',
    name: 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
    nameEn: "Central Committee of the Vietnam Women's Union",
    website: 'https://hoilhpn.org.vn',
  },
  {
    id: 'trung-uong-doan',
    name: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    nameEn: 'Central Committee of the Ho Chi Minh Communist Youth Union',
    website: 'https://doanthanhnien.vn',
  },
];

export interface ProvinceRow {
  id: string;
  /** The place name alone, e.g. "Ninh Bình". */
  place: string;
  /** Whether it is a centrally governed city (thành phố) rather than a province (tỉnh). */
  city: boolean;
  /** Official 2-digit code of the provincial unit since 1 July 2025. */
  code: string;
  nameEn: string;
  website: string;
}

function province(place: string, city: boolean, code: string, nameEn: string): ProvinceRow {
  const id = place === 'Hồ Chí Minh' ? 'tp-ho-chi-minh' : slugify(place);
  const host = place === 'Hồ Chí Minh' ? 'hochiminhcity' : id.replace(/-/g, '');
  return { id, place, city, code, nameEn, website: `https://${host}.gov.vn` };
}

export const PROVINCES: readonly ProvinceRow[] = [
  province('Hà Nội', true, '01', 'Hanoi'),
  province('Huế', true, '46', 'Hue City'),
  province('Hải Phòng', true, '31', 'Hai Phong City'),
  province('Đà Nẵng', true, '48', 'Da Nang City'),
  province('Hồ Chí Minh', true, '79', 'Ho Chi Minh City'),
  province('Cần Thơ', true, '92', 'Can Tho City'),
  province('Tuyên Quang', false, '08', 'Tuyen Quang Province'),
  province('Cao Bằng', false, '04', 'Cao Bang Province'),
  province('Lai Châu', false, '12', 'Lai Chau Province'),
  province('Lào Cai', false, '15', 'Lao Cai Province'),
  province('Thái Nguyên', false, '19', 'Thai Nguyen Province'),
  province('Điện Biên', false, '11', 'Dien Bien Province'),
  province('Lạng Sơn', false, '20', 'Lang Son Province'),
  province('Sơn La', false, '14', 'Son La Province'),
  province('Phú Thọ', false, '25', 'Phu Tho Province'),
  province('Bắc Ninh', false, '24', 'Bac Ninh Province'),
  province('Quảng Ninh', false, '22', 'Quang Ninh Province'),
  province('Hưng Yên', false, '33', 'Hung Yen Province'),
  province('Ninh Bình', false, '37', 'Ninh Binh Province'),
  province('Thanh Hóa', false, '38', 'Thanh Hoa Province'),
  province('Nghệ An', false, '40', 'Nghe An Province'),
  province('Hà Tĩnh', false, '42', 'Ha Tinh Province'),
  province('Quảng Trị', false, '44', 'Quang Tri Province'),
  province('Quảng Ngãi', false, '51', 'Quang Ngai Province'),
  province('Gia Lai', false, '52', 'Gia Lai Province'),
  province('Khánh Hòa', false, '56', 'Khanh Hoa Province'),
  province('Lâm Đồng', false, '68', 'Lam Dong Province'),
  province('Đắk Lắk', false, '66', 'Dak Lak Province'),
  province('Đồng Nai', false, '75', 'Dong Nai Province'),
  province('Tây Ninh', false, '80', 'Tay Ninh Province'),
  province('Vĩnh Long', false, '86', 'Vinh Long Province'),
  province('Đồng Tháp', false, '82', 'Dong Thap Province'),
  province('Cà Mau', false, '96', 'Ca Mau Province'),
  province('An Giang', false, '91', 'An Giang Province'),
];

/** "Tỉnh Ninh Bình", "Thành phố Hà Nội". */
export function provinceName(p: ProvinceRow): string {
  return `${p.city ? 'Thành phố' : 'Tỉnh'} ${p.place}`;
}

/** As it reads inside a sentence: "tỉnh Ninh Bình", "thành phố Hà Nội", "Thành phố Hồ Chí Minh". */
export function provinceInText(p: ProvinceRow): string {
  if (p.id === 'tp-ho-chi-minh') return 'Thành phố Hồ Chí Minh';
  return `${p.city ? 'thành phố' : 'tỉnh'} ${p.place}`;
}

export interface CommuneRow {
  id: string;
  provinceId: string;
  /** The place name alone, e.g. "Hoa Lư". */
  place: string;
  ward: boolean;
  nameEn: string;
}

function commune(provinceId: string, place: string, ward: boolean): CommuneRow {
  const kind = ward ? 'phuong' : 'xa';
  const en = slugify(place)
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  return {
    id: `${provinceId}-${kind}-${slugify(place)}`,
    provinceId,
    place,
    ward,
    nameEn: `${en} ${ward ? 'Ward' : 'Commune'}`,
  };
}

export const COMMUNES: readonly CommuneRow[] = [
  commune('ninh-binh', 'Hoa Lư', true),
  commune('ninh-binh', 'Nam Định', true),
  commune('ninh-binh', 'Phủ Lý', true),
  commune('ninh-binh', 'Tam Điệp', true),
  commune('ninh-binh', 'Gia Viễn', false),
  commune('ninh-binh', 'Kim Sơn', false),
  commune('ninh-binh', 'Nho Quan', false),
  commune('ha-noi', 'Hoàn Kiếm', true),
  commune('ha-noi', 'Ba Đình', true),
  commune('ha-noi', 'Cầu Giấy', true),
  commune('ha-noi', 'Hà Đông', true),
  commune('ha-noi', 'Long Biên', true),
  commune('ha-noi', 'Sóc Sơn', false),
  commune('ha-noi', 'Ba Vì', false),
];

/** "Phường Hoa Lư", "Xã Gia Viễn". */
export function communeName(c: CommuneRow): string {
  return `${c.ward ? 'Phường' : 'Xã'} ${c.place}`;
}

/** Lower-case form for use inside a sentence: "phường Hoa Lư". */
export function communeInText(c: CommuneRow): string {
  return `${c.ward ? 'phường' : 'xã'} ${c.place}`;
}

export function provinceById(id: string): ProvinceRow {
  const p = PROVINCES.find((row) => row.id === id);
  if (!p) throw new Error(`Unknown province ${id}`);
  return p;
}

export function buildUnits(): Unit[] {
  const units: Unit[] = [
    {
      id: NATIONAL_ID,
      code: NATIONAL_ID,
      name: 'Bộ Tư pháp – Hội đồng phối hợp PBGDPL Trung ương',
      nameEn:
        'Ministry of Justice – Central Council for Coordinating Legal Dissemination and Education',
      kind: 'national',
      parentId: null,
      website: 'https://phapluat.gov.vn',
    },
  ];
  for (const m of MINISTRIES) {
    units.push({
      id: m.id,
      code: m.id,
      name: m.name,
      nameEn: m.nameEn,
      kind: 'ministry',
      parentId: NATIONAL_ID,
      website: m.website,
    });
  }
  for (const o of ORGANIZATIONS) {
    units.push({
      id: o.id,
      code: o.id,
      name: o.name,
      nameEn: o.nameEn,
      kind: 'organization',
      parentId: NATIONAL_ID,
      website: o.website,
    });
  }
  for (const p of PROVINCES) {
    units.push({
      id: p.id,
      code: p.code,
      name: provinceName(p),
      nameEn: p.nameEn,
      kind: 'province',
      parentId: NATIONAL_ID,
      website: p.website,
    });
  }
  for (const c of COMMUNES) {
    const parent = provinceById(c.provinceId);
    units.push({
      id: c.id,
      code: c.id,
      name: communeName(c),
      nameEn: `${c.nameEn}, ${parent.nameEn.replace(/ (Province|City)$/, '')}`,
      kind: 'commune',
      parentId: c.provinceId,
      website: `https://${slugify(c.place).replace(/-/g, '')}.${parent.website.replace('https://', '')}`,
    });
  }
  return units;
}
