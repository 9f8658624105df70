-- Procedure catalogue. A procedure keeps its code and field; everything a dossier is judged by
-- (name, documents, fee, processing time, channels) lives in a version with an effective-from date,
-- and a dossier references the version in force when it was received.
create table procedure (
    code       text primary key check (code ~ '^[A-Z0-9][A-Z0-9.-]{1,39}$'),
    field_code text not null,
    field_name text not null
);

create index procedure_field on procedure (field_code, code);

create table procedure_version (
    id                bigint generated always as identity primary key,
    procedure_code    text    not null references procedure (code),
    version           integer not null check (version > 0),
    effective_from    date    not null,
    name              text    not null,
    processing_amount integer not null check (processing_amount >= 0),
    processing_unit   text    not null check (processing_unit in ('WORKING_DAYS', 'WORKING_HOURS', 'CALENDAR_DAYS')),
    same_day_cutoff   time,
    fee_kind          text    not null check (fee_kind in ('FREE', 'FIXED', 'PER_ITEM', 'ASSESSED')),
    fee_amount        bigint  check (fee_amount >= 0),
    fee_note          text,
    channels          text[]  not null check (cardinality(channels) > 0
                                              and channels <@ array['IN_PERSON', 'ONLINE', 'POSTAL']),
    legal_basis       text,
    unique (procedure_code, version),
    unique (procedure_code, effective_from),
    check (same_day_cutoff is null or processing_amount = 0),
    check ((fee_kind in ('FIXED', 'PER_ITEM')) = (fee_amount is not null))
);

-- "Version in force on a date" (the latest effective_from at or before it) is served by the
-- unique (procedure_code, effective_from) index.

create table procedure_document (
    version_id       bigint  not null references procedure_version (id),
    position         integer not null check (position > 0),
    key              text    not null check (key ~ '^[a-z0-9-]{1,40}$'),
    name             text    not null,
    originals        integer not null check (originals >= 0),
    certified_copies integer not null check (certified_copies >= 0),
    copies           integer not null check (copies >= 0),
    mandatory        boolean not null default true,
    primary key (version_id, position),
    unique (version_id, key)
);

-- Seed: ward-level procedures as received by commune centers from 1 July 2025 (Decree 118/2025).
-- Processing times follow the Law on Civil Status 2014, Decree 23/2015 (certification), the Law on
-- Residence 2020, the Land Law 2024, the Construction Law and Decree 01/2021 as remembered; fees
-- set by provincial councils differ between provinces. Values marked "UNSURE" must be checked
-- against the national procedure database (CSDL quốc gia về TTHC) before production use.
insert into procedure (code, field_code, field_name) values
    ('HT-KHAI-SINH',          'HO_TICH',      'Hộ tịch'),
    ('HT-KET-HON',            'HO_TICH',      'Hộ tịch'),
    ('HT-KHAI-TU',            'HO_TICH',      'Hộ tịch'),
    ('HT-NHAN-CHA-ME-CON',    'HO_TICH',      'Hộ tịch'),
    ('HT-CAI-CHINH',          'HO_TICH',      'Hộ tịch'),
    ('HT-KHAI-SINH-LAI',      'HO_TICH',      'Hộ tịch'),
    ('HT-GIAM-HO',            'HO_TICH',      'Hộ tịch'),
    ('HT-XAC-NHAN-HON-NHAN',  'HO_TICH',      'Hộ tịch'),
    ('HT-TRICH-LUC',          'HO_TICH',      'Hộ tịch'),
    ('CT-BAN-SAO',            'CHUNG_THUC',   'Chứng thực'),
    ('CT-CHU-KY',             'CHUNG_THUC',   'Chứng thực'),
    ('CT-HOP-DONG-DONG-SAN',  'CHUNG_THUC',   'Chứng thực'),
    ('CT-SUA-DOI-HOP-DONG',   'CHUNG_THUC',   'Chứng thực'),
    ('CT-DI-CHUC',            'CHUNG_THUC',   'Chứng thực'),
    ('CTR-THUONG-TRU',        'CU_TRU',       'Đăng ký, quản lý cư trú'),
    ('CTR-TAM-TRU',           'CU_TRU',       'Đăng ký, quản lý cư trú'),
    ('CTR-XOA-THUONG-TRU',    'CU_TRU',       'Đăng ký, quản lý cư trú'),
    ('CTR-TAM-VANG',          'CU_TRU',       'Đăng ký, quản lý cư trú'),
    ('DD-CHUYEN-MUC-DICH',    'DAT_DAI',      'Đất đai'),
    ('DD-HOA-GIAI',           'DAT_DAI',      'Đất đai'),
    ('XD-GPXD-NHA-O',         'XAY_DUNG',     'Hoạt động xây dựng'),
    ('HKD-THANH-LAP',         'HO_KINH_DOANH', 'Thành lập và hoạt động của hộ kinh doanh'),
    ('HKD-THAY-DOI',          'HO_KINH_DOANH', 'Thành lập và hoạt động của hộ kinh doanh'),
    ('HKD-TAM-NGUNG',         'HO_KINH_DOANH', 'Thành lập và hoạt động của hộ kinh doanh');

