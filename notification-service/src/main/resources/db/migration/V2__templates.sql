-- Message templates per event type and channel, optionally per procedure group (BIRTH, MARRIAGE,
-- DEATH...). A template's text is versioned: saving adds a version, messages keep the one they used.
create table template (
    id              text primary key,
    event_type      text    not null,
    channel         text    not null check (channel in ('SMS', 'EMAIL')),
    procedure_group text,
    kind            text    not null check (kind in ('NOTICE', 'COURTESY')),
    description     text    not null,
    current_version integer not null check (current_version >= 1)
);

-- Selection looks templates up by event type and channel; one template per kind and group.
create unique index template_selection
    on template (event_type, channel, kind, coalesce(procedure_group, ''));

create table template_version (
    template_id  text        not null references template (id),
    version      integer     not null check (version >= 1),
    subject      text,
    body         text        not null,
    max_segments integer check (max_segments between 1 and 10),
    created_at   timestamptz not null default now(),
    primary key (template_id, version)
);

insert into template (id, event_type, channel, procedure_group, kind, description, current_version) values
    ('dossier-received-sms',        'DossierReceived',     'SMS',   null,       'NOTICE',   'Hồ sơ đã được tiếp nhận, kèm ngày hẹn trả', 1),
    ('dossier-received-email',      'DossierReceived',     'EMAIL', null,       'NOTICE',   'Hồ sơ đã được tiếp nhận, kèm ngày hẹn trả', 1),
    ('supplement-requested-sms',    'SupplementRequested', 'SMS',   null,       'NOTICE',   'Yêu cầu bổ sung hồ sơ', 1),
    ('supplement-requested-email',  'SupplementRequested', 'EMAIL', null,       'NOTICE',   'Yêu cầu bổ sung hồ sơ', 1),
    ('refused-sms',                 'Refused',             'SMS',   null,       'NOTICE',   'Hồ sơ không đủ điều kiện giải quyết', 1),
    ('refused-email',               'Refused',             'EMAIL', null,       'NOTICE',   'Hồ sơ không đủ điều kiện giải quyết', 1),
    ('result-ready-sms',            'ResultReady',         'SMS',   null,       'NOTICE',   'Đã có kết quả, mời đến nhận', 1),
    ('result-ready-email',          'ResultReady',         'EMAIL', null,       'NOTICE',   'Đã có kết quả, mời đến nhận', 1),
    ('returned-sms',                'Returned',            'SMS',   null,       'NOTICE',   'Đã trả kết quả', 1),
    ('returned-email',              'Returned',            'EMAIL', null,       'NOTICE',   'Đã trả kết quả', 1),
    ('apology-issued-sms',          'ApologyIssued',       'SMS',   null,       'NOTICE',   'Thư xin lỗi vì trễ hạn, kèm ngày hẹn mới', 1),
    ('apology-issued-email',        'ApologyIssued',       'EMAIL', null,       'NOTICE',   'Thư xin lỗi vì trễ hạn, kèm ngày hẹn mới', 1),
    ('returned-birth-courtesy-sms',     'Returned', 'SMS',   'BIRTH',    'COURTESY', 'Chúc mừng khi trả kết quả đăng ký khai sinh', 1),
    ('returned-birth-courtesy-email',   'Returned', 'EMAIL', 'BIRTH',    'COURTESY', 'Chúc mừng khi trả kết quả đăng ký khai sinh', 1),
    ('returned-marriage-courtesy-sms',  'Returned', 'SMS',   'MARRIAGE', 'COURTESY', 'Chúc mừng khi trả kết quả đăng ký kết hôn', 1),
    ('returned-marriage-courtesy-email','Returned', 'EMAIL', 'MARRIAGE', 'COURTESY', 'Chúc mừng khi trả kết quả đăng ký kết hôn', 1),
    ('returned-death-courtesy-sms',     'Returned', 'SMS',   'DEATH',    'COURTESY', 'Chia buồn khi trả kết quả đăng ký khai tử', 1),
    ('returned-death-courtesy-email',   'Returned', 'EMAIL', 'DEATH',    'COURTESY', 'Chia buồn khi trả kết quả đăng ký khai tử', 1);