insert into procedure_version (procedure_code, version, effective_from, name, processing_amount, processing_unit,
                               same_day_cutoff, fee_kind, fee_amount, fee_note, channels, legal_basis) values
    ('HT-KHAI-SINH', 1, '2025-07-01', 'Đăng ký khai sinh', 0, 'WORKING_DAYS', '15:00', 'FREE', null,
     'Miễn lệ phí khi đăng ký đúng hạn', '{IN_PERSON,ONLINE,POSTAL}', 'Luật Hộ tịch 2014, Điều 16'),
    ('HT-KET-HON', 1, '2025-07-01', 'Đăng ký kết hôn', 0, 'WORKING_DAYS', '15:00', 'FREE', null,
     'Miễn lệ phí; cần xác minh thì không quá 05 ngày làm việc', '{IN_PERSON,ONLINE}', 'Luật Hộ tịch 2014, Điều 18'),
    ('HT-KHAI-TU', 1, '2025-07-01', 'Đăng ký khai tử', 0, 'WORKING_DAYS', '15:00', 'FREE', null,
     'Miễn lệ phí khi đăng ký đúng hạn', '{IN_PERSON,ONLINE,POSTAL}', 'Luật Hộ tịch 2014, Điều 34'),
    -- UNSURE: fee (provincial council resolution; 15.000 đ is a common figure)
    ('HT-NHAN-CHA-ME-CON', 1, '2025-07-01', 'Đăng ký nhận cha, mẹ, con', 3, 'WORKING_DAYS', null, 'FIXED', 15000,
     'Lệ phí theo nghị quyết HĐND tỉnh', '{IN_PERSON,ONLINE}', 'Luật Hộ tịch 2014, Điều 25'),
    -- UNSURE: fee
    ('HT-CAI-CHINH', 1, '2025-07-01', 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', 3, 'WORKING_DAYS', null,
     'FIXED', 15000, 'Lệ phí theo nghị quyết HĐND tỉnh', '{IN_PERSON,ONLINE,POSTAL}', 'Luật Hộ tịch 2014, Điều 28'),
    -- UNSURE: fee exemption
    ('HT-KHAI-SINH-LAI', 1, '2025-07-01', 'Đăng ký lại khai sinh', 5, 'WORKING_DAYS', null, 'FREE', null, null,
     '{IN_PERSON,ONLINE}', 'Nghị định 123/2015/NĐ-CP, Điều 26'),
    -- UNSURE: same-day rule and fee
    ('HT-GIAM-HO', 1, '2025-07-01', 'Đăng ký giám hộ', 0, 'WORKING_DAYS', '15:00', 'FREE', null, null,
     '{IN_PERSON}', 'Luật Hộ tịch 2014, Điều 20-21'),
    -- UNSURE: fee
    ('HT-XAC-NHAN-HON-NHAN', 1, '2025-07-01', 'Cấp Giấy xác nhận tình trạng hôn nhân', 3, 'WORKING_DAYS', null,
     'FIXED', 15000, 'Lệ phí theo nghị quyết HĐND tỉnh', '{IN_PERSON,ONLINE,POSTAL}', 'Nghị định 123/2015/NĐ-CP, Điều 22'),
    ('HT-TRICH-LUC', 1, '2025-07-01', 'Cấp bản sao trích lục hộ tịch', 0, 'WORKING_DAYS', '15:00', 'PER_ITEM', 8000,
     '8.000 đồng/bản sao', '{IN_PERSON,ONLINE,POSTAL}', 'Thông tư 281/2016/TT-BTC'),
    ('CT-BAN-SAO', 1, '2025-07-01', 'Chứng thực bản sao từ bản chính', 0, 'WORKING_DAYS', '15:00', 'PER_ITEM', 2000,
     '2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang; tối đa 200.000 đồng/bản', '{IN_PERSON}',
     'Nghị định 23/2015/NĐ-CP; Thông tư 226/2016/TT-BTC'),
    ('CT-CHU-KY', 1, '2025-07-01', 'Chứng thực chữ ký trong giấy tờ, văn bản', 0, 'WORKING_DAYS', '15:00', 'FIXED', 10000,
     '10.000 đồng/trường hợp', '{IN_PERSON}', 'Nghị định 23/2015/NĐ-CP; Thông tư 226/2016/TT-BTC'),
    ('CT-HOP-DONG-DONG-SAN', 1, '2025-07-01', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản', 2,
     'WORKING_DAYS', null, 'FIXED', 50000, '50.000 đồng/hợp đồng, giao dịch', '{IN_PERSON}',
     'Nghị định 23/2015/NĐ-CP, Điều 37; Thông tư 226/2016/TT-BTC'),
    ('CT-SUA-DOI-HOP-DONG', 1, '2025-07-01', 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 2,
     'WORKING_DAYS', null, 'FIXED', 30000, '30.000 đồng/hợp đồng, giao dịch', '{IN_PERSON}',
     'Nghị định 23/2015/NĐ-CP; Thông tư 226/2016/TT-BTC'),
    ('CT-DI-CHUC', 1, '2025-07-01', 'Chứng thực di chúc', 2, 'WORKING_DAYS', null, 'FIXED', 50000,
     '50.000 đồng/di chúc', '{IN_PERSON}', 'Nghị định 23/2015/NĐ-CP; Thông tư 226/2016/TT-BTC'),
    ('CTR-THUONG-TRU', 1, '2025-07-01', 'Đăng ký thường trú', 7, 'WORKING_DAYS', null, 'FIXED', 20000,
     '20.000 đồng/lần; nộp trực tuyến 10.000 đồng/lần', '{IN_PERSON,ONLINE}',
     'Luật Cư trú 2020, Điều 22; Thông tư 75/2022/TT-BTC'),
    ('CTR-TAM-TRU', 1, '2025-07-01', 'Đăng ký tạm trú', 3, 'WORKING_DAYS', null, 'FIXED', 15000,
     '15.000 đồng/lần; nộp trực tuyến 7.000 đồng/lần', '{IN_PERSON,ONLINE}',
     'Luật Cư trú 2020, Điều 28; Thông tư 75/2022/TT-BTC'),
    ('CTR-XOA-THUONG-TRU', 1, '2025-07-01', 'Xóa đăng ký thường trú', 1, 'WORKING_DAYS', null, 'FREE', null, null,
     '{IN_PERSON,ONLINE}', 'Luật Cư trú 2020, Điều 24'),
    -- UNSURE: processing time
    ('CTR-TAM-VANG', 1, '2025-07-01', 'Khai báo tạm vắng', 1, 'WORKING_DAYS', null, 'FREE', null, null,
     '{IN_PERSON,ONLINE}', 'Luật Cư trú 2020, Điều 31'),
    -- UNSURE: processing time after the 2025 reorganisation; land-use levy assessed by the tax authority
    ('DD-CHUYEN-MUC-DICH', 1, '2025-07-01', 'Chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân', 15,
     'WORKING_DAYS', null, 'ASSESSED', null, 'Tiền sử dụng đất và lệ phí theo thông báo của cơ quan thuế',
     '{IN_PERSON,ONLINE,POSTAL}', 'Luật Đất đai 2024, Điều 121-123; Nghị định 102/2024/NĐ-CP'),
    ('DD-HOA-GIAI', 1, '2025-07-01', 'Hòa giải tranh chấp đất đai', 30, 'CALENDAR_DAYS', null, 'FREE', null, null,
     '{IN_PERSON,POSTAL}', 'Luật Đất đai 2024, Điều 235'),
    -- UNSURE: whether the 15 days are working days; fee (75.000 đ in Hà Nội)
    ('XD-GPXD-NHA-O', 1, '2025-07-01', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 15, 'WORKING_DAYS', null, 'FIXED', 75000,
     'Lệ phí theo nghị quyết HĐND tỉnh', '{IN_PERSON,ONLINE}', 'Luật Xây dựng 2014 (sửa đổi 2020), Điều 102'),
    -- UNSURE: fee (provincial; often waived online)
    ('HKD-THANH-LAP', 1, '2025-07-01', 'Đăng ký hộ kinh doanh', 3, 'WORKING_DAYS', null, 'FIXED', 100000,
     'Lệ phí theo nghị quyết HĐND tỉnh', '{IN_PERSON,ONLINE,POSTAL}', 'Nghị định 01/2021/NĐ-CP, Điều 87'),
    -- UNSURE: fee
    ('HKD-THAY-DOI', 1, '2025-07-01', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 3, 'WORKING_DAYS', null,
     'FIXED', 50000, 'Lệ phí theo nghị quyết HĐND tỉnh', '{IN_PERSON,ONLINE,POSTAL}', 'Nghị định 01/2021/NĐ-CP, Điều 90'),
    ('HKD-TAM-NGUNG', 1, '2025-07-01', 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
     3, 'WORKING_DAYS', null, 'FREE', null, null, '{IN_PERSON,ONLINE,POSTAL}', 'Nghị định 01/2021/NĐ-CP, Điều 91');

insert into procedure_document (version_id, position, key, name, originals, certified_copies, copies, mandatory)
select v.id, d.position, d.key, d.name, d.originals, d.certified_copies, d.copies, d.mandatory
from (values
    ('HT-KHAI-SINH', 1, 'to-khai', 'Tờ khai đăng ký khai sinh', 1, 0, 0, true),
    ('HT-KHAI-SINH', 2, 'giay-chung-sinh', 'Giấy chứng sinh hoặc giấy tờ thay giấy chứng sinh', 1, 0, 0, true),
    ('HT-KET-HON', 1, 'to-khai', 'Tờ khai đăng ký kết hôn', 1, 0, 0, true),
    ('HT-KET-HON', 2, 'xac-nhan-hon-nhan', 'Giấy xác nhận tình trạng hôn nhân (khi một bên cư trú nơi khác)', 1, 0, 0, false),
    ('HT-KHAI-TU', 1, 'to-khai', 'Tờ khai đăng ký khai tử', 1, 0, 0, true),
    ('HT-KHAI-TU', 2, 'giay-bao-tu', 'Giấy báo tử hoặc giấy tờ thay giấy báo tử', 1, 0, 0, true),
    ('HT-NHAN-CHA-ME-CON', 1, 'to-khai', 'Tờ khai đăng ký nhận cha, mẹ, con', 1, 0, 0, true),
    ('HT-NHAN-CHA-ME-CON', 2, 'chung-cu', 'Văn bản, chứng cứ chứng minh quan hệ cha, mẹ, con', 0, 1, 0, true),
    ('HT-CAI-CHINH', 1, 'to-khai', 'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', 1, 0, 0, true),
    ('HT-CAI-CHINH', 2, 'giay-to-lien-quan', 'Giấy tờ làm căn cứ thay đổi, cải chính', 0, 1, 0, true),
    ('HT-KHAI-SINH-LAI', 1, 'to-khai', 'Tờ khai đăng ký lại khai sinh', 1, 0, 0, true),
    ('HT-KHAI-SINH-LAI', 2, 'ban-sao-khai-sinh', 'Bản sao giấy khai sinh hoặc giấy tờ có thông tin khai sinh', 0, 1, 0, true),
    ('HT-GIAM-HO', 1, 'to-khai', 'Tờ khai đăng ký giám hộ', 1, 0, 0, true),
    ('HT-GIAM-HO', 2, 'van-ban-cu-giam-ho', 'Văn bản cử người giám hộ', 1, 0, 0, true),
    ('HT-XAC-NHAN-HON-NHAN', 1, 'to-khai', 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 1, 0, 0, true),
    ('HT-TRICH-LUC', 1, 'to-khai', 'Tờ khai cấp bản sao trích lục hộ tịch', 1, 0, 0, true),
    ('CT-BAN-SAO', 1, 'ban-chinh', 'Bản chính giấy tờ, văn bản', 1, 0, 0, true),
    ('CT-BAN-SAO', 2, 'ban-sao', 'Bản sao cần chứng thực', 0, 0, 1, true),
    ('CT-CHU-KY', 1, 'giay-to-tuy-than', 'Thẻ căn cước hoặc hộ chiếu còn giá trị', 1, 0, 0, true),
    ('CT-CHU-KY', 2, 'van-ban', 'Giấy tờ, văn bản cần chứng thực chữ ký', 1, 0, 0, true),
    ('CT-HOP-DONG-DONG-SAN', 1, 'du-thao-hop-dong', 'Dự thảo hợp đồng, giao dịch', 1, 0, 0, true),
    ('CT-HOP-DONG-DONG-SAN', 2, 'giay-to-tuy-than', 'Giấy tờ tùy thân của người yêu cầu chứng thực', 0, 1, 0, true),
    ('CT-HOP-DONG-DONG-SAN', 3, 'giay-to-tai-san', 'Giấy chứng nhận quyền sở hữu hoặc sử dụng tài sản', 0, 1, 0, true),
    ('CT-SUA-DOI-HOP-DONG', 1, 'van-ban-sua-doi', 'Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ', 1, 0, 0, true),
    ('CT-SUA-DOI-HOP-DONG', 2, 'hop-dong-da-chung-thuc', 'Hợp đồng, giao dịch đã được chứng thực', 1, 0, 0, true),
    ('CT-DI-CHUC', 1, 'du-thao-di-chuc', 'Dự thảo di chúc', 1, 0, 0, true),
    ('CT-DI-CHUC', 2, 'giay-to-tuy-than', 'Giấy tờ tùy thân của người lập di chúc', 0, 1, 0, true),
    ('CTR-THUONG-TRU', 1, 'to-khai-ct01', 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 1, 0, 0, true),
    ('CTR-THUONG-TRU', 2, 'cho-o-hop-phap', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 0, 1, 0, true),
    ('CTR-TAM-TRU', 1, 'to-khai-ct01', 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 1, 0, 0, true),
    ('CTR-TAM-TRU', 2, 'cho-o-hop-phap', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 0, 1, 0, true),
    ('CTR-XOA-THUONG-TRU', 1, 'to-khai-ct01', 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 1, 0, 0, true),
    ('CTR-TAM-VANG', 1, 'de-nghi-khai-bao', 'Đề nghị khai báo tạm vắng (mẫu CT01)', 1, 0, 0, true),
    ('DD-CHUYEN-MUC-DICH', 1, 'don', 'Đơn xin chuyển mục đích sử dụng đất', 1, 0, 0, true),
    ('DD-CHUYEN-MUC-DICH', 2, 'giay-chung-nhan', 'Giấy chứng nhận quyền sử dụng đất', 1, 0, 0, true),
    ('DD-HOA-GIAI', 1, 'don', 'Đơn yêu cầu hòa giải tranh chấp đất đai', 1, 0, 0, true),
    ('DD-HOA-GIAI', 2, 'tai-lieu', 'Giấy tờ, tài liệu có liên quan', 0, 0, 1, false),
    ('XD-GPXD-NHA-O', 1, 'don', 'Đơn đề nghị cấp giấy phép xây dựng', 1, 0, 0, true),
    ('XD-GPXD-NHA-O', 2, 'giay-to-dat', 'Giấy tờ chứng minh quyền sử dụng đất', 0, 1, 0, true),
    ('XD-GPXD-NHA-O', 3, 'ban-ve', 'Bản vẽ thiết kế xây dựng', 2, 0, 0, true),
    ('HKD-THANH-LAP', 1, 'giay-de-nghi', 'Giấy đề nghị đăng ký hộ kinh doanh', 1, 0, 0, true),
    ('HKD-THANH-LAP', 2, 'giay-to-phap-ly', 'Bản sao giấy tờ pháp lý của cá nhân', 0, 0, 1, true),
    ('HKD-THAY-DOI', 1, 'thong-bao-thay-doi', 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh', 1, 0, 0, true),
    ('HKD-TAM-NGUNG', 1, 'thong-bao', 'Thông báo tạm ngừng kinh doanh', 1, 0, 0, true)
) as d (procedure_code, position, key, name, originals, certified_copies, copies, mandatory)
join procedure_version v on v.procedure_code = d.procedure_code and v.version = 1;