insert into template_version (template_id, version, subject, body, max_segments) values
    ('dossier-received-sms', 1, null,
     '{{wardName}}: Hồ sơ {{dossierCode}} đã được tiếp nhận. Ngày hẹn trả kết quả: {{appointment}}.', 1),
    ('dossier-received-email', 1, 'Hồ sơ {{dossierCode}} đã được tiếp nhận',
     E'Kính gửi ông/bà {{citizenName}},\n\n{{wardName}} đã tiếp nhận hồ sơ {{dossierCode}} ({{procedureName}}).\nNgày hẹn trả kết quả: {{appointment}}.\n\nTrân trọng,\nBộ phận Một cửa - {{wardName}}', null),
    ('supplement-requested-sms', 1, null,
     '{{wardName}}: Hồ sơ {{dossierCode}} cần bổ sung: {{missingItems}}. Đề nghị ông/bà bổ sung để tiếp tục giải quyết.', 3),
    ('supplement-requested-email', 1, 'Hồ sơ {{dossierCode}} cần bổ sung',
     E'Kính gửi ông/bà {{citizenName}},\n\nHồ sơ {{dossierCode}} ({{procedureName}}) cần bổ sung các giấy tờ sau:\n{{missingItems}}\n\nĐề nghị ông/bà bổ sung để {{wardName}} tiếp tục giải quyết hồ sơ.\n\nTrân trọng,\nBộ phận Một cửa - {{wardName}}', null),
    ('refused-sms', 1, null,
     '{{wardName}}: Hồ sơ {{dossierCode}} không đủ điều kiện giải quyết. Lý do được nêu trong văn bản trả lời tại Bộ phận Một cửa.', 2),
    ('refused-email', 1, 'Hồ sơ {{dossierCode}} không đủ điều kiện giải quyết',
     E'Kính gửi ông/bà {{citizenName}},\n\nHồ sơ {{dossierCode}} ({{procedureName}}) không đủ điều kiện giải quyết. Lý do được nêu trong văn bản trả lời; ông/bà có thể nhận văn bản tại Bộ phận Một cửa - {{wardName}}.\n\nTrân trọng,\nBộ phận Một cửa - {{wardName}}', null),
    ('result-ready-sms', 1, null,
     '{{wardName}}: Hồ sơ {{dossierCode}} đã được xử lý xong. Mời ông/bà đến Bộ phận Một cửa nhận kết quả.', 1),
    ('result-ready-email', 1, 'Hồ sơ {{dossierCode}} đã có kết quả',
     E'Kính gửi ông/bà {{citizenName}},\n\nHồ sơ {{dossierCode}} ({{procedureName}}) đã được xử lý xong. Mời ông/bà đến Bộ phận Một cửa - {{wardName}} nhận kết quả.\n\nTrân trọng,\nBộ phận Một cửa - {{wardName}}', null),
    ('returned-sms', 1, null,
     '{{wardName}}: Hồ sơ {{dossierCode}} đã trả kết quả. Cảm ơn ông/bà đã sử dụng dịch vụ.', 1),
    ('returned-email', 1, 'Hồ sơ {{dossierCode}} đã trả kết quả',
     E'Kính gửi ông/bà {{citizenName}},\n\nHồ sơ {{dossierCode}} ({{procedureName}}) đã trả kết quả. Cảm ơn ông/bà đã sử dụng dịch vụ của {{wardName}}.\n\nTrân trọng,\nBộ phận Một cửa - {{wardName}}', null),
    ('apology-issued-sms', 1, null,
     '{{wardName}} xin lỗi vì hồ sơ {{dossierCode}} chậm so với hẹn do {{apologyReason}}. Ngày hẹn trả mới: {{newDate}}.', 3),
    ('apology-issued-email', 1, 'Thư xin lỗi về việc hồ sơ {{dossierCode}} chậm so với hẹn',
     E'Kính gửi ông/bà {{citizenName}},\n\n{{wardName}} thành thật xin lỗi vì hồ sơ {{dossierCode}} ({{procedureName}}) chưa trả kết quả đúng hẹn.\nLý do: {{apologyReason}}.\nNgày hẹn trả kết quả mới: {{newDate}}.\n\nMong ông/bà thông cảm.\nTrân trọng,\nBộ phận Một cửa - {{wardName}}', null),
    ('returned-birth-courtesy-sms', 1, null,
     'Chúc mừng gia đình {{citizenName}} đón thành viên mới! {{wardName}} chúc bé luôn khỏe mạnh, bình an.', 2),
    ('returned-birth-courtesy-email', 1, 'Chúc mừng gia đình đón thành viên mới',
     E'Kính gửi ông/bà {{citizenName}},\n\nChúc mừng gia đình đã đón thành viên mới! {{wardName}} chúc bé luôn khỏe mạnh, bình an và lớn lên trong yêu thương.\n\nTrân trọng,\nBộ phận Một cửa - {{wardName}}', null),
    ('returned-marriage-courtesy-sms', 1, null,
     'Chúc mừng {{citizenName}} đã đăng ký kết hôn! {{wardName}} chúc hai bạn trăm năm hạnh phúc.', 1),
    ('returned-marriage-courtesy-email', 1, 'Chúc mừng hạnh phúc',
     E'Kính gửi {{citizenName}},\n\nChúc mừng hai bạn đã đăng ký kết hôn! {{wardName}} chúc hai bạn trăm năm hạnh phúc.\n\nTrân trọng,\nBộ phận Một cửa - {{wardName}}', null),
    ('returned-death-courtesy-sms', 1, null,
     'Thành kính chia buồn cùng gia đình {{citizenName}}. {{wardName}} xin được chia sẻ nỗi mất mát lớn này.', 2),
    ('returned-death-courtesy-email', 1, 'Thành kính chia buồn',
     E'Kính gửi gia đình ông/bà {{citizenName}},\n\nThành kính chia buồn cùng gia đình. {{wardName}} xin được chia sẻ nỗi mất mát lớn này và sẵn sàng hỗ trợ gia đình các thủ tục còn lại.\n\nTrân trọng,\nBộ phận Một cửa - {{wardName}}', null);
